/*-------------------------------------------------------------------------
 *
 * pg_rank.c
 *		SQL functions arnews_rank(tsvector, tsquery [, regclass]): BM25
 *		over the word groups of an arnews query (src/core/bm25.c), with the
 *		corpus statistics of arnews_stats_refresh().
 *
 * The query is constant across the rows of a ranking, so its groups and
 * their idf are computed once and kept in fn_extra, keyed by the query's
 * bytes and the corpus (several queries when a join ranks many): ranking a
 * row reads only the row's tsvector, never the statistics tables.
 *
 * IDENTIFICATION
 *	  src/pg_rank.c
 *
 *-------------------------------------------------------------------------
 */
#include "arnews.h"

#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "miscadmin.h"
#include "tsearch/ts_type.h"
#include "tsearch/ts_utils.h"
#include "utils/acl.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "common/hashfn.h"
#include "utils/guc.h"
#include "utils/hsearch.h"
#include "utils/lsyscache.h"

#include "bm25.h"
#include "pg_rank.h"

static double arnews_bm25_k1 = 1.2;
static double arnews_bm25_b = 0.75;
static int	arnews_bm25_group_df = ARNEWS_DF_MAX;
static bool arnews_bm25_entities = true;

static const struct config_enum_entry group_df_options[] = {
	{"max", ARNEWS_DF_MAX, false},
	{"independent", ARNEWS_DF_INDEPENDENT, false},
	{NULL, 0, false}
};

void
arnews_rank_init(void)
{
	DefineCustomRealVariable("arnews.bm25_k1",
							 "BM25 term frequency saturation k1 of arnews_rank.",
							 NULL, &arnews_bm25_k1, 1.2, 0.0, 100.0,
							 PGC_USERSET, 0, NULL, NULL, NULL);
	DefineCustomRealVariable("arnews.bm25_b",
							 "BM25 document length normalization b of arnews_rank (0 to 1).",
							 NULL, &arnews_bm25_b, 0.75, 0.0, 1.0,
							 PGC_USERSET, 0, NULL, NULL, NULL);
	DefineCustomEnumVariable("arnews.bm25_group_df",
							 "How arnews_rank estimates a word group's document frequency from its lexemes'.",
							 "max: the largest; independent: the union of independent sets.",
							 &arnews_bm25_group_df, ARNEWS_DF_MAX, group_df_options,
							 PGC_USERSET, 0, NULL, NULL, NULL);
	DefineCustomBoolVariable("arnews.bm25_entities",
							 "Whether the entity alternatives of a query word add to arnews_rank's scores.",
							 "off: the name-word and entity markers (+word#, =key) still match documents but add nothing.",
							 &arnews_bm25_entities, true,
							 PGC_USERSET, 0, NULL, NULL, NULL);
	MarkGUCPrefixReserved("arnews");
}

/* What one query needs, computed once per query (in fn_mcxt) */
typedef struct RankCache
{
	Oid			corpus;			/* argument, InvalidOid with two arguments */
	int			df_mode;
	bool		entities;		/* arnews.bm25_entities when built */
	TSQuery		query;			/* copy, compared with each row's query */
	int			nnodes;
	ArnewsQNode *nodes;
	ArnewsGroups groups;
	double	   *idf;			/* per group */
	int		  **group_vals;		/* per group: its VAL nodes, -1 terminated */
	double		avgdl;
	/* per-row scratch for positions */
	uint16_t   *scratch;
	int			scratch_cap;
	TSVector	doc;
} RankCache;

/* ---------------------------------------------------------------------- */
/* Statistics */

static void
no_stats(Oid corpus)
{
	if (OidIsValid(corpus))
	{
		char	   *name = get_rel_name(corpus);

		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("arnews_rank: no statistics for table \"%s\"", name ? name : "?"),
				 errhint("Run SELECT arnews_stats_refresh('%s', '<tsvector column>') first.",
						 name ? name : "<table>")));
	}
	ereport(ERROR,
			(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
			 errmsg("arnews_rank: no corpus statistics in this database"),
			 errhint("Run SELECT arnews_stats_refresh('<table>', '<tsvector column>') first.")));
}

static double
spi_float(int row, int col)
{
	bool		isnull;
	Datum		d = SPI_getbinval(SPI_tuptable->vals[row], SPI_tuptable->tupdesc, col, &isnull);

	return isnull ? 0 : DatumGetFloat8(d);
}

/*
 * Read the statistics for the query's VAL nodes into df[], set ndocs and
 * avgdl.  Runs as the statistics' owner after checking that the caller may
 * read the column they describe.
 */
