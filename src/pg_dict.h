/*-------------------------------------------------------------------------
 *
 * pg_dict.h
 *		The arnews dictionary's state, shared with arnews_debug().
 *
 * IDENTIFICATION
 *	  src/pg_dict.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef ARNEWS_PG_DICT_H
#define ARNEWS_PG_DICT_H

#include "aliases.h"
#include "lexicon.h"
#include "stem.h"
#include "utf8.h"

#define ARNEWS_NAMEWORD_BITS 65536

typedef struct ArnewsDict
{
	ArnewsStemmer *stemmer;		/* loaded lists, in the dictionary's context */
	ArnewsStemMode mode;
	bool		variants;
	ArnewsBuf	buf;			/* normalization scratch, reused per token */
	ArnewsAliases *aliases;		/* entity names, or NULL */
	char	 ***entity_lexemes;	/* per entity: NULL-terminated lexemes that
								 * every mention indexes */
	ArnewsWordTable *namewords; /* primary stems of all entity-name words */
	char	  **markers;		/* query marker "+stem" per name word */
	int			nmarkers;
	unsigned char nameword_filter[ARNEWS_NAMEWORD_BITS / 8];	/* prefilter */
} ArnewsDict;

#endif							/* ARNEWS_PG_DICT_H */
