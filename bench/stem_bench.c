/*-------------------------------------------------------------------------
 *
 * stem_bench.c
 *		Speed of the Arabic word analyzer (arnews_stem_word) over the words
 *		of a corpus.
 *
 * Reads UTF-8 text on stdin (e.g. the ANT corpus JSON lines), tokenizes it
 * (tokenize.h), normalizes every Arabic token once, then times
 * arnews_stem_word over all of them (light mode with variant keys, the
 * dictionary's default) and prints words/second.  Normalization is timed
 * apart.  Data files are read from -d DIR (default data).
 *
 * Build and run (from the repository root):
 *	cc -std=c11 -O2 -Isrc/core bench/stem_bench.c src/core/stem.c \
 *		src/core/lexicon.c src/core/normalize.c src/core/utf8.c \
 *		src/core/chars.c src/core/tokenize.c test/unit/alloc_std.c \
 *		-licui18n -licuuc -licudata -o /tmp/stem_bench
 *	xz -dc ../shared/bench/ant_v2.1_multisource.jsonl.xz | /tmp/stem_bench
 *
 * IDENTIFICATION
 *	  bench/stem_bench.c
 *
 *-------------------------------------------------------------------------
 */
#define _POSIX_C_SOURCE 199309L

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "normalize.h"
#include "stem.h"
#include "tokenize.h"
#include "utf8.h"

/* Seconds of a monotonic clock */
static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Read a whole stream into memory */
static char *
slurp(FILE *f, size_t *len)
{
	size_t		cap = 1 << 24;
	size_t		n = 0;
	char	   *buf = malloc(cap);

	for (;;)
	{
		size_t		got;

		if (n == cap)
		{
			cap *= 2;
			buf = realloc(buf, cap);
		}
		got = fread(buf + n, 1, cap - n, f);
		if (got == 0)
			break;
		n += got;
	}
	*len = n;
	return buf;
}

/* Load DIR/name into the analyzer */
static void
load(ArnewsStemmer *st, ArnewsStemData kind, const char *dir, const char *name)
{
	char		path[4096];
	FILE	   *f;
	size_t		n;
	char	   *buf;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	f = fopen(path, "rb");
	if (f == NULL)
	{
		fprintf(stderr, "stem_bench: cannot open %s\n", path);
		exit(2);
	}
	buf = slurp(f, &n);
	fclose(f);
	arnews_stemmer_load(st, kind, buf, n, NULL, NULL);
	free(buf);
}

int
main(int argc, char **argv)
{
	const char *dir = "data";
	ArnewsStemmer *st = arnews_stemmer_new();
	ArnewsTokenizer tz;
	ArnewsToken tok;
	ArnewsBuf	norm;
	ArnewsStemResult res;
	size_t		len;
	char	   *text;
	size_t	   *offs;
	size_t		nwords = 0;
	size_t		cap = 1 << 20;
	size_t		nstop = 0;
	size_t		nlex = 0;
	size_t		nknown = 0;
	double		t0,
				t1,
				t2;

	if (argc > 2 && strcmp(argv[1], "-d") == 0)
		dir = argv[2];
	load(st, ARNEWS_STEM_DATA_STOP, dir, "arnews.stop");
	load(st, ARNEWS_STEM_DATA_LEXICON, dir, "arnews_lexicon.txt");
	load(st, ARNEWS_STEM_DATA_NAMES, dir, "arnews_names.txt");
	text = slurp(stdin, &len);

	/* tokenize and normalize: words stored back to back, NUL-separated */
	t0 = now();
	arnews_buf_init(&norm, len / 2 + 16);
	offs = malloc(sizeof(size_t) * cap);
	arnews_tokenizer_init(&tz, text, len);
	while (arnews_tokenizer_next(&tz, &tok))
	{
		if (tok.type != ARNEWS_TOK_ARABIC)
			continue;
		if (nwords + 1 >= cap)
		{
			cap *= 2;
			offs = realloc(offs, sizeof(size_t) * cap);
		}
		offs[nwords++] = norm.len;
		arnews_normalize(text + tok.start, tok.len, &norm);
		arnews_buf_append(&norm, "", 1);
	}
	offs[nwords] = norm.len;
	t1 = now();

	for (size_t i = 0; i < nwords; i++)
	{
		size_t		wl = offs[i + 1] - offs[i] - 1;

		arnews_stem_word(st, norm.data + offs[i], wl, ARNEWS_STEM_LIGHT, true, &res);
		nstop += res.is_stop;
		nlex += res.nlexemes;
		nknown += res.known;
	}
	t2 = now();

	printf("input                 %.1f MB, %zu Arabic words\n", len / 1e6, nwords);
	printf("tokenize+normalize    %.2f s\n", t1 - t0);
	printf("arnews_stem_word      %.2f s  %.2f M words/s  (%.0f ns/word)\n",
		   t2 - t1, nwords / (t2 - t1) / 1e6, (t2 - t1) * 1e9 / nwords);
	printf("stop words %.1f%%, known (lexicon or names) %.1f%%, lexemes/word %.2f\n",
		   100.0 * nstop / nwords, 100.0 * nknown / nwords,
		   (double) nlex / (nwords - nstop));
	arnews_stemmer_free(st);
	free(offs);
	free(text);
	arnews_buf_free(&norm);
	return 0;
}
