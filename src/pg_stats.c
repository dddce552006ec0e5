/*-------------------------------------------------------------------------
 *
 * pg_stats.c
 *		Corpus statistics for arnews_rank(): arnews_doclen(tsvector) and
 *		arnews_stats_refresh(regclass, name).
 *
 * The statistics of one tsvector column are a row of arnews_stats (number
 * of documents, average length in token positions) and its lexemes'
 * document frequencies in arnews_stats_df.  They are computed by plain SQL
 * aggregation run as the caller (so the caller's privileges and row level
 * security apply, and Citus can distribute the query over shards, summing
 * counts per shard), and written as the owner of the statistics tables,
 * which nobody else may write.  Statements run as the owner name every
 * object with its schema, so the caller's search_path cannot divert them.
 *
 * IDENTIFICATION
 *	  src/pg_stats.c
 *
 *-------------------------------------------------------------------------
 */
#include "arnews.h"

#include "access/htup_details.h"
#include "catalog/pg_class.h"
#include "catalog/pg_namespace.h"
#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "miscadmin.h"
#include "tsearch/ts_type.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/syscache.h"

#include "bm25.h"
#include "pg_rank.h"

/* Rows of lexeme frequencies moved per batch */
#define ARNEWS_STATS_BATCH 10000

/* The extension's schema: the one of the function being called */
Oid
arnews_extension_schema(FunctionCallInfo fcinfo)
{
	Oid			nsp = get_func_namespace(fcinfo->flinfo->fn_oid);

	if (!OidIsValid(nsp))
		elog(ERROR, "cache lookup failed for function %u", fcinfo->flinfo->fn_oid);
	return nsp;
}

Oid
arnews_stats_owner(Oid nsp)
{
	Oid			rel = get_relname_relid("arnews_stats", nsp);
	HeapTuple	tup;
	Oid			owner;

	if (!OidIsValid(rel))
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_TABLE),
				 errmsg("table arnews_stats of extension arnews is missing")));
	tup = SearchSysCache1(RELOID, ObjectIdGetDatum(rel));
	if (!HeapTupleIsValid(tup))
		elog(ERROR, "cache lookup failed for relation %u", rel);
	owner = ((Form_pg_class) GETSTRUCT(tup))->relowner;
	ReleaseSysCache(tup);
	return owner;
}

void
arnews_as_owner_begin(Oid owner, ArnewsAsOwner *save)
{
	GetUserIdAndSecContext(&save->saved_user, &save->saved_context);
	SetUserIdAndSecContext(owner, save->saved_context | SECURITY_LOCAL_USERID_CHANGE |
						   SECURITY_RESTRICTED_OPERATION);
}

void
arnews_as_owner_end(const ArnewsAsOwner *save)
{
	SetUserIdAndSecContext(save->saved_user, save->saved_context);
}

/* Length of a document in token positions (lexemes without positions count 1) */
static int32
tsvector_doclen(TSVector v)
{
	WordEntry  *e = ARRPTR(v);
	ArnewsPosSet *set = palloc(sizeof(ArnewsPosSet));
	int32		extra = 0;
	int32		len;

	arnews_posset_clear(set);
	for (int i = 0; i < v->size; i++)
	{
		int			np = POSDATALEN(v, &e[i]);
		WordEntryPos *p = POSDATAPTR(v, &e[i]);

		if (np == 0)
			extra++;
		for (int j = 0; j < np; j++)
			arnews_posset_add(set, WEP_GETPOS(p[j]));
	}
	len = set->count + extra;
	pfree(set);
	return len;
}

PG_FUNCTION_INFO_V1(arnews_doclen);
Datum
arnews_doclen(PG_FUNCTION_ARGS)
{
	TSVector	v = PG_GETARG_TSVECTOR(0);

	PG_RETURN_INT32(tsvector_doclen(v));
}

int32
arnews_tsvector_doclen(TSVector v)
{
	return tsvector_doclen(v);
}

static void
spi_check(int rc, int want, const char *what)
{
	if (rc != want)
		elog(ERROR, "arnews_stats_refresh: %s failed: %s", what, SPI_result_code_string(rc));
}

/*
 * On a Citus coordinator, the shards of a distributed or reference table
 * are ranked on the workers, and arnews_rank reads the statistics of the
 * node it runs on: refresh the workers' copies too.  Each worker runs this
 * same function as the caller; its aggregation reaches every shard (Citus
 * runs distributed queries from workers too), so every node holds the
 * statistics of the whole table.  Without Citus, on a worker, or for a table
 * Citus does not know, nothing happens.  Citus is reached through SQL only.
 */
