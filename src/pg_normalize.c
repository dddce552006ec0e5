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

#include "miscadmin.h"
#include "utils/builtins.h"

#include "normalize.h"

/* Bytes normalized between two interrupt checks */
#define ARNEWS_NORMALIZE_CHUNK (1024 * 1024)

PG_FUNCTION_INFO_V1(arnews_normalize_text);
Datum
arnews_normalize_text(PG_FUNCTION_ARGS)
{
	text	   *in = PG_GETARG_TEXT_PP(0);
	const char *s = VARDATA_ANY(in);
	size_t		len = VARSIZE_ANY_EXHDR(in);
	size_t		pos = 0;
	ArnewsBuf	out;
	text	   *result;

	arnews_check_encoding();
	arnews_buf_init(&out, len + 16);

	/*
	 * Normalize in chunks that end at an ASCII white space, checking for
	 * interrupts between them.  No rule looks across white space, so the
	 * result equals one call over the whole text.
	 */
	while (pos < len)
	{
		size_t		end = pos + ARNEWS_NORMALIZE_CHUNK < len ? pos + ARNEWS_NORMALIZE_CHUNK : len;

		while (end < len && s[end] != ' ' && s[end] != '\n')
			end++;
		arnews_normalize(s + pos, end - pos, &out);
		pos = end;
		CHECK_FOR_INTERRUPTS();
	}
	result = cstring_to_text_with_len(out.data, (int) out.len);
	arnews_buf_free(&out);
	PG_FREE_IF_COPY(in, 0);
	PG_RETURN_TEXT_P(result);
}
