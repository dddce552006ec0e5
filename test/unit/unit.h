/*-------------------------------------------------------------------------
 *
 * unit.h
 *		A minimal test harness for the pure arnews engines.
 *
 * Each test/unit/test_<name>.c is its own program: it calls the CHECK
 * macros and returns unit_report("<name>") from main, which prints
 * "<name>: N passed, N failed" and exits non-zero on any failure.
 *
 * IDENTIFICATION
 *	  test/unit/unit.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef ARNEWS_UNIT_H
#define ARNEWS_UNIT_H

#include <stdio.h>
#include <string.h>

static int	unit_passed = 0;
static int	unit_failed = 0;

#define CHECK(cond) \
	do { \
		if (cond) \
			unit_passed++; \
		else \
		{ \
			unit_failed++; \
			fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); \
		} \
	} while (0)

#define CHECK_STR(got, want) \
	do { \
		const char *g_ = (got); \
		const char *w_ = (want); \
		if (g_ != NULL && w_ != NULL && strcmp(g_, w_) == 0) \
			unit_passed++; \
		else \
		{ \
			unit_failed++; \
			fprintf(stderr, "%s:%d: got \"%s\", want \"%s\" (%s)\n", __FILE__, __LINE__, \
					g_ ? g_ : "(null)", w_ ? w_ : "(null)", #got); \
		} \
	} while (0)

#define CHECK_INT(got, want) \
	do { \
		long long g_ = (long long) (got); \
		long long w_ = (long long) (want); \
		if (g_ == w_) \
			unit_passed++; \
		else \
		{ \
			unit_failed++; \
			fprintf(stderr, "%s:%d: got %lld, want %lld (%s)\n", __FILE__, __LINE__, \
					g_, w_, #got); \
		} \
	} while (0)

static inline int
unit_report(const char *name)
{
	printf("%s: %d passed, %d failed\n", name, unit_passed, unit_failed);
	return unit_failed == 0 ? 0 : 1;
}

#endif							/* ARNEWS_UNIT_H */
