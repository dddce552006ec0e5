/*-------------------------------------------------------------------------
 *
 * pg_alloc.c
 *		The pure engines' allocator inside the server: palloc in the
 *		current memory context (see src/core/alloc.h).
 *
 * IDENTIFICATION
 *	  src/pg_alloc.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "utils/memutils.h"

#include "alloc.h"

void *
arnews_alloc(size_t size)
{
	return palloc(size ? size : 1);
}

void *
arnews_alloc0(size_t size)
{
	return palloc0(size ? size : 1);
}

void *
arnews_realloc(void *ptr, size_t size)
{
	if (ptr == NULL)
		return palloc(size ? size : 1);
	return repalloc(ptr, size ? size : 1);
}

void
arnews_free(void *ptr)
{
	if (ptr != NULL)
		pfree(ptr);
}
