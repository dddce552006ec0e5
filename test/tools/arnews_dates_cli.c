/*-------------------------------------------------------------------------
 *
 * arnews_dates_cli.c
 *		Command-line front end of the date engine, for evaluation scripts
 *		and benchmarks.
 *
 * Build (from the repository root):
 *	  tools/embed_data.sh /tmp/arnews_builtin_data.c data/builtin_*.txt &&
 *	  cc -std=c11 -O2 -Isrc/core -o /tmp/arnews_dates_cli \
 *		test/tools/arnews_dates_cli.c $(ls src/core/[a-z]*.c | grep -v builtin_data.c) \
 *		/tmp/arnews_builtin_data.c test/unit/alloc_std.c -licui18n -licuuc -licudata -lm
 *
 * Usage:
 *	  arnews_dates_cli [--ref YYYY-MM-DD|auto|none] FILE...   one row per item
 *	  arnews_dates_cli --pubdate FILE...                      FILE<TAB>date
 *	  arnews_dates_cli --records [--ref auto] [--passes N] FILE  texts
 *		separated by the byte 0x1E, read N times (default 1); prints bytes,
 *		docs, items (all passes) and the engine's CPU seconds (benchmark)
 *
 * Rows (tab-separated): file, kind, surface, start (1-based character),
 * length (characters), span lower, span upper (exclusive; "-inf"/"inf"
 * for unbounded, "" if none), grain, at, duration months, days, minutes,
 * modifier, calendar, value.
 *
 * IDENTIFICATION
 *	  test/tools/arnews_dates_cli.c
 *
 *-------------------------------------------------------------------------
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "alloc.h"
#include "dates.h"
#include "utf8.h"

/* Read a whole file (or stdin for "-") */
static char *
read_all(const char *path, size_t *len)
{
	FILE	   *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
	size_t		cap = 1 << 16,
				n = 0;
	char	   *buf;

	if (f == NULL)
	{
		perror(path);
		exit(2);
	}
	buf = malloc(cap);
	for (;;)
	{
		size_t		r;

		if (n == cap)
			buf = realloc(buf, cap *= 2);
		r = fread(buf + n, 1, cap - n, f);
		if (r == 0)
			break;
		n += r;
	}
	if (f != stdin)
		fclose(f);
	*len = n;
	return buf;
}

/* Print a day or an unbounded marker */
static void
print_day(int32_t day, const char *unb)
{
	int			y,
				m,
				d;

	if (day == ARNEWS_DAY_UNBOUNDED)
	{
		fputs(unb, stdout);
		return;
	}
	arnews_civil_from_days(day, &y, &m, &d);
	printf("%04d-%02d-%02d", y, m, d);
}

/* Print the items of one text */
static void
print_items(const char *name, const char *text, size_t len, const ArnewsDateList *l)
{
	for (int i = 0; i < l->n; i++)
	{
		const ArnewsDateItem *it = &l->items[i];
		char		val[128];
		const char *g = arnews_date_grain_name(it->grain);

		arnews_date_value(it, val, sizeof(val));
		printf("%s\t%s\t%.*s\t%zu\t%zu\t", name, arnews_date_kind_name(it->kind),
			   (int) (it->end - it->start), text + it->start,
			   arnews_utf8_count(text, it->start) + 1,
			   arnews_utf8_count(text + it->start, it->end - it->start));
		if (it->has_span)
		{
			print_day(it->lo, "-inf");
			putchar('\t');
			print_day(it->hi, "inf");
		}
		else
			putchar('\t');
		printf("\t%s\t", g ? g : "");
		if (it->has_at)
		{
			int64_t		mins = it->at_minutes;
			int32_t		day = (int32_t) (mins >= 0 ? mins / 1440 : (mins - 1439) / 1440);
			int			mm = (int) (mins - (int64_t) day * 1440);

			print_day(day, "");
			printf("T%02d:%02d", mm / 60, mm % 60);
		}
		if (it->has_duration)
			printf("\t%d\t%d\t%lld", it->dur_months, it->dur_days, (long long) it->dur_minutes);
		else
			printf("\t\t\t");
		printf("\t%s%s%s\t%s\t%s\n", it->modifier ? it->modifier : "",
			   it->modifier && it->qualifier ? "," : "",
			   it->qualifier ? it->qualifier : "", it->hijri ? "hijri" : "gregorian", val);
	}
	(void) len;
}

