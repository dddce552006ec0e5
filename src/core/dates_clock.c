/*-------------------------------------------------------------------------
 *
 * dates_clock.c
 *		Clock times of the date engine: 12:48 م، الساعة الثالثة مساءً،
 *		الخامسة فجراً، الرابعة إلا ربعاً، منتصف الليل, with the part of day in
 *		any order and the time zone named after them (بتوقيت مكة، GMT+3).
 *
 * IDENTIFICATION
 *	  src/core/dates_clock.c
 *
 *-------------------------------------------------------------------------
 */
#include <string.h>

#include "dates_scan.h"
#include "numbers.h"

/* Apply a clock mark (صباحاً، مساءً، م، ص، الفجر ...) to an hour */
static int
apply_mark(int hour, int mark)
{
	if (mark == 6 || mark == 4)
		return hour == 12 ? 0 : hour;
	if (mark == 18 || mark == 15)
		return hour < 12 ? hour + 12 : hour;
	if (mark == 12)
		return hour < 6 ? hour + 12 : hour;
	if (mark == 21)
		return (hour >= 6 && hour < 12) ? hour + 12 : (hour == 12 ? 0 : hour);
	return hour;
}

/* A part of day or clock mark at word k (written without a proclitic) */
static const ArnewsDateLex *
mark_at(const Scan *s, int k)
{
	if (k >= s->n || !gap_plain(s, k) || s->w[k].cstart != s->w[k].start)
		return NULL;
	return lex_has(s, k, ARNEWS_DL_MARK | ARNEWS_DL_POD);
}

/* True if words k, k + 1 are بعد الظهر / بعد الظهيرة (the afternoon) */
static bool
afternoon_at(const Scan *s, int k)
{
	return k + 1 < s->n && gap_plain(s, k) && gap_plain(s, k + 1) && word_is(s, k, "بعد") &&
		(word_is(s, k + 1, "الظهر") || word_is(s, k + 1, "الظهيره"));
}

/*
 * A day right after a part of day (فجر الخميس، صباح الإثنين، مساء اليوم):
 * sets the span of m and returns the word after it, or k when none.
 */
static int
pod_day(const Scan *s, int k, Match *m)
{
	Match		d;

	if (k < s->n && gap_plain(s, k) &&
		(arnews_ds_match_deixis(s, k, &d) || arnews_ds_match_weekday(s, k, true, &d)))
	{
		/* a weekday with its date (الخميس 19 آذار) is a date of its own */
		if (d.endw < s->n && s->w[d.endw].type == ARNEWS_TOK_INT)
			return k;
		if (d.it.has_span)
		{
			m->it.has_span = true;
			m->it.lo = d.it.lo;
			m->it.hi = d.it.hi;
		}
		m->it.relative = d.it.relative;
		return d.endw;
	}
	return k;
}

/*
 * The part of day said before the day that precedes an hour at word i:
 * مساء أمس في التاسعة، صباح اليوم عند السابعة، مساء أمس نحو الساعة التاسعة
 * (at most one preposition between the day and the hour); its mark, or -1.
 */
static int
pod_before(const Scan *s, int i)
{
	const ArnewsDateLex *e;
	int			j = i - 1;

	if (j < 1 || !gap_plain(s, i))
		return -1;
	if (word_is(s, j, "في") || word_is(s, j, "عند") || word_is(s, j, "نحو") ||
		word_is(s, j, "حوالي") || word_is(s, j, "قرابه"))
	{
		if (!gap_plain(s, j))
			return -1;
		j--;
	}
	if (j < 1 || !gap_plain(s, j) || lex_has(s, j, ARNEWS_DL_DEIXIS | ARNEWS_DL_WDAY) == NULL)
		return -1;
	e = mark_at(s, j - 1);
	return e != NULL && (e->mask & ARNEWS_DL_POD) ? e->hour : -1;
}

/* True if word k is a minute unit (دقيقة، دقائق) */
static bool
minute_unit(const Scan *s, int k)
{
	const ArnewsDateLex *u;

	return k < s->n && gap_plain(s, k) && s->w[k].cstart == s->w[k].start &&
		(u = lex_has(s, k, ARNEWS_DL_UNIT)) != NULL && u->unit == ARNEWS_U_MINUTE &&
		u->ucount != 2;
}

