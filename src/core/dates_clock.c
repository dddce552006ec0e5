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

/* Apply a clock mark (صباحاً، مساءً، م، ص ...) to an hour */
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

/* Clock mark and time zone after a time ending before word k */
static int
time_tail(const Scan *s, int k, int hour, int *next)
{
	const ArnewsDateLex *e;

	*next = k;
	if (k < s->n && gap_plain(s, k) && s->w[k].cstart == s->w[k].start &&
		(e = lex_has(s, k, ARNEWS_DL_MARK | ARNEWS_DL_POD)) != NULL)
	{
		hour = apply_mark(hour, e->hour);
		k++;
	}
	/* بتوقيت غرينتش / بتوقيت مكة المكرمة: one following word */
	if (k + 1 < s->n && gap_plain(s, k) && lex_has(s, k, ARNEWS_DL_TZ) && gap_plain(s, k + 1))
		k += 2;
	*next = k;
	return hour;
}

/* Clock times: 12:48 م، 05:16 مساءً */
bool
arnews_ds_match_clock(const Scan *s, int i, Match *m)
{
	const DWord *a = &s->w[i];
	int			hour,
				min,
				k;

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
	hour = time_tail(s, k, hour, &k);
	arnews_ds_match_init(m, a->start, ARNEWS_DK_TIME);
	m->it.grain = ARNEWS_GRAIN_MINUTE;
	m->it.at_minutes = hour * 60 + min;	/* minutes in the day, resolved later */
	m->endw = k;
	m->it.end = s->w[k - 1].end;
	return true;
}

/* الساعة + hour (digits, words or ordinal) + optional fraction and mark */
bool
arnews_ds_match_hour_word(const Scan *s, int i, Match *m)
{
	int			k = i + 1,
				hour,
				min = 0;
	bool		has_min = false;

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
		ArnewsNumber num;
		int			j;

		if (!arnews_number_at(s->text, s->len, s->w[k].start, ARNEWS_NUMO_ORDINALS, &num) ||
			num.value < 0 || num.value > 24 ||
			(num.flags & (ARNEWS_NUMF_APPROX | ARNEWS_NUMF_VAGUE)))
			return false;
		j = arnews_ds_word_ending_at(s, k, num.end);
		if (j < 0)
			return false;
		hour = (int) num.value;
		if (num.flags & ARNEWS_NUMF_FRACTION)
		{
			min = (int) ((num.value - hour) * 60 + 0.5);
			has_min = true;
		}
		k = j + 1;
	}
	else
		return false;
	/* والنصف، والربع، إلا ربعاً */
	if (k < s->n && gap_plain(s, k))
	{
		if (word_is(s, k, "والنصف"))
		{
			min = 30;
			has_min = true;
			k++;
		}
		else if (word_is(s, k, "والربع"))
		{
			min = 15;
			has_min = true;
			k++;
		}
		else if (word_is(s, k, "الا") && k + 1 < s->n && word_is(s, k + 1, "ربعا"))
		{
			hour = hour == 0 ? 23 : hour - 1;
			min = 45;
			has_min = true;
			k += 2;
		}
	}
	hour = time_tail(s, k, hour, &k);
	arnews_ds_match_init(m, s->w[i].cstart, ARNEWS_DK_TIME);
	m->it.grain = has_min ? ARNEWS_GRAIN_MINUTE : ARNEWS_GRAIN_HOUR;
	m->it.at_minutes = hour * 60 + min;
	m->endw = k;
	m->it.end = s->w[k - 1].end;
	return true;
}
