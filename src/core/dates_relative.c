/*-------------------------------------------------------------------------
 *
 * dates_relative.c
 *		Calendar arithmetic patterns of the date engine: months by number
 *		(شهر 3، الشهر الخامس، شهر سبعة), days of a month named by reference
 *		(الثالث والعشرين من الشهر الجاري، في السادس عشر، 15 الجاري), a weekday
 *		of a week (خميس الأسبوع الماضي، الأربعاء من هذا الأسبوع), the nth or
 *		last weekday, day or week of a month (أول خميس من نوفمبر، آخر يوم من
 *		الشهر، الأسبوع الأول من أغسطس، الأربعاء الثاني من حزيران 2025), the
 *		nth weekday after a day (ثاني جمعة بعد عيد الفطر) and day chains
 *		(اليوم الذي يلي الغد).
 *
 * Weeks run Monday to Sunday (ISO 8601), as the week grain of the engine.
 * A month without a year is the most recent one on or before the reference,
 * as elsewhere in the engine.
 *
 * IDENTIFICATION
 *	  src/core/dates_relative.c
 *
 *-------------------------------------------------------------------------
 */
#include <string.h>

#include "dates_scan.h"
#include "numbers.h"

/* True if word i is a number-like word the lexicon only knows as nth */
static inline bool
plain_or_nth(const DWord *w)
{
	return w->lexc == NULL || (w->lexc->mask & ~ARNEWS_DL_NTH) == 0;
}

/*
 * A number (digits or words, ordinals allowed when ord) at word i with a
 * value in [lo, hi]; sets *val and *next (one past its last word).
 */
bool
arnews_ds_read_count(const Scan *s, int i, int lo, int hi, bool ord, int *val, int *next)
{
	const DWord *w;

	if (i >= s->n)
		return false;
	w = &s->w[i];
	if (w->type == ARNEWS_TOK_INT)
	{
		if (w->ndig < 1 || w->ndig > 2 || w->ival < lo || w->ival > hi)
			return false;
		*val = w->ival;
		*next = i + 1;
		return true;
	}
	if (w->type == ARNEWS_TOK_ARABIC && plain_or_nth(w))
	{
		ArnewsNumber num;
		int			k;

		if (!arnews_number_at(s->text, s->len, w->start, ord ? ARNEWS_NUMO_ORDINALS : 0, &num) ||
			num.value < lo || num.value > hi ||
			num.value != (int) num.value ||
			(num.flags & (ARNEWS_NUMF_APPROX | ARNEWS_NUMF_VAGUE | ARNEWS_NUMF_FRACTION |
						  ARNEWS_NUMF_DECIMAL)))
			return false;
		k = arnews_ds_word_ending_at(s, i, num.end);
		if (k < 0)
			return false;
		*val = (int) num.value;
		*next = k + 1;
		return true;
	}
	return false;
}

/* True if a word ends in ة or ى (normalized ه, ي after و/ل: الأولى) */
static inline bool
feminine(const DWord *w)
{
	return w->flen >= 2 && memcmp(w->full + w->flen - 2, "ه", 2) == 0;
}

/* Month m (1-12) without a year, as a match over words [i, endw) */
static void
bare_month(const Scan *s, Match *m, int mon)
{
	m->it.relative = true;
	m->it.grain = ARNEWS_GRAIN_MONTH;
	if (s->has_ref)
		arnews_ds_set_month(&m->it, mon <= s->ref_m ? s->ref_y : s->ref_y - 1, mon);
}

/*
 * Months by number: شهر 3، شهر سبعة، الشهر الخامس، with an optional year
 * (شهر 6 2024، الشهر الخامس من عام 2025).  i is شهر or الشهر.
 */