/*
 * A minute count at word k: digits (after a separate or glued و), or a
 * number word with its proclitic (وعشر، وخمس); sets *min and *next.
 */
static bool
read_minutes(const Scan *s, int k, bool waw, int *min, int *next)
{
	const DWord *w;

	if (k >= s->n || !gap_plain(s, k))
		return false;
	if (waw && word_is(s, k, "\xd9\x88"))
	{
		/* و 25 / و25 */
		if (k + 1 >= s->n || s->w[k + 1].type != ARNEWS_TOK_INT ||
			!(gap_plain(s, k + 1) || s->w[k + 1].start == s->w[k].end))
			return false;
		k++;
		waw = false;
	}
	w = &s->w[k];
	if (w->type == ARNEWS_TOK_INT)
	{
		if (waw || w->ndig > 2 || w->ival < 0 || w->ival > 59)
			return false;
		*min = w->ival;
		*next = k + 1;
		return true;
	}
	if (w->type == ARNEWS_TOK_ARABIC && (!waw || (w->flen > 2 && memcmp(w->full, "\xd9\x88", 2) == 0)))
	{
		ArnewsNumber num;
		int			j;

		if (!arnews_number_at(s->text, s->len, w->start, ARNEWS_NUMO_CLITIC, &num) ||
			num.value < 1 || num.value > 59 || num.value != (int) num.value ||
			(num.flags & (ARNEWS_NUMF_ORDINAL | ARNEWS_NUMF_APPROX | ARNEWS_NUMF_VAGUE |
						  ARNEWS_NUMF_FRACTION | ARNEWS_NUMF_DECIMAL)) ||
			(j = arnews_ds_word_ending_at(s, k, num.end)) < 0)
			return false;
		*min = (int) num.value;
		*next = j + 1;
		return true;
	}
	return false;
}

/*
 * Minutes after an hour ending before word k: والنصف، والربع، والثلث، إلا
 * ربعاً، إلا ثلثاً، و12 دقيقة، وعشر دقائق، إلا خمس دقائق.  Adds to *hour
 * and *min (a negative count borrows from the hour); returns the next word,
 * or k when there is none.
 */
static int
minutes_tail(const Scan *s, int k, int *hour, int *min, bool *bare_digits)
{
	int			n,
				j;

	*bare_digits = false;
	if (k >= s->n || !gap_plain(s, k))
		return k;
	if (word_is(s, k, "والنصف"))
	{
		*min = 30;
		return k + 1;
	}
	if (word_is(s, k, "والربع"))
	{
		*min = 15;
		return k + 1;
	}
	if (word_is(s, k, "والثلث"))
	{
		*min = 20;
		return k + 1;
	}
	if (word_is(s, k, "الا") && k + 1 < s->n && gap_plain(s, k + 1))
	{
		if (word_is(s, k + 1, "ربعا") || word_is(s, k + 1, "ربع"))
			n = 15, j = k + 2;
		else if (word_is(s, k + 1, "ثلثا") || word_is(s, k + 1, "ثلث"))
			n = 20, j = k + 2;
		else if (read_minutes(s, k + 1, false, &n, &j) && minute_unit(s, j))
			j++;
		else
			return k;
		*hour = *hour == 0 ? 23 : *hour - 1;
		*min = 60 - n;
		return j;
	}
	if (read_minutes(s, k, true, &n, &j))
	{
		/* the minute unit is needed after a number word, optional after digits */
		if (minute_unit(s, j))
			j++;
		else if (s->w[j - 1].type != ARNEWS_TOK_INT)
			return k;
		else
			*bare_digits = true;
		*min = n;
		return j;
	}
	return k;
}

/*
 * The tail of a time ending before word k: a part of day or clock mark
 * (صباحاً، الفجر، من صباح اليوم، من مساء الثلاثاء) and a time zone
 * (بتوقيت مكة، بتوقيت غرينتش، GMT+3).  Sets the hour, the zone and, for
 * "من صباح اليوم", the day in m; returns the next word.  *marked tells
 * whether a part of day was read.
 */
