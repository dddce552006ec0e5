/*-------------------------------------------------------------------------
 *
 * pg_dates.c
 *		SQL functions arnews_dates(text, date|timestamp|timestamptz|text)
 *		and arnews_pubdate(text): the PostgreSQL glue of the date engine
 *		(src/core/dates*.c).
 *
 * The date form returns ten columns; the timestamp and timestamptz forms
 * add zone and at_utc and resolve "now" and "in two hours" to moments; the
 * text form (chosen for an untyped literal such as '2026-03-04', which
 * would otherwise be ambiguous between date and timestamp) returns the
 * date form's ten columns and uses the time of day when the text has one.
 *
 * IDENTIFICATION
 *	  src/pg_dates.c
 *
 *-------------------------------------------------------------------------
 */
#include "arnews.h"

#include "catalog/pg_type.h"
#include "datatype/timestamp.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/rangetypes.h"
#include "utils/timestamp.h"
#include "utils/tuplestore.h"
#include "utils/typcache.h"

#include "dates.h"

/* days from 1970-01-01 (engine) to 2000-01-01 (PostgreSQL epoch) */
#define ARNEWS_PG_EPOCH_DAYS 10957

#define DATES_NCOLS 10			/* the date and text forms */
#define DATES_NCOLS_WIDE 12		/* the timestamp forms: + zone, at_utc */

/* A date bound of the engine as a PostgreSQL range bound */
static void
make_bound(RangeBound *b, int32_t day, bool lower)
{
	b->infinite = day == ARNEWS_DAY_UNBOUNDED;
	b->val = b->infinite ? (Datum) 0 : DateADTGetDatum((DateADT) (day - ARNEWS_PG_EPOCH_DAYS));
	b->inclusive = lower && !b->infinite;
	b->lower = lower;
}

/* True if an engine day (or an unbounded end) fits PostgreSQL's date type */
static bool
day_representable(int32_t day)
{
	return day == ARNEWS_DAY_UNBOUNDED ||
		IS_VALID_DATE((int64) day - ARNEWS_PG_EPOCH_DAYS);
}

/* True if minutes since 1970 fit PostgreSQL's timestamp type */
static bool
minutes_representable(int64 minutes)
{
	int64		pg_minutes = minutes - (int64) ARNEWS_PG_EPOCH_DAYS * 1440;

	/* bound first so the multiplication cannot overflow */
	if (pg_minutes > INT64CONST(200000000000) || pg_minutes < -INT64CONST(200000000000))
		return false;
	return IS_VALID_TIMESTAMP((Timestamp) pg_minutes * USECS_PER_MINUTE);
}

/* The half-open daterange of an item */
static Datum
item_daterange(TypeCacheEntry *typcache, const ArnewsDateItem *it)
{
	RangeBound	lo,
				hi;

	make_bound(&lo, it->lo, true);
	make_bound(&hi, it->hi, false);
#if PG_VERSION_NUM >= 160000
	return RangeTypePGetDatum(make_range(typcache, &lo, &hi, false, NULL));
#else
	return RangeTypePGetDatum(make_range(typcache, &lo, &hi, false));
#endif
}

/* Engine callback: let a long extraction be cancelled */
static void
dates_tick(void *arg)
{
	CHECK_FOR_INTERRUPTS();
}

/* A reference for the engine: a day and, optionally, a minute of the day */
typedef struct DatesRef
{
	bool		has_ref;
	int32_t		day;
	bool		has_time;
	int32_t		minute;
} DatesRef;

/* The reference of a timestamp (no reference if infinite) */
static void
ref_from_timestamp(Timestamp ts, bool has_time, DatesRef *r)
{
	int64		days;

	if (TIMESTAMP_NOT_FINITE(ts))
		return;
	days = ts / USECS_PER_DAY;
	if (ts < 0 && days * USECS_PER_DAY != ts)
		days--;					/* floor */
	r->has_ref = true;
	r->day = (int32_t) (days + ARNEWS_PG_EPOCH_DAYS);
	r->has_time = has_time;
	r->minute = has_time ? (int32_t) ((ts - days * USECS_PER_DAY) / USECS_PER_MINUTE) : 0;
}

/* minutes since 1970 as a timestamp Datum (caller checked the range) */
static Datum
minutes_datum(int64 minutes)
{
	return TimestampGetDatum((Timestamp) (minutes - (int64) ARNEWS_PG_EPOCH_DAYS * 1440) *
							 USECS_PER_MINUTE);
}