static void
refresh_citus_workers(Oid relid, const char *qnsp, const char *tab, Name col)
{
	StringInfoData sql;
	Oid			argtypes[2] = {OIDOID, TEXTOID};
	Datum		args[2];
	bool		isnull;
	Datum		failed;

	if (!OidIsValid(get_relname_relid("pg_dist_partition", PG_CATALOG_NAMESPACE)) ||
		!OidIsValid(get_relname_relid("pg_dist_node", PG_CATALOG_NAMESPACE)))
		return;
	initStringInfo(&sql);
	appendStringInfo(&sql, "SELECT %s.arnews_stats_refresh(%s, %s)", qnsp,
					 quote_literal_cstr(tab), quote_literal_cstr(NameStr(*col)));
	args[0] = ObjectIdGetDatum(relid);
	spi_check(SPI_execute_with_args("SELECT pg_catalog.citus_is_coordinator() AND EXISTS "
									"(SELECT FROM pg_catalog.pg_dist_partition p "
									"WHERE p.logicalrelid OPERATOR(pg_catalog.=) $1)",
									1, argtypes, args, NULL, true, 1),
			  SPI_OK_SELECT, "looking up the table in Citus");
	if (!DatumGetBool(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull)))
		return;
	args[0] = CStringGetTextDatum(sql.data);
	spi_check(SPI_execute_with_args("SELECT pg_catalog.string_agg(w.nodename OPERATOR(pg_catalog.||) ':' "
									"OPERATOR(pg_catalog.||) w.nodeport OPERATOR(pg_catalog.||) ': ' "
									"OPERATOR(pg_catalog.||) w.result, '; ') FILTER (WHERE NOT w.success) "
									"FROM pg_catalog.run_command_on_workers($1) w",
									1, argtypes + 1, args, NULL, false, 1),
			  SPI_OK_SELECT, "refreshing the Citus workers");
	failed = SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull);
	if (!isnull)
		ereport(ERROR,
				(errcode(ERRCODE_EXTERNAL_ROUTINE_EXCEPTION),
				 errmsg("arnews_stats_refresh: refreshing the statistics on the Citus workers failed"),
				 errdetail("%s", TextDatumGetCString(failed)),
				 errhint("Install the same arnews version on every node.")));
	pfree(sql.data);
}