bool
arnews_ds_match_month_number(const Scan *s, int i, Match *m)
{
	const ArnewsDateLex *e = lex_has(s, i, ARNEWS_DL_MONTHWORD | ARNEWS_DL_UNITDEF);
	bool		definite;
	int			mon,
				k,
				y;

	if (e == NULL || e->unit != ARNEWS_U_MONTH || s->w[i].cstart != s->w[i].start ||
		i + 1 >= s->n || !gap_plain(s, i + 1))
		return false;
	definite = (e->mask & ARNEWS_DL_UNITDEF) != 0;
	if (definite)
	{
		/* الشهر + an ordinal adjective; not الشهر الخامس على التوالي */
		if (s->w[i + 1].type != ARNEWS_TOK_ARABIC ||
			!arnews_ds_read_count(s, i + 1, 1, 12, true, &mon, &k))
			return false;
		if (k < s->n && gap_plain(s, k) && word_is(s, k, "علي"))
			return false;
	}
	else if (!arnews_ds_read_count(s, i + 1, 1, 12, false, &mon, &k))
		return false;
	/* شهر 3 + a day-month or time reading is not ours: شهر 3 آذار */
	arnews_ds_match_init(m, s->w[i].cstart, ARNEWS_DK_DATE);
	m->endw = k;
	/* a year: 2024، عام 2024، من عام 2024، من العام الجاري */
	{
		int			j = k;

		if (j < s->n && gap_plain(s, j) && word_is(s, j, "من"))
			j++;
		if (j < s->n && gap_plain(s, j) && lex_has(s, j, ARNEWS_DL_YEARWORD) &&
			s->w[j].lexc->ywcount == 1 && j + 1 < s->n && gap_plain(s, j + 1) &&
			arnews_ds_read_year(s, j + 1, 1000, 2200, &y))
		{
			arnews_ds_set_month(&m->it, y, mon);
			m->endw = j + 2;
		}
		else if (j == k && j < s->n && gap_plain(s, j) && s->w[j].ndig == 4 &&
				 arnews_ds_read_year(s, j, 1900, 2100, &y))
		{
			arnews_ds_set_month(&m->it, y, mon);
			m->endw = j + 1;
		}
		else
		{
			Match		yr;

			if (j > k && j < s->n && gap_plain(s, j) && arnews_ds_match_unit_rel(s, j, &yr) &&
				yr.it.grain == ARNEWS_GRAIN_YEAR)
			{
				m->endw = yr.endw;
				m->it.relative = true;
				m->it.grain = ARNEWS_GRAIN_MONTH;
				if (yr.it.has_span)
				{
					int			yy,
								mm,
								dd;

					arnews_civil_from_days(yr.it.lo, &yy, &mm, &dd);
					arnews_ds_set_month(&m->it, yy, mon);
				}
			}
			else
				bare_month(s, m, mon);
		}
	}
	m->it.end = s->w[m->endw - 1].end;
	return true;
}

/*
 * The month a day, week or weekday is counted in, at word k: a month name
 * (شهر نوفمبر، نيسان 2025), الشهر الجاري/هذا الشهر, a month by number or a
 * bare الشهر (the reference's month).
 */
bool
arnews_ds_month_ref(const Scan *s, int k, Match *mm)
{
	Match		t;

	if (k >= s->n)
		return false;
	if (lex_has(s, k, ARNEWS_DL_MONTHWORD) && s->w[k].cstart == s->w[k].start &&
		k + 1 < s->n && gap_plain(s, k + 1) &&
		arnews_ds_match_month_expr(s, k + 1, true, mm))
	{
		mm->it.start = s->w[k].cstart;
		return true;
	}
	if (arnews_ds_match_month_expr(s, k, true, mm))
		return true;
	if (arnews_ds_match_unit_rel(s, k, &t) && t.it.grain == ARNEWS_GRAIN_MONTH)
	{
		*mm = t;
		return true;
	}
	if (arnews_ds_match_month_number(s, k, mm))
		return true;
	if (word_is(s, k, "الشهر"))
	{
		arnews_ds_match_init(mm, s->w[k].start, ARNEWS_DK_DATE);
		mm->endw = k + 1;
		mm->it.end = s->w[k].end;
		mm->it.relative = true;
		mm->it.grain = ARNEWS_GRAIN_MONTH;
		if (s->has_ref)
			arnews_ds_set_month(&mm->it, s->ref_y, s->ref_m);
		return true;
	}
	return false;
}

/* Word k is من or في (a plain gap before it) */
static inline bool
of_word(const Scan *s, int k)
{
	return k < s->n && gap_plain(s, k) && (word_is(s, k, "من") || word_is(s, k, "في"));
}

/*
 * Day N of the month matched in mm ("الثالث والعشرين من الشهر الجاري");
 * false when the month has no such day.
 */
bool
arnews_ds_day_of_month_ref(const Scan *s, int k, int day, Match *m)
{
	if (!arnews_ds_month_ref(s, k, m))
		return false;
	return arnews_ds_apply_day(s, m, day);
}

/* The Monday of the week of day d */
static inline int32_t
week_monday(int32_t d)
{
	return d - (arnews_weekday(d) + 6) % 7;
}

/* Day of weekday wd (0 Sunday) in the Monday-based week starting at monday */
static inline int32_t
day_in_week(int32_t monday, int wd)
{
	return monday + (wd + 6) % 7;
}

