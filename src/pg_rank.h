/*-------------------------------------------------------------------------
 *
 * pg_rank.h
 *		Shared declarations of the ranking glue (pg_rank.c, pg_query.c,
 *		pg_stats.c).
 *
 * IDENTIFICATION
 *	  src/pg_rank.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef ARNEWS_PG_RANK_H
#define ARNEWS_PG_RANK_H

#include "postgres.h"

#include "fmgr.h"
#include "tsearch/ts_type.h"

/* The arnews text search configuration of the extension's schema */
extern Oid	arnews_config_oid(FunctionCallInfo fcinfo);

/* Schema of the extension: the one of the SQL function being called */
extern Oid	arnews_extension_schema(FunctionCallInfo fcinfo);

/* Document length in token positions, as arnews_doclen() */
extern int32 arnews_tsvector_doclen(TSVector v);

/* Define the arnews.bm25_* settings (from _PG_init) */
extern void arnews_rank_init(void);

/*
 * Run the caller's code as the owner of the statistics tables, with the
 * restrictions of a security-restricted operation: begin returns the saved
 * context for end.  Statements run this way are fully schema-qualified.
 */
typedef struct ArnewsAsOwner
{
	Oid			saved_user;
	int			saved_context;
} ArnewsAsOwner;

extern Oid	arnews_stats_owner(Oid nsp);
extern void arnews_as_owner_begin(Oid owner, ArnewsAsOwner *save);
extern void arnews_as_owner_end(const ArnewsAsOwner *save);

#endif							/* ARNEWS_PG_RANK_H */
