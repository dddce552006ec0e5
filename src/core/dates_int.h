/*-------------------------------------------------------------------------
 *
 * dates_int.h
 *		Internal declarations shared by the files of the date engine
 *		(lexicon, calendar, recognizer).  Not part of the public API.
 *
 * IDENTIFICATION
 *	  src/core/dates_int.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef ARNEWS_DATES_INT_H
#define ARNEWS_DATES_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "dates.h"

/* classes of a lexicon entry (bit mask: one word may have several) */
#define ARNEWS_DL_MONTH		0x00001
#define ARNEWS_DL_WDAY		0x00002
#define ARNEWS_DL_DEIXIS	0x00004
#define ARNEWS_DL_VAGUE		0x00008
#define ARNEWS_DL_UNIT		0x00010
#define ARNEWS_DL_UNITDEF	0x00020
#define ARNEWS_DL_YEARWORD	0x00040
#define ARNEWS_DL_DAYWORD	0x00080
#define ARNEWS_DL_HOURWORD	0x00100
#define ARNEWS_DL_TZ		0x00200
#define ARNEWS_DL_MONTHWORD	0x00400
#define ARNEWS_DL_REL		0x00800
#define ARNEWS_DL_THIS		0x01000
#define ARNEWS_DL_POD		0x02000
#define ARNEWS_DL_MARK		0x04000
#define ARNEWS_DL_SIGNAL	0x08000
#define ARNEWS_DL_APPROX	0x10000
#define ARNEWS_DL_PARTOF	0x20000
#define ARNEWS_DL_SEASON	0x40000
#define ARNEWS_DL_DECADE	0x80000
#define ARNEWS_DL_CENTURY	0x100000
#define ARNEWS_DL_ERA		0x200000
#define ARNEWS_DL_COUNTED	0x400000
#define ARNEWS_DL_NOYEAR	0x800000
#define ARNEWS_DL_YFOLLOW	0x1000000
#define ARNEWS_DL_WDAYBARE	0x2000000	/* weekday without the article: خميس */
#define ARNEWS_DL_NTH		0x4000000	/* أول، ثاني … آخر، الأول … الأخير */
#define ARNEWS_DL_HOLIDAY	0x8000000	/* عيد الفطر، عيد الميلاد … */
#define ARNEWS_DL_CLOCKWORD 0x10000000	/* الظهيرة، منتصف الليل */
#define ARNEWS_DL_TZNAME	0x20000000	/* a place after بتوقيت */

/* holiday calendars */
#define ARNEWS_HOL_HIJRI	1	/* a Hijri month and day (Umm al-Qura) */
#define ARNEWS_HOL_GREG		2	/* a Gregorian month and day */
#define ARNEWS_HOL_EASTER	3	/* Western Easter Sunday (computus) */

/* month systems */
#define ARNEWS_MS_GREG		0
#define ARNEWS_MS_LEVANT	1
#define ARNEWS_MS_MAGHREB	2
#define ARNEWS_MS_HIJRI		3

/* units */
#define ARNEWS_U_MINUTE		1
#define ARNEWS_U_HOUR		2
#define ARNEWS_U_DAY		3
#define ARNEWS_U_WEEK		4
#define ARNEWS_U_MONTH		5
#define ARNEWS_U_YEAR		6
#define ARNEWS_U_DECADE		7
#define ARNEWS_U_CENTURY	8

/* signals */
#define ARNEWS_SIG_SINCE	1
#define ARNEWS_SIG_BEFORE	2
#define ARNEWS_SIG_AFTER	3
#define ARNEWS_SIG_UNTIL	4
#define ARNEWS_SIG_DURING	5
#define ARNEWS_SIG_FOR		6
#define ARNEWS_SIG_IN		7

/* eras */
#define ARNEWS_ERA_HIJRI	1
#define ARNEWS_ERA_GREG		2
#define ARNEWS_ERA_CORR		3	/* الموافق */

