/*-------------------------------------------------------------------------
 *
 * numlex.h
 *		Small phrase tables over normalized Arabic words, used by the
 *		number engine and the quantity extractor (number words, currencies,
 *		units, month names).
 *
 * A table is loaded once from a compiled-in list (data/builtin_*.txt, one
 * entry per line: "phrase<TAB>field2[<TAB>field3]") into caller-provided
 * STATIC storage, so nothing allocated per call outlives the call.  Every
 * word of a phrase is normalized like arnews_normalize() and, for tables
 * loaded with stem = true, light-stemmed (leading ال, trailing ات/ين/ون/ان,
 * then one trailing ا or ه), so "كيلومترًا مربعًا" meets "كيلومتر مربع".
 *
 * IDENTIFICATION
 *	  src/core/numlex.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef ARNEWS_NUMLEX_H
#define ARNEWS_NUMLEX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define ARNEWS_NUMLEX_FORM_MAX	64	/* bytes of a normalized phrase */
#define ARNEWS_NUMLEX_TAG_MAX	16	/* bytes of field2 / field3 */
#define ARNEWS_NUMLEX_MAX_WORDS 4	/* words in a phrase */

typedef struct ArnewsNumlexEntry
{
	char		form[ARNEWS_NUMLEX_FORM_MAX];	/* normalized words, ' '-joined */
	uint8_t		len;			/* bytes of form */
	bool		is_entry;		/* a phrase of the list (not only a prefix) */
	bool		is_prefix;		/* a longer phrase starts with it */
	char		tag[ARNEWS_NUMLEX_TAG_MAX];	/* field 2 */
	char		tag2[ARNEWS_NUMLEX_TAG_MAX];	/* field 3 ("" if none) */
	double		value;			/* field 3 read as a number (0 if none) */
} ArnewsNumlexEntry;

typedef struct ArnewsNumlex
{
	ArnewsNumlexEntry *entries;	/* static array of cap entries */
	int			cap;
	int			n;
	int32_t    *slots;			/* static hash array: entry index + 1 */
	int			nslots;			/* a power of two, >= 2 * cap */
	bool		stem;			/* light-stem every word */
	bool		loaded;
} ArnewsNumlex;

/* A word read from raw text with its normalized (maybe stemmed) form */
typedef struct ArnewsNumWord
{
	size_t		start;			/* first byte */
	size_t		end;			/* one past the last byte */
	char		norm[ARNEWS_NUMLEX_FORM_MAX];
	int			len;			/* bytes of norm; -1 if too long */
} ArnewsNumWord;

/* Fill lex from a list (no-op once loaded); bad lines are skipped */
extern void arnews_numlex_load(ArnewsNumlex *lex, const char *data, size_t len);

/*
 * Read the Arabic-script word starting at pos (letters, marks, tatweel,
 * in-word format characters).  False when no Arabic letter starts there.
 */
extern bool arnews_numlex_read_word(const char *text, size_t len, size_t pos,
									bool stem, ArnewsNumWord *w);

/* Light-stem a normalized word in place (see the file comment) */
extern void arnews_numlex_stem(char *norm, int *len);

/* Look up one normalized key (a word or ' '-joined words) */
extern const ArnewsNumlexEntry *arnews_numlex_get(const ArnewsNumlex *lex,
												  const char *key, int klen);

/*
 * Longest phrase of lex starting with the word at pos; words may be
 * separated by blanks (no line break).  Sets *end past the phrase.
 */
extern const ArnewsNumlexEntry *arnews_numlex_match(const ArnewsNumlex *lex,
													const char *text, size_t len,
													size_t pos, size_t *end);

/* Skip spaces, tabs and NO-BREAK SPACEs (never a line break) */
extern size_t arnews_numlex_skip_blank(const char *text, size_t len, size_t pos);

#endif							/* ARNEWS_NUMLEX_H */
