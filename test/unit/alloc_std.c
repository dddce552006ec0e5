/*-------------------------------------------------------------------------
 *
 * alloc_std.c
 *		malloc-backed allocator for running the pure engines outside the
 *		server (unit tests, fuzz targets, benchmarks).
 *
 * IDENTIFICATION
 *	  test/unit/alloc_std.c
 *
 *-------------------------------------------------------------------------
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"

/* Abort with a message: the engines never see NULL */
static void
out_of_memory(size_t size)
{
	fprintf(stderr, "arnews: out of memory allocating %zu bytes\n", size);
	abort();
}

void *
arnews_alloc(size_t size)
{
	void	   *p = malloc(size ? size : 1);

	if (p == NULL)
		out_of_memory(size);
	return p;
}

void *
arnews_alloc0(size_t size)
{
	void	   *p = calloc(1, size ? size : 1);

	if (p == NULL)
		out_of_memory(size);
	return p;
}

void *
arnews_realloc(void *ptr, size_t size)
{
	void	   *p = realloc(ptr, size ? size : 1);

	if (p == NULL)
		out_of_memory(size);
	return p;
}

void
arnews_free(void *ptr)
{
	free(ptr);
}
