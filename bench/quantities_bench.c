/*-------------------------------------------------------------------------
 *
 * quantities_bench.c
 *		Throughput of the quantity extractor (MB/s) over a JSON-lines
 *		corpus read from stdin, using each line's "text" field (the ANT
 *		corpus: xz -dc ../shared/bench/ant_v2.1_multisource.jsonl.xz).
 *
 * Build and run (from the repository root):
 *	tools/embed_data.sh /tmp/arnews_builtin_data.c data/builtin_*.txt &&
 *	cc -std=c11 -O2 -Isrc/core -o /tmp/quantities_bench bench/quantities_bench.c \
 *	  src/core/quantities.c src/core/numbers.c src/core/numlex.c src/core/utf8.c \
 *	  src/core/chars.c src/core/normalize.c /tmp/arnews_builtin_data.c \
 *	  test/unit/alloc_std.c -licui18n -licuuc -licudata -lm &&
 *	xz -dc ../shared/bench/ant_v2.1_multisource.jsonl.xz | /tmp/quantities_bench
 *
 * IDENTIFICATION
 *	  bench/quantities_bench.c
 *
 *-------------------------------------------------------------------------
 */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "alloc.h"
#include "quantities.h"
#include "utf8.h"

/* Value of one hex digit, or -1 */
static int
hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* Decode the JSON string value of "text" in line into out; false if none */
static int
json_text(const char *line, char **out, size_t *outlen, size_t *cap)
{
	const char *p = strstr(line, "\"text\":");
	size_t		n = 0;

	if (!p)
		return 0;
	p += 7;
	while (*p == ' ')
		p++;
	if (*p != '"')
		return 0;
	p++;
	while (*p && *p != '"')
	{
		int32_t		cp;

		if (n + 8 > *cap)
		{
			*cap = *cap * 2 + 64;
			*out = realloc(*out, *cap);
		}
		if (*p != '\\')
		{
			(*out)[n++] = *p++;
			continue;
		}
		p++;
		switch (*p)
		{
			case 'n':
				cp = '\n';
				break;
			case 't':
				cp = '\t';
				break;
			case 'r':
				cp = '\r';
				break;
			case 'b':
				cp = '\b';
				break;
			case 'f':
				cp = '\f';
				break;
			case 'u':
				cp = 0;
				for (int i = 1; i <= 4 && hexval(p[i]) >= 0; i++)
					cp = cp * 16 + hexval(p[i]);
				p += 4;
				if (cp >= 0xD800 && cp <= 0xDBFF && p[1] == '\\' && p[2] == 'u')
				{
					int32_t		lo = 0;

					for (int i = 3; i <= 6 && hexval(p[i]) >= 0; i++)
						lo = lo * 16 + hexval(p[i]);
					cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
					p += 6;
				}
				break;
			default:
				cp = (unsigned char) *p;
		}
		if (*p)
			p++;
		n += arnews_utf8_encode(cp, *out + n);
	}
	*outlen = n;
	return 1;
}

int
main(void)
{
	char	   *line = NULL;
	size_t		linecap = 0;
	char	   *text = NULL;
	size_t		textcap = 0;
	size_t		tlen;
	double		secs = 0;
	size_t		bytes = 0;
	size_t		docs = 0;
	size_t		found[5] = {0};

	while (getline(&line, &linecap, stdin) > 0)
	{
		struct timespec t0,
					t1;
		ArnewsQuantity *qs;
		size_t		n;

		if (!json_text(line, &text, &tlen, &textcap))
			continue;
		clock_gettime(CLOCK_MONOTONIC, &t0);
		n = arnews_quantities_extract(text, tlen, NULL, &qs);
		clock_gettime(CLOCK_MONOTONIC, &t1);
		secs += (t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9;
		for (size_t i = 0; i < n; i++)
			found[qs[i].kind]++;
		if (qs)
			arnews_free(qs);
		bytes += tlen;
		docs++;
	}
	printf("quantities_bench: %zu docs, %.1f MB, %.3f s extraction, %.1f MB/s\n",
		   docs, bytes / 1e6, secs, secs > 0 ? bytes / 1e6 / secs : 0);
	printf("found: number %zu, ordinal %zu, money %zu, percent %zu, quantity %zu\n",
		   found[0], found[1], found[2], found[3], found[4]);
	free(line);
	free(text);
	return 0;
}
