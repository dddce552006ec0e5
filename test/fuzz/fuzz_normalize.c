/*-------------------------------------------------------------------------
 *
 * fuzz_normalize.c
 *		libFuzzer target for the normalizer (src/core/normalize.h).
 *
 * Invariants checked on every input:
 *	- the output is valid UTF-8 (invalid input bytes become U+FFFD);
 *	- normalization is idempotent: normalize(normalize(x)) == normalize(x);
 *	- no code point of a removed or mapped class remains: every output code
 *	  point is a fixed point of arnews_normalize_cp() and is not ignorable,
 *	  except ZWJ and tag characters right after a pictographic character
 *	  (emoji sequences), which the rules keep;
 *	- all-ASCII input comes back unchanged;
 *	- appending to a non-empty buffer keeps the prefix and appends exactly
 *	  the plain result.
 *
 * Build and run: make fuzz (or see test/fuzz/README.md).
 *
 * IDENTIFICATION
 *	  test/fuzz/fuzz_normalize.c
 *
 *-------------------------------------------------------------------------
 */
#include "chars.h"
#include "normalize.h"
#include "utf8.h"

#include "fuzz_util.h"

/* Check that no removed or mapped code point is left in s[0..len) */
static void
check_fixed_points(const char *s, size_t len)
{
	size_t		pos = 0;
	int32_t		prev = 0;

	while (pos < len)
	{
		int32_t		cp = arnews_utf8_next(s, len, &pos);
		int32_t		out[ARNEWS_NORM_MAX_EXPANSION];
		int			n;

		if (cp == 0x200D || (cp >= 0xE0020 && cp <= 0xE007F))
		{
			/* kept only inside emoji sequences */
			FUZZ_ASSERT(arnews_is_pictographic(prev), "ZWJ/tag kept outside an emoji sequence");
			prev = cp;
			continue;
		}
		FUZZ_ASSERT(!arnews_is_ignorable(cp), "ignorable code point left");
		n = arnews_normalize_cp(cp, out);
		FUZZ_ASSERT(n == 1 && out[0] == cp, "output code point is not a fixed point");
		prev = cp;
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *) data;
	ArnewsBuf	a,
				b,
				c;
	bool		ascii = true;

	arnews_buf_init(&a, 16);
	arnews_normalize(s, size, &a);
	FUZZ_ASSERT(a.data[a.len] == '\0', "buffer not NUL-terminated");
	FUZZ_ASSERT(fuzz_valid_utf8(a.data, a.len), "output is not valid UTF-8");
	check_fixed_points(a.data, a.len);

	/* idempotence */
	arnews_buf_init(&b, 16);
	arnews_normalize(a.data, a.len, &b);
	FUZZ_ASSERT(b.len == a.len && memcmp(a.data, b.data, a.len) == 0,
				"normalize is not idempotent");

	/* ASCII passes through */
	for (size_t i = 0; i < size; i++)
		if (data[i] >= 0x80)
		{
			ascii = false;
			break;
		}
	if (ascii)
		FUZZ_ASSERT(a.len == size && memcmp(a.data, s, size) == 0,
					"ASCII input changed");

	/* appending to a non-empty buffer */
	arnews_buf_init(&c, 1);
	arnews_buf_append(&c, "\xD9\x88", 2);	/* و: a hamza carrier */
	arnews_normalize(s, size, &c);
	FUZZ_ASSERT(c.len == a.len + 2 && memcmp(c.data, "\xD9\x88", 2) == 0 &&
				memcmp(c.data + 2, a.data, a.len) == 0,
				"append changed the prefix or the result");

	arnews_buf_free(&a);
	arnews_buf_free(&b);
	arnews_buf_free(&c);
	return 0;
}