typedef struct ArnewsDateLex
{
	uint32_t	mask;			/* ARNEWS_DL_* */
	bool		multi_first;	/* first word of a multi-word entry */
	bool		month_first;	/* first word of a two-word month name */
	bool		ambiguous;		/* month name that is also a common word */
	int8_t		month;			/* 1-12 */
	int8_t		msys;			/* ARNEWS_MS_* */
	int8_t		wday;			/* 0 Sunday .. 6 Saturday */
	int8_t		deixis;			/* day offset: -2 .. 2 */
	int8_t		vague;			/* -1 past, 0 present, 1 future, 2 future
								 * after the clitic لل only */
	int8_t		unit;			/* ARNEWS_U_* (unit, unitdef) */
	int8_t		ucount;			/* 1 singular, 2 dual, 0 plural */
	int8_t		ywcount;		/* yearword/dayword: 1 singular, 2 dual */
	int8_t		rel;			/* -1 past, 0 current, 1 next */
	int8_t		hour;			/* pod, mark: typical hour */
	int8_t		signal;			/* ARNEWS_SIG_* */
	int8_t		approx;			/* -1 less, 0 about, 1 more */
	int8_t		partof;			/* 1 start, 2 mid, 3 end */
	int8_t		season;			/* 1 spring .. 4 winter */
	int8_t		era;			/* ARNEWS_ERA_* */
	int16_t		decade;			/* 20 .. 90 */
	int16_t		century;		/* -1 past, 0 current, or first year */
	int8_t		nth;			/* nth: 1-5, or -1 for the last */
	int8_t		hol_cal;		/* holiday: ARNEWS_HOL_* */
	int8_t		hol_month;		/* holiday: month 1-12 of its calendar */
	int8_t		hol_day;		/* holiday: day of the month */
	int16_t		clock;			/* clockword: hour (24 = midnight) */
	int16_t		zone;			/* tzname: index for arnews_dates_zone_name */
} ArnewsDateLex;

/* Hash of a byte string, eight bytes at a time (lexicon and word cache) */
static inline uint32_t
arnews_dates_hash(const char *s, size_t len)
{
	uint64_t	h = (uint64_t) len * UINT64_C(0x9E3779B97F4A7C15);
	uint64_t	v;

	while (len >= 8)
	{
		memcpy(&v, s, 8);
		h = (h ^ v) * UINT64_C(0xFF51AFD7ED558CCD);
		h ^= h >> 29;
		s += 8;
		len -= 8;
	}
	v = 0;
	for (size_t i = 0; i < len; i++)
		v |= (uint64_t) (unsigned char) s[i] << (8 * i);
	h = (h ^ v) * UINT64_C(0xC4CEB9FE1A85EC53);
	h ^= h >> 32;
	return (uint32_t) h;
}

/* Look up a normalized word (or words separated by one space) */
extern const ArnewsDateLex *arnews_dates_lex_lookup(const char *norm, size_t len);

/*
 * A filter over the one-word keys of the lexicon: bit
 * arnews_dates_filter_bit(key) is set for each, so a word whose bit is
 * clear is surely no key (arnews_dates_lex_lookup would return NULL).
 * The bit hashes the length and the last six bytes.
 */
#define ARNEWS_DATES_FILTER_BITS 65536

/* Bit number of norm[0..len) in the filter */
static inline uint32_t
arnews_dates_filter_bit(const char *norm, size_t len)
{
	uint64_t	x = 0;

	if (len >= 8)
	{
		memcpy(&x, norm + len - 8, 8);
		x >>= 16;
	}
	else
	{
		size_t		m = len < 6 ? len : 6;

		for (size_t j = 0; j < m; j++)
			x |= (uint64_t) (unsigned char) norm[len - m + j] << (8 * j);
	}
	x ^= (uint64_t) len << 48;
	x *= UINT64_C(0x9E3779B97F4A7C15);
	return (uint32_t) (x >> 48);
}

/* The filter's bits (ARNEWS_DATES_FILTER_BITS / 64 words); loads the lexicon */
extern const uint64_t *arnews_dates_lex_filter(void);

/* True if norm[0..len) may be a one-word key (see the filter above) */
static inline bool
arnews_dates_filter_maybe(const uint64_t *filter, const char *norm, size_t len)
{
	uint32_t	b = arnews_dates_filter_bit(norm, len);

	return len > 0 && (filter[b / 64] & (UINT64_C(1) << (b % 64))) != 0;
}

/*
 * The day of the first absolute day-grain item of text[0..len), stopping
 * the scan there (arnews_dates_pubdate); false when there is none.
 */
extern bool arnews_dates_first_day(const char *text, size_t len, int32_t *day);

/* IANA name of a time zone index of the lexicon (NULL if out of range) */
extern const char *arnews_dates_zone_name(int zone);

/* Modifier names */
extern const char *arnews_dates_signal_name(int signal);

#endif							/* ARNEWS_DATES_INT_H */
