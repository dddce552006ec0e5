/*-------------------------------------------------------------------------
 *
 * fuzz_tokenize.c
 *		libFuzzer target for the tokenizer (src/core/tokenize.h).
 *
 * Invariants checked on every input:
 *	- tokens are contiguous and non-empty and cover the input exactly
 *	  (the concatenation of the tokens is the input);
 *	- every token has a valid type with a name;
 *	- on valid UTF-8 input, every token starts and ends on a code point
 *	  boundary;
 *	- after the end, the tokenizer keeps returning false;
 *	- tokenizing is deterministic (a second pass gives the same tokens).
 *
 * Build and run: make fuzz (or see test/fuzz/README.md).
 *
 * IDENTIFICATION
 *	  test/fuzz/fuzz_tokenize.c
 *
 *-------------------------------------------------------------------------
 */
#include "tokenize.h"

#include "fuzz_util.h"

/* Tokenize s[0..len), checking invariants; returns a hash of the tokens */
static uint64_t
run(const char *s, size_t len, bool valid)
{
	ArnewsTokenizer t;
	ArnewsToken tok;
	size_t		expect = 0;
	uint64_t	h = 1469598103934665603ULL;

	arnews_tokenizer_init(&t, s, len);
	while (arnews_tokenizer_next(&t, &tok))
	{
		const char *name;

		FUZZ_ASSERT(tok.start == expect, "token does not start where the last ended");
		FUZZ_ASSERT(tok.len > 0, "empty token");
		FUZZ_ASSERT(tok.len <= len - tok.start, "token runs past the input");
		FUZZ_ASSERT(tok.type > ARNEWS_TOK_END && tok.type < ARNEWS_TOK__COUNT,
					"invalid token type");
		name = arnews_token_type_name(tok.type);
		FUZZ_ASSERT(name != NULL && name[0] != '\0', "token type without a name");
		if (valid)
		{
			FUZZ_ASSERT(fuzz_on_boundary(s, len, tok.start) &&
						fuzz_on_boundary(s, len, tok.start + tok.len),
						"token splits a code point");
		}
		expect = tok.start + tok.len;
		h = (h ^ (uint64_t) tok.type) * 1099511628211ULL;
		h = (h ^ (uint64_t) tok.len) * 1099511628211ULL;
	}
	FUZZ_ASSERT(expect == len, "tokens do not cover the input");
	FUZZ_ASSERT(!arnews_tokenizer_next(&t, &tok), "token after the end");
	return h;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *) data;
	bool		valid = fuzz_valid_utf8(s, size);
	uint64_t	h1 = run(s, size, valid);
	uint64_t	h2 = run(s, size, valid);

	FUZZ_ASSERT(h1 == h2, "tokenizer is not deterministic");
	return 0;
}
