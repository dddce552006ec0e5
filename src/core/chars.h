/*-------------------------------------------------------------------------
 *
 * chars.h
 *		Locale-independent character classes for the arnews engines.
 *
 * Classes come from ICU's Unicode properties (general category, script),
 * never from libc, so tokens do not change with the database's LC_CTYPE.
 *
 * IDENTIFICATION
 *	  src/core/chars.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef ARNEWS_CHARS_H
#define ARNEWS_CHARS_H

#include <stdbool.h>
#include <stdint.h>

typedef enum ArnewsCharClass
{
	ARNEWS_CC_OTHER = 0,		/* symbols, emoji, unassigned */
	ARNEWS_CC_SPACE,			/* white space and separators (NBSP too) */
	ARNEWS_CC_PUNCT,			/* punctuation: . , ، ؛ ؟ « » " - ( ) ... */
	ARNEWS_CC_ARABIC,			/* Arabic-script letter, tatweel included */
	ARNEWS_CC_ASCII_LETTER,		/* A-Z a-z */
	ARNEWS_CC_LETTER,			/* any other letter (Latin-1, Cyrillic, CJK...) */
	ARNEWS_CC_MARK,				/* combining mark: harakat, accents */
	ARNEWS_CC_DIGIT,			/* decimal digit of any script */
	ARNEWS_CC_FORMAT			/* invisible format char: ZWJ, ZWNJ, bidi, SHY */
} ArnewsCharClass;

/* Class of a code point (cheap: a table lookup for the BMP) */
extern ArnewsCharClass arnews_char_class(int32_t cp);

/* Decimal value 0-9 of a digit of any script, or -1 */
extern int	arnews_digit_value(int32_t cp);

/* True for word characters: letters, marks and digits */
static inline bool
arnews_is_word_class(ArnewsCharClass c)
{
	return c == ARNEWS_CC_ARABIC || c == ARNEWS_CC_ASCII_LETTER ||
		c == ARNEWS_CC_LETTER || c == ARNEWS_CC_MARK || c == ARNEWS_CC_DIGIT;
}

/* True for emoji and pictographs (keeps emoji ZWJ sequences intact) */
extern bool arnews_is_pictographic(int32_t cp);

#endif							/* ARNEWS_CHARS_H */