/*
 * Weekday of a week: خميس الأسبوع الماضي، ثلاثاء الأسبوع المقبل، [يوم]
 * الأربعاء من هذا الأسبوع / من الأسبوع المقبل.
 */
bool
arnews_ds_match_weekday_week(const Scan *s, int i, Match *m)
{
	const ArnewsDateLex *e;
	int			k = i;
	Match		wk;

	if (lex_has(s, k, ARNEWS_DL_DAYWORD) && s->w[k].lexc->ywcount == 1 && k + 1 < s->n &&
		gap_plain(s, k + 1))
		k++;
	e = lex_has(s, k, ARNEWS_DL_WDAY | ARNEWS_DL_WDAYBARE);
	if (e == NULL || (k > i && s->w[k].cstart != s->w[k].start) || k + 1 >= s->n ||
		!gap_plain(s, k + 1))
		return false;
	k++;
	if (word_is(s, k, "من"))
		k++;
	else if (!(e->mask & ARNEWS_DL_WDAYBARE))
		return false;			/* الخميس الأسبوع: no */
	if (k >= s->n || !gap_plain(s, k) || !arnews_ds_match_unit_rel(s, k, &wk) ||
		wk.it.grain != ARNEWS_GRAIN_WEEK)
		return false;
	arnews_ds_match_init(m, s->w[i].cstart, ARNEWS_DK_DATE);
	m->endw = wk.endw;
	m->it.end = wk.it.end;
	m->it.relative = true;
	m->it.grain = ARNEWS_GRAIN_DAY;
	if (wk.it.has_span)
		arnews_ds_set_day(&m->it, day_in_week(wk.it.lo, e->wday));
	return true;
}

/* The nth (n > 0) or last (n < 0) weekday wd of the month [lo, hi) */
static int32_t
nth_weekday(int32_t lo, int32_t hi, int wd, int n)
{
	if (n > 0)
		return lo + (wd - arnews_weekday(lo) + 7) % 7 + 7 * (n - 1);
	return (hi - 1) - (arnews_weekday(hi - 1) - wd + 7) % 7;
}

/* What an nth expression counts: a weekday, a day or a week */
#define NTH_WDAY	0
#define NTH_DAY		1
#define NTH_WEEK	2

/* Resolve an nth expression over the month in mm into m; false if outside */
static bool
resolve_nth(Match *m, const Match *mm, int what, int wd, int n)
{
	m->it.relative = mm->it.relative;
	m->it.hijri = false;
	m->it.grain = what == NTH_WEEK ? ARNEWS_GRAIN_WEEK : ARNEWS_GRAIN_DAY;
	if (!mm->it.has_span)
		return true;
	if (what == NTH_WDAY)
	{
		int32_t		d = nth_weekday(mm->it.lo, mm->it.hi, wd, n);

		if (d < mm->it.lo || d >= mm->it.hi)
			return false;
		arnews_ds_set_day(&m->it, d);
	}
	else if (what == NTH_DAY)
	{
		int32_t		d = n > 0 ? mm->it.lo + n - 1 : mm->it.hi - 1;

		if (d >= mm->it.hi)
			return false;
		arnews_ds_set_day(&m->it, d);
	}
	else
	{
		/* the week holding the month's first (or last) day, then onwards */
		int32_t		mon = n > 0 ? week_monday(mm->it.lo) + 7 * (n - 1) : week_monday(mm->it.hi - 1);

		if (mon >= mm->it.hi)
			return false;
		m->it.has_span = true;
		m->it.lo = mon;
		m->it.hi = mon + 7;
		m->it.grain = ARNEWS_GRAIN_WEEK;
	}
	return true;
}

/*
 * An anchor day after بعد/قبل in "ثاني جمعة بعد عيد الفطر": a holiday, a
 * deictic day, or a day and month.
 */
static bool
anchor_day(const Scan *s, int k, Match *a)
{
	int			d,
				j;

	if (k >= s->n)
		return false;
	if (arnews_ds_match_holiday(s, k, a) || arnews_ds_match_deixis(s, k, a))
		return a->it.grain == ARNEWS_GRAIN_DAY;
	if (arnews_ds_read_day(s, k, &d, &j))
	{
		if (j < s->n && gap_plain(s, j) && word_is(s, j, "من"))
			j++;
		if (j < s->n && gap_plain(s, j) && arnews_ds_day_of_month_ref(s, j, d, a))
		{
			a->it.start = s->w[k].start;
			return true;
		}
	}
	return false;
}

