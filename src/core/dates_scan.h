/*-------------------------------------------------------------------------
 *
 * dates_scan.h
 *		Internal declarations of the recognizer of the date engine, shared
 *		by its files: the word window (dates_scan.c), clock times
 *		(dates_clock.c), relative and calendar-arithmetic patterns
 *		(dates_relative.c) and holidays (dates_holidays.c).  Not part of the
 *		public API.
 *
 * IDENTIFICATION
 *	  src/core/dates_scan.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef ARNEWS_DATES_SCAN_H
#define ARNEWS_DATES_SCAN_H

#include "dates_int.h"
#include "tokenize.h"
#include "utf8.h"

#define NORM_MAX 64

typedef struct DWord
{
	size_t		start;			/* raw token bytes */
	size_t		end;
	size_t		cstart;			/* raw byte after stripped proclitics */
	ArnewsTokenType type;
	int32_t		gap;			/* gap_char() of this word */
	const ArnewsDateLex *lexc;	/* entry of the word (proclitics stripped) */
	bool		numcue;			/* lexc is a unit or month (or starts one):
								 * a number word before it is worth reading */
	bool		lil;			/* lexc found after stripping لل */
	int32_t		ival;			/* INT: value, -1 if not plain digits */
	int			ndig;			/* INT: number of digits */
	int			nlen;			/* length of the stripped form: the last nlen
								 * bytes of full (WNORM) */
	int			flen;			/* length of the full normalized word */
	char		full[NORM_MAX]; /* normalized word as written */
} DWord;

/* the normalized word with its proclitics stripped (a suffix of full) */
#define WNORM(w) ((w)->full + (w)->flen - (w)->nlen)

typedef struct Scan
{
	const char *text;
	size_t		len;
	DWord	   *w;				/* a window of the words of the text */
	int			n;
	int			cap;
	size_t		pos;			/* where the word scanner goes on */
	size_t		last_end;		/* end of the last word read (0 at first) */
	const uint64_t *filter;		/* the lexicon filter (dates_int.h) */
	bool		has_ref;
	int32_t		ref;
	int			ref_y,
				ref_m,
				ref_d;
	bool		has_time;		/* the reference has a time of day */
	int32_t		ref_minute;		/* its minute of the day */
} Scan;


/* A match being built */
typedef struct Match
{
	ArnewsDateItem it;
	int			endw;			/* one past the last word */
} Match;

/*
 * Describe the gap before word i: returns the single punctuation code point
 * in it (0 if only blanks, -1 if more than one or a line break).
 */
static inline int32_t
gap_char(const Scan *s, int i)
{
	return s->w[i].gap;
}

/* True if the gap before word i is exactly the character c (no blanks) */
static inline bool
gap_exact(const Scan *s, int i, int32_t c)
{
	size_t		p = s->w[i - 1].end;
	size_t		e = s->w[i].start;
	int32_t		cp;

	if (p >= e)
		return false;
	cp = arnews_utf8_next(s->text, e, &p);
	return cp == c && p == e;
}

/* True if the gap before word i holds only blanks (or nothing) */
static inline bool
gap_plain(const Scan *s, int i)
{
	return i > 0 && i < s->n && gap_char(s, i) == 0;
}

/* True if word i is the normalized string str (as written) */
static inline bool
word_is(const Scan *s, int i, const char *str)
{
	return i >= 0 && i < s->n && s->w[i].flen == (int) strlen(str) &&
		memcmp(s->w[i].full, str, s->w[i].flen) == 0;
}

/* Entry of word i if it has any of the classes in mask */
static inline const ArnewsDateLex *
lex_has(const Scan *s, int i, uint32_t mask)
{
	if (i < 0 || i >= s->n || s->w[i].lexc == NULL)
		return NULL;
	return (s->w[i].lexc->mask & mask) ? s->w[i].lexc : NULL;
}

/* --- dates_scan.c: words and resolving helpers */

/* Multi-word lexicon entry starting at word i (falls back to the word's) */
extern const ArnewsDateLex *arnews_ds_lex_multi(const Scan *s, int i, int *endw);

/* Index of the word that ends at byte e, searching from word i; -1 if none */
extern int	arnews_ds_word_ending_at(const Scan *s, int i, size_t e);

/* Spans: one day, a Gregorian month, a Gregorian year */
extern void arnews_ds_set_day(ArnewsDateItem *it, int32_t day);
extern void arnews_ds_set_month(ArnewsDateItem *it, int y, int m);
extern void arnews_ds_set_year(ArnewsDateItem *it, int y);

/* Add n months to a day number (clamping the day of month) */
extern int32_t arnews_ds_add_months(int32_t day, int n);

/* Start a match of the given kind at byte start */
extern void arnews_ds_match_init(Match *m, size_t start, ArnewsDateKind kind);

