/*-------------------------------------------------------------------------
 *
 * alloc.h
 *		Allocation interface of the pure arnews engines.
 *
 * The engines under src/core include no server headers.  They allocate
 * through these four functions, which are defined twice: by src/pg_alloc.c
 * (palloc in the current memory context, used inside the server) and by
 * test/unit/alloc_std.c (malloc, used by unit tests, fuzz targets and
 * benchmarks).  Neither implementation returns NULL: palloc raises an
 * ERROR and the standard one aborts on exhaustion.
 *
 * IDENTIFICATION
 *	  src/core/alloc.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef ARNEWS_ALLOC_H
#define ARNEWS_ALLOC_H

#include <stddef.h>

extern void *arnews_alloc(size_t size);
extern void *arnews_alloc0(size_t size);
extern void *arnews_realloc(void *ptr, size_t size);
extern void arnews_free(void *ptr);

#endif							/* ARNEWS_ALLOC_H */
