/*-------------------------------------------------------------------------
 *
 * dates_holidays.c
 *		Holidays of the date engine: Islamic feasts converted with ICU's
 *		Umm al-Qura calendar (عيد الفطر، عيد الأضحى، رأس السنة الهجرية،
 *		المولد النبوي، أول رمضان، عاشوراء …), fixed Gregorian days (عيد
 *		الميلاد، رأس السنة، عيد العمال …) and Western Easter by the computus
 *		(عيد الفصح).
 *
 * The list is data/builtin_time_words.txt (class holiday).  A holiday with
 * a year is that year's (عيد الفطر 2025; a Hijri year with هـ, or from 1300
 * to 1500, is read as Hijri); with الماضي/المقبل the occurrence before or
 * after the reference; alone, the one of the reference's Gregorian year.
 *
 * IDENTIFICATION
 *	  src/core/dates_holidays.c
 *
 *-------------------------------------------------------------------------
 */
#include <string.h>

#include "dates_scan.h"

/* Western Easter Sunday of Gregorian year y (anonymous Gregorian computus) */
int32_t
arnews_dates_easter(int y)
{
	int			a = y % 19,
				b = y / 100,
				c = y % 100,
				d = b / 4,
				e = b % 4,
				f = (b + 8) / 25,
				g = (b - f + 1) / 3,
				h = (19 * a + b - d - g + 15) % 30,
				i = c / 4,
				k = c % 4,
				l = (32 + 2 * e + 2 * i - h - k) % 7,
				m = (a + 11 * h + 22 * l) / 451,
				month = (h + l - 7 * m + 114) / 31,
				day = (h + l - 7 * m + 114) % 31 + 1;

	return arnews_days_from_civil(y, month, day);
}

/* The holiday e in Gregorian year y (the first occurrence in that year) */
static bool
holiday_in_year(const ArnewsDateLex *e, int y, int32_t *day)
{
	if (y < 1 || y > 9999)
		return false;
	if (e->hol_cal == ARNEWS_HOL_GREG)
	{
		if (!arnews_valid_civil(y, e->hol_month, e->hol_day))
			return false;
		*day = arnews_days_from_civil(y, e->hol_month, e->hol_day);
		return true;
	}
	if (e->hol_cal == ARNEWS_HOL_EASTER)
	{
		*day = arnews_dates_easter(y);
		return true;
	}
	{
		int32_t		jan1 = arnews_days_from_civil(y, 1, 1);
		int			hy,
					hm,
					hd;

		if (!arnews_days_to_hijri(jan1, &hy, &hm, &hd) ||
			!arnews_hijri_to_days(hy, e->hol_month, e->hol_day, day))
			return false;
		if (*day < jan1 && !arnews_hijri_to_days(hy + 1, e->hol_month, e->hol_day, day))
			return false;
		return true;
	}
}

/* The occurrence of e before (rel < 0) or after (rel > 0) day ref, or in its year */
static bool
holiday_near(const ArnewsDateLex *e, int32_t ref, int rel, int32_t *day)
{
	int			y,
				mo,
				d;

	arnews_civil_from_days(ref, &y, &mo, &d);
	if (!holiday_in_year(e, y, day))
		return false;
	if (rel < 0 && *day >= ref)
	{
		if (e->hol_cal != ARNEWS_HOL_HIJRI)
			return holiday_in_year(e, y - 1, day);
		else
		{
			int			hy,
						hm,
						hd;

			return arnews_days_to_hijri(*day, &hy, &hm, &hd) &&
				arnews_hijri_to_days(hy - 1, e->hol_month, e->hol_day, day);
		}
	}
	if (rel > 0 && *day <= ref)
	{
		if (e->hol_cal != ARNEWS_HOL_HIJRI)
			return holiday_in_year(e, y + 1, day);
		else
		{
			int			hy,
						hm,
						hd;

			return arnews_days_to_hijri(*day, &hy, &hm, &hd) &&
				arnews_hijri_to_days(hy + 1, e->hol_month, e->hol_day, day);
		}
	}
	return true;
}

/*
 * A holiday at word i, with an optional year (عيد الفطر 2025، عيد الأضحى
 * عام 1446 هـ، عيد الفطر لعام 2026) or relative adjective (عيد الفطر
 * الماضي).
 */
bool
arnews_ds_match_holiday(const Scan *s, int i, Match *m)
{
	int			k,
				y = 0,
				era = 0,
				rel = 2,
				k2;
	const ArnewsDateLex *e = arnews_ds_lex_multi(s, i, &k);
	int32_t		day;
	bool		hijri_year = false;

	if (e == NULL || !(e->mask & ARNEWS_DL_HOLIDAY))
		return false;
	arnews_ds_match_init(m, s->w[i].cstart, ARNEWS_DK_DATE);
	m->endw = k;
	m->it.grain = ARNEWS_GRAIN_DAY;
	if (k < s->n && gap_plain(s, k))
	{
		int			j = k;

		if (lex_has(s, j, ARNEWS_DL_YEARWORD) && s->w[j].lexc->ywcount == 1 && j + 1 < s->n &&
			gap_plain(s, j + 1))
			j++;
		if (arnews_ds_read_year(s, j, 1300, 2200, &y) && s->w[j].ndig == 4)
		{
			era = arnews_ds_read_era(s, j + 1, &k2);
			hijri_year = era == ARNEWS_ERA_HIJRI || (y <= 1500 && era != ARNEWS_ERA_GREG);
			if (!hijri_year && y < 1800)
				return false;
			m->endw = k2;
		}
		else if (arnews_ds_read_rel(s, k, &rel))
			m->endw = k + 1;
		else
			y = 0;
	}
	m->it.end = s->w[m->endw - 1].end;
	if (y != 0)
	{
		if (hijri_year)
		{
			if (e->hol_cal != ARNEWS_HOL_HIJRI ||
				!arnews_hijri_to_days(y, e->hol_month, e->hol_day, &day))
				return false;
			m->it.hijri = true;
		}
		else if (!holiday_in_year(e, y, &day))
			return false;
		arnews_ds_set_day(&m->it, day);
		return true;
	}
	m->it.relative = true;
	if (!s->has_ref)
		return true;
	if (!holiday_near(e, s->ref, rel == 2 ? 0 : rel, &day))
		return false;
	arnews_ds_set_day(&m->it, day);
	return true;
}