/* Readers: day number (1-31), month name(s), year digits, era, relative adjective */
extern bool arnews_ds_read_day(const Scan *s, int i, int *day, int *next);
extern bool arnews_ds_read_month(const Scan *s, int i, int *month, int *msys, int *next,
								 size_t *endbyte);
extern bool arnews_ds_read_year(const Scan *s, int i, int minv, int maxv, int *year);
extern int	arnews_ds_read_era(const Scan *s, int i, int *next);
extern bool arnews_ds_read_rel(const Scan *s, int i, int *rel);

/* Year of a month without a year (rel 0: this, <0 last, >0 next) */
extern int	arnews_ds_year_for_month(const Scan *s, int m, int rel, bool hijri, int *hyear);

/* Patterns of dates_scan.c used by the other files */
extern bool arnews_ds_match_month_expr(const Scan *s, int i, bool bare_ok, Match *m);
extern bool arnews_ds_apply_day(const Scan *s, Match *m, int day);
extern int32_t arnews_ds_weekday_day(const Scan *s, int wd, int rel);
extern bool arnews_ds_match_unit_rel(const Scan *s, int i, Match *m);
extern bool arnews_ds_match_deixis(const Scan *s, int i, Match *m);
extern bool arnews_ds_match_weekday(const Scan *s, int i, bool after_pod, Match *m);
extern bool arnews_ds_match_duration(const Scan *s, int i, Match *m);
extern bool arnews_ds_match_period(const Scan *s, int k, Match *in);
extern void arnews_ds_anchor_duration(const Scan *s, ArnewsDateItem *it, int signal);

/* --- dates_clock.c: clock times */

/* 12:48 م، 05:16 مساءً */
extern bool arnews_ds_match_clock(const Scan *s, int i, Match *m);

/* الساعة + hour (digits, words or ordinal) + optional minutes and mark */
extern bool arnews_ds_match_hour_word(const Scan *s, int i, Match *m);

/* Cheap test before arnews_ds_match_ordinal_hour: الـ...ة (الخامسة) */
static inline bool
arnews_ds_maybe_hour(const DWord *w)
{
	return w->flen >= 8 && w->full[w->flen - 2] == '\xd9' && w->full[w->flen - 1] == '\x87' &&
		w->full[0] == '\xd8' && w->full[1] == '\xa7' && w->full[2] == '\xd9' &&
		w->full[3] == '\x84';
}

/* الخامسة فجراً، الثانية والنصف ظهراً، الرابعة إلا ربعاً (no الساعة) */
extern bool arnews_ds_match_ordinal_hour(const Scan *s, int i, Match *m);

/* 2 و 25 دقيقة الصبح، 7 صباحاً: digits with minutes and a part of day */
extern bool arnews_ds_match_digit_hour(const Scan *s, int i, Match *m);

/* الظهيرة، منتصف الليل، منتصف النهار */
extern bool arnews_ds_match_clockword(const Scan *s, int i, Match *m);

/* --- dates_relative.c: calendar arithmetic */

/*
 * A number at word i in [lo, hi]: one or two digits, or a number word
 * (ordinals too when ord; الثالث، known to the lexicon as nth, included)
 */
extern bool arnews_ds_read_count(const Scan *s, int i, int lo, int hi, bool ord, int *val,
								 int *next);

/* شهر 3، شهر سبعة، الشهر الخامس [من عام 2025] */
extern bool arnews_ds_match_month_number(const Scan *s, int i, Match *m);

/* The month a day is counted in: شهر نوفمبر، الشهر الجاري، الشهر، شهر 6 */
extern bool arnews_ds_month_ref(const Scan *s, int k, Match *mm);

/* Day N of the month at word k (arnews_ds_month_ref) */
extern bool arnews_ds_day_of_month_ref(const Scan *s, int k, int day, Match *m);

/* خميس الأسبوع الماضي، الأربعاء من هذا الأسبوع */
extern bool arnews_ds_match_weekday_week(const Scan *s, int i, Match *m);

/* أول خميس من نوفمبر، آخر يوم من الشهر، الأسبوع الأول من أغسطس ... */
extern bool arnews_ds_match_nth(const Scan *s, int i, Match *m);

/* في السادس عشر، 15 الجاري */
extern bool arnews_ds_match_bare_day(const Scan *s, int i, Match *m);

/* اليوم الذي يلي الغد */
extern bool arnews_ds_match_day_chain(const Scan *s, int i, Match *m);

/* --- dates_holidays.c: holidays */

/* عيد الفطر [2025]، عيد الميلاد، عيد الفصح ... */
extern bool arnews_ds_match_holiday(const Scan *s, int i, Match *m);

/* Western Easter Sunday of a Gregorian year (day number) */
extern int32_t arnews_dates_easter(int y);

#endif							/* ARNEWS_DATES_SCAN_H */