PG_FUNCTION_INFO_V1(arnews_stats_refresh);
Datum
arnews_stats_refresh(PG_FUNCTION_ARGS)
{
	Oid			relid = PG_GETARG_OID(0);
	Name		col = PG_GETARG_NAME(1);
	Oid			nsp = arnews_extension_schema(fcinfo);
	const char *qnsp = quote_identifier(get_namespace_name(nsp));
	Oid			owner = arnews_stats_owner(nsp);
	char	   *relname = get_rel_name(relid);
	AttrNumber	attnum;
	char	   *tab;
	const char *qcol;
	StringInfoData sql;
	int64		ndocs;
	double		sumlen;
	int64		id;
	bool		isnull;
	ArnewsAsOwner save;
	SPITupleTable *tt;
	uint64		total;
	SPIPlanPtr	ins;
	Oid			instypes[3] = {INT8OID, TEXTARRAYOID, INT8ARRAYOID};

	if (relname == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_TABLE),
				 errmsg("relation with OID %u does not exist", relid)));
	attnum = get_attnum(relid, NameStr(*col));
	if (attnum == InvalidAttrNumber)
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_COLUMN),
				 errmsg("column \"%s\" of relation \"%s\" does not exist",
						NameStr(*col), relname)));
	if (get_atttype(relid, attnum) != TSVECTOROID)
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("column \"%s\" of relation \"%s\" is not of type tsvector",
						NameStr(*col), relname)));
	tab = quote_qualified_identifier(get_namespace_name(get_rel_namespace(relid)), relname);
	qcol = quote_identifier(NameStr(*col));

	SPI_connect();
	initStringInfo(&sql);

	/* 1. documents and their total length, as the caller */
	appendStringInfo(&sql,
					 "SELECT pg_catalog.count(%s), pg_catalog.sum(%s.arnews_doclen(%s))::pg_catalog.float8 FROM %s",
					 qcol, qnsp, qcol, tab);
	spi_check(SPI_execute(sql.data, true, 0), SPI_OK_SELECT, "counting documents");
	ndocs = DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull));
	sumlen = DatumGetFloat8(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 2, &isnull));
	if (isnull)
		sumlen = 0;

	/* 2. replace the previous statistics of the column, as the owner */
	arnews_as_owner_begin(owner, &save);
	resetStringInfo(&sql);
	appendStringInfo(&sql, "LOCK TABLE %s.arnews_stats IN SHARE ROW EXCLUSIVE MODE", qnsp);
	spi_check(SPI_execute(sql.data, false, 0), SPI_OK_UTILITY, "locking");
	resetStringInfo(&sql);
	/* forget the statistics of dropped tables and of this column */
	appendStringInfo(&sql,
					 "DELETE FROM %s.arnews_stats_df d USING %s.arnews_stats s "
					 "WHERE d.stats_id OPERATOR(pg_catalog.=) s.id AND "
					 "((s.corpus OPERATOR(pg_catalog.=) %u::pg_catalog.oid AND s.col OPERATOR(pg_catalog.=) %s::pg_catalog.name) "
					 "OR NOT EXISTS (SELECT FROM pg_catalog.pg_class c WHERE c.oid OPERATOR(pg_catalog.=) s.corpus))",
					 qnsp, qnsp, relid, quote_literal_cstr(NameStr(*col)));
	spi_check(SPI_execute(sql.data, false, 0), SPI_OK_DELETE, "deleting old frequencies");
	resetStringInfo(&sql);
	appendStringInfo(&sql,
					 "DELETE FROM %s.arnews_stats s "
					 "WHERE (s.corpus OPERATOR(pg_catalog.=) %u::pg_catalog.oid AND s.col OPERATOR(pg_catalog.=) %s::pg_catalog.name) "
					 "OR NOT EXISTS (SELECT FROM pg_catalog.pg_class c WHERE c.oid OPERATOR(pg_catalog.=) s.corpus)",
					 qnsp, relid, quote_literal_cstr(NameStr(*col)));
	spi_check(SPI_execute(sql.data, false, 0), SPI_OK_DELETE, "deleting old statistics");
	resetStringInfo(&sql);
	appendStringInfo(&sql,
					 "INSERT INTO %s.arnews_stats (id, corpus, col, docs, avgdl, refreshed) "
					 "SELECT COALESCE(pg_catalog.max(id), 0) OPERATOR(pg_catalog.+) 1, "
					 "%u::pg_catalog.oid::pg_catalog.regclass, %s, " INT64_FORMAT ", %.17g, pg_catalog.clock_timestamp() "
					 "FROM %s.arnews_stats RETURNING id",
					 qnsp, relid, quote_literal_cstr(NameStr(*col)), ndocs,
					 ndocs > 0 ? sumlen / (double) ndocs : 0.0, qnsp);
	spi_check(SPI_execute(sql.data, false, 0), SPI_OK_INSERT_RETURNING, "inserting statistics");
	id = DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull));
	resetStringInfo(&sql);
	appendStringInfo(&sql,
					 "INSERT INTO %s.arnews_stats_df (stats_id, lexeme, df) "
					 "SELECT $1, l, n FROM ROWS FROM (pg_catalog.unnest($2), pg_catalog.unnest($3)) AS u(l, n)", qnsp);
	ins = SPI_prepare(sql.data, 3, instypes);
	if (ins == NULL)
		elog(ERROR, "arnews_stats_refresh: preparing the insert failed");
	arnews_as_owner_end(&save);

	/*
	 * 3. document frequencies, aggregated as the caller (a parallel plan
	 * when the server allows one), written as the owner in batches
	 */
	resetStringInfo(&sql);
	appendStringInfo(&sql,
					 "SELECT l, pg_catalog.count(*) FROM "
					 "(SELECT pg_catalog.unnest(pg_catalog.tsvector_to_array(%s)) AS l FROM %s) s GROUP BY l",
					 qcol, tab);
	spi_check(SPI_execute(sql.data, true, 0), SPI_OK_SELECT, "counting lexemes");
	tt = SPI_tuptable;
	total = SPI_processed;
	for (uint64 start = 0; start < total; start += ARNEWS_STATS_BATCH)
	{
		int			n = (int) Min((uint64) ARNEWS_STATS_BATCH, total - start);
		Datum	   *lex = palloc(sizeof(Datum) * n);
		Datum	   *cnt = palloc(sizeof(Datum) * n);
		Datum		args[3];

		CHECK_FOR_INTERRUPTS();
		for (int i = 0; i < n; i++)
		{
			lex[i] = SPI_getbinval(tt->vals[start + i], tt->tupdesc, 1, &isnull);
			cnt[i] = SPI_getbinval(tt->vals[start + i], tt->tupdesc, 2, &isnull);
		}
		args[0] = Int64GetDatum(id);
		args[1] = PointerGetDatum(construct_array(lex, n, TEXTOID, -1, false, TYPALIGN_INT));
		args[2] = PointerGetDatum(construct_array(cnt, n, INT8OID, 8, FLOAT8PASSBYVAL, TYPALIGN_DOUBLE));
		arnews_as_owner_begin(owner, &save);
		spi_check(SPI_execute_plan(ins, args, NULL, false, 0), SPI_OK_INSERT, "inserting frequencies");
		arnews_as_owner_end(&save);
		pfree(DatumGetPointer(args[1]));
		pfree(DatumGetPointer(args[2]));
		pfree(lex);
		pfree(cnt);
	}

	/* 4. on a Citus coordinator, the same statistics on every worker */
	refresh_citus_workers(relid, qnsp, tab, col);
	SPI_finish();
	PG_RETURN_INT64(ndocs);
}