static void
load_stats(FunctionCallInfo fcinfo, RankCache *c, double *df, double *ndocs)
{
	Oid			nsp = arnews_extension_schema(fcinfo);
	const char *qnsp = quote_identifier(get_namespace_name(nsp));
	Oid			owner = arnews_stats_owner(nsp);
	ArnewsAsOwner save;
	StringInfoData sql;
	Oid			argtypes[2];
	Datum		args[2];
	bool		isnull;
	int64		id;
	Oid			corpus;
	char	   *col;
	AttrNumber	attnum;
	int			nexact = 0;
	Datum	   *exact;
	int		   *exact_node;

	SPI_connect();
	initStringInfo(&sql);
	arnews_as_owner_begin(owner, &save);
	appendStringInfo(&sql,
					 "SELECT id, corpus::pg_catalog.oid, col::pg_catalog.text, docs::pg_catalog.float8, avgdl "
					 "FROM %s.arnews_stats s WHERE EXISTS (SELECT FROM pg_catalog.pg_class r "
					 "WHERE r.oid OPERATOR(pg_catalog.=) s.corpus::pg_catalog.oid) %s "
					 "ORDER BY refreshed DESC, id DESC LIMIT 1",
					 qnsp, OidIsValid(c->corpus) ?
					 "AND s.corpus::pg_catalog.oid OPERATOR(pg_catalog.=) $1" : "");
	argtypes[0] = OIDOID;
	args[0] = ObjectIdGetDatum(c->corpus);
	if (SPI_execute_with_args(sql.data, OidIsValid(c->corpus) ? 1 : 0, argtypes, args, NULL,
							  true, 1) != SPI_OK_SELECT)
		elog(ERROR, "arnews_rank: reading arnews_stats failed");
	arnews_as_owner_end(&save);
	if (SPI_processed == 0)
		no_stats(c->corpus);
	id = DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull));
	corpus = DatumGetObjectId(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 2, &isnull));
	col = TextDatumGetCString(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 3, &isnull));
	*ndocs = spi_float(0, 4);
	c->avgdl = spi_float(0, 5);

	/* the caller must be allowed to read what the statistics describe */
	attnum = get_attnum(corpus, col);
	if (pg_class_aclcheck(corpus, GetUserId(), ACL_SELECT) != ACLCHECK_OK &&
		(attnum == InvalidAttrNumber ||
		 pg_attribute_aclcheck(corpus, attnum, GetUserId(), ACL_SELECT) != ACLCHECK_OK))
		ereport(ERROR,
				(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
				 errmsg("permission denied for the statistics of table %s",
						get_rel_name(corpus))));

	/* exact lexemes in one statement */
	exact = palloc(sizeof(Datum) * (c->nnodes + 1));
	exact_node = palloc(sizeof(int) * (c->nnodes + 1));
	for (int i = 0; i < c->nnodes; i++)
	{
		df[i] = 0;
		if (c->nodes[i].type == ARNEWS_QN_VAL && !c->nodes[i].prefix)
		{
			exact_node[nexact] = i;
			exact[nexact++] = PointerGetDatum(cstring_to_text_with_len(c->nodes[i].lexeme,
																	   c->nodes[i].len));
		}
	}
	argtypes[0] = INT8OID;
	args[0] = Int64GetDatum(id);
	arnews_as_owner_begin(owner, &save);
	if (nexact > 0)
	{
		resetStringInfo(&sql);
		appendStringInfo(&sql,
						 "SELECT lexeme::pg_catalog.text, df::pg_catalog.float8 FROM %s.arnews_stats_df "
						 "WHERE stats_id OPERATOR(pg_catalog.=) $1 AND lexeme OPERATOR(pg_catalog.=) ANY ($2)",
						 qnsp);
		argtypes[1] = TEXTARRAYOID;
		args[1] = PointerGetDatum(construct_array(exact, nexact, TEXTOID, -1, false, TYPALIGN_INT));
		if (SPI_execute_with_args(sql.data, 2, argtypes, args, NULL, true, 0) != SPI_OK_SELECT)
			elog(ERROR, "arnews_rank: reading arnews_stats_df failed");
		for (uint64 r = 0; r < SPI_processed; r++)
		{
			char	   *lex = TextDatumGetCString(SPI_getbinval(SPI_tuptable->vals[r],
																 SPI_tuptable->tupdesc, 1, &isnull));
			double		f = spi_float(r, 2);

			for (int k = 0; k < nexact; k++)
			{
				const ArnewsQNode *x = &c->nodes[exact_node[k]];

				if ((int) strlen(lex) == x->len && memcmp(lex, x->lexeme, x->len) == 0)
					df[exact_node[k]] = f;
			}
		}
	}
	/* each prefix: the union of the frequencies of the lexemes it matches */
	resetStringInfo(&sql);
	appendStringInfo(&sql,
					 "SELECT df::pg_catalog.float8 FROM %s.arnews_stats_df "
					 "WHERE stats_id OPERATOR(pg_catalog.=) $1 AND lexeme OPERATOR(pg_catalog.>=) $2 "
					 "AND lexeme OPERATOR(pg_catalog.<) ($2 OPERATOR(pg_catalog.||) U&'\\+10FFFF') "
					 "ORDER BY lexeme LIMIT 10000", qnsp);
	argtypes[1] = TEXTOID;
	for (int i = 0; i < c->nnodes; i++)
	{
		double	   *vals;

		if (c->nodes[i].type != ARNEWS_QN_VAL || !c->nodes[i].prefix)
			continue;
		args[1] = PointerGetDatum(cstring_to_text_with_len(c->nodes[i].lexeme, c->nodes[i].len));
		if (SPI_execute_with_args(sql.data, 2, argtypes, args, NULL, true, 0) != SPI_OK_SELECT)
			elog(ERROR, "arnews_rank: reading arnews_stats_df failed");
		if (SPI_processed == 0)
			continue;
		vals = palloc(sizeof(double) * SPI_processed);
		for (uint64 r = 0; r < SPI_processed; r++)
			vals[r] = spi_float(r, 1);
		df[i] = arnews_df_union(vals, (int) SPI_processed, *ndocs, c->df_mode);
		pfree(vals);
	}
	arnews_as_owner_end(&save);
	SPI_finish();
}

