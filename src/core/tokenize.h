/*-------------------------------------------------------------------------
 *
 * tokenize.h
 *		The arnews tokenizer: splits raw UTF-8 text into typed tokens by
 *		Unicode properties (never by the database locale).
 *
 * Every byte of the input belongs to exactly one token, blanks included,
 * so concatenating the tokens gives the input back (ts_headline relies on
 * it).  Words keep their clitics, harakat, tatweel and in-word invisible
 * marks: normalization and stemming happen in the dictionary.
 *
 * IDENTIFICATION
 *	  src/core/tokenize.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef ARNEWS_TOKENIZE_H
#define ARNEWS_TOKENIZE_H

#include <stdbool.h>
#include <stddef.h>

typedef enum ArnewsTokenType
{
	ARNEWS_TOK_END = 0,
	ARNEWS_TOK_ARABIC,			/* Arabic-script word: بموسكو، الرَّئِيسُ */
	ARNEWS_TOK_ASCIIWORD,		/* ASCII letters: Moscow */
	ARNEWS_TOK_WORD,			/* letters of other scripts: Zelensky's "Київ" */
	ARNEWS_TOK_NUMWORD,			/* Latin letters mixed with digits: G20, 4G */
	ARNEWS_TOK_INT,				/* integer in any digit set: 2026، ٢٠٢٦، 1,000 */
	ARNEWS_TOK_FLOAT,			/* decimal number: 2.5، ٢٫٥ */
	ARNEWS_TOK_PERCENT,			/* number with a percent sign: 70%، ٧٠٪ */
	ARNEWS_TOK_URL,				/* http://..., www.... */
	ARNEWS_TOK_EMAIL,			/* user@example.org */
	ARNEWS_TOK_HASHTAG,			/* #غزة، #breaking */
	ARNEWS_TOK_MENTION,			/* @user */
	ARNEWS_TOK_BLANK,			/* spaces, punctuation, symbols, emoji */
	ARNEWS_TOK__COUNT
} ArnewsTokenType;

typedef struct ArnewsToken
{
	ArnewsTokenType type;
	size_t		start;			/* byte offset in the input */
	size_t		len;			/* byte length */
} ArnewsToken;

typedef struct ArnewsTokenizer
{
	const char *s;
	size_t		len;
	size_t		pos;
} ArnewsTokenizer;

extern void arnews_tokenizer_init(ArnewsTokenizer *t, const char *s, size_t len);

/* Read the next token; false at the end of the input */
extern bool arnews_tokenizer_next(ArnewsTokenizer *t, ArnewsToken *tok);

/* Lower-case name of a token type ("arabic", "int", ...) */
extern const char *arnews_token_type_name(ArnewsTokenType type);

#endif							/* ARNEWS_TOKENIZE_H */
