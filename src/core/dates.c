/*-------------------------------------------------------------------------
 *
 * dates.c
 *		Public helpers of the date engine: the publication date of an
 *		article, TimeML-like values of items, kind and grain names.
 *		(The recognizer is dates_scan.c, the lexicon dates_lexicon.c and
 *		the calendar arithmetic dates_calendar.c.)
 *
 * IDENTIFICATION
 *	  src/core/dates.c
 *
 *-------------------------------------------------------------------------
 */
#include <stdio.h>
#include <string.h>

#include "dates_int.h"

/* how far the opening lines of an article reach */
#define PUBDATE_MAX_LINES	6
#define PUBDATE_MAX_BYTES	1200	/* + 64 to finish a word: 1264 in dates.h */

/* The publication date: first absolute day in the opening lines */
bool
arnews_dates_pubdate(const char *text, size_t len, int32_t *day)
{
	size_t		limit;
	size_t		end;
	size_t		pos = 0;
	int			lines = 0;

	if (text == NULL || len == 0)
		return false;
	/* the end of the sixth non-empty line, at most PUBDATE_MAX_BYTES */
	end = len < PUBDATE_MAX_BYTES ? len : PUBDATE_MAX_BYTES;
	limit = end;
	while (pos < end)
	{
		const char *nl = memchr(text + pos, '\n', end - pos);
		size_t		eol;
		bool		in_line = false;

		if (nl == NULL)
			break;
		eol = (size_t) (nl - text);
		for (size_t k = pos; k < eol && !in_line; k++)
			in_line = text[k] != ' ' && text[k] != '\r' && text[k] != '\t';
		if (in_line && ++lines >= PUBDATE_MAX_LINES)
		{
			limit = eol;
			break;
		}
		pos = eol + 1;
	}
	/*
	 * do not cut a UTF-8 sequence or a word in two: extend to a blank (never
	 * further than PUBDATE_MAX_BYTES + 64, whatever the text)
	 */
	while (limit < len && ((unsigned char) text[limit] & 0xC0) == 0x80 &&
		   limit < ARNEWS_PUBDATE_MAX_READ)
		limit++;
	while (limit < len && text[limit] != ' ' && text[limit] != '\n' &&
		   limit < ARNEWS_PUBDATE_MAX_READ)
		limit++;
	return arnews_dates_first_day(text, limit, day);
}

/* Name of a kind */
const char *
arnews_date_kind_name(ArnewsDateKind kind)
{
	static const char *const names[] = {"date", "range", "time", "duration", "vague"};

	return (unsigned) kind < 5 ? names[kind] : "date";
}

/* Name of a grain (NULL for none) */
const char *
arnews_date_grain_name(ArnewsDateGrain grain)
{
	static const char *const names[] = {NULL, "minute", "hour", "day", "week", "month",
	"season", "year", "decade"};

	return (unsigned) grain < 9 ? names[grain] : NULL;
}

/* Write a day as YYYY-MM-DD */
static int
fmt_day(char *out, size_t cap, int32_t day)
{
	int			y,
				m,
				d;

	arnews_civil_from_days(day, &y, &m, &d);
	return snprintf(out, cap, "%04d-%02d-%02d", y, m, d);
}

/* ISO 8601 week of a day: year and week number */
static void
iso_week(int32_t day, int *wy, int *wn)
{
	int			wd = (arnews_weekday(day) + 6) % 7;	/* 0 = Monday */
	int32_t		thu = day - wd + 3;
	int			y,
				m,
				d;

	arnews_civil_from_days(thu, &y, &m, &d);
	*wy = y;
	*wn = (thu - arnews_days_from_civil(y, 1, 1)) / 7 + 1;
}

/* TimeML-like value of an item (see dates.h) */
size_t
arnews_date_value(const ArnewsDateItem *it, char *out, size_t cap)
{
	int			n = 0;
	int			y,
				m,
				d;

	if (cap == 0)
		return 0;
	out[0] = '\0';
	if (it->kind == ARNEWS_DK_VAGUE)
		n = snprintf(out, cap, "%s", it->vague_dir < 0 ? "PAST_REF" :
					 it->vague_dir > 0 ? "FUTURE_REF" : "PRESENT_REF");
	else if (it->kind == ARNEWS_DK_DURATION)
	{
		static const char *const x[] = {"PX", "PTXM", "PTXH", "PXD", "PXW", "PXM", "PXS",
		"PXY", "PXE"};

		if (!it->has_duration)
			n = snprintf(out, cap, "%s", x[it->grain]);
		else
		{
			char		buf[96];
			int			b = snprintf(buf, sizeof(buf), "P");
			int			mo = it->dur_months;
			int64_t		mins = it->dur_minutes;

			if (mo && mo % 12 == 0)
				b += snprintf(buf + b, sizeof(buf) - b, "%dY", mo / 12);
			else if (mo)
				b += snprintf(buf + b, sizeof(buf) - b, "%dM", mo);
			if (it->dur_days && it->grain == ARNEWS_GRAIN_WEEK && it->dur_days % 7 == 0)
				b += snprintf(buf + b, sizeof(buf) - b, "%dW", it->dur_days / 7);
			else if (it->dur_days)
				b += snprintf(buf + b, sizeof(buf) - b, "%dD", it->dur_days);
			if (mins)
			{
				b += snprintf(buf + b, sizeof(buf) - b, "T");
				if (mins >= 60)
					b += snprintf(buf + b, sizeof(buf) - b, "%lldH", (long long) (mins / 60));
				if (mins % 60)
					b += snprintf(buf + b, sizeof(buf) - b, "%lldM", (long long) (mins % 60));
			}
			if (b == 1)
				b += snprintf(buf + b, sizeof(buf) - b, "0D");
			n = snprintf(out, cap, "%s", buf);
		}
	}
	else if (!it->has_span)
		n = snprintf(out, cap, "UNRESOLVED");
	else if (it->kind == ARNEWS_DK_TIME && it->has_at)
	{
		int64_t		mins = it->at_minutes;
		int32_t		day = (int32_t) (mins >= 0 ? mins / 1440 : (mins - 1439) / 1440);
		int			mm = (int) (mins - (int64_t) day * 1440);

		n = fmt_day(out, cap, day);
		if ((size_t) n < cap)
			n += snprintf(out + n, cap - n, "T%02d:%02d", mm / 60, mm % 60);
	}
	else if (it->kind == ARNEWS_DK_RANGE)
	{
		n = fmt_day(out, cap, it->lo);
		if ((size_t) n < cap)
			n += snprintf(out + n, cap - n, "/");
		if ((size_t) n < cap)
			n += fmt_day(out + n, cap - n, it->hi - 1);
	}
	else
	{
		arnews_civil_from_days(it->lo, &y, &m, &d);
		switch (it->grain)
		{
			case ARNEWS_GRAIN_MONTH:
				n = snprintf(out, cap, "%04d-%02d", y, m);
				break;
			case ARNEWS_GRAIN_YEAR:
				n = snprintf(out, cap, "%04d", y);
				break;
			case ARNEWS_GRAIN_DECADE:
				n = snprintf(out, cap, "%03d", y / 10);
				break;
			case ARNEWS_GRAIN_WEEK:
				{
					int			wy,
								wn;

					iso_week(it->lo, &wy, &wn);
					n = snprintf(out, cap, "%04d-W%02d", wy, wn);
					break;
				}
			default:
				n = fmt_day(out, cap, it->lo);
				break;
		}
	}
	if (n < 0)
		n = 0;
	return (size_t) n < cap ? (size_t) n : cap - 1;
}