/* ---------------------------------------------------------------------- */
/* The query */

/* The VAL nodes of a subtree */
static void
collect_vals(const ArnewsQNode *q, int node, int *out, int *n)
{
	check_stack_depth();
	if (q[node].type == ARNEWS_QN_VAL)
		out[(*n)++] = node;
	else if (q[node].type == ARNEWS_QN_NOT)
		return;
	else
	{
		collect_vals(q, node + q[node].left, out, n);
		collect_vals(q, node + 1, out, n);
	}
}

static RankCache *
build_cache(FunctionCallInfo fcinfo, MemoryContext cxt, TSQuery q, Oid corpus)
{
	MemoryContext old = MemoryContextSwitchTo(cxt);
	RankCache  *c = palloc0(sizeof(RankCache));
	QueryItem  *item;
	double	   *df;
	double		ndocs = 0;

	c->corpus = corpus;
	c->df_mode = arnews_bm25_group_df;
	c->entities = arnews_bm25_entities;
	c->query = palloc(VARSIZE(q));
	memcpy(c->query, q, VARSIZE(q));
	c->nnodes = c->query->size;
	c->nodes = palloc0(sizeof(ArnewsQNode) * (c->nnodes + 1));
	item = GETQUERY(c->query);
	for (int i = 0; i < c->nnodes; i++)
	{
		ArnewsQNode *x = &c->nodes[i];

		if (item[i].type == QI_VAL)
		{
			x->type = ARNEWS_QN_VAL;
			x->lexeme = GETOPERAND(c->query) + item[i].qoperand.distance;
			x->len = item[i].qoperand.length;
			x->prefix = item[i].qoperand.prefix;
		}
		else
		{
			switch (item[i].qoperator.oper)
			{
				case OP_AND:
					x->type = ARNEWS_QN_AND;
					break;
				case OP_OR:
					x->type = ARNEWS_QN_OR;
					break;
				case OP_PHRASE:
					x->type = ARNEWS_QN_PHRASE;
					x->distance = item[i].qoperator.distance;
					break;
				default:
					x->type = ARNEWS_QN_NOT;
					break;
			}
			x->left = item[i].qoperator.left;
		}
	}
	arnews_query_groups_ex(c->nodes, c->nnodes, c->entities, &c->groups);
	c->idf = palloc0(sizeof(double) * (c->groups.ngroups + 1));
	c->group_vals = palloc0(sizeof(int *) * (c->groups.ngroups + 1));
	for (int g = 0; g < c->groups.ngroups; g++)
	{
		int			nv = 0;

		c->group_vals[g] = palloc(sizeof(int) * (c->nnodes + 1));
		for (int a = 0; a < c->groups.groups[g].nalt; a++)
			collect_vals(c->nodes, c->groups.groups[g].alt[a], c->group_vals[g], &nv);
		c->group_vals[g][nv] = -1;
	}
	if (c->groups.ngroups > 0)
	{
		df = palloc0(sizeof(double) * (c->nnodes + 1));
		load_stats(fcinfo, c, df, &ndocs);
		for (int g = 0; g < c->groups.ngroups; g++)
		{
			ArnewsGroup *grp = &c->groups.groups[g];
			double	   *alt = palloc(sizeof(double) * grp->nalt);

			for (int a = 0; a < grp->nalt; a++)
				alt[a] = arnews_node_df(c->nodes, grp->alt[a], df, ndocs, c->df_mode);
			c->idf[g] = arnews_bm25_idf(ndocs, arnews_df_union(alt, grp->nalt, ndocs, c->df_mode));
			pfree(alt);
		}
		pfree(df);
	}
	MemoryContextSwitchTo(old);
	return c;
}

