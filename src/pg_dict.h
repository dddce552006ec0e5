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

#include "stem.h"
#include "utf8.h"

typedef struct ArnewsDict
{
	ArnewsStemmer *stemmer;		/* loaded lists, in the dictionary's context */
	ArnewsStemMode mode;
	bool		variants;
	ArnewsBuf	buf;			/* normalization scratch, reused per token */
} ArnewsDict;

#endif							/* ARNEWS_PG_DICT_H */
