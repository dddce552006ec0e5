/*-------------------------------------------------------------------------
 *
 * arnews.c
 *		Module magic, and helpers shared by the glue: the encoding check,
 *		data file reading and character positions.
 *
 * IDENTIFICATION
 *	  src/arnews.c
 *
 *-------------------------------------------------------------------------
 */
#include "arnews.h"

#include "funcapi.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "storage/fd.h"
#include "tsearch/ts_locale.h"
#include "tsearch/ts_utils.h"
#include "utils/tuplestore.h"

#include "pg_rank.h"
#include "utf8.h"

#if PG_VERSION_NUM >= 180000
PG_MODULE_MAGIC_EXT(.name = "arnews", .version = ARNEWS_VERSION);
#else
PG_MODULE_MAGIC;
#endif

void		_PG_init(void);

/* Settings of the whole module */
void
_PG_init(void)
{
	arnews_rank_init();
}

void
arnews_check_encoding(void)
{
	if (GetDatabaseEncoding() != PG_UTF8)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("arnews requires a UTF8 database"),
				 errdetail("The database encoding is %s.", GetDatabaseEncodingName()),
				 errhint("Create the database with ENCODING 'UTF8'.")));
}

/*
 * Read the whole file <basename>.<suffix> of the tsearch_data directory.
 * get_tsearch_config_filename() accepts only [a-z0-9_] basenames, so no
 * path can be smuggled in through a dictionary option.
 */
char *
arnews_read_data_file(const char *basename, const char *suffix, Size *len, char **path_out)
{
	char	   *path = get_tsearch_config_filename(basename, suffix);
	FILE	   *f;
	StringInfoData buf;
	char		chunk[8192];
	size_t		n;

	f = AllocateFile(path, "r");
	if (f == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_CONFIG_FILE_ERROR),
				 errmsg("could not open arnews data file \"%s\": %m", path)));
	initStringInfo(&buf);
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		appendBinaryStringInfo(&buf, chunk, (int) n);
	if (ferror(f))
		ereport(ERROR,
				(errcode_for_file_access(),
				 errmsg("could not read arnews data file \"%s\": %m", path)));
	FreeFile(f);
	if (pg_verifymbstr(buf.data, buf.len, true) == false)
		ereport(ERROR,
				(errcode(ERRCODE_CONFIG_FILE_ERROR),
				 errmsg("arnews data file \"%s\" is not valid UTF-8", path)));
	*len = buf.len;
	if (path_out)
		*path_out = path;
	return buf.data;
}

void
arnews_warn_data_line(void *path, int lineno, const char *message)
{
	ereport(WARNING,
			(errcode(ERRCODE_CONFIG_FILE_ERROR),
			 errmsg("skipping line %d of arnews data file \"%s\": %s",
					lineno, (const char *) path, message)));
}

/*
 * Character position (1-based) of byte_offset.  Callers that walk offsets
 * in increasing order pass a cache so the whole text is scanned once.
 */
int
arnews_char_position(const char *buf, Size byte_offset, Size *cache_byte, int *cache_char)
{
	Size		from = 0;
	int			chars = 0;

	if (cache_byte && *cache_byte <= byte_offset)
	{
		from = *cache_byte;
		chars = *cache_char;
	}
	chars += (int) arnews_utf8_count(buf + from, byte_offset - from);
	if (cache_byte)
	{
		*cache_byte = byte_offset;
		*cache_char = chars;
	}
	return chars + 1;
}

Tuplestorestate *
arnews_srf_begin(FunctionCallInfo fcinfo, TupleDesc *desc)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	MemoryContext oldcxt;
	Tuplestorestate *store;
	TupleDesc	tupdesc;

	if (rsinfo == NULL || !IsA(rsinfo, ReturnSetInfo))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("set-valued function called in context that cannot accept a set")));
	if (!(rsinfo->allowedModes & SFRM_Materialize))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("materialize mode required, but it is not allowed in this context")));
	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "return type must be a row type");

	oldcxt = MemoryContextSwitchTo(rsinfo->econtext->ecxt_per_query_memory);
	tupdesc = CreateTupleDescCopy(tupdesc);
	store = tuplestore_begin_heap(true, false, work_mem);
	rsinfo->returnMode = SFRM_Materialize;
	rsinfo->setResult = store;
	rsinfo->setDesc = tupdesc;
	MemoryContextSwitchTo(oldcxt);
	*desc = tupdesc;
	return store;
}
