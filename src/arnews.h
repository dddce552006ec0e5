/*-------------------------------------------------------------------------
 *
 * arnews.h
 *		Shared declarations of the arnews PostgreSQL glue.
 *
 * IDENTIFICATION
 *	  src/arnews.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef ARNEWS_H
#define ARNEWS_H

#include "postgres.h"

#include "access/tupdesc.h"
#include "fmgr.h"
#include "utils/memutils.h"
#if PG_VERSION_NUM >= 160000
/* VARDATA_ANY and friends: postgres.h no longer brings them in PostgreSQL 18 */
#include "varatt.h"
#endif

#define ARNEWS_VERSION "0.2.0"

/* Largest input the extractors accept, in bytes (text values are < 1 GB) */
#define ARNEWS_MAX_INPUT ((Size) MaxAllocSize)

/* Raise the documented error unless the database encoding is UTF8 */
extern void arnews_check_encoding(void);

/* Read a data file from $sharedir/tsearch_data into palloc'd memory */
extern char *arnews_read_data_file(const char *basename, const char *suffix,
								   Size *len, char **path_out);

/* WARNING for a malformed line of a data file (ArnewsWarnFn signature) */
extern void arnews_warn_data_line(void *path, int lineno, const char *message);

/*
 * Is the token at tok the only word of the input arnews_parser is parsing
 * (true as well for tokens of another parser)?  See pg_parser.c.
 */
extern bool arnews_parse_one_word(const char *tok);

/* Convert a byte offset in buf to a 1-based character position */
extern int	arnews_char_position(const char *buf, Size byte_offset,
								 Size *cache_byte, int *cache_char);

/*
 * Start a materialized set-returning function: checks the caller accepts a
 * tuplestore and returns it (allocated in per-query memory) with the
 * result's tuple descriptor.
 */
struct Tuplestorestate;
extern struct Tuplestorestate *arnews_srf_begin(FunctionCallInfo fcinfo,
												 TupleDesc *desc);

#endif							/* ARNEWS_H */