static int
time_tail(const Scan *s, int k, int *hour, Match *m, bool *marked)
{
	const ArnewsDateLex *e;

	*marked = false;
	if ((e = mark_at(s, k)) != NULL)
	{
		*hour = apply_mark(*hour, e->hour);
		*marked = true;
		k++;
		/* التاسعة صباح الإثنين: a part of day as a noun takes the day after it */
		if (e->mask & ARNEWS_DL_POD)
			k = pod_day(s, k, m);
	}
	else if (k + 1 < s->n && gap_plain(s, k) && word_is(s, k, "من") &&
			 (e = mark_at(s, k + 1)) != NULL && (e->mask & ARNEWS_DL_POD))
	{
		/* من صباح اليوم / من مساء الثلاثاء / من فجر */
		*hour = apply_mark(*hour, e->hour);
		*marked = true;
		k = pod_day(s, k + 2, m);
	}
	else if (afternoon_at(s, k))
	{
		/* بعد الظهر، بعد الظهيرة: the afternoon */
		*hour = apply_mark(*hour, 15);
		*marked = true;
		k += 2;
	}
	/* بتوقيت غرينتش / بتوقيت مكة المكرمة: the following word */
	if (k + 1 < s->n && gap_plain(s, k) && lex_has(s, k, ARNEWS_DL_TZ) && gap_plain(s, k + 1))
	{
		const ArnewsDateLex *z = lex_has(s, k + 1, ARNEWS_DL_TZNAME);

		if (z != NULL && s->w[k + 1].cstart == s->w[k + 1].start)
			m->it.zone = arnews_dates_zone_name(z->zone);
		k += 2;
		/* بتوقيت مكة المكرمة */
		if (k < s->n && gap_plain(s, k) && word_is(s, k, "المكرمه"))
			k++;
	}
	/* GMT, UTC, GMT+3, UTC-05:00 */
	else if (k < s->n && gap_plain(s, k) && s->w[k].type != ARNEWS_TOK_ARABIC &&
			 s->w[k].end - s->w[k].start == 3 &&
			 (strncmp(s->text + s->w[k].start, "GMT", 3) == 0 ||
			  strncmp(s->text + s->w[k].start, "UTC", 3) == 0))
	{
		int			off = 0;

		k++;
		if (k < s->n && (gap_exact(s, k, '+') || gap_exact(s, k, '-')) &&
			s->w[k].type == ARNEWS_TOK_INT && s->w[k].ndig <= 2 && s->w[k].ival <= 14)
		{
			int32_t		sign = gap_char(s, k) == '-' ? -1 : 1;

			off = s->w[k].ival * 60;
			k++;
			if (k < s->n && gap_exact(s, k, ':') && s->w[k].type == ARNEWS_TOK_INT &&
				s->w[k].ndig == 2 && s->w[k].ival < 60)
			{
				off += s->w[k].ival;
				k++;
			}
			off *= sign;
		}
		m->it.zone = NULL;
		m->it.zone_fixed = true;
		m->it.zone_offset = off;
	}
	return k;
}

/* Finish a time match: the words [.., k) and the minute of the day */
static void
time_done(const Scan *s, Match *m, int k, int hour, int min, bool has_min)
{
	m->it.kind = ARNEWS_DK_TIME;
	m->it.grain = has_min ? ARNEWS_GRAIN_MINUTE : ARNEWS_GRAIN_HOUR;
	m->it.at_minutes = hour * 60 + min;	/* minutes in the day, resolved later */
	m->endw = k;
	m->it.end = s->w[k - 1].end;
}

/* Clock times: 12:48 م، 05:16 مساءً */
bool
arnews_ds_match_clock(const Scan *s, int i, Match *m)
{
	const DWord *a = &s->w[i];
	int			hour,
				min,
				k;
	bool		marked;

	if (a->type != ARNEWS_TOK_INT || a->ndig < 1 || a->ndig > 2 || i + 1 >= s->n ||
		!gap_exact(s, i + 1, ':') || s->w[i + 1].type != ARNEWS_TOK_INT ||
		s->w[i + 1].ndig != 2)
		return false;
	hour = a->ival;
	min = s->w[i + 1].ival;
	if (hour > 24 || min > 59)
		return false;
	k = i + 2;
	/* seconds */
	if (k < s->n && gap_exact(s, k, ':') && s->w[k].type == ARNEWS_TOK_INT && s->w[k].ndig == 2)
		k++;
	arnews_ds_match_init(m, a->start, ARNEWS_DK_TIME);
	k = time_tail(s, k, &hour, m, &marked);
	time_done(s, m, k, hour, min, true);
	return true;
}