/* First entry of the document >= the node's lexeme (a prefix range starts there) */
static int
lower_bound(TSVector v, const ArnewsQNode *x)
{
	WordEntry  *e = ARRPTR(v);
	int			lo = 0,
				hi = v->size;

	while (lo < hi)
	{
		int			mid = (lo + hi) / 2;

		if (tsCompareString(STRPTR(v) + e[mid].pos, e[mid].len, (char *) x->lexeme, x->len,
							false) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Does the document hold the node's lexeme (or one with its prefix)? */
static bool
doc_has(TSVector v, const ArnewsQNode *x)
{
	WordEntry  *e = ARRPTR(v);
	int			i = lower_bound(v, x);

	return i < v->size &&
		tsCompareString((char *) x->lexeme, x->len, STRPTR(v) + e[i].pos, e[i].len,
						x->prefix) == 0;
}

/* Positions of query node `node` in the current document (ArnewsPositionsFn) */
static int
doc_positions(void *arg, int node, const uint16_t **out)
{
	RankCache  *c = (RankCache *) arg;
	TSVector	v = c->doc;
	WordEntry  *e = ARRPTR(v);
	const ArnewsQNode *x = &c->nodes[node];
	uint8		weight = GETQUERY(c->query)[node].qoperand.weight;
	int			lo = lower_bound(v, x);
	int			n = 0;
	bool		many = false;

	for (int i = lo; i < v->size; i++)
	{
		int			np;
		WordEntryPos *p;

		if (x->prefix)
		{
			if (tsCompareString((char *) x->lexeme, x->len, STRPTR(v) + e[i].pos, e[i].len,
								true) != 0)
				break;
		}
		else if (i > lo ||
				 tsCompareString(STRPTR(v) + e[i].pos, e[i].len, (char *) x->lexeme, x->len,
								 false) != 0)
			break;
		np = POSDATALEN(v, &e[i]);
		p = POSDATAPTR(v, &e[i]);
		if (n + np + 1 > c->scratch_cap)
		{
			int			cap = Max(64, 2 * (n + np + 1));

			c->scratch = c->scratch ? repalloc(c->scratch, sizeof(uint16_t) * cap) :
				MemoryContextAlloc(GetMemoryChunkContext(c), sizeof(uint16_t) * cap);
			c->scratch_cap = cap;
		}
		if (np == 0)
			c->scratch[n++] = 0;	/* no positions stored: one occurrence */
		for (int j = 0; j < np; j++)
			if (weight == 0 || (weight & (1 << WEP_GETWEIGHT(p[j]))))
				c->scratch[n++] = WEP_GETPOS(p[j]);
		if (i > lo)
			many = true;
	}
	if (many && n > 1)
	{
		/* several lexemes under one prefix: sort and deduplicate */
		int			k = 1;

		for (int i = 1; i < n; i++)
		{
			uint16_t	v2 = c->scratch[i];
			int			j = i - 1;

			while (j >= 0 && c->scratch[j] > v2)
			{
				c->scratch[j + 1] = c->scratch[j];
				j--;
			}
			c->scratch[j + 1] = v2;
		}
		for (int i = 1; i < n; i++)
			if (c->scratch[i] != c->scratch[k - 1])
				c->scratch[k++] = c->scratch[i];
		n = k;
	}
	*out = c->scratch;
	return n;
}

/*
 * The queries seen by one call site: the last one, and a hash table of up
 * to ARNEWS_RANK_CACHE_MAX of them, so that a join ranking many queries
 * against each document (a lateral join, an evaluation) reads each query's
 * statistics once too.
 */
#define ARNEWS_RANK_CACHE_MAX 8192

typedef struct RankCacheEntry
{
	uint32		hash;			/* key */
	RankCache  *cache;
} RankCacheEntry;

typedef struct RankCacheSet
{
	MemoryContext cxt;			/* holds the table and every RankCache */
	HTAB	   *table;
	RankCache  *last;
} RankCacheSet;

static bool
cache_matches(const RankCache *c, TSQuery q, Oid corpus)
{
	return c != NULL && c->corpus == corpus && c->df_mode == arnews_bm25_group_df &&
		c->entities == arnews_bm25_entities &&
		VARSIZE(c->query) == VARSIZE(q) && memcmp(c->query, q, VARSIZE(q)) == 0;
}

static RankCache *
lookup_cache(FunctionCallInfo fcinfo, TSQuery q, Oid corpus)
{
	RankCacheSet *set = (RankCacheSet *) fcinfo->flinfo->fn_extra;
	RankCacheEntry *e;
	uint32		h;
	bool		found;

	if (set != NULL && cache_matches(set->last, q, corpus))
		return set->last;
	if (set == NULL || hash_get_num_entries(set->table) >= ARNEWS_RANK_CACHE_MAX)
	{
		HASHCTL		ctl;

		if (set == NULL)
		{
			set = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(RankCacheSet));
			set->cxt = AllocSetContextCreate(fcinfo->flinfo->fn_mcxt, "arnews_rank cache",
											 ALLOCSET_DEFAULT_SIZES);
			fcinfo->flinfo->fn_extra = set;
		}
		else
			MemoryContextReset(set->cxt);
		memset(&ctl, 0, sizeof(ctl));
		ctl.keysize = sizeof(uint32);
		ctl.entrysize = sizeof(RankCacheEntry);
		ctl.hcxt = set->cxt;
		set->table = hash_create("arnews_rank queries", 256, &ctl,
								 HASH_ELEM | HASH_BLOBS | HASH_CONTEXT);
		set->last = NULL;
	}
	h = hash_bytes((const unsigned char *) q, VARSIZE(q)) ^ (uint32) corpus;
	e = hash_search(set->table, &h, HASH_ENTER, &found);
	if (!found || !cache_matches(e->cache, q, corpus))
	{
		e->cache = NULL;		/* in case building fails */
		e->cache = build_cache(fcinfo, set->cxt, q, corpus);
	}
	set->last = e->cache;
	return e->cache;
}

static float4
rank(FunctionCallInfo fcinfo, TSVector doc, TSQuery q, Oid corpus)
{
	RankCache  *c = lookup_cache(fcinfo, q, corpus);
	double		score = 0;
	int32		dl;

	if (c->groups.ngroups == 0 || doc->size == 0)
		return 0;
	c->doc = doc;
	dl = -1;
	for (int g = 0; g < c->groups.ngroups; g++)
	{
		bool		any = false;
		int			tf;

		/* most groups are absent from most documents: look before counting */
		for (int *v = c->group_vals[g]; *v >= 0 && !any; v++)
			any = doc_has(doc, &c->nodes[*v]);
		if (!any)
			continue;
		tf = arnews_group_tf(c->nodes, &c->groups.groups[g], doc_positions, c);
		if (tf > 0 && dl < 0)
			dl = arnews_tsvector_doclen(doc);

		score += arnews_bm25_term(tf, c->idf[g], dl, c->avgdl, arnews_bm25_k1, arnews_bm25_b);
	}
	c->doc = NULL;
	return (float4) score;
}

/*
 * The word groups of a query and their idf, as arnews_rank computes them,
 * allocated in the current memory context (for arnews_query_top in
 * pg_rank_top.c, which needs each group's largest possible contribution).
 */
void
arnews_rank_groups(FunctionCallInfo fcinfo, TSQuery q, Oid corpus, ArnewsRankGroups *out)
{
	RankCache  *c = build_cache(fcinfo, CurrentMemoryContext, q, corpus);

	out->nnodes = c->nnodes;
	out->nodes = c->nodes;
	out->groups = &c->groups;
	out->idf = c->idf;
	out->k1 = arnews_bm25_k1;
}

PG_FUNCTION_INFO_V1(arnews_rank);
Datum
arnews_rank(PG_FUNCTION_ARGS)
{
	PG_RETURN_FLOAT4(rank(fcinfo, PG_GETARG_TSVECTOR(0), PG_GETARG_TSQUERY(1), InvalidOid));
}

PG_FUNCTION_INFO_V1(arnews_rank_corpus);
Datum
arnews_rank_corpus(PG_FUNCTION_ARGS)
{
	PG_RETURN_FLOAT4(rank(fcinfo, PG_GETARG_TSVECTOR(0), PG_GETARG_TSQUERY(1), PG_GETARG_OID(2)));
}
