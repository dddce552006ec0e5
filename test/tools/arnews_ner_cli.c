/*-------------------------------------------------------------------------
 *
 * arnews_ner_cli.c
 *		Command-line front end of the named-entity recognizer for scripts:
 *		reads a text (file argument or stdin) and prints one entity per line
 *		kind<TAB>start<TAB>length<TAB>surface<TAB>canonical, start and
 *		length in code points, start 0-based.
 *
 * Build (from the repository root):
 *	cc -std=c11 -O2 -Wall -Wextra -Isrc/core -o /tmp/arnews_ner_cli \
 *		test/tools/arnews_ner_cli.c src/core/ner.c src/core/ner_feat.c \
 *		src/core/ner_gaz.c src/core/ner_model.c src/core/ner_clus.c src/core/tokenize.c \
 *		src/core/normalize.c src/core/utf8.c src/core/chars.c \
 *		test/unit/alloc_std.c -licui18n -licuuc -licudata -lm
 *
 * Use: arnews_ner_cli [-d datadir] [-n] [file ...]
 *		-d  directory of arnews_ner_model.txt, arnews_ner_clusters.txt and
 *			arnews_gazetteer.txt, arnews_ner_lists.txt
 *			(default: ./data); -n  skip the model (gazetteer and rules only).
 *		With several files, each file's entities follow a line "# file".
 *
 * IDENTIFICATION
 *	  test/tools/arnews_ner_cli.c
 *
 *-------------------------------------------------------------------------
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ner.h"
#include "utf8.h"

/* Read a whole stream */
static char *
slurp(FILE *f, size_t *len)
{
	size_t		cap = 1 << 16,
				n = 0;
	char	   *buf = malloc(cap);
	size_t		r;

	while ((r = fread(buf + n, 1, cap - n, f)) > 0)
	{
		n += r;
		if (n == cap)
			buf = realloc(buf, cap *= 2);
	}
	*len = n;
	return buf;
}

/* Print a load warning */
static void
warn(void *arg, int lineno, const char *msg)
{
	fprintf(stderr, "%s:%d: %s\n", (const char *) arg, lineno, msg);
}

/* Load one data file if it exists */
static void
load(ArnewsNer *ner, ArnewsNerData kind, const char *dir, const char *name)
{
	char		path[4096];
	FILE	   *f;
	size_t		len;
	char	   *buf;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	f = fopen(path, "rb");
	if (!f)
	{
		fprintf(stderr, "cannot open %s\n", path);
		exit(2);
	}
	buf = slurp(f, &len);
	fclose(f);
	arnews_ner_load(ner, kind, buf, len, warn, path);
	free(buf);
}

/* Print the entities of one text */
static void
run(const ArnewsNer *ner, const char *text, size_t len)
{
	ArnewsEntityList out;

	arnews_entity_list_init(&out);
	arnews_ner_extract(ner, text, len, NULL, NULL, &out);
	for (int i = 0; i < out.n; i++)
	{
		const ArnewsEntity *e = &out.items[i];

		printf("%s\t%zu\t%zu\t%.*s\t%s\n", arnews_ner_kind_name(e->kind),
			   arnews_utf8_count(text, e->start), arnews_utf8_count(text + e->start, e->end - e->start),
			   (int) (e->end - e->start), text + e->start, e->canonical);
	}
	arnews_entity_list_free(&out);
}

/* Entry point */
int
main(int argc, char **argv)
{
	const char *dir = "data";
	bool		nomodel = false;
	int			nfiles = 0;
	ArnewsNer  *ner = arnews_ner_new();

	for (int i = 1; i < argc; i++)
	{
		if (strcmp(argv[i], "-d") == 0 && i + 1 < argc)
			dir = argv[++i];
		else if (strcmp(argv[i], "-n") == 0)
			nomodel = true;
		else
			nfiles++;
	}
	if (!nomodel)
		load(ner, ARNEWS_NER_DATA_MODEL, dir, "arnews_ner_model.txt");
	load(ner, ARNEWS_NER_DATA_GAZETTEER, dir, "arnews_gazetteer.txt");
	load(ner, ARNEWS_NER_DATA_CLUSTERS, dir, "arnews_ner_clusters.txt");
	load(ner, ARNEWS_NER_DATA_LISTS, dir, "arnews_ner_lists.txt");
	if (nfiles == 0)
	{
		size_t		len;
		char	   *text = slurp(stdin, &len);

		run(ner, text, len);
		free(text);
	}
	for (int i = 1; i < argc; i++)
	{
		FILE	   *f;
		size_t		len;
		char	   *text;

		if (strcmp(argv[i], "-d") == 0)
		{
			i++;
			continue;
		}
		if (strcmp(argv[i], "-n") == 0)
			continue;
		f = fopen(argv[i], "rb");
		if (!f)
		{
			perror(argv[i]);
			return 2;
		}
		text = slurp(f, &len);
		fclose(f);
		if (nfiles > 1)
			printf("# %s\n", argv[i]);
		run(ner, text, len);
		free(text);
	}
	arnews_ner_free(ner);
	return 0;
}