/*
 * An hour written as a word at word k (الخامسة، السابعة، الثانية عشرة,
 * or a cardinal after الساعة); ord_only asks for an ordinal.
 */
static bool
hour_word_at(const Scan *s, int k, bool ord_only, int *hour, int *min, bool *has_min,
			 int *next)
{
	ArnewsNumber num;
	int			j;

	/* الواحدة: the number reader has no definite cardinal one */
	if (word_is(s, k, "الواحده"))
	{
		*hour = 1;
		*next = k + 1;
		return true;
	}
	if (!arnews_number_at(s->text, s->len, s->w[k].start, ARNEWS_NUMO_ORDINALS, &num) ||
		num.start != s->w[k].start || num.value < 0 || num.value > 24 ||
		(num.flags & (ARNEWS_NUMF_APPROX | ARNEWS_NUMF_VAGUE | ARNEWS_NUMF_DECIMAL)) ||
		(ord_only && (!(num.flags & ARNEWS_NUMF_ORDINAL) || num.value < 1 || num.value > 12)))
		return false;
	j = arnews_ds_word_ending_at(s, k, num.end);
	if (j < 0)
		return false;
	*hour = (int) num.value;
	if (num.flags & ARNEWS_NUMF_FRACTION)
	{
		*min = (int) ((num.value - *hour) * 60 + 0.5);
		*has_min = true;
	}
	*next = j + 1;
	return true;
}

/* الساعة + hour (digits, words or ordinal) + optional minutes, mark and zone */
bool
arnews_ds_match_hour_word(const Scan *s, int i, Match *m)
{
	int			k = i + 1,
				hour,
				min = 0,
				k2;
	bool		has_min = false;
	bool		marked,
				bare;
	int			pod;

	if (k >= s->n || !gap_plain(s, k))
		return false;
	if (s->w[k].type == ARNEWS_TOK_INT)
	{
		if (s->w[k].ndig > 2 || s->w[k].ival > 24)
			return false;
		hour = s->w[k].ival;
		k++;
		if (k + 0 < s->n && gap_exact(s, k, ':') && s->w[k].type == ARNEWS_TOK_INT &&
			s->w[k].ndig == 2 && s->w[k].ival < 60)
		{
			min = s->w[k].ival;
			has_min = true;
			k++;
		}
	}
	else if (s->w[k].type == ARNEWS_TOK_ARABIC)
	{
		if (!hour_word_at(s, k, false, &hour, &min, &has_min, &k))
			return false;
	}
	else
		return false;
	if (!has_min && (k2 = minutes_tail(s, k, &hour, &min, &bare)) > k)
	{
		has_min = true;
		k = k2;
	}
	arnews_ds_match_init(m, s->w[i].cstart, ARNEWS_DK_TIME);
	k = time_tail(s, k, &hour, m, &marked);
	if (!marked && (pod = pod_before(s, i)) >= 0)
		hour = apply_mark(hour, pod);
	time_done(s, m, k, hour, min, has_min);
	return true;
}

/*
 * An ordinal hour without الساعة: الخامسة فجراً، الثانية والنصف ظهراً،
 * الرابعة إلا ربعاً، السابعة و12 دقيقة صباحاً.  A part of day or minutes
 * must follow (الخامسة alone is "the fifth").
 */
