/*-------------------------------------------------------------------------
 *
 * pg_query.c
 *		SQL function arnews_query(text): websearch syntax where unquoted
 *		words are alternatives (OR), not all required.
 *
 * The text is parsed once by websearch_to_tsquery with the arnews
 * configuration of the extension's own schema (never
 * default_text_search_config), so quoting, -word, OR and odd input behave
 * exactly as there.  Its top-level AND chain is then split into positive
 * items (word groups, phrases) and negated items; in each positive item
 * an AND that is not an entity alternative (an AND of marked lexemes
 * "+word#tag" and "=key") becomes an OR, phrases stay phrases.  The result
 * is  (p1 | p2 | ...) & !n1 & !n2 ...  with every word group kept as the
 * dictionary gave it, which is what arnews_rank() reads back.
 *
 * IDENTIFICATION
 *	  src/pg_query.c
 *
 *-------------------------------------------------------------------------
 */
#include "arnews.h"

#include "catalog/namespace.h"
#include "catalog/pg_ts_config.h"
#include "nodes/makefuncs.h"
#include "tsearch/ts_utils.h"
#include "utils/builtins.h"
#include "utils/fmgrprotos.h"
#include "utils/lsyscache.h"
#include "utils/syscache.h"

#include "bm25.h"
#include "pg_rank.h"

static Oid	arnews_cfg_cache = InvalidOid;

/* The arnews configuration of the schema the calling function lives in */
Oid
arnews_config_oid(FunctionCallInfo fcinfo)
{
	HeapTuple	tup;

	if (OidIsValid(arnews_cfg_cache))
	{
		tup = SearchSysCache1(TSCONFIGOID, ObjectIdGetDatum(arnews_cfg_cache));
		if (HeapTupleIsValid(tup))
		{
			Form_pg_ts_config cfg = (Form_pg_ts_config) GETSTRUCT(tup);
			bool		same = strcmp(NameStr(cfg->cfgname), "arnews") == 0 &&
				cfg->cfgnamespace == arnews_extension_schema(fcinfo);

			ReleaseSysCache(tup);
			if (same)
				return arnews_cfg_cache;
		}
	}
	arnews_cfg_cache = get_ts_config_oid(list_make2(makeString(get_namespace_name(arnews_extension_schema(fcinfo))),
													makeString("arnews")), false);
	return arnews_cfg_cache;
}

static bool
qtn_marked_and(QTNode *n, char *operand)
{
	if (n->valnode->type == QI_VAL)
		return arnews_lexeme_marked(n->word, n->valnode->qoperand.length);
	if (n->valnode->qoperator.oper != OP_AND)
		return false;
	for (int i = 0; i < n->nchild; i++)
		if (!qtn_marked_and(n->child[i], operand))
			return false;
	return true;
}

/* AND -> OR below n, except entity alternatives and inside phrases */
static void
soften(QTNode *n, char *operand)
{
	if (n->valnode->type == QI_VAL)
		return;
	if (n->valnode->qoperator.oper == OP_PHRASE || n->valnode->qoperator.oper == OP_NOT)
		return;
	if (n->valnode->qoperator.oper == OP_AND)
	{
		if (qtn_marked_and(n, operand))
			return;
		n->valnode->qoperator.oper = OP_OR;
	}
	for (int i = 0; i < n->nchild; i++)
		soften(n->child[i], operand);
}

/* Flatten the top-level AND chain (not entity alternatives) into items */
static void
flatten_and(QTNode *n, char *operand, List **items)
{
	if (n->valnode->type == QI_OPR && n->valnode->qoperator.oper == OP_AND &&
		!qtn_marked_and(n, operand))
	{
		/* QT2QTN puts the right operand first: walk back for the text's order */
		for (int i = n->nchild - 1; i >= 0; i--)
			flatten_and(n->child[i], operand, items);
		return;
	}
	*items = lappend(*items, n);
}

PG_FUNCTION_INFO_V1(arnews_query);
Datum
arnews_query(PG_FUNCTION_ARGS)
{
	text	   *in = PG_GETARG_TEXT_PP(0);
	TSQuery		web;
	QTNode	   *root;
	List	   *items = NIL;
	ListCell   *lc;
	Datum		pos = (Datum) 0;
	Datum		neg = (Datum) 0;
	bool		have_pos = false,
				have_neg = false;

	arnews_check_encoding();
	web = DatumGetTSQuery(DirectFunctionCall2(websearch_to_tsquery_byid,
											  ObjectIdGetDatum(arnews_config_oid(fcinfo)),
											  PointerGetDatum(in)));
	if (web->size == 0)
		PG_RETURN_TSQUERY(web);

	root = QT2QTN(GETQUERY(web), GETOPERAND(web));
	flatten_and(root, GETOPERAND(web), &items);
	foreach(lc, items)
	{
		QTNode	   *n = (QTNode *) lfirst(lc);
		bool		is_not = n->valnode->type == QI_OPR && n->valnode->qoperator.oper == OP_NOT;
		Datum		part;

		if (!is_not)
			soften(n, GETOPERAND(web));
		part = PointerGetDatum(QTN2QT(n));
		if (is_not)
		{
			neg = have_neg ? DirectFunctionCall2(tsquery_and, neg, part) : part;
			have_neg = true;
		}
		else
		{
			pos = have_pos ? DirectFunctionCall2(tsquery_or, pos, part) : part;
			have_pos = true;
		}
	}
	if (have_pos && have_neg)
		PG_RETURN_DATUM(DirectFunctionCall2(tsquery_and, pos, neg));
	PG_RETURN_DATUM(have_pos ? pos : neg);
}
