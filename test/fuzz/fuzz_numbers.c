/*-------------------------------------------------------------------------
 *
 * fuzz_numbers.c
 *		libFuzzer target for the number engine (src/core/numbers.h).
 *
 * The first input byte picks the ARNEWS_NUMO_* options; the rest is the
 * text.  arnews_number_at() is called at the start of every token (its
 * contract), and arnews_number_exact() on every number read.
 *
 * Invariants checked on every number:
 *	- pos <= start < end <= len, and start/end are code point boundaries
 *	  when the text is valid UTF-8;
 *	- the approximator end lies in [start, end];
 *	- the digit run, when there is one, lies inside [start, end];
 *	- the value is finite, or the overflow flag is set;
 *	- arnews_number_exact() reports the same length whatever the buffer
 *	  size, NUL-terminates, writes only digits, '.', '-', 'e', '+', and
 *	  (for values a double holds exactly enough) agrees with the value.
 *
 * Build and run: make fuzz (or see test/fuzz/README.md).
 *
 * IDENTIFICATION
 *	  test/fuzz/fuzz_numbers.c
 *
 *-------------------------------------------------------------------------
 */
#include <math.h>

#include "numbers.h"
#include "tokenize.h"

#include "fuzz_util.h"

/* Check the exact decimal form of a number */
static void
check_exact(const char *s, size_t len, const ArnewsNumber *num)
{
	char		small[4];
	size_t		need = arnews_number_exact(s, len, num, NULL, 0);
	size_t		need2 = arnews_number_exact(s, len, num, small, sizeof(small));
	char	   *full;

	FUZZ_ASSERT(need == need2, "exact length depends on the buffer");
	FUZZ_ASSERT(strlen(small) == (need < sizeof(small) ? need : sizeof(small) - 1),
				"exact output not truncated with a NUL");
	full = malloc(need + 1);
	FUZZ_ASSERT(full != NULL, "malloc");
	FUZZ_ASSERT(arnews_number_exact(s, len, num, full, need + 1) == need,
				"exact length changed");
	FUZZ_ASSERT(strlen(full) == need, "exact output length");
	FUZZ_ASSERT(need > 0, "empty exact output");
	for (size_t i = 0; i < need; i++)
		FUZZ_ASSERT((full[i] >= '0' && full[i] <= '9') || full[i] == '.' ||
					full[i] == '-' || full[i] == 'e' || full[i] == '+',
					"non-numeric character in exact output");
	if (!(num->flags & (ARNEWS_NUMF_OVERFLOW | ARNEWS_NUMF_INEXACT)) &&
		isfinite(num->value) && fabs(num->value) < 1e15)
	{
		double		v = strtod(full, NULL);

		FUZZ_ASSERT(fabs(v - num->value) <= 1e-6 * (fabs(num->value) + 1.0),
					"exact output disagrees with the value");
	}
	free(full);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	int			options;
	const char *s;
	size_t		len;
	bool		valid;
	ArnewsTokenizer t;
	ArnewsToken tok;

	if (size < 1)
		return 0;
	options = data[0] & 0x0F;
	s = (const char *) data + 1;
	len = size - 1;
	valid = fuzz_valid_utf8(s, len);

	arnews_tokenizer_init(&t, s, len);
	while (arnews_tokenizer_next(&t, &tok))
	{
		ArnewsNumber num;

		memset(&num, 0, sizeof(num));
		if (!arnews_number_at(s, len, tok.start, options, &num))
			continue;
		FUZZ_ASSERT(num.start >= tok.start, "number starts before pos");
		FUZZ_ASSERT(num.start < num.end, "empty number span");
		FUZZ_ASSERT(num.end <= len, "number span past the input");
		if (valid)
			FUZZ_ASSERT(fuzz_on_boundary(s, len, num.start) &&
						fuzz_on_boundary(s, len, num.end),
						"number span splits a code point");
		FUZZ_ASSERT(num.approx_end >= num.start && num.approx_end <= num.end,
					"approximator outside the span");
		if (num.flags & ARNEWS_NUMF_APPROX)
			FUZZ_ASSERT(num.approx_word != NULL, "approximate without a word");
		/*
		 * The digit run is filled for EXACT_DIGITS numbers; a number mixing
		 * words and digits (ألفين و12) has DIGITS set but no single run.
		 */
		if ((num.flags & ARNEWS_NUMF_EXACT_DIGITS) || num.digits_end > 0)
			FUZZ_ASSERT(num.digits_start <= num.digits_end &&
						num.digits_start >= num.start && num.digits_end <= num.end,
						"digit run outside the span");
		FUZZ_ASSERT(isfinite(num.value) || (num.flags & ARNEWS_NUMF_OVERFLOW),
					"value not finite and no overflow flag");
		FUZZ_ASSERT(num.approx_dir >= -1 && num.approx_dir <= 1, "approx_dir");
		check_exact(s, len, &num);
	}
	return 0;
}