bool
arnews_ds_match_ordinal_hour(const Scan *s, int i, Match *m)
{
	const DWord *w = &s->w[i];
	int			hour,
				min = 0,
				k,
				k2;
	bool		has_min = false;
	bool		marked,
				bare;
	const DWord *x;
	int			j0 = i + 1;
	int			pod = -1;

	/* cheap checks first: الـ...ة + a word that can follow a time */
	if (w->flen < 8 || memcmp(w->full + w->flen - 2, "ه", 2) != 0 ||
		memcmp(w->full, "ال", 4) != 0 || w->cstart != w->start)
		return false;
	/* the part of day may come before the day: مساء أمس في التاسعة */
	pod = pod_before(s, i);
	if (i + 1 >= s->n || !gap_plain(s, i + 1))
	{
		if (pod < 0)
			return false;
	}
	else
	{
		x = &s->w[i + 1];
		/* الحادية عشرة، الثانية عشرة: look after عشرة */
		if (word_is(s, i + 1, "عشره") && i + 2 < s->n && gap_plain(s, i + 2))
			x = &s->w[++j0];
		if (!(mark_at(s, j0) != NULL || word_is(s, j0, "الا") || afternoon_at(s, j0) ||
			  (word_is(s, j0, "من") && mark_at(s, j0 + 1) != NULL) ||
			  (x->flen >= 2 && memcmp(x->full, "\xd9\x88", 2) == 0)) && pod < 0)
			return false;
	}
	/* hours are feminine ordinals (الساعة understood): الخامسة، الحادية عشرة */
	if (!hour_word_at(s, i, true, &hour, &min, &has_min, &k))
		return false;
	if (!has_min && (k2 = minutes_tail(s, k, &hour, &min, &bare)) > k)
	{
		has_min = true;
		k = k2;
	}
	arnews_ds_match_init(m, w->start, ARNEWS_DK_TIME);
	k2 = time_tail(s, k, &hour, m, &marked);
	if (!marked && pod >= 0)
	{
		hour = apply_mark(hour, pod);
		marked = true;
	}
	/* a part of day, or minutes in words (والنصف، و12 دقيقة) */
	if (!marked && (!has_min || bare))
		return false;
	time_done(s, m, k2, hour, min, has_min);
	return true;
}

/*
 * Digits with minutes or a part of day: 2 و 25 دقيقة الصبح، 7 صباحاً، 10
 * مساء الخميس is left to the part-of-day pattern.  A part of day must
 * follow (2 و 25 دقيقة alone is a duration).
 */
bool
arnews_ds_match_digit_hour(const Scan *s, int i, Match *m)
{
	const DWord *a = &s->w[i];
	int			hour,
				min = 0,
				k = i + 1,
				k2;
	bool		has_min = false;
	bool		marked,
				bare;

	if (a->ndig < 1 || a->ndig > 2 || a->ival > 24 || k >= s->n || !gap_plain(s, k) ||
		(i > 0 && lex_has(s, i - 1, ARNEWS_DL_HOURWORD)))
		return false;
	if (!(mark_at(s, k) != NULL || word_is(s, k, "\xd9\x88") || word_is(s, k, "الا")))
		return false;
	/* single-letter marks (م، ص) after bare digits are too ambiguous */
	if (mark_at(s, k) != NULL && s->w[k].flen <= 2)
		return false;
	hour = a->ival;
	if ((k2 = minutes_tail(s, k, &hour, &min, &bare)) > k)
	{
		has_min = true;
		k = k2;
	}
	arnews_ds_match_init(m, a->start, ARNEWS_DK_TIME);
	k = time_tail(s, k, &hour, m, &marked);
	if (!marked || (a->ival > 12 && !has_min))
		return false;
	/* مساء + a day is a date pattern; keep the time to the part of day */
	time_done(s, m, k, hour, min, has_min);
	return true;
}

/* الظهيرة (12:00)، منتصف النهار، منتصف الليل (00:00 of the next day) */
bool
arnews_ds_match_clockword(const Scan *s, int i, Match *m)
{
	int			k;
	const ArnewsDateLex *e = arnews_ds_lex_multi(s, i, &k);
	bool		marked;
	int			hour;

	if (e == NULL || !(e->mask & ARNEWS_DL_CLOCKWORD))
		return false;
	hour = e->clock;
	arnews_ds_match_init(m, s->w[i].cstart, ARNEWS_DK_TIME);
	k = time_tail(s, k, &hour, m, &marked);
	time_done(s, m, k, e->clock, 0, false);
	return true;
}
