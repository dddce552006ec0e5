/*-------------------------------------------------------------------------
 *
 * dates.h
 *		The arnews temporal engine: finds dates, ranges, clock times,
 *		durations and vague temporal adverbs in Arabic news text and
 *		resolves them against a reference (publication) date.
 *
 * Offsets are bytes into the caller's UTF-8 buffer.  Days are counted from
 * 1970-01-01 (day 0) in the proleptic Gregorian calendar; spans are
 * half-open [lo, hi).  The engine never reads outside [0, len) and never
 * fails on odd text.
 *
 * Span convention (TimeML): governing prepositions and signals (في، منذ،
 * قبل، بعد، حتى، خلال، لمدة) and proclitics are outside the span and are
 * reported in "modifier"; approximators (نحو، أقل من) are inside.
 *
 * IDENTIFICATION
 *	  src/core/dates.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef ARNEWS_DATES_H
#define ARNEWS_DATES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum ArnewsDateKind
{
	ARNEWS_DK_DATE = 0,			/* a calendar day, week, month, year ... */
	ARNEWS_DK_RANGE,			/* two ends: يومي 23 و24 يناير، ربيع 2022 */
	ARNEWS_DK_TIME,				/* a clock time: 12:48 م */
	ARNEWS_DK_DURATION,			/* a length: ست ساعات ونصف */
	ARNEWS_DK_VAGUE				/* الآن، مؤخراً، لاحقاً */
} ArnewsDateKind;

typedef enum ArnewsDateGrain
{
	ARNEWS_GRAIN_NONE = 0,		/* vague items */
	ARNEWS_GRAIN_MINUTE,
	ARNEWS_GRAIN_HOUR,
	ARNEWS_GRAIN_DAY,
	ARNEWS_GRAIN_WEEK,
	ARNEWS_GRAIN_MONTH,
	ARNEWS_GRAIN_SEASON,
	ARNEWS_GRAIN_YEAR,
	ARNEWS_GRAIN_DECADE
} ArnewsDateGrain;

/* an unbounded end of a span (vague past / future) */
#define ARNEWS_DAY_UNBOUNDED INT32_MIN

typedef struct ArnewsDateItem
{
	ArnewsDateKind kind;
	ArnewsDateGrain grain;
	size_t		start;			/* first byte of the span */
	size_t		end;			/* one past its last byte */
	bool		has_span;		/* false: relative and no reference */
	int32_t		lo;				/* first day, or ARNEWS_DAY_UNBOUNDED */
	int32_t		hi;				/* one past the last day, or UNBOUNDED */
	bool		has_at;			/* clock time resolved to a day */
	int64_t		at_minutes;		/* minutes since 1970-01-01 00:00 */
	bool		has_duration;	/* false for "PXW"-like unspecified counts */
	int32_t		dur_months;
	int32_t		dur_days;
	int64_t		dur_minutes;
	const char *modifier;		/* governing signal outside the span:
								 * "since", "before", "after", "until",
								 * "during", "for", or NULL */
	const char *qualifier;		/* inside the span: "approx", "less_than",
								 * "more_than", "start", "mid", "end",
								 * "earlier", "later", or NULL */
	bool		hijri;			/* written in the Hijri calendar */
	bool		relative;		/* the value depends on the reference */
	int			vague_dir;		/* vague: -1 past, 0 present, +1 future */
	const char *zone;			/* time zone named after a time: an IANA
								 * name ("Asia/Riyadh", "UTC"), or NULL */
	bool		zone_fixed;		/* GMT+3-like: a fixed offset, zone NULL */
	int32_t		zone_offset;	/* zone_fixed: minutes east of UTC */
	bool		has_utc;		/* at in UTC is known (a zone was named) */
	int64_t		utc_minutes;	/* at_minutes converted to UTC */
} ArnewsDateItem;

typedef struct ArnewsDateList
{
	ArnewsDateItem *items;
	int			n;
	int			cap;
} ArnewsDateList;

