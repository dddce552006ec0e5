/*-------------------------------------------------------------------------
 *
 * pg_entities.c
 *		SQL functions arnews_entities(text): named entities with canonical
 *		keys, and arnews_entity_key(text): the key of a name given on its
 *		own; over the pure NER engine (src/core/ner*.c).
 *
 * The model, gazetteer, cluster and name-list files are read from the tsearch_data directory
 * once per backend.  They are loaded into a fresh memory context under the
 * calling query's context, which is moved under CacheMemoryContext only
 * when loading succeeded: an error while loading leaks nothing.
 *
 * IDENTIFICATION
 *	  src/pg_entities.c
 *
 *-------------------------------------------------------------------------
 */
#include "arnews.h"

#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/tuplestore.h"

#include "ner.h"

#define ENTITY_COLUMNS 5

static ArnewsNer *ner_cache = NULL;

/* Load one data file into the engine */
static void
load_ner_file(ArnewsNer *ner, ArnewsNerData kind, const char *basename)
{
	Size		len;
	char	   *path;
	char	   *buf = arnews_read_data_file(basename, "txt", &len, &path);

	arnews_ner_load(ner, kind, buf, len, arnews_warn_data_line, path);
	pfree(buf);					/* the engine copies what it keeps */
}

/* The backend's engine, loaded on first use */
static const ArnewsNer *
get_ner(void)
{
	MemoryContext cxt;
	MemoryContext old;
	ArnewsNer  *ner;

	if (ner_cache != NULL)
		return ner_cache;
	cxt = AllocSetContextCreate(CurrentMemoryContext, "arnews entities cache",
								ALLOCSET_DEFAULT_SIZES);
	old = MemoryContextSwitchTo(cxt);
	ner = arnews_ner_new();
	load_ner_file(ner, ARNEWS_NER_DATA_MODEL, "arnews_ner_model");
	load_ner_file(ner, ARNEWS_NER_DATA_GAZETTEER, "arnews_gazetteer");
	load_ner_file(ner, ARNEWS_NER_DATA_CLUSTERS, "arnews_ner_clusters");
	load_ner_file(ner, ARNEWS_NER_DATA_LISTS, "arnews_ner_lists");
	MemoryContextSwitchTo(old);
	MemoryContextSetParent(cxt, CacheMemoryContext);
	ner_cache = ner;
	return ner_cache;
}

/* Interrupt hook the engine calls every few thousand tokens */
static void
entities_tick(void *arg)
{
	CHECK_FOR_INTERRUPTS();
}

/* Entities of a text as (kind, surface, canonical, start, length) rows */
PG_FUNCTION_INFO_V1(arnews_entities);
Datum
arnews_entities(PG_FUNCTION_ARGS)
{
	text	   *in = PG_GETARG_TEXT_PP(0);
	const char *s = VARDATA_ANY(in);
	size_t		len = VARSIZE_ANY_EXHDR(in);
	TupleDesc	desc;
	Tuplestorestate *store;
	ArnewsEntityList list;
	Size		cache_byte = 0;
	int			cache_char = 0;

	arnews_check_encoding();
	store = arnews_srf_begin(fcinfo, &desc);
	arnews_entity_list_init(&list);
	arnews_ner_extract(get_ner(), s, len, entities_tick, NULL, &list);

	for (int i = 0; i < list.n; i++)
	{
		ArnewsEntity *e = &list.items[i];
		Datum		values[ENTITY_COLUMNS];
		bool		nulls[ENTITY_COLUMNS] = {false, false, false, false, false};
		int			start = arnews_char_position(s, e->start, &cache_byte, &cache_char);
		int			end = arnews_char_position(s, e->end, &cache_byte, &cache_char);

		values[0] = CStringGetTextDatum(arnews_ner_kind_name(e->kind));
		values[1] = PointerGetDatum(cstring_to_text_with_len(s + e->start, (int) (e->end - e->start)));
		values[2] = CStringGetTextDatum(e->canonical);
		values[3] = Int32GetDatum(start);
		values[4] = Int32GetDatum(end - start);
		tuplestore_putvalues(store, desc, values, nulls);
	}
	arnews_entity_list_free(&list);
	PG_FREE_IF_COPY(in, 0);
	return (Datum) 0;
}

/* The canonical key of a name given on its own (src/core/ner_key.c) */
PG_FUNCTION_INFO_V1(arnews_entity_key);
Datum
arnews_entity_key(PG_FUNCTION_ARGS)
{
	text	   *in = PG_GETARG_TEXT_PP(0);
	ArnewsBuf	key;
	text	   *result;

	arnews_check_encoding();
	arnews_buf_init(&key, VARSIZE_ANY_EXHDR(in) + 16);
	arnews_ner_key(get_ner(), VARDATA_ANY(in), VARSIZE_ANY_EXHDR(in),
				   entities_tick, NULL, &key);
	result = cstring_to_text_with_len(key.data, (int) key.len);
	arnews_buf_free(&key);
	PG_FREE_IF_COPY(in, 0);
	PG_RETURN_TEXT_P(result);
}
