/*-------------------------------------------------------------------------
 *
 * pg_rank_top.c
 *		SQL function arnews_query_top(query, corpus, col, k): a narrower
 *		tsquery that still matches every document of the first k of a BM25
 *		ranking, so that a first page reads the postings of the rarer words
 *		only (MaxScore pruning, Turtle and Flood 1995).
 *
 *	  SELECT id FROM articles
 *	  WHERE tsv @@ arnews_query_top(arnews_query(q), 'articles', 'tsv', 10)
 *	  ORDER BY arnews_rank(tsv, arnews_query(q), 'articles') DESC LIMIT 10;
 *
 * gives the same first page as the same query filtered with
 * arnews_query(q), which matches every document holding any query word
 * and so, with one common word, ranks most of the table.
 *
 * Why it is exact.  A word group g adds at most ub(g) = idf(g) * (k1 + 1)
 * to a score (BM25's term frequency part tends to k1 + 1 and never
 * reaches it).  Let theta be the k-th best score of some documents that
 * match the query: the first k of the whole ranking score at least theta.
 * Order the groups by ub, smallest first, and call "optional" the longest
 * prefix whose ub sum to less than theta: a document matching only optional
 * groups scores less than theta, so it cannot be in the first k.  The
 * result is the OR of the other groups (AND the whole query when it holds
 * a negation), every one of them rarer than any optional group.
 *
 * theta comes from a probe: the documents that match the AND of all the
 * groups (the best candidates), at most 100 of them, ranked; when fewer
 * than k match, the most common group is dropped from the AND until k
 * match (else the query is returned unchanged).
 * The probe and the caller's ranking must use the same statistics (the
 * corpus's) and settings.
 *
 * IDENTIFICATION
 *	  src/pg_rank_top.c
 *
 *-------------------------------------------------------------------------
 */
#include "arnews.h"

#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "lib/stringinfo.h"
#include "miscadmin.h"
#include "tsearch/ts_type.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"

#include "pg_rank.h"

/* Rows ranked by the probe (at least k) */
#define ARNEWS_TOP_PROBE_MIN 100

/* Append a subtree of the query in tsquery input syntax */
static void
append_node(StringInfo s, const ArnewsQNode *q, int node)
{
	const ArnewsQNode *x = &q[node];

	check_stack_depth();
	switch (x->type)
	{
		case ARNEWS_QN_VAL:
			appendStringInfoChar(s, '\'');
			for (int i = 0; i < x->len; i++)
			{
				if (x->lexeme[i] == '\'' || x->lexeme[i] == '\\')
					appendStringInfoChar(s, '\\');
				appendStringInfoChar(s, x->lexeme[i]);
			}
			appendStringInfoChar(s, '\'');
			if (x->prefix)
				appendStringInfoString(s, ":*");
			break;
		case ARNEWS_QN_NOT:
			appendStringInfoString(s, "!(");
			append_node(s, q, node + 1);
			appendStringInfoChar(s, ')');
			break;
		default:
			appendStringInfoChar(s, '(');
			append_node(s, q, node + x->left);
			if (x->type == ARNEWS_QN_AND)
				appendStringInfoString(s, " & ");
			else if (x->type == ARNEWS_QN_OR)
				appendStringInfoString(s, " | ");
			else
				appendStringInfo(s, " <%d> ", x->distance);
			append_node(s, q, node + 1);
			appendStringInfoChar(s, ')');
			break;
	}
}

/* A group's alternatives, ORed, in tsquery input syntax */
static void
append_group(StringInfo s, const ArnewsRankGroups *rg, int g)
{
	const ArnewsGroup *grp = &rg->groups->groups[g];

	appendStringInfoChar(s, '(');
	for (int a = 0; a < grp->nalt; a++)
	{
		if (a > 0)
			appendStringInfoString(s, " | ");
		append_node(s, rg->nodes, grp->alt[a]);
	}
	appendStringInfoChar(s, ')');
}

static Datum
parse_tsquery_text(const char *text)
{
	return DirectFunctionCall1(tsqueryin, CStringGetDatum(text));
}

/* qsort_arg: group indexes by idf, descending (rarest first) */
static int
cmp_idf_desc(const void *a, const void *b, void *arg)
{
	const double *idf = (const double *) arg;
	double		x = idf[*(const int *) a];
	double		y = idf[*(const int *) b];

	if (x != y)
		return x > y ? -1 : 1;
	return *(const int *) a - *(const int *) b;
}

static int
cmp_float_desc(const void *a, const void *b)
{
	float4		x = *(const float4 *) a;
	float4		y = *(const float4 *) b;

	return x > y ? -1 : (x < y ? 1 : 0);
}

/*
 * theta: the k-th best score among the documents matching the query and the
 * AND of the nand rarest groups (order[0..nand)), at most probe of them;
 * -1 when fewer than k match.  nsp: the extension's schema.
 */
