/*-------------------------------------------------------------------------
 *
 * fuzz_util.h
 *		Helpers shared by the arnews libFuzzer targets: strict UTF-8
 *		validation, invariant failure, data-file loading.
 *
 * Each target is built by "make fuzz" with clang
 * -fsanitize=fuzzer,address,undefined, linking every core source and
 * test/unit/alloc_std.c.  An invariant violation calls fuzz_fail(), which
 * prints the reason and aborts, so libFuzzer saves the input as a crash.
 *
 * IDENTIFICATION
 *	  test/fuzz/fuzz_util.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef ARNEWS_FUZZ_UTIL_H
#define ARNEWS_FUZZ_UTIL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "utf8_check.h"

#ifndef ARNEWS_DATA_DIR
#define ARNEWS_DATA_DIR "data"
#endif

/* Report a broken invariant and abort (libFuzzer records the input) */
#define FUZZ_ASSERT(cond, what) \
	do { \
		if (!(cond)) \
			fuzz_fail(__FILE__, __LINE__, #cond, (what)); \
	} while (0)

/* Print where and why an invariant failed, then abort */
static inline void
fuzz_fail(const char *file, int line, const char *cond, const char *what)
{
	fprintf(stderr, "%s:%d: invariant failed: %s (%s)\n", file, line, cond, what);
	abort();
}

/* Strict UTF-8 check (shared with the unit tests) */
#define fuzz_valid_utf8 test_valid_utf8

/* True if byte offset off of s[0..len) is the start of a code point */
static inline bool
fuzz_on_boundary(const char *s, size_t len, size_t off)
{
	if (off == 0 || off >= len)
		return off <= len;
	return (((const unsigned char *) s)[off] & 0xC0) != 0x80;
}

/*
 * Read ARNEWS_DATA_DIR/name (the environment variable ARNEWS_DATA_DIR
 * overrides the compiled-in directory) into a malloc'd buffer; exits when
 * the file is missing, since a target without its data tests nothing.
 */
static inline char *
fuzz_read_data(const char *name, size_t *lenp)
{
	const char *dir = getenv("ARNEWS_DATA_DIR");
	char		path[4096];
	FILE	   *f;
	char	   *buf;
	long		n;

	if (dir == NULL || dir[0] == '\0')
		dir = ARNEWS_DATA_DIR;
	snprintf(path, sizeof(path), "%s/%s", dir, name);
	f = fopen(path, "rb");
	if (f == NULL)
	{
		fprintf(stderr, "fuzz: cannot open %s\n", path);
		exit(2);
	}
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	buf = malloc((size_t) n + 1);
	if (buf == NULL || n < 0 || fread(buf, 1, (size_t) n, f) != (size_t) n)
	{
		fprintf(stderr, "fuzz: cannot read %s\n", path);
		exit(2);
	}
	fclose(f);
	buf[n] = '\0';
	*lenp = (size_t) n;
	return buf;
}

#endif							/* ARNEWS_FUZZ_UTIL_H */