/*
 * The rows of arnews_dates for body and a reference; wide adds the zone
 * and at_utc columns.
 */
static Datum
dates_rows(FunctionCallInfo fcinfo, const DatesRef *ref, bool wide)
{
	TupleDesc	desc;
	Tuplestorestate *store;
	text	   *body;
	const char *buf;
	Size		len;
	ArnewsDateList list = {NULL, 0, 0};
	ArnewsDatesOptions opts;
	TypeCacheEntry *typcache;
	Size		cache_byte = 0;
	int			cache_char = 0;

	arnews_check_encoding();
	store = arnews_srf_begin(fcinfo, &desc);
	if (PG_ARGISNULL(0))
		return (Datum) 0;
	body = PG_GETARG_TEXT_PP(0);
	buf = VARDATA_ANY(body);
	len = VARSIZE_ANY_EXHDR(body);
	memset(&opts, 0, sizeof(opts));
	opts.has_ref = ref->has_ref;
	opts.ref_day = ref->day;
	opts.has_time = ref->has_ref && ref->has_time;
	opts.ref_minute = ref->minute;
	opts.tick = dates_tick;
	arnews_dates_extract_opts(buf, len, &opts, &list);
	CHECK_FOR_INTERRUPTS();
	typcache = lookup_type_cache(DATERANGEOID, TYPECACHE_RANGE_INFO);
	for (int i = 0; i < list.n; i++)
	{
		const ArnewsDateItem *it = &list.items[i];
		Datum		values[DATES_NCOLS_WIDE];
		bool		nulls[DATES_NCOLS_WIDE];
		int			cstart,
					cend;
		const char *grain = arnews_date_grain_name(it->grain);

		if ((i & 1023) == 1023)
			CHECK_FOR_INTERRUPTS();
		memset(nulls, 0, sizeof(nulls));
		cstart = arnews_char_position(buf, it->start, &cache_byte, &cache_char);
		cend = arnews_char_position(buf, it->end, &cache_byte, &cache_char);
		values[0] = CStringGetTextDatum(arnews_date_kind_name(it->kind));
		values[1] = PointerGetDatum(cstring_to_text_with_len(buf + it->start,
															 (int) (it->end - it->start)));
		values[2] = Int32GetDatum(cstart);
		values[3] = Int32GetDatum(cend - cstart);
		/* spans beyond the date type's range (a reference near its ends) are NULL */
		if (it->has_span && day_representable(it->lo) && day_representable(it->hi))
			values[4] = item_daterange(typcache, it);
		else
			nulls[4] = true;
		if (grain)
			values[5] = CStringGetTextDatum(grain);
		else
			nulls[5] = true;
		if (it->has_at && minutes_representable(it->at_minutes))
			values[6] = minutes_datum(it->at_minutes);
		else
			nulls[6] = true;
		if (it->has_duration)
		{
			Interval   *iv = palloc(sizeof(Interval));

			iv->month = it->dur_months;
			iv->day = it->dur_days;
			iv->time = (TimeOffset) it->dur_minutes * USECS_PER_MINUTE;
			values[7] = IntervalPGetDatum(iv);
		}
		else
			nulls[7] = true;
		if (it->modifier && it->qualifier)
			values[8] = CStringGetTextDatum(psprintf("%s,%s", it->modifier, it->qualifier));
		else if (it->modifier || it->qualifier)
			values[8] = CStringGetTextDatum(it->modifier ? it->modifier : it->qualifier);
		else
			nulls[8] = true;
		values[9] = CStringGetTextDatum(it->hijri ? "hijri" : "gregorian");
		if (wide)
		{
			/* zone: an IANA name, or UTC+hh:mm for a fixed offset */
			if (it->zone_fixed)
			{
				int			off = it->zone_offset < 0 ? -it->zone_offset : it->zone_offset;

				values[10] = CStringGetTextDatum(psprintf("UTC%c%02d:%02d",
														  it->zone_offset < 0 ? '-' : '+',
														  off / 60, off % 60));
			}
			else if (it->zone)
				values[10] = CStringGetTextDatum(it->zone);
			else
				nulls[10] = true;
			/* timestamptz is stored in UTC: the same arithmetic as at */
			if (it->has_utc && minutes_representable(it->utc_minutes))
				values[11] = minutes_datum(it->utc_minutes);
			else
				nulls[11] = true;
		}
		tuplestore_putvalues(store, desc, values, nulls);
	}
	PG_FREE_IF_COPY(body, 0);
	return (Datum) 0;
}

