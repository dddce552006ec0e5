/*-------------------------------------------------------------------------
 *
 * ner_key.c
 *		The canonical key of a name given on its own (arnews_entity_key):
 *		the key arnews_entities() gives the name's mentions, so that tables
 *		of names kept by users join to mention tables.
 *
 * The name is run through the recognizer as a one-line text.  When it
 * holds exactly one entity, the key is that entity's canonical (gazetteer
 * canonical, or the normalized clitic-free surface): "لبوتين", "بوتين" and
 * "الرئيس فلاديمير بوتين" all give the key of فلاديمير بوتين.  Otherwise
 * (no entity, or several) the key is the normalized name with white space
 * collapsed, which is what arnews_entities() gives an unknown name found
 * without clitics.
 *
 * IDENTIFICATION
 *	  src/core/ner_key.c
 *
 *-------------------------------------------------------------------------
 */
#include <string.h>

#include "chars.h"
#include "ner.h"
#include "normalize.h"
#include "utf8.h"

/* Append s[0..len) to out with white space runs as one space, trimmed */
static void
append_collapsed(const char *s, size_t len, ArnewsBuf *out)
{
	size_t		pos = 0;
	size_t		base = out->len;
	bool		pending = false;

	while (pos < len)
	{
		size_t		start = pos;
		int32_t		cp = arnews_utf8_next(s, len, &pos);

		if (arnews_char_class(cp) == ARNEWS_CC_SPACE)
		{
			pending = out->len > base;
			continue;
		}
		if (pending)
			arnews_buf_append(out, " ", 1);
		pending = false;
		arnews_buf_append(out, s + start, pos - start);
	}
}

/* Append the canonical key of the name s[0..len) to out (initialized) */
void
arnews_ner_key(const ArnewsNer *ner, const char *s, size_t len,
			   ArnewsNerTickFn tick, void *tick_arg, ArnewsBuf *out)
{
	ArnewsEntityList list;
	ArnewsBuf	norm;

	arnews_entity_list_init(&list);
	arnews_ner_extract(ner, s, len, tick, tick_arg, &list);
	if (list.n == 1)
		arnews_buf_append(out, list.items[0].canonical, strlen(list.items[0].canonical));
	else
	{
		arnews_buf_init(&norm, len + 1);
		arnews_normalize(s, len, &norm);
		append_collapsed(norm.data, norm.len, out);
		arnews_buf_free(&norm);
	}
	arnews_entity_list_free(&list);
}
