/*-------------------------------------------------------------------------
 *
 * ner_bench.c
 *		Benchmark of the named-entity recognizer: memory after loading the
 *		model and gazetteer, and MB/s of extraction over the "text" fields
 *		of the ANT corpus (JSON lines, xz-compressed).
 *
 * Build (from the repository root):
 *	cc -std=c11 -O2 -Isrc/core -o /tmp/ner_bench bench/ner_bench.c \
 *		src/core/ner.c src/core/ner_feat.c src/core/ner_gaz.c src/core/ner_model.c src/core/ner_clus.c \
 *		src/core/tokenize.c src/core/normalize.c src/core/utf8.c src/core/chars.c \
 *		test/unit/alloc_std.c -licui18n -licuuc -licudata -lm
 * Run:
 *	/tmp/ner_bench [-d data] [-n maxdocs] [../shared/bench/ant_v2.1_multisource.jsonl.xz]
 *
 * IDENTIFICATION
 *	  bench/ner_bench.c
 *
 *-------------------------------------------------------------------------
 */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "ner.h"
#include "utf8.h"

/* Resident set size in kB from /proc */
static long
rss_kb(void)
{
	FILE	   *f = fopen("/proc/self/status", "r");
	char		line[256];
	long		kb = -1;

	if (!f)
		return -1;
	while (fgets(line, sizeof(line), f))
		if (strncmp(line, "VmRSS:", 6) == 0)
			kb = atol(line + 6);
	fclose(f);
	return kb;
}

/* Load a whole file into the recognizer */
static void
load(ArnewsNer *ner, ArnewsNerData kind, const char *dir, const char *name)
{
	char		path[4096];
	FILE	   *f;
	char	   *buf;
	long		n;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	f = fopen(path, "rb");
	if (!f)
	{
		perror(path);
		exit(2);
	}
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	buf = malloc((size_t) n);
	if (fread(buf, 1, (size_t) n, f) != (size_t) n)
		exit(2);
	fclose(f);
	arnews_ner_load(ner, kind, buf, (size_t) n, NULL, NULL);
	free(buf);
}

/* Decode the JSON string value of key "text" in line into out; false if none */
static bool
json_text(const char *line, ArnewsBuf *out)
{
	const char *p = strstr(line, "\"text\"");

	arnews_buf_reset(out);
	if (!p)
		return false;
	p += 6;
	while (*p == ' ' || *p == ':')
		p++;
	if (*p != '"')
		return false;
	p++;
	while (*p && *p != '"')
	{
		if (*p == '\\' && p[1])
		{
			p++;
			switch (*p)
			{
				case 'n':
					arnews_buf_append(out, "\n", 1);
					break;
				case 't':
					arnews_buf_append(out, "\t", 1);
					break;
				case 'r':
				case 'b':
				case 'f':
					break;
				case 'u':
					{
						unsigned	cp = (unsigned) strtoul((char[5]) {p[1], p[2], p[3], p[4], 0}, NULL, 16);

						p += 4;
						if (cp >= 0xD800 && cp < 0xDC00 && p[1] == '\\' && p[2] == 'u')
						{
							unsigned	lo = (unsigned) strtoul((char[5]) {p[3], p[4], p[5], p[6], 0}, NULL, 16);

							cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
							p += 6;
						}
						arnews_buf_append_cp(out, (int32_t) cp);
					}
					break;
				default:
					arnews_buf_append(out, p, 1);
			}
			p++;
		}
		else
			arnews_buf_append(out, p++, 1);
	}
	return true;
}

/* Entry point */
int
main(int argc, char **argv)
{
	const char *dir = "data";
	const char *corpus = "../shared/bench/ant_v2.1_multisource.jsonl.xz";
	long		maxdocs = -1;
	long		rss0,
				rss1,
				ndocs = 0,
				nents = 0;
	double		bytes = 0,
				secs = 0;
	ArnewsNer  *ner;
	FILE	   *in;
	char		cmd[4200];
	char	   *line = NULL;
	size_t		cap = 0;
	ArnewsBuf	text;
	ArnewsEntityList out;

	for (int i = 1; i < argc; i++)
	{
		if (strcmp(argv[i], "-d") == 0 && i + 1 < argc)
			dir = argv[++i];
		else if (strcmp(argv[i], "-n") == 0 && i + 1 < argc)
			maxdocs = atol(argv[++i]);
		else
			corpus = argv[i];
	}
	rss0 = rss_kb();
	ner = arnews_ner_new();
	load(ner, ARNEWS_NER_DATA_MODEL, dir, "arnews_ner_model.txt");
	load(ner, ARNEWS_NER_DATA_GAZETTEER, dir, "arnews_gazetteer.txt");
	load(ner, ARNEWS_NER_DATA_CLUSTERS, dir, "arnews_ner_clusters.txt");
	load(ner, ARNEWS_NER_DATA_LISTS, dir, "arnews_ner_lists.txt");
	rss1 = rss_kb();
	printf("memory after loading: %.1f MB (process RSS %.1f MB)\n",
		   (rss1 - rss0) / 1024.0, rss1 / 1024.0);
	snprintf(cmd, sizeof(cmd), "xz -dc '%s'", corpus);
	in = popen(cmd, "r");
	if (!in)
	{
		perror(cmd);
		return 2;
	}
	arnews_buf_init(&text, 1 << 16);
	arnews_entity_list_init(&out);
	while (getline(&line, &cap, in) > 0 && (maxdocs < 0 || ndocs < maxdocs))
	{
		struct timespec a,
					b;

		if (!json_text(line, &text))
			continue;
		clock_gettime(CLOCK_MONOTONIC, &a);
		arnews_entity_list_reset(&out);
		arnews_ner_extract(ner, text.data, text.len, NULL, NULL, &out);
		clock_gettime(CLOCK_MONOTONIC, &b);
		secs += (b.tv_sec - a.tv_sec) + (b.tv_nsec - a.tv_nsec) / 1e9;
		bytes += (double) text.len;
		nents += out.n;
		ndocs++;
	}
	pclose(in);
	if (ndocs == 0)
	{
		printf("SKIP: no documents read from %s\n", corpus);
		return 0;
	}
	printf("documents %ld, text %.1f MB, entities %ld, time %.2f s, %.2f MB/s (one core)\n",
		   ndocs, bytes / 1e6, nents, secs, bytes / 1e6 / secs);
	arnews_entity_list_free(&out);
	arnews_ner_free(ner);
	free(line);
	return 0;
}
