/*-------------------------------------------------------------------------
 *
 * pg_normalize.c
 *		SQL function arnews_normalize(text).
 *
 * IDENTIFICATION
 *	  src/pg_normalize.c
 *
 *-------------------------------------------------------------------------
 */
#include "arnews.h"

#include "utils/builtins.h"

#include "normalize.h"

PG_FUNCTION_INFO_V1(arnews_normalize_text);
Datum
arnews_normalize_text(PG_FUNCTION_ARGS)
{
	text	   *in = PG_GETARG_TEXT_PP(0);
	ArnewsBuf	out;
	text	   *result;

	arnews_check_encoding();
	arnews_buf_init(&out, VARSIZE_ANY_EXHDR(in) + 16);
	arnews_normalize(VARDATA_ANY(in), VARSIZE_ANY_EXHDR(in), &out);
	result = cstring_to_text_with_len(out.data, (int) out.len);
	arnews_buf_free(&out);
	PG_FREE_IF_COPY(in, 0);
	PG_RETURN_TEXT_P(result);
}
