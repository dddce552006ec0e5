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
 * collapsed, as the gazetteer's own names are (arnews_ner_norm_phrase),
 * which is what arnews_entities() gives an unknown name found without
 * clitics.
 *
 * IDENTIFICATION
 *	  src/core/ner_key.c
 *
 *-------------------------------------------------------------------------
 */
#include <string.h>

#include "ner_int.h"

/* The canonical key of the name s[0..len), into out (reset) */
void
arnews_ner_key(const ArnewsNer *ner, const char *s, size_t len,
			   ArnewsNerTickFn tick, void *tick_arg, ArnewsBuf *out)
{
	ArnewsEntityList list;

	arnews_entity_list_init(&list);
	arnews_ner_extract(ner, s, len, tick, tick_arg, &list);
	if (list.n == 1)
	{
		arnews_buf_reset(out);
		arnews_buf_append(out, list.items[0].canonical, strlen(list.items[0].canonical));
	}
	else
		arnews_ner_norm_phrase(s, len, out);
	arnews_entity_list_free(&list);
}