/* Parse YYYY-MM-DD */
static bool
parse_ref(const char *s, int32_t *day)
{
	int			y,
				m,
				d;

	if (sscanf(s, "%d-%d-%d", &y, &m, &d) != 3 || !arnews_valid_civil(y, m, d))
		return false;
	*day = arnews_days_from_civil(y, m, d);
	return true;
}

/* Entry point */
int
main(int argc, char **argv)
{
	const char *ref = "none";
	bool		pubdate = false,
				records = false;
	int			passes = 1;
	int			a = 1;

	for (; a < argc && strncmp(argv[a], "--", 2) == 0; a++)
	{
		if (strcmp(argv[a], "--ref") == 0 && a + 1 < argc)
			ref = argv[++a];
		else if (strcmp(argv[a], "--pubdate") == 0)
			pubdate = true;
		else if (strcmp(argv[a], "--records") == 0)
			records = true;
		else if (strcmp(argv[a], "--passes") == 0 && a + 1 < argc)
			passes = atoi(argv[++a]) > 0 ? atoi(argv[a]) : 1;
		else
		{
			fprintf(stderr, "unknown option %s\n", argv[a]);
			return 2;
		}
	}
	for (; a < argc; a++)
	{
		size_t		len;
		char	   *text = read_all(argv[a], &len);

		if (records)
		{
			size_t		nrec = 1,
						items = 0,
						docs = 0;
			size_t	   *ends;
			size_t		r = 0;
			clock_t		t0;

			/* record boundaries first: the clock measures the engine only */
			for (size_t p = 0; p < len; p++)
				if (text[p] == 0x1E)
					nrec++;
			ends = malloc(sizeof(size_t) * nrec);
			for (size_t p = 0; p < len; p++)
				if (text[p] == 0x1E)
					ends[r++] = p;
			ends[r] = len;
			t0 = clock();
			for (int pass = 0; pass < passes; pass++)
			{
				size_t		p = 0;

				for (r = 0; r < nrec && p < len; r++)
				{
					size_t		e = ends[r];
					ArnewsDateList l = {NULL, 0, 0};
					int32_t		day = 0;
					bool		has = false;

					if (strcmp(ref, "auto") == 0)
						has = arnews_dates_pubdate(text + p, e - p, &day);
					arnews_dates_extract(text + p, e - p, has, day, &l);
					items += l.n;
					docs++;
					if (l.items)
						arnews_free(l.items);
					p = e + 1;
				}
			}
			printf("bytes\t%zu\ndocs\t%zu\nitems\t%zu\nseconds\t%.6f\n", len * passes, docs,
				   items, (double) (clock() - t0) / CLOCKS_PER_SEC);
			free(ends);
		}
		else if (pubdate)
		{
			int32_t		day;

			printf("%s\t", argv[a]);
			if (arnews_dates_pubdate(text, len, &day))
				print_day(day, "");
			putchar('\n');
		}
		else
		{
			ArnewsDateList l = {NULL, 0, 0};
			int32_t		day = 0;
			bool		has = false;

			if (strcmp(ref, "auto") == 0)
				has = arnews_dates_pubdate(text, len, &day);
			else if (strcmp(ref, "none") != 0)
			{
				if (!parse_ref(ref, &day))
				{
					fprintf(stderr, "bad --ref %s\n", ref);
					return 2;
				}
				has = true;
			}
			arnews_dates_extract(text, len, has, day, &l);
			print_items(argv[a], text, len, &l);
			if (l.items)
				arnews_free(l.items);
		}
		free(text);
	}
	return 0;
}
