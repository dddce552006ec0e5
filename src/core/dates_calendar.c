/*-------------------------------------------------------------------------
 *
 * dates_calendar.c
 *		Calendar arithmetic of the date engine: proleptic Gregorian day
 *		numbers (days since 1970-01-01), weekdays, and Hijri dates by ICU's
 *		Umm al-Qura calendar ("islamic-umalqura").
 *
 * IDENTIFICATION
 *	  src/core/dates_calendar.c
 *
 *-------------------------------------------------------------------------
 */
#include <string.h>

#include <unicode/ucal.h>

#include "dates.h"

#define MS_PER_DAY 86400000.0

/* Day number of a proleptic Gregorian date (H. Hinnant's algorithm) */
int32_t
arnews_days_from_civil(int y, int m, int d)
{
	int			era;
	unsigned	yoe,
				doy,
				doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = (unsigned) (y - era * 400);
	doy = (unsigned) ((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1);
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return (int32_t) (era * 146097 + (int) doe - 719468);
}

/* Gregorian date of a day number */
void
arnews_civil_from_days(int32_t day, int *y, int *m, int *d)
{
	int64_t		z = (int64_t) day + 719468;
	int64_t		era = (z >= 0 ? z : z - 146096) / 146097;
	unsigned	doe = (unsigned) (z - era * 146097);
	unsigned	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	unsigned	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	unsigned	mp = (5 * doy + 2) / 153;
	int			mm = (int) (mp < 10 ? mp + 3 : mp - 9);

	*d = (int) (doy - (153 * mp + 2) / 5 + 1);
	*m = mm;
	*y = (int) (yoe + era * 400) + (mm <= 2);
}

/* Day of week: 0 = Sunday (1970-01-01 was a Thursday) */
int
arnews_weekday(int32_t day)
{
	int			w = (int) (((int64_t) day + 4) % 7);

	return w < 0 ? w + 7 : w;
}

/* True if y-m-d is a valid Gregorian date */
bool
arnews_valid_civil(int y, int m, int d)
{
	static const int mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	int			dim;

	if (m < 1 || m > 12 || d < 1 || y < 1 || y > 9999)
		return false;
	dim = mdays[m - 1];
	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		dim = 29;
	return d <= dim;
}

/* Open an Umm al-Qura calendar in UTC (NULL on failure) */
static UCalendar *
open_hijri(void)
{
	static const UChar utc[] = {'U', 'T', 'C', 0};
	UErrorCode	status = U_ZERO_ERROR;
	UCalendar  *cal = ucal_open(utc, 3, "ar@calendar=islamic-umalqura",
								UCAL_DEFAULT, &status);

	if (U_FAILURE(status))
	{
		if (cal)
			ucal_close(cal);
		return NULL;
	}
	return cal;
}

/* Day number of a Hijri date; false if out of range or ICU fails */
bool
arnews_hijri_to_days(int hy, int hm, int hd, int32_t *day)
{
	UCalendar  *cal;
	UErrorCode	status = U_ZERO_ERROR;
	UDate		ms;
	int			chk_m;

	if (hy < 1 || hy > 2000 || hm < 1 || hm > 12 || hd < 1 || hd > 30)
		return false;
	cal = open_hijri();
	if (cal == NULL)
		return false;
	ucal_clear(cal);
	ucal_setAttribute(cal, UCAL_LENIENT, 1);
	ucal_set(cal, UCAL_YEAR, hy);
	ucal_set(cal, UCAL_MONTH, hm - 1);
	ucal_set(cal, UCAL_DATE, hd);
	ucal_set(cal, UCAL_HOUR_OF_DAY, 12);
	ms = ucal_getMillis(cal, &status);
	chk_m = ucal_get(cal, UCAL_MONTH, &status);
	ucal_close(cal);
	/*
	 * Day 30 of a month that has 29 days in the Umm al-Qura tables is taken
	 * leniently as the next day (printed calendars differ by a day);
	 * anything else that rolls over is invalid.
	 */
	if (U_FAILURE(status) || (chk_m != hm - 1 && hd != 30))
		return false;
	{
		double		q = ms / MS_PER_DAY;
		int32_t		d = (int32_t) q;

		if ((double) d > q)
			d--;
		*day = d;
	}
	return true;
}

/* Hijri date of a day number */
bool
arnews_days_to_hijri(int32_t day, int *hy, int *hm, int *hd)
{
	UCalendar  *cal = open_hijri();
	UErrorCode	status = U_ZERO_ERROR;

	if (cal == NULL)
		return false;
	ucal_setMillis(cal, (UDate) day * MS_PER_DAY + MS_PER_DAY / 2, &status);
	*hy = ucal_get(cal, UCAL_YEAR, &status);
	*hm = ucal_get(cal, UCAL_MONTH, &status) + 1;
	*hd = ucal_get(cal, UCAL_DATE, &status);
	ucal_close(cal);
	return U_SUCCESS(status);
}

/* Offset from UTC of an IANA zone at a local wall-clock time (dates.h) */
bool
arnews_zone_offset(const char *zone, int64_t local_minutes, int32_t *offset)
{
	UChar		uz[64];
	size_t		n = zone ? strlen(zone) : 0;
	UErrorCode	status = U_ZERO_ERROR;
	UCalendar  *cal;
	int32_t		day = (int32_t) (local_minutes >= 0 ? local_minutes / 1440 :
								 (local_minutes - 1439) / 1440);
	int32_t		mins = (int32_t) (local_minutes - (int64_t) day * 1440);
	int			y,
				m,
				d;
	int32_t		off;

	if (n == 0 || n >= sizeof(uz) / sizeof(uz[0]))
		return false;
	for (size_t i = 0; i < n; i++)
		uz[i] = (UChar) (unsigned char) zone[i];
	uz[n] = 0;
	arnews_civil_from_days(day, &y, &m, &d);
	if (y < 1 || y > 9999)
		return false;
	cal = ucal_open(uz, (int32_t) n, "en@calendar=gregorian", UCAL_GREGORIAN, &status);
	if (U_FAILURE(status))
	{
		if (cal)
			ucal_close(cal);
		return false;
	}
	ucal_clear(cal);
	ucal_setDateTime(cal, y, m - 1, d, mins / 60, mins % 60, 0, &status);
	off = ucal_get(cal, UCAL_ZONE_OFFSET, &status) + ucal_get(cal, UCAL_DST_OFFSET, &status);
	ucal_close(cal);
	if (U_FAILURE(status))
		return false;
	*offset = off / 60000;
	return true;
}
