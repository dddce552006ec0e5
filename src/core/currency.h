/*-------------------------------------------------------------------------
 *
 * currency.h
 *		Currencies for the arnews quantity extractor: names (دولار كندي،
 *		دنانير أردنية), symbols ($ € £), ISO 4217 codes (SAR), Arabic
 *		abbreviations (ر.س، د.ك), minor units (سنت، قرش، هللة، فلس) and the
 *		country of an unqualified ليرة، جنيه، ريال ... told by the text.
 *
 * Lists: data/builtin_currencies.txt, builtin_currency_signs.txt and
 * builtin_currency_countries.txt, parsed once into static tables.
 *
 * IDENTIFICATION
 *	  src/core/currency.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef ARNEWS_CURRENCY_H
#define ARNEWS_CURRENCY_H

#include <stdbool.h>
#include <stddef.h>

/* A currency read from the text */
typedef struct ArnewsCurrency
{
	const char *code;			/* ISO 4217 code, or NULL when not said */
	const char *family;			/* "pound", "dinar" ... when code is NULL
								 * and the word names a family; else NULL */
	int			minor;			/* 0 for a main unit; else how many make
								 * the main unit (100, 1000; -1: by the
								 * main currency) */
	size_t		end;			/* one past the currency */
} ArnewsCurrency;

/*
 * The currency starting exactly at pos: a name (longest phrase), a symbol,
 * an ISO code or an abbreviation.  words_only limits it to names.
 */
extern bool arnews_currency_at(const char *text, size_t len, size_t pos,
							   bool words_only, ArnewsCurrency *cur);

/*
 * A symbol or ISO code at pos written before its figure ($ 25، €3، USD 40):
 * sets *num to the first digit after it (one blank allowed).
 */
extern bool arnews_currency_before(const char *text, size_t len, size_t pos,
								   ArnewsCurrency *cur, size_t *num);

/* How many of a minor unit make one of code (minor as in ArnewsCurrency) */
extern int	arnews_currency_minor_ratio(const char *code, int minor);

/*
 * The code a family ("pound" ...) has in this text: the one code of the
 * family that the text's countries and qualified amounts point to, or NULL.
 * The text is scanned once per call.
 */
extern const char *arnews_currency_resolve(const char *text, size_t len,
										   const char *family);

#endif							/* ARNEWS_CURRENCY_H */