/*
 * Find every temporal expression in text[0..len), in text order, without
 * overlaps.  With has_ref false, relative expressions get has_span false.
 * Items are appended to out (initialize it with {NULL, 0, 0}); free
 * out->items with arnews_free.
 */
extern void arnews_dates_extract(const char *text, size_t len, bool has_ref,
								 int32_t ref_day, ArnewsDateList *out);

/*
 * Interrupt hook: called about every ARNEWS_DATES_TICK words (and every
 * megabyte of text without words) during extraction.  The SQL glue passes
 * a function that runs CHECK_FOR_INTERRUPTS(); the engine keeps no state
 * that a longjmp out of it would corrupt beyond memory owned by the
 * current memory context.
 */
#define ARNEWS_DATES_TICK 4096
typedef void (*ArnewsDatesTickFn) (void *arg);

typedef struct ArnewsDatesOptions
{
	bool		has_ref;		/* resolve relative items against ref_day */
	int32_t		ref_day;
	ArnewsDatesTickFn tick;		/* interrupt hook, or NULL */
	void	   *tick_arg;
	bool		has_time;		/* the reference has a time of day: now
								 * (الآن، في هذه اللحظة) and بعد ساعتين /
								 * قبل ربع ساعة resolve to a moment */
	int32_t		ref_minute;		/* minutes into ref_day (0-1439) */
} ArnewsDatesOptions;

/*
 * arnews_dates_extract with options (opts may be NULL: no reference, no
 * tick); the same items.
 */
extern void arnews_dates_extract_opts(const char *text, size_t len,
									  const ArnewsDatesOptions *opts,
									  ArnewsDateList *out);

/*
 * True if a normalized word is a month name (any of the four systems) or a
 * weekday; other engines use it to keep calendar words out of names.
 */
extern bool arnews_dates_is_calendar_name(const char *norm, size_t len);

/*
 * The publication date: the first absolute day-grain date in the opening
 * lines (dateline or header).  Returns false when there is none.
 */
extern bool arnews_dates_pubdate(const char *text, size_t len, int32_t *day);

/* arnews_dates_pubdate reads no byte at or beyond this offset */
#define ARNEWS_PUBDATE_MAX_READ 1264

/* Day number of a proleptic Gregorian date (no validation) */
extern int32_t arnews_days_from_civil(int y, int m, int d);

/* Gregorian date of a day number */
extern void arnews_civil_from_days(int32_t day, int *y, int *m, int *d);

/* Day of week of a day number: 0 = Sunday ... 6 = Saturday */
extern int	arnews_weekday(int32_t day);

/* True if y-m-d is a valid Gregorian date */
extern bool arnews_valid_civil(int y, int m, int d);

/*
 * Offset from UTC, in minutes east, of the IANA time zone "zone" at the
 * local time local_minutes (minutes since 1970-01-01 00:00, wall clock);
 * false if ICU does not know the zone.
 */
extern bool arnews_zone_offset(const char *zone, int64_t local_minutes, int32_t *offset);

/* Day number of a Hijri (Umm al-Qura, ICU) date; false if out of range */
extern bool arnews_hijri_to_days(int hy, int hm, int hd, int32_t *day);

/* Hijri (Umm al-Qura) date of a day number */
extern bool arnews_days_to_hijri(int32_t day, int *hy, int *hm, int *hd);

/*
 * TimeML-like value of an item ("2026-01-23", "2026-W05", "P4Y", "PXW",
 * "PRESENT_REF", "2022-03-01/2022-05-31" for ranges (inclusive), ...);
 * writes at most cap-1 bytes plus NUL and returns the length written.
 */
extern size_t arnews_date_value(const ArnewsDateItem *item, char *out, size_t cap);

/* Names used by the SQL glue and tools */
extern const char *arnews_date_kind_name(ArnewsDateKind kind);
extern const char *arnews_date_grain_name(ArnewsDateGrain grain);

#endif							/* ARNEWS_DATES_H */
