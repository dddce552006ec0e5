/*-------------------------------------------------------------------------
 *
 * pg_debug.c
 *		SQL function arnews_debug(text): every stage of the analysis of
 *		each token, for understanding why a word is (not) found.
 *
 * It uses the dictionary arnews_dict of the extension's own schema (found
 * through the function's namespace, not search_path), so it shows what the
 * arnews configuration really indexes.
 *
 * IDENTIFICATION
 *	  src/pg_debug.c
 *
 *-------------------------------------------------------------------------
 */
#include "arnews.h"

#include "catalog/namespace.h"
#include "catalog/pg_type.h"
#include "miscadmin.h"
#include "nodes/makefuncs.h"
#include "tsearch/ts_cache.h"
#include "tsearch/ts_public.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/tuplestore.h"

#include "normalize.h"
#include "pg_dict.h"
#include "tokenize.h"

#define DEBUG_COLUMNS 11

/* The arnews_dict dictionary of the schema this function lives in */
static TSDictionaryCacheEntry *
own_dictionary(FunctionCallInfo fcinfo)
{
	Oid			nsp = get_func_namespace(fcinfo->flinfo->fn_oid);
	List	   *name = list_make2(makeString(get_namespace_name(nsp)),
								  makeString(pstrdup("arnews_dict")));

	return lookup_ts_dictionary_cache(get_ts_dict_oid(name, false));
}

/* text datum, or NULL for an empty stage */
static Datum
stage(const char *s, bool *isnull)
{
	*isnull = (s == NULL || *s == '\0');
	return *isnull ? (Datum) 0 : CStringGetTextDatum(s);
}

PG_FUNCTION_INFO_V1(arnews_debug);
Datum
arnews_debug(PG_FUNCTION_ARGS)
{
	text	   *in = PG_GETARG_TEXT_PP(0);
	const char *s = VARDATA_ANY(in);
	size_t		len = VARSIZE_ANY_EXHDR(in);
	TupleDesc	desc;
	Tuplestorestate *store;
	TSDictionaryCacheEntry *dict;
	ArnewsDict *d;
	ArnewsTokenizer t;
	ArnewsToken tok;
	ArnewsBuf	norm;
	int			ntok = 0;

	arnews_check_encoding();
	store = arnews_srf_begin(fcinfo, &desc);
	dict = own_dictionary(fcinfo);
	d = (ArnewsDict *) dict->dictData;
	arnews_buf_init(&norm, 64);

	arnews_tokenizer_init(&t, s, len);
	while (arnews_tokenizer_next(&t, &tok))
	{
		Datum		values[DEBUG_COLUMNS];
		bool		nulls[DEBUG_COLUMNS];
		ArnewsStemResult sr;
		DictSubState dstate = {false, false, NULL};
		TSLexeme   *lex;
		int			nlex = 0;
		Datum	   *lexdatums;

		if ((++ntok & 1023) == 0)
			CHECK_FOR_INTERRUPTS();
		if (tok.type == ARNEWS_TOK_BLANK)
			continue;

		arnews_buf_reset(&norm);
		arnews_normalize(s + tok.start, tok.len, &norm);
		memset(nulls, true, sizeof(nulls));
		values[0] = CStringGetTextDatum(arnews_token_type_name(tok.type));
		nulls[0] = false;
		values[1] = PointerGetDatum(cstring_to_text_with_len(s + tok.start, (int) tok.len));
		nulls[1] = false;
		values[2] = stage(norm.data, &nulls[2]);

		if (tok.type == ARNEWS_TOK_ARABIC && norm.len > 0)
		{
			arnews_stem_word_flags(d->stemmer, norm.data, norm.len, d->mode, d->variants,
								   arnews_stem_flags_of(s + tok.start, tok.len), &sr);
			values[3] = stage(sr.proclitics, &nulls[3]);
			values[4] = stage(sr.stripped, &nulls[4]);
			values[5] = stage(sr.enclitic, &nulls[5]);
			values[6] = stage(sr.stem, &nulls[6]);
			values[7] = stage(sr.variant, &nulls[7]);
			values[8] = BoolGetDatum(sr.known);
			nulls[8] = false;
		}

		lex = (TSLexeme *) DatumGetPointer(FunctionCall4(&dict->lexize,
														 PointerGetDatum(dict->dictData),
														 PointerGetDatum(s + tok.start),
														 Int32GetDatum((int32) tok.len),
														 PointerGetDatum(&dstate)));
		if (lex != NULL)
			while (lex[nlex].lexeme != NULL)
				nlex++;
		values[9] = BoolGetDatum(lex != NULL && nlex == 0);
		nulls[9] = false;
		lexdatums = palloc(sizeof(Datum) * (nlex + 1));
		for (int i = 0; i < nlex; i++)
			lexdatums[i] = CStringGetTextDatum(lex[i].lexeme);
		values[10] = PointerGetDatum(construct_array(lexdatums, nlex, TEXTOID, -1, false, TYPALIGN_INT));
		nulls[10] = false;
		tuplestore_putvalues(store, desc, values, nulls);
	}
	arnews_buf_free(&norm);
	PG_FREE_IF_COPY(in, 0);
	return (Datum) 0;
}
