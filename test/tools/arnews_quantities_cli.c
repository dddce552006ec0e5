/*-------------------------------------------------------------------------
 *
 * arnews_quantities_cli.c
 *		Command-line front end of the quantity extractor for scripts
 *		(test/eval/eval_numex.py --via cli).
 *
 * Usage: arnews_quantities_cli [FILE...]   (stdin when no file)
 * Prints one line per quantity, tab-separated:
 *	kind  start  end  value  unit  approx  surface
 * start/end are 0-based code point offsets into the file (end exclusive),
 * value the exact decimal, unit "-" when NULL, approx "t"/"f".
 *
 * Build (from the repository root):
 *	tools/embed_data.sh /tmp/arnews_builtin_data.c data/builtin_*.txt &&
 *	cc -std=c11 -O2 -Wall -Wextra -Isrc/core -o /tmp/arnews_quantities_cli \
 *	  test/tools/arnews_quantities_cli.c src/core/quantities.c src/core/currency.c \
 *	  src/core/numbers.c \
 *	  src/core/numlex.c src/core/utf8.c src/core/chars.c src/core/normalize.c \
 *	  /tmp/arnews_builtin_data.c test/unit/alloc_std.c -licui18n -licuuc -licudata -lm
 *
 * IDENTIFICATION
 *	  test/tools/arnews_quantities_cli.c
 *
 *-------------------------------------------------------------------------
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "quantities.h"
#include "utf8.h"

/* Read a whole stream into a malloc'd buffer */
static char *
slurp(FILE *f, size_t *len)
{
	size_t		cap = 1 << 16;
	size_t		n = 0;
	char	   *buf = malloc(cap);
	size_t		r;

	while (buf && (r = fread(buf + n, 1, cap - n, f)) > 0)
	{
		n += r;
		if (n == cap)
		{
			cap *= 2;
			buf = realloc(buf, cap);
		}
	}
	*len = n;
	return buf;
}

/* Print the quantities of one text */
static void
run(const char *text, size_t len)
{
	ArnewsQuantity *qs;
	size_t		n = arnews_quantities_extract(text, len, NULL, &qs);
	size_t		cbyte = 0;
	size_t		cchar = 0;

	for (size_t i = 0; i < n; i++)
	{
		size_t		s,
					e;
		size_t		need = arnews_number_exact(text, len, &qs[i].num, NULL, 0);
		char	   *val = malloc(need + 1);

		arnews_number_exact(text, len, &qs[i].num, val, need + 1);
		cchar += arnews_utf8_count(text + cbyte, qs[i].start - cbyte);
		cbyte = qs[i].start;
		s = cchar;
		e = s + arnews_utf8_count(text + qs[i].start, qs[i].end - qs[i].start);
		printf("%s\t%zu\t%zu\t%s\t%s\t%s\t%.*s\n",
			   arnews_quantity_kind_name(qs[i].kind), s, e, val,
			   qs[i].unit ? qs[i].unit : "-", qs[i].approximate ? "t" : "f",
			   (int) (qs[i].end - qs[i].start), text + qs[i].start);
		free(val);
	}
	if (qs)
		arnews_free(qs);
}

int
main(int argc, char **argv)
{
	size_t		len;
	char	   *text;

	if (argc < 2)
	{
		text = slurp(stdin, &len);
		run(text, len);
		free(text);
		return 0;
	}
	for (int i = 1; i < argc; i++)
	{
		FILE	   *f = fopen(argv[i], "rb");

		if (!f)
		{
			perror(argv[i]);
			return 1;
		}
		text = slurp(f, &len);
		fclose(f);
		if (argc > 2)
			printf("# %s\n", argv[i]);
		run(text, len);
		free(text);
	}
	return 0;
}
