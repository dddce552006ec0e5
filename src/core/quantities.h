/*-------------------------------------------------------------------------
 *
 * quantities.h
 *		The arnews quantity extractor: money, percentages, measured and
 *		counted quantities, bare numbers and ordinals in Arabic news text.
 *
 * Spans are byte offsets into the caller's UTF-8 buffer.  A span starts
 * with the approximator when there is one (نحو 5 مليارات دولار) and never
 * with a proclitic (بنحو → نحو، بـ50 → 50).  Units:
 *	- money: ISO 4217 code (list in data/builtin_currencies.txt), or NULL
 *	  when the currency's country is not said (ليرة، ريال ...);
 *	- percent: "%" (and "pp" for نقطة مئوية);
 *	- quantity: the unit vocabulary of data/builtin_units.txt; every noun
 *	  counting people (شخص، جندي، قتيل، لاجئ ...) has unit "person";
 *	- number and ordinal: NULL.
 * Numbers may be negative (-3.5%), start with a decimal point (.45) or be
 * spoken (2 فاصلة 5); ordinals include digits with the article after a
 * singular head noun (الدورة الـ11); a one-word weak colloquial number
 * (متين solid, مية water) is reported only before a currency or unit.
 * Numbers inside dates, clock times, ISO/slashed dates, phone numbers and
 * names (فرانس 24، G20) are not reported, nor numbers counting units of
 * time (60 يوما: durations belong to the dates engine), nor bare years
 * (four digits 1800-2100 with no unit), nor a bare fraction word (نصف).
 *
 * IDENTIFICATION
 *	  src/core/quantities.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef ARNEWS_QUANTITIES_H
#define ARNEWS_QUANTITIES_H

#include <stdbool.h>
#include <stddef.h>

#include "numbers.h"

typedef enum ArnewsQuantityKind
{
	ARNEWS_QK_NUMBER = 0,
	ARNEWS_QK_ORDINAL,
	ARNEWS_QK_MONEY,
	ARNEWS_QK_PERCENT,
	ARNEWS_QK_QUANTITY
} ArnewsQuantityKind;

typedef struct ArnewsQuantity
{
	ArnewsQuantityKind kind;
	size_t		start;			/* first byte of the span */
	size_t		end;			/* one past the last byte */
	ArnewsNumber num;			/* the number read (value, flags, exact) */
	const char *unit;			/* static string, or NULL */
	bool		approximate;	/* approximator or vague amount */
	const char *family;			/* money whose country is not said: the
								 * currency family ("pound", "dinar" ...);
								 * resolved into unit from the text when
								 * it names one country of the family */
	ArnewsNumber num_max;		/* the upper figure of a range */
	bool		has_max;		/* num_max is set (bound "range") */
	const char *bound;			/* NULL, "range" (num .. num_max), "over",
								 * "under", "at_least" or "at_most" (num is
								 * the bound) */
} ArnewsQuantity;

/* A byte span [start, end) the extractor must not touch */
typedef struct ArnewsByteSpan
{
	size_t		start;
	size_t		end;
} ArnewsByteSpan;

typedef struct ArnewsQuantityOptions
{
	const ArnewsByteSpan *exclude;	/* e.g. the date engine's spans, sorted
									 * by start; may be NULL */
	size_t		nexclude;
	void		(*tick) (void *arg);	/* called every few hundred words
										 * (CHECK_FOR_INTERRUPTS), or NULL */
	void	   *tick_arg;
} ArnewsQuantityOptions;

/*
 * Extract every quantity of text[0..len) in text order, non-overlapping.
 * Sets *out to an arnews_alloc'd array (NULL when none) and returns its
 * length.  opts may be NULL.
 */
extern size_t arnews_quantities_extract(const char *text, size_t len,
										const ArnewsQuantityOptions *opts,
										ArnewsQuantity **out);

/* SQL name of a kind: "number", "ordinal", "money", "percent", "quantity" */
extern const char *arnews_quantity_kind_name(ArnewsQuantityKind kind);

#endif							/* ARNEWS_QUANTITIES_H */
