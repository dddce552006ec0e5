/*-------------------------------------------------------------------------
 *
 * arnews_stem_cli.c
 *		Command-line front end of the word analyzer (stem.h) for scripts.
 *
 * Reads one word per line on stdin, normalizes it (normalize.h) and prints
 * "word<TAB>lexeme[,lexeme...]" or "word<TAB>STOP".  With -v it prints
 * every stage instead.  Data files are read from -d DIR (default
 * ./data): arnews.stop, arnews_lexicon.txt, arnews_names.txt; -S, -L, -N
 * add further stop word, lexicon and name files.  -m light|root|none
 * selects the mode; -k turns the variant keys off.
 *
 * Build (from the repository root):
 *	cc -std=c11 -O2 -Wall -Wextra -Isrc/core test/tools/arnews_stem_cli.c \
 *		src/core/stem.c src/core/lexicon.c src/core/normalize.c src/core/utf8.c \
 *		src/core/chars.c test/unit/alloc_std.c -licui18n -licuuc -licudata \
 *		-o arnews_stem_cli
 *
 * IDENTIFICATION
 *	  test/tools/arnews_stem_cli.c
 *
 *-------------------------------------------------------------------------
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "normalize.h"
#include "stem.h"
#include "utf8.h"

/* Print a data file warning */
static void
warn_line(void *arg, int lineno, const char *message)
{
	fprintf(stderr, "%s:%d: %s\n", (const char *) arg, lineno, message);
}

/* Load one data file; exit on a missing file */
static void
load_file(ArnewsStemmer *st, ArnewsStemData kind, const char *path)
{
	FILE	   *f = fopen(path, "rb");
	char	   *buf;
	long		n;

	if (f == NULL)
	{
		fprintf(stderr, "arnews_stem_cli: cannot open %s\n", path);
		exit(2);
	}
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	buf = malloc(n + 1);
	if (buf == NULL || fread(buf, 1, n, f) != (size_t) n)
	{
		fprintf(stderr, "arnews_stem_cli: cannot read %s\n", path);
		exit(2);
	}
	fclose(f);
	arnews_stemmer_load(st, kind, buf, n, warn_line, (void *) path);
	free(buf);
}

/* Load DIR/name */
static void
load_dir_file(ArnewsStemmer *st, ArnewsStemData kind, const char *dir,
			  const char *name)
{
	char		path[4096];

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	load_file(st, kind, path);
}

int
main(int argc, char **argv)
{
	const char *dir = "data";
	ArnewsStemMode mode = ARNEWS_STEM_LIGHT;
	bool		verbose = false;
	bool		variants = true;
	ArnewsStemmer *st = arnews_stemmer_new();
	ArnewsBuf	norm;
	char		line[4096];
	int			i;

	for (i = 1; i < argc; i++)
		if (strcmp(argv[i], "-d") == 0 && i + 1 < argc)
			dir = argv[++i];
	load_dir_file(st, ARNEWS_STEM_DATA_STOP, dir, "arnews.stop");
	load_dir_file(st, ARNEWS_STEM_DATA_LEXICON, dir, "arnews_lexicon.txt");
	load_dir_file(st, ARNEWS_STEM_DATA_NAMES, dir, "arnews_names.txt");
	for (i = 1; i < argc; i++)
	{
		if (strcmp(argv[i], "-d") == 0 && i + 1 < argc)
			i++;
		else if (strcmp(argv[i], "-v") == 0)
			verbose = true;
		else if (strcmp(argv[i], "-k") == 0)
			variants = false;
		else if (strcmp(argv[i], "-m") == 0 && i + 1 < argc)
		{
			i++;
			if (strcmp(argv[i], "root") == 0)
				mode = ARNEWS_STEM_ROOT;
			else if (strcmp(argv[i], "none") == 0)
				mode = ARNEWS_STEM_NONE;
			else
				mode = ARNEWS_STEM_LIGHT;
		}
		else if (argv[i][0] == '-' && strchr("SLN", argv[i][1]) && i + 1 < argc)
		{
			ArnewsStemData kind = argv[i][1] == 'S' ? ARNEWS_STEM_DATA_STOP :
				argv[i][1] == 'L' ? ARNEWS_STEM_DATA_LEXICON : ARNEWS_STEM_DATA_NAMES;

			load_file(st, kind, argv[++i]);
		}
		else
		{
			fprintf(stderr, "usage: arnews_stem_cli [-d DIR] [-S|-L|-N FILE] "
					"[-m light|root|none] [-k] [-v] < words\n");
			return 2;
		}
	}

	arnews_buf_init(&norm, 256);
	while (fgets(line, sizeof(line), stdin))
	{
		size_t		n = strcspn(line, "\r\n");
		ArnewsStemResult res;

		line[n] = '\0';
		arnews_buf_reset(&norm);
		arnews_normalize(line, n, &norm);
		arnews_stem_word(st, norm.data, norm.len, mode, variants, &res);
		if (verbose)
		{
			printf("%s\tnormalized=%s proclitics=%s enclitic=%s stripped=%s "
				   "stem=%s variant=%s known=%d stop=%d lexemes=",
				   line, norm.data, res.proclitics, res.enclitic, res.stripped,
				   res.stem, res.variant, res.known, res.is_stop);
			for (i = 0; i < res.nlexemes; i++)
				printf("%s%s/%d", i ? "," : "", res.lexemes[i], res.nvariant[i]);
			putchar('\n');
		}
		else if (res.is_stop)
			printf("%s\tSTOP\n", line);
		else
		{
			printf("%s\t", line);
			for (i = 0; i < res.nlexemes; i++)
				printf("%s%s", i ? "," : "", res.lexemes[i]);
			putchar('\n');
		}
	}
	arnews_buf_free(&norm);
	arnews_stemmer_free(st);
	return 0;
}