/* arnews_dates(body text, reference date): the ten-column form */
PG_FUNCTION_INFO_V1(arnews_dates);
Datum
arnews_dates(PG_FUNCTION_ARGS)
{
	DatesRef	ref = {false, 0, false, 0};

	if (!PG_ARGISNULL(1))
	{
		DateADT		d = PG_GETARG_DATEADT(1);

		/* an infinite reference resolves nothing */
		if (!DATE_NOT_FINITE(d))
		{
			ref.has_ref = true;
			ref.day = (int32_t) d + ARNEWS_PG_EPOCH_DAYS;
		}
	}
	return dates_rows(fcinfo, &ref, false);
}

/* arnews_dates(body text, reference timestamp): + zone, at_utc; moments */
PG_FUNCTION_INFO_V1(arnews_dates_ts);
Datum
arnews_dates_ts(PG_FUNCTION_ARGS)
{
	DatesRef	ref = {false, 0, false, 0};

	if (!PG_ARGISNULL(1))
		ref_from_timestamp(PG_GETARG_TIMESTAMP(1), true, &ref);
	return dates_rows(fcinfo, &ref, true);
}

/* arnews_dates(body text, reference timestamptz): local time of the session */
PG_FUNCTION_INFO_V1(arnews_dates_tstz);
Datum
arnews_dates_tstz(PG_FUNCTION_ARGS)
{
	DatesRef	ref = {false, 0, false, 0};

	if (!PG_ARGISNULL(1))
	{
		TimestampTz tz = PG_GETARG_TIMESTAMPTZ(1);

		if (TIMESTAMP_NOT_FINITE(tz))
			ref_from_timestamp(tz, true, &ref);
		else
			ref_from_timestamp(DatumGetTimestamp(DirectFunctionCall1(timestamptz_timestamp,
																	 TimestampTzGetDatum(tz))),
							   true, &ref);
	}
	return dates_rows(fcinfo, &ref, true);
}

/*
 * arnews_dates(body text, reference text): an untyped literal; read as a
 * date (DateStyle of the session) or, when it has a time of day (a colon),
 * as a timestamp; the date form's columns.
 */
PG_FUNCTION_INFO_V1(arnews_dates_text);
Datum
arnews_dates_text(PG_FUNCTION_ARGS)
{
	DatesRef	ref = {false, 0, false, 0};

	if (!PG_ARGISNULL(1))
	{
		char	   *s = text_to_cstring(PG_GETARG_TEXT_PP(1));

		if (strchr(s, ':') != NULL)
			ref_from_timestamp(DatumGetTimestamp(DirectFunctionCall3(timestamp_in,
																	 CStringGetDatum(s),
																	 ObjectIdGetDatum(InvalidOid),
																	 Int32GetDatum(-1))),
							   true, &ref);
		else
		{
			/* a date, as the date form reads it (its whole range) */
			DateADT		d = DatumGetDateADT(DirectFunctionCall1(date_in, CStringGetDatum(s)));

			if (!DATE_NOT_FINITE(d))
			{
				ref.has_ref = true;
				ref.day = (int32_t) d + ARNEWS_PG_EPOCH_DAYS;
			}
		}
		pfree(s);
	}
	return dates_rows(fcinfo, &ref, false);
}

PG_FUNCTION_INFO_V1(arnews_pubdate);
Datum
arnews_pubdate(PG_FUNCTION_ARGS)
{
	/* only the opening bytes are read: do not detoast a long body whole */
	text	   *body = PG_GETARG_TEXT_P_SLICE(0, 0, ARNEWS_PUBDATE_MAX_READ);
	int32_t		day;
	bool		found;

	arnews_check_encoding();
	found = arnews_dates_pubdate(VARDATA(body), VARSIZE(body) - VARHDRSZ, &day);
	PG_FREE_IF_COPY(body, 0);
	if (!found || !day_representable(day))
		PG_RETURN_NULL();
	PG_RETURN_DATEADT((DateADT) (day - ARNEWS_PG_EPOCH_DAYS));
}