static double
probe_theta(const ArnewsRankGroups *rg, const int *order, int nand, Datum query,
			Oid corpus, const char *col, int k, int probe, const char *nsp)
{
	StringInfoData andq;
	StringInfoData sql;
	Datum		args[4];
	Oid			types[4] = {TSQUERYOID, REGCLASSOID, TSQUERYOID, INT4OID};
	double		theta = -1;
	const char *qcol = quote_identifier(col);

	initStringInfo(&andq);
	for (int i = 0; i < nand; i++)
	{
		if (i > 0)
			appendStringInfoString(&andq, " & ");
		append_group(&andq, rg, order[i]);
	}
	initStringInfo(&sql);
	appendStringInfo(&sql,
					 "SELECT %s.arnews_rank(%s, $1, $2) FROM %s "
					 "WHERE %s OPERATOR(pg_catalog.@@) $3 AND %s OPERATOR(pg_catalog.@@) $1 LIMIT $4",
					 quote_identifier(nsp), qcol,
					 quote_qualified_identifier(get_namespace_name(get_rel_namespace(corpus)),
												get_rel_name(corpus)),
					 qcol, qcol);
	args[0] = query;
	args[1] = ObjectIdGetDatum(corpus);
	args[2] = parse_tsquery_text(andq.data);
	args[3] = Int32GetDatum(probe);
	if (SPI_execute_with_args(sql.data, 4, types, args, NULL, true, 0) != SPI_OK_SELECT)
		elog(ERROR, "arnews_query_top: the probe query failed");
	if (SPI_processed >= (uint64) k)
	{
		float4	   *scores = palloc(sizeof(float4) * SPI_processed);

		for (uint64 r = 0; r < SPI_processed; r++)
		{
			bool		isnull;
			Datum		d = SPI_getbinval(SPI_tuptable->vals[r], SPI_tuptable->tupdesc, 1, &isnull);

			scores[r] = isnull ? 0 : DatumGetFloat4(d);
		}
		qsort(scores, SPI_processed, sizeof(float4), cmp_float_desc);
		theta = scores[k - 1];
		pfree(scores);
	}
	pfree(andq.data);
	pfree(sql.data);
	return theta;
}

PG_FUNCTION_INFO_V1(arnews_query_top);
Datum
arnews_query_top(PG_FUNCTION_ARGS)
{
	TSQuery		query = PG_GETARG_TSQUERY(0);
	Oid			corpus = PG_GETARG_OID(1);
	char	   *col = NameStr(*PG_GETARG_NAME(2));
	int32		k = PG_GETARG_INT32(3);
	char	   *nsp = get_namespace_name(arnews_extension_schema(fcinfo));
	ArnewsRankGroups rg;
	int			ngroups;
	int		   *order;
	double		theta = -1;
	double		optional = 0;
	bool		negated = false;
	int			nessential;
	StringInfoData out;

	if (k < 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("arnews_query_top: k must be at least 1")));
	if (get_attnum(corpus, col) == InvalidAttrNumber)
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_COLUMN),
				 errmsg("column \"%s\" of table \"%s\" does not exist", col,
						get_rel_name(corpus))));
	arnews_rank_groups(fcinfo, query, corpus, &rg);
	ngroups = rg.groups->ngroups;
	if (ngroups < 2)
		PG_RETURN_TSQUERY(query);	/* nothing to leave out */
	for (int i = 0; i < rg.nnodes; i++)
		negated |= rg.nodes[i].type == ARNEWS_QN_NOT;

	/* the rarest groups first */
	order = palloc(sizeof(int) * ngroups);
	for (int g = 0; g < ngroups; g++)
		order[g] = g;
	qsort_arg(order, ngroups, sizeof(int), cmp_idf_desc, (void *) rg.idf);

	SPI_connect();
	for (int nand = ngroups; nand >= 1 && theta < 0; nand--)
	{
		CHECK_FOR_INTERRUPTS();
		theta = probe_theta(&rg, order, nand, PointerGetDatum(query), corpus, col, k,
							Max(k, ARNEWS_TOP_PROBE_MIN), nsp);
	}
	SPI_finish();
	if (theta <= 0)
		PG_RETURN_TSQUERY(query);

	/*
	 * Leave out the most common groups while their largest contributions
	 * add up to less than theta (a margin for the float4 rounding of
	 * scores): those are order[ngroups - 1], order[ngroups - 2], ...
	 */
	nessential = ngroups;
	while (nessential > 1)
	{
		double		ub = rg.idf[order[nessential - 1]] * (rg.k1 + 1);

		if (optional + ub >= theta * (1 - 1e-6))
			break;
		optional += ub;
		nessential--;
	}
	if (nessential == ngroups)
		PG_RETURN_TSQUERY(query);

	initStringInfo(&out);
	if (negated)
		appendStringInfoChar(&out, '(');
	for (int i = 0; i < nessential; i++)
	{
		if (i > 0)
			appendStringInfoString(&out, " | ");
		append_group(&out, &rg, order[i]);
	}
	if (negated)
	{
		/* the whole query keeps the negations */
		appendStringInfoString(&out, ") & ");
		appendStringInfoString(&out, DatumGetCString(DirectFunctionCall1(tsqueryout,
																		 PointerGetDatum(query))));
	}
	PG_RETURN_DATUM(parse_tsquery_text(out.data));
}
