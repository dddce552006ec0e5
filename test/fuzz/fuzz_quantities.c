/*-------------------------------------------------------------------------
 *
 * fuzz_quantities.c
 *		libFuzzer target for the quantity extractor (src/core/quantities.h).
 *
 * Each input is extracted twice: without options, and with exclusion
 * spans derived from the input (every token whose first byte is odd is
 * excluded) and a tick callback.
 *
 * Invariants checked on every extraction:
 *	- spans lie inside the input, start < end, on code point boundaries
 *	  (valid UTF-8 input), in text order and non-overlapping;
 *	- the number read lies inside its quantity's span;
 *	- the value is finite, or the overflow flag is set;
 *	- kinds are valid and named; units are NULL or non-empty strings, NULL
 *	  for bare numbers and ordinals, "%" or "pp" for percentages;
 *	- no quantity overlaps an excluded span;
 *	- extraction is deterministic.
 *
 * Build and run: make fuzz (or see test/fuzz/README.md).
 *
 * IDENTIFICATION
 *	  test/fuzz/fuzz_quantities.c
 *
 *-------------------------------------------------------------------------
 */
#include <math.h>

#include "alloc.h"
#include "quantities.h"
#include "tokenize.h"

#include "fuzz_util.h"

static int	ticks;

/* The tick callback: count calls */
static void
tick(void *arg)
{
	(*(int *) arg)++;
}

/* Check one extraction result */
static void
check(const char *s, size_t len, bool valid, const ArnewsQuantity *q, size_t n,
	  const ArnewsByteSpan *ex, size_t nex)
{
	size_t		last_end = 0;

	if (n > 0)
		FUZZ_ASSERT(q != NULL, "count without an array");
	for (size_t i = 0; i < n; i++)
	{
		const ArnewsQuantity *x = &q[i];
		const char *kname;

		FUZZ_ASSERT(x->start < x->end, "empty quantity span");
		FUZZ_ASSERT(x->end <= len, "quantity span past the input");
		FUZZ_ASSERT(x->start >= last_end, "quantities overlap or are out of order");
		if (valid)
			FUZZ_ASSERT(fuzz_on_boundary(s, len, x->start) &&
						fuzz_on_boundary(s, len, x->end),
						"quantity span splits a code point");
		FUZZ_ASSERT(x->num.start >= x->start && x->num.end <= x->end &&
					x->num.start < x->num.end,
					"number outside its quantity span");
		FUZZ_ASSERT(isfinite(x->num.value) || (x->num.flags & ARNEWS_NUMF_OVERFLOW),
					"value not finite and no overflow flag");
		FUZZ_ASSERT(x->kind >= ARNEWS_QK_NUMBER && x->kind <= ARNEWS_QK_QUANTITY,
					"invalid kind");
		kname = arnews_quantity_kind_name(x->kind);
		FUZZ_ASSERT(kname != NULL && kname[0] != '\0', "kind without a name");
		if (x->unit != NULL)
			FUZZ_ASSERT(x->unit[0] != '\0' && fuzz_valid_utf8(x->unit, strlen(x->unit)),
						"empty or invalid unit");
		if (x->kind == ARNEWS_QK_NUMBER || x->kind == ARNEWS_QK_ORDINAL)
			FUZZ_ASSERT(x->unit == NULL, "bare number with a unit");
		if (x->kind == ARNEWS_QK_PERCENT)
			FUZZ_ASSERT(x->unit != NULL &&
						(strcmp(x->unit, "%") == 0 || strcmp(x->unit, "pp") == 0),
						"percentage unit");
		for (size_t k = 0; k < nex; k++)
			FUZZ_ASSERT(x->end <= ex[k].start || x->start >= ex[k].end,
						"quantity overlaps an excluded span");
		last_end = x->end;
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *) data;
	bool		valid = fuzz_valid_utf8(s, size);
	ArnewsQuantity *q1 = NULL,
			   *q2 = NULL,
			   *q3 = NULL;
	size_t		n1,
				n2,
				n3;
	ArnewsByteSpan *ex;
	size_t		nex = 0;
	ArnewsQuantityOptions opts;
	ArnewsTokenizer t;
	ArnewsToken tok;

	n1 = arnews_quantities_extract(s, size, NULL, &q1);
	check(s, size, valid, q1, n1, NULL, 0);

	n2 = arnews_quantities_extract(s, size, NULL, &q2);
	FUZZ_ASSERT(n1 == n2, "extraction is not deterministic");
	for (size_t i = 0; i < n1; i++)
		FUZZ_ASSERT(q1[i].start == q2[i].start && q1[i].end == q2[i].end &&
					q1[i].kind == q2[i].kind &&
					(q1[i].num.value == q2[i].num.value ||
					 (isnan(q1[i].num.value) && isnan(q2[i].num.value))),
					"extraction is not deterministic");

	/* exclusion spans: tokens whose first byte is odd */
	ex = malloc((size + 1) * sizeof(ArnewsByteSpan));
	FUZZ_ASSERT(ex != NULL, "malloc");
	arnews_tokenizer_init(&t, s, size);
	while (arnews_tokenizer_next(&t, &tok))
		if (tok.type != ARNEWS_TOK_BLANK && (data[tok.start] & 1))
		{
			ex[nex].start = tok.start;
			ex[nex].end = tok.start + tok.len;
			nex++;
		}
	memset(&opts, 0, sizeof(opts));
	opts.exclude = ex;
	opts.nexclude = nex;
	opts.tick = tick;
	opts.tick_arg = &ticks;
	n3 = arnews_quantities_extract(s, size, &opts, &q3);
	check(s, size, valid, q3, n3, ex, nex);

	free(ex);
	arnews_free(q1);
	arnews_free(q2);
	arnews_free(q3);
	return 0;
}