/*
 * nth expressions:
 *	 أول خميس من شهر نوفمبر، آخر جمعة من نيسان، آخر يوم من الشهر، آخر أسبوع في
 *	 مايو (a bare ordinal first);
 *	 الأسبوع الأول من شهر أغسطس، اليوم الأخير من الشهر (unit + adjective);
 *	 الأربعاء الثاني من حزيران 2025 (weekday + adjective; when day N of the
 *	 month is that weekday, the day N reading is kept);
 *	 ثاني جمعة بعد عيد الفطر، أول سبت قبل 25 ديسمبر (after / before a day);
 *	 ثاني أيام عيد الأضحى (a day of a holiday).
 */
bool
arnews_ds_match_nth(const Scan *s, int i, Match *m)
{
	const ArnewsDateLex *e = s->w[i].lexc;
	const ArnewsDateLex *x;
	int			what,
				wd = 0,
				n,
				k;
	Match		mm;

	if (e == NULL || i + 1 >= s->n || !gap_plain(s, i + 1))
		return false;
	/* (a proclitic before the first word is outside the span: وثالث، والاثنين) */
	if ((e->mask & ARNEWS_DL_NTH) &&
		!(s->w[i].nlen > 4 && memcmp(WNORM(&s->w[i]), "ال", 4) == 0))
	{
		/* أول/ثاني/آخر + خميس/يوم/أسبوع/أيام */
		n = e->nth;
		k = i + 1;
		x = s->w[k].lexc;
		if (x != NULL && (x->mask & ARNEWS_DL_WDAYBARE) && s->w[k].cstart == s->w[k].start)
		{
			what = NTH_WDAY;
			wd = x->wday;
		}
		else if (word_is(s, k, "يوم"))
			what = NTH_DAY;
		else if (word_is(s, k, "اسبوع"))
			what = NTH_WEEK;
		else if (word_is(s, k, "ايام") && n > 0)
		{
			/* ثاني أيام عيد الأضحى */
			Match		h;

			if (k + 1 < s->n && gap_plain(s, k + 1) && arnews_ds_match_holiday(s, k + 1, &h))
			{
				*m = h;
				m->it.start = s->w[i].cstart;
				if (m->it.has_span)
					arnews_ds_set_day(&m->it, h.it.lo + n - 1);
				return true;
			}
			return false;
		}
		else
			return false;
		k++;
		/* after / before a day: ثاني جمعة بعد عيد الفطر */
		if (what == NTH_WDAY && k + 1 < s->n && gap_plain(s, k) &&
			(word_is(s, k, "بعد") || word_is(s, k, "قبل")) && gap_plain(s, k + 1))
		{
			bool		after = word_is(s, k, "بعد");
			Match		a;

			/* آخر خميس قبل: the first one before */
			if (n < 0)
			{
				if (after)
					return false;
				n = 1;
			}

			if (!anchor_day(s, k + 1, &a))
				return false;
			arnews_ds_match_init(m, s->w[i].cstart, ARNEWS_DK_DATE);
			m->endw = a.endw;
			m->it.end = a.it.end;
			m->it.relative = a.it.relative;
			m->it.grain = ARNEWS_GRAIN_DAY;
			if (a.it.has_span)
			{
				int32_t		d;

				if (after)
					d = a.it.lo + 1 + (wd - arnews_weekday(a.it.lo + 1) + 7) % 7 + 7 * (n - 1);
				else
					d = a.it.lo - 1 - (arnews_weekday(a.it.lo - 1) - wd + 7) % 7 - 7 * (n - 1);
				arnews_ds_set_day(&m->it, d);
			}
			return true;
		}
		if (!of_word(s, k))
			return false;
		k++;
	}
	else
	{
		/* الأسبوع الأول، اليوم الأخير، الأربعاء الثاني + من + month */
		int			j = i + 1;

		x = s->w[j].lexc;
		if (x == NULL || !(x->mask & ARNEWS_DL_NTH) || s->w[j].cstart != s->w[j].start)
			return false;
		n = x->nth;
		if (e->mask & ARNEWS_DL_WDAY)
		{
			what = NTH_WDAY;
			wd = e->wday;
		}
		else if (word_is(s, i, "اليوم"))
			what = NTH_DAY;
		else if (word_is(s, i, "الاسبوع"))
			what = NTH_WEEK;
		else
			return false;
		k = j + 1;
		if (!of_word(s, k))
			return false;
		k++;
	}
	if (k >= s->n || !gap_plain(s, k) || !arnews_ds_month_ref(s, k, &mm))
		return false;
	arnews_ds_match_init(m, s->w[i].cstart, ARNEWS_DK_DATE);
	m->endw = mm.endw;
	m->it.end = mm.it.end;
	/* الأربعاء الثاني من حزيران: day 2 when it is a Wednesday */
	if (what == NTH_WDAY && n > 0 && mm.it.has_span && !mm.it.hijri &&
		arnews_weekday(mm.it.lo + n - 1) == wd)
	{
		m->it.relative = mm.it.relative;
		arnews_ds_set_day(&m->it, mm.it.lo + n - 1);
		return true;
	}
	return resolve_nth(m, &mm, what, wd, n);
}

