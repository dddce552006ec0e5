/*-------------------------------------------------------------------------
 *
 * fuzz_dates.c
 *		libFuzzer target for the temporal engine (src/core/dates.h).
 *
 * Input layout: byte 0 selects the reference (bit 0: none; bit 1: an
 * extreme reference anywhere in PostgreSQL's date range, else one in
 * 1900-2100), bytes 1-4 give the reference day; the rest is the text.
 * arnews_dates_pubdate() runs on the text too.
 *
 * Invariants checked on every item:
 *	- spans lie inside the input, start < end, on code point boundaries
 *	  (valid UTF-8 input), in text order and non-overlapping;
 *	- kind and grain are valid and named (grain may be unnamed only for
 *	  vague items);
 *	- without a reference, relative items have no span;
 *	- a resolved span with both ends bounded has lo < hi, and each bounded
 *	  end is a valid Gregorian date that round-trips through
 *	  arnews_civil_from_days()/arnews_days_from_civil();
 *	- modifier and qualifier are NULL or one of the documented words;
 *	- arnews_date_value() NUL-terminates, fits its buffer, returns the
 *	  length written and writes printable ASCII;
 *	- extraction is deterministic, and the publication date, when found,
 *	  is a valid day.
 *
 * Build and run: make fuzz (or see test/fuzz/README.md).
 *
 * IDENTIFICATION
 *	  test/fuzz/fuzz_dates.c
 *
 *-------------------------------------------------------------------------
 */
#include "alloc.h"
#include "dates.h"

#include "fuzz_util.h"

/* PostgreSQL's finite date range in days from 1970-01-01 */
#define PG_MIN_DAY (-2440588)
#define PG_MAX_DAY 2145042906

/* True if s is NULL or one of the words of list (NULL-terminated) */
static bool
in_list(const char *s, const char *const *list)
{
	if (s == NULL)
		return true;
	for (int i = 0; list[i]; i++)
		if (strcmp(s, list[i]) == 0)
			return true;
	return false;
}

/*
 * Check that a bounded day is a valid proleptic Gregorian date of any year
 * (arnews_valid_civil() accepts years 1-9999 only, and an extreme
 * reference legitimately resolves outside them) that round-trips.
 */
static void
check_day(int32_t day)
{
	static const int mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	int			y,
				m,
				d,
				dim;

	if (day == ARNEWS_DAY_UNBOUNDED)
		return;
	arnews_civil_from_days(day, &y, &m, &d);
	FUZZ_ASSERT(m >= 1 && m <= 12, "span end has an invalid month");
	dim = mdays[m - 1];
	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		dim = 29;
	FUZZ_ASSERT(d >= 1 && d <= dim, "span end has an invalid day");
	if (y >= 1 && y <= 9999)
		FUZZ_ASSERT(arnews_valid_civil(y, m, d), "span end is not a valid date");
	FUZZ_ASSERT(arnews_days_from_civil(y, m, d) == day, "day does not round-trip");
}

