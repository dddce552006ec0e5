/*-------------------------------------------------------------------------
 *
 * pg_quantities.c
 *		SQL function arnews_quantities(text): money, percentages,
 *		quantities, numbers and ordinals of a text (engine:
 *		src/core/quantities.c).
 *
 * value is numeric built from the engine's exact decimal digits, so a
 * 10,000-digit number comes back digit for digit; value_max (the upper
 * figure of a range) likewise, and bound says how value bounds the amount.
 *
 * IDENTIFICATION
 *	  src/pg_quantities.c
 *
 *-------------------------------------------------------------------------
 */
#include "arnews.h"

#include "funcapi.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/numeric.h"
#include "utils/tuplestore.h"

#include "dates.h"
#include "quantities.h"
#include "utf8.h"

/* Engine callback: let a long extraction be cancelled */
static void
quantities_tick(void *arg)
{
	CHECK_FOR_INTERRUPTS();
}

PG_FUNCTION_INFO_V1(arnews_quantities);
Datum
arnews_quantities(PG_FUNCTION_ARGS)
{
	text	   *body = PG_GETARG_TEXT_PP(0);
	const char *s = VARDATA_ANY(body);
	Size		len = VARSIZE_ANY_EXHDR(body);
	Tuplestorestate *store;
	TupleDesc	desc;
	ArnewsQuantityOptions opts = {0};
	ArnewsDateList dates = {NULL, 0, 0};
	ArnewsQuantity *qs;
	size_t		n;
	Size		cache_byte = 0;
	int			cache_char = 0;

	arnews_check_encoding();
	store = arnews_srf_begin(fcinfo, &desc);
	opts.tick = quantities_tick;

	/* each character belongs to one extraction: dates and durations first */
	arnews_dates_extract_opts(s, len, &(ArnewsDatesOptions) {.tick = quantities_tick}, &dates);
	if (dates.n > 0)
	{
		ArnewsByteSpan *spans = palloc(sizeof(ArnewsByteSpan) * dates.n);

		for (int i = 0; i < dates.n; i++)
		{
			spans[i].start = dates.items[i].start;
			spans[i].end = dates.items[i].end;
		}
		opts.exclude = spans;
		opts.nexclude = (size_t) dates.n;
	}
	n = arnews_quantities_extract(s, len, &opts, &qs);
	for (size_t i = 0; i < n; i++)
	{
		Datum		values[9];
		bool		nulls[9] = {false};
		int			start = arnews_char_position(s, qs[i].start, &cache_byte, &cache_char);
		int			nchars;
		size_t		need = arnews_number_exact(s, len, &qs[i].num, NULL, 0);
		char	   *digits = palloc(need + 1);

		nchars = (int) arnews_utf8_count(s + qs[i].start, qs[i].end - qs[i].start);
		arnews_number_exact(s, len, &qs[i].num, digits, need + 1);
		values[0] = CStringGetTextDatum(arnews_quantity_kind_name(qs[i].kind));
		values[1] = PointerGetDatum(cstring_to_text_with_len(s + qs[i].start,
															 (int) (qs[i].end - qs[i].start)));
		values[2] = Int32GetDatum(start);
		values[3] = Int32GetDatum(nchars);
		values[4] = DirectFunctionCall3(numeric_in, CStringGetDatum(digits),
										ObjectIdGetDatum(InvalidOid), Int32GetDatum(-1));
		if (qs[i].unit)
			values[5] = CStringGetTextDatum(qs[i].unit);
		else
			nulls[5] = true;
		values[6] = BoolGetDatum(qs[i].approximate);
		if (qs[i].has_max)
		{
			size_t		mneed = arnews_number_exact(s, len, &qs[i].num_max, NULL, 0);
			char	   *mdigits = palloc(mneed + 1);

			arnews_number_exact(s, len, &qs[i].num_max, mdigits, mneed + 1);
			values[7] = DirectFunctionCall3(numeric_in, CStringGetDatum(mdigits),
											ObjectIdGetDatum(InvalidOid), Int32GetDatum(-1));
		}
		else
			nulls[7] = true;
		if (qs[i].bound)
			values[8] = CStringGetTextDatum(qs[i].bound);
		else
			nulls[8] = true;
		tuplestore_putvalues(store, desc, values, nulls);
		pfree(digits);
		if ((i & 63) == 63)
			CHECK_FOR_INTERRUPTS();
	}
	PG_FREE_IF_COPY(body, 0);
	return (Datum) 0;
}