/*
 * A day of the month without a month name: في السادس عشر، يوم العشرين، في
 * 15 الجاري، الخامس عشر الحالي.  The bare form needs في or يوم before a
 * definite ordinal and no word after it (punctuation or the end).
 */
bool
arnews_ds_match_bare_day(const Scan *s, int i, Match *m)
{
	const DWord *w = &s->w[i];
	int			day,
				k,
				rel;
	bool		cur;

	if (w->cstart != w->start)
		return false;
	if (!arnews_ds_read_count(s, i, 1, 31, true, &day, &k))
		return false;
	/* 15 الجاري، الخامس عشر الحالي (masculine: الشهر is understood) */
	cur = arnews_ds_read_rel(s, k, &rel) && rel == 0 &&
		(word_is(s, k, "الجاري") || word_is(s, k, "الحالي"));
	if (!cur)
	{
		ArnewsNumber num;

		if (w->type != ARNEWS_TOK_ARABIC || i == 0 || gap_char(s, i) != 0 ||
			!(word_is(s, i - 1, "في") || word_is(s, i - 1, "يوم")))
			return false;
		/* a definite masculine ordinal: في الثامنة is a clock time */
		if (!(w->flen > 4 && memcmp(w->full, "ال", 4) == 0) || feminine(w))
			return false;
		if (!arnews_number_at(s->text, s->len, w->start, ARNEWS_NUMO_ORDINALS, &num) ||
			!(num.flags & ARNEWS_NUMF_ORDINAL))
			return false;
		if (k < s->n && gap_char(s, k) == 0)
			return false;
	}
	arnews_ds_match_init(m, w->start, ARNEWS_DK_DATE);
	m->endw = cur ? k + 1 : k;
	m->it.end = s->w[m->endw - 1].end;
	m->it.relative = true;
	m->it.grain = ARNEWS_GRAIN_DAY;
	if (s->has_ref)
	{
		int			y = s->ref_y,
					mo = s->ref_m;

		/* the bare day is the most recent one on or before the reference */
		if (!cur && day > s->ref_d)
		{
			mo = mo == 1 ? 12 : mo - 1;
			y = s->ref_m == 1 ? y - 1 : y;
		}
		if (!arnews_valid_civil(y, mo, day))
			return false;
		arnews_ds_set_day(&m->it, arnews_days_from_civil(y, mo, day));
	}
	return true;
}

/*
 * Day chains: اليوم الذي يلي الغد (+2)، اليوم الذي يسبق أمس (-2)، اليوم
 * الذي بعد بكرة.  i is اليوم.
 */
bool
arnews_ds_match_day_chain(const Scan *s, int i, Match *m)
{
	int			k = i + 1,
				step,
				endw;
	const ArnewsDateLex *d;

	if (!word_is(s, i, "اليوم") || k + 2 >= s->n || !gap_plain(s, k) ||
		!(word_is(s, k, "الذي") || word_is(s, k, "اللي")) || !gap_plain(s, k + 1))
		return false;
	k++;
	if (word_is(s, k, "يلي") || word_is(s, k, "بعد"))
		step = 1;
	else if (word_is(s, k, "يسبق") || word_is(s, k, "قبل"))
		step = -1;
	else
		return false;
	k++;
	if (!gap_plain(s, k))
		return false;
	d = arnews_ds_lex_multi(s, k, &endw);
	if (d == NULL || !(d->mask & ARNEWS_DL_DEIXIS) || s->w[k].cstart != s->w[k].start)
		return false;
	arnews_ds_match_init(m, s->w[i].cstart, ARNEWS_DK_DATE);
	m->endw = endw;
	m->it.end = s->w[endw - 1].end;
	m->it.relative = true;
	m->it.grain = ARNEWS_GRAIN_DAY;
	if (s->has_ref)
		arnews_ds_set_day(&m->it, s->ref + d->deixis + step);
	return true;
}
