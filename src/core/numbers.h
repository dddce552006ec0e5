/*-------------------------------------------------------------------------
 *
 * numbers.h
 *		The arnews number engine: reads numbers written in digits (any digit
 *		set, with separators), in words (every gender and case form),
 *		digit+scale word mixtures, fractions, ordinals and approximations.
 *		Used by the quantity extractor and by the date engine.
 *
 * Offsets are bytes into the caller's UTF-8 buffer.  The engine never
 * reads outside [0, len) and never fails on odd text.
 *
 * IDENTIFICATION
 *	  src/core/numbers.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef ARNEWS_NUMBERS_H
#define ARNEWS_NUMBERS_H

#include <stdbool.h>
#include <stddef.h>

/* flags of an ArnewsNumber */
#define ARNEWS_NUMF_DIGITS		0x0001	/* written (partly) in digits */
#define ARNEWS_NUMF_WORDS		0x0002	/* written (partly) in words */
#define ARNEWS_NUMF_ORDINAL		0x0004	/* الخامس عشر، الأولى */
#define ARNEWS_NUMF_FRACTION	0x0008	/* has ونصف، وربع، ثلث ... */
#define ARNEWS_NUMF_APPROX		0x0010	/* span starts with نحو، حوالي ... */
#define ARNEWS_NUMF_VAGUE		0x0020	/* عشرات، مئات، آلاف الـ: order of
										 * magnitude only */
#define ARNEWS_NUMF_OVERFLOW	0x0040	/* value saturated (see exact) */
#define ARNEWS_NUMF_DECIMAL		0x0080	/* has a decimal part */
#define ARNEWS_NUMF_SCALE		0x0100	/* has a scale word: ألف، مليون ... */
#define ARNEWS_NUMF_INEXACT		0x0200	/* more digits than a double holds:
										 * use arnews_number_exact() */
#define ARNEWS_NUMF_EXACT_DIGITS 0x0400 /* value = the digit run
										 * [digits_start, digits_end) times
										 * 10^scale_exp, exactly */
#define ARNEWS_NUMF_NEGATIVE	0x0800	/* a leading minus sign: -3.5 */
#define ARNEWS_NUMF_WEAK		0x1000	/* one colloquial word that is also a
										 * common noun (متين، مية): a number
										 * only next to a unit */

/* options of arnews_number_at */
#define ARNEWS_NUMO_APPROX		0x0001	/* accept a leading approximator */
#define ARNEWS_NUMO_ORDINALS	0x0002	/* accept ordinals */
#define ARNEWS_NUMO_CLITIC		0x0004	/* accept one proclitic (و ب ل ف ك)
										 * before the number; start then
										 * points after it */
#define ARNEWS_NUMO_CLITIC2		0x0008	/* also accept two proclitics
										 * (وب، فب، ول، فل، وك، فك): وبنحو */
#define ARNEWS_NUMO_SIGN		0x0010	/* accept a leading minus sign (-3.5)
										 * and a leading decimal point (.45) */

typedef struct ArnewsNumber
{
	size_t		start;			/* first byte of the span (after a clitic) */
	size_t		end;			/* one past the last byte */
	double		value;			/* numeric value (saturating) */
	int			flags;			/* ARNEWS_NUMF_* */
	const char *approx_word;	/* the approximator, e.g. "نحو", or NULL */
	int			approx_dir;		/* -1 below (أقل من), 0 about, +1 above
								 * (أكثر من) */
	/* added after the first contract (fields at the end only) */
	size_t		digits_start;	/* the digit run, when flags has DIGITS */
	size_t		digits_end;
	int			scale_exp;		/* see ARNEWS_NUMF_EXACT_DIGITS */
	size_t		approx_end;		/* end of the approximator words (== start
								 * when there is none) */
} ArnewsNumber;

/*
 * Read the longest number expression starting exactly at byte pos, which
 * must be the start of a token.  Returns false when none starts there.
 */
extern bool arnews_number_at(const char *text, size_t len, size_t pos,
							 int options, ArnewsNumber *out);

/*
 * Exact decimal digits of the number just read, for values beyond double
 * precision (10,000-digit numbers): writes up to cap-1 ASCII chars
 * ("12345.5") and returns the full length needed.
 */
extern size_t arnews_number_exact(const char *text, size_t len,
								  const ArnewsNumber *num, char *out, size_t cap);

#endif							/* ARNEWS_NUMBERS_H */