/* Check one item list */
static void
check(const char *s, size_t len, bool valid, bool has_ref, const ArnewsDateList *l)
{
	static const char *const modifiers[] = {"since", "before", "after", "until",
	"during", "for", NULL};
	static const char *const qualifiers[] = {"approx", "less_than", "more_than",
	"start", "mid", "end", "earlier", "later", NULL};
	size_t		last_end = 0;

	FUZZ_ASSERT(l->n >= 0 && l->n <= l->cap, "list count");
	for (int i = 0; i < l->n; i++)
	{
		const ArnewsDateItem *it = &l->items[i];
		const char *kname;
		const char *gname;
		char		val[64];
		char		tiny[6];
		size_t		vn;

		FUZZ_ASSERT(it->start < it->end, "empty date span");
		FUZZ_ASSERT(it->end <= len, "date span past the input");
		FUZZ_ASSERT(it->start >= last_end, "dates overlap or are out of order");
		if (valid)
			FUZZ_ASSERT(fuzz_on_boundary(s, len, it->start) &&
						fuzz_on_boundary(s, len, it->end),
						"date span splits a code point");
		FUZZ_ASSERT(it->kind >= ARNEWS_DK_DATE && it->kind <= ARNEWS_DK_VAGUE, "kind");
		FUZZ_ASSERT(it->grain >= ARNEWS_GRAIN_NONE && it->grain <= ARNEWS_GRAIN_DECADE,
					"grain");
		kname = arnews_date_kind_name(it->kind);
		FUZZ_ASSERT(kname != NULL && kname[0] != '\0', "kind without a name");
		gname = arnews_date_grain_name(it->grain);
		if (it->kind != ARNEWS_DK_VAGUE)
			FUZZ_ASSERT(gname != NULL && gname[0] != '\0', "grain without a name");
		if (!has_ref && it->relative)
			FUZZ_ASSERT(!it->has_span, "relative item resolved without a reference");
		if (it->has_span)
		{
			check_day(it->lo);
			check_day(it->hi);
			if (it->lo != ARNEWS_DAY_UNBOUNDED && it->hi != ARNEWS_DAY_UNBOUNDED)
				FUZZ_ASSERT(it->lo < it->hi, "span with lo >= hi");
		}
		FUZZ_ASSERT(in_list(it->modifier, modifiers), "unknown modifier");
		FUZZ_ASSERT(in_list(it->qualifier, qualifiers), "unknown qualifier");
		FUZZ_ASSERT(it->vague_dir >= -1 && it->vague_dir <= 1, "vague_dir");

		memset(val, 'X', sizeof(val));
		vn = arnews_date_value(it, val, sizeof(val));
		FUZZ_ASSERT(vn < sizeof(val) && val[vn] == '\0' && strlen(val) == vn,
					"value length");
		for (size_t k = 0; k < vn; k++)
			FUZZ_ASSERT(val[k] > ' ' && val[k] < 0x7F, "value not printable ASCII");
		vn = arnews_date_value(it, tiny, sizeof(tiny));
		FUZZ_ASSERT(vn < sizeof(tiny) && tiny[vn] == '\0' && strlen(tiny) == vn,
					"truncated value length");
		last_end = it->end;
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	bool		has_ref;
	int32_t		ref;
	uint32_t	raw;
	const char *s;
	size_t		len;
	bool		valid;
	ArnewsDateList l1 = {NULL, 0, 0};
	ArnewsDateList l2 = {NULL, 0, 0};
	int32_t		pub;

	if (size < 5)
		return 0;
	has_ref = (data[0] & 1) == 0;
	raw = (uint32_t) data[1] | ((uint32_t) data[2] << 8) |
		((uint32_t) data[3] << 16) | ((uint32_t) data[4] << 24);
	if (data[0] & 2)
		ref = (int32_t) ((int64_t) PG_MIN_DAY +
						 (int64_t) (raw % ((uint32_t) PG_MAX_DAY - PG_MIN_DAY + 1)));
	else
		ref = arnews_days_from_civil(1900, 1, 1) + (int32_t) (raw % 73049);
	s = (const char *) data + 5;
	len = size - 5;
	valid = fuzz_valid_utf8(s, len);

	arnews_dates_extract(s, len, has_ref, ref, &l1);
	check(s, len, valid, has_ref, &l1);
	arnews_dates_extract(s, len, has_ref, ref, &l2);
	FUZZ_ASSERT(l1.n == l2.n, "extraction is not deterministic");
	for (int i = 0; i < l1.n; i++)
		FUZZ_ASSERT(l1.items[i].start == l2.items[i].start &&
					l1.items[i].end == l2.items[i].end &&
					l1.items[i].kind == l2.items[i].kind &&
					l1.items[i].has_span == l2.items[i].has_span &&
					l1.items[i].lo == l2.items[i].lo && l1.items[i].hi == l2.items[i].hi,
					"extraction is not deterministic");
	/* a reference moment finds the same spans; moments and zones are sane */
	{
		ArnewsDateList l3 = {NULL, 0, 0};
		ArnewsDatesOptions o;

		memset(&o, 0, sizeof(o));
		o.has_ref = has_ref;
		o.ref_day = ref;
		o.has_time = true;
		o.ref_minute = (int32_t) ((raw >> 7) % 1440);
		arnews_dates_extract_opts(s, len, &o, &l3);
		check(s, len, valid, has_ref, &l3);
		FUZZ_ASSERT(l3.n == l1.n, "a reference moment changes the items");
		for (int i = 0; i < l3.n && i < l1.n; i++)
		{
			const ArnewsDateItem *it = &l3.items[i];

			FUZZ_ASSERT(it->start == l1.items[i].start && it->end == l1.items[i].end &&
						it->kind == l1.items[i].kind, "a reference moment changes a span");
			if (it->has_at && it->has_span)
				FUZZ_ASSERT(it->at_minutes >= (int64_t) it->lo * 1440 &&
							it->at_minutes < (int64_t) it->hi * 1440,
							"at outside its day");
			FUZZ_ASSERT(!it->has_utc || it->has_at, "at_utc without at");
			FUZZ_ASSERT(it->zone == NULL || strlen(it->zone) > 0, "empty zone");
			FUZZ_ASSERT(!it->zone_fixed || (it->zone_offset >= -14 * 60 - 59 &&
											it->zone_offset <= 14 * 60 + 59),
						"fixed zone offset out of range");
		}
		arnews_free(l3.items);
	}
	arnews_free(l1.items);
	arnews_free(l2.items);

	if (arnews_dates_pubdate(s, len, &pub))
		check_day(pub);
	return 0;
}
