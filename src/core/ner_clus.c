/*-------------------------------------------------------------------------
 *
 * ner_clus.c
 *		Word clusters of the named-entity tagger: a table from normalized
 *		word to a 16-bit hierarchical cluster path (data/arnews_ner_clusters.txt,
 *		built by tools/ner_clusters.c), and the annotation of tokens with
 *		the cluster of their word and of its clitic-free form.
 *
 * File format: '#' comment lines, then "word<TAB>bits", bits being a
 * string of 16 '0'/'1' characters (the path from the root of a binary
 * clustering; a prefix of k bits is a coarser cluster).  Words are
 * normalized on loading.  Keys are 64-bit hashes of the normalized word.
 *
 * IDENTIFICATION
 *	  src/core/ner_clus.c
 *
 *-------------------------------------------------------------------------
 */
#include <string.h>

#include "alloc.h"
#include "ner_int.h"
#include "normalize.h"

struct ArnewsNerClus
{
	uint64_t   *keys;			/* 0 = empty */
	uint16_t   *paths;
	size_t		cap;			/* power of two */
	size_t		count;
};

/* A new empty cluster table */
ArnewsNerClus *
arnews_ner_clus_new(void)
{
	ArnewsNerClus *c = arnews_alloc0(sizeof(ArnewsNerClus));

	c->cap = 1024;
	c->keys = arnews_alloc0(c->cap * sizeof(uint64_t));
	c->paths = arnews_alloc0(c->cap * sizeof(uint16_t));
	return c;
}

/* Free a cluster table */
void
arnews_ner_clus_free(ArnewsNerClus *c)
{
	if (c == NULL)
		return;
	arnews_free(c->keys);
	arnews_free(c->paths);
	arnews_free(c);
}

/* True if no cluster has been loaded */
bool
arnews_ner_clus_empty(const ArnewsNerClus *c)
{
	return c == NULL || c->count == 0;
}

/* Slot of key (existing or empty) */
static size_t
slot_of(const ArnewsNerClus *c, uint64_t key)
{
	size_t		i = (size_t) (key ^ (key >> 29)) & (c->cap - 1);

	while (c->keys[i] != 0 && c->keys[i] != key)
		i = (i + 1) & (c->cap - 1);
	return i;
}

/* Double the table */
static void
grow(ArnewsNerClus *c)
{
	uint64_t   *ok = c->keys;
	uint16_t   *op = c->paths;
	size_t		ocap = c->cap;

	c->cap *= 2;
	c->keys = arnews_alloc0(c->cap * sizeof(uint64_t));
	c->paths = arnews_alloc0(c->cap * sizeof(uint16_t));
	for (size_t i = 0; i < ocap; i++)
	{
		if (ok[i] != 0)
		{
			size_t		s = slot_of(c, ok[i]);

			c->keys[s] = ok[i];
			c->paths[s] = op[i];
		}
	}
	arnews_free(ok);
	arnews_free(op);
}

/* Hash of a normalized word */
static inline uint64_t
word_key(const char *w, size_t len)
{
	return arnews_ner_feat_hash("cl", 2, w, len);
}

/* Load "word<TAB>bits" lines; returns the number of words read */
int
arnews_ner_clus_load(ArnewsNerClus *c, const char *buf, size_t len,
					 ArnewsNerWarnFn warn, void *warn_arg)
{
	ArnewsBuf	nb;
	size_t		pos = 0;
	int			lineno = 0;
	int			nread = 0;

	arnews_buf_init(&nb, 128);
	while (pos < len)
	{
		size_t		e = pos,
					tab;
		uint16_t	path = 0;
		int			nbits = 0;
		bool		ok = true;

		while (e < len && buf[e] != '\n')
			e++;
		lineno++;
		if (e == pos || buf[pos] == '#')
		{
			pos = e + 1;
			continue;
		}
		for (tab = pos; tab < e && buf[tab] != '\t'; tab++)
			;
		if (tab == pos || tab >= e)
			ok = false;
		for (size_t i = tab + 1; ok && i < e; i++)
		{
			if (buf[i] == '\r' && i + 1 == e)
				break;
			if ((buf[i] != '0' && buf[i] != '1') || nbits >= 16)
				ok = false;
			else
				path = (uint16_t) ((path << 1) | (buf[i] - '0'));
			nbits++;
		}
		if (!ok || nbits != 16)
		{
			if (warn)
				warn(warn_arg, lineno, "expected word<TAB>16 bits");
			pos = e + 1;
			continue;
		}
		arnews_buf_reset(&nb);
		arnews_normalize(buf + pos, tab - pos, &nb);
		if (nb.len > 0)
		{
			uint64_t	key = word_key(nb.data, nb.len);
			size_t		s;

			if ((c->count + 1) * 2 > c->cap)
				grow(c);
			s = slot_of(c, key);
			if (c->keys[s] == 0)
				c->count++;
			c->keys[s] = key;
			c->paths[s] = path;
			nread++;
		}
		pos = e + 1;
	}
	arnews_buf_free(&nb);
	return nread;
}

/* Cluster path of a normalized word; false if unknown */
static bool
lookup(const ArnewsNerClus *c, const char *w, size_t len, uint16_t *path)
{
	size_t		s;

	if (len == 0 || c->count == 0)
		return false;
	s = slot_of(c, word_key(w, len));
	if (c->keys[s] == 0)
		return false;
	*path = c->paths[s];
	return true;
}

/* Fill the cluster fields of every token of a sentence */
void
arnews_ner_clus_annotate(const ArnewsNerClus *c, ArnewsNerTok *toks, int n,
						 const char *nbuf)
{
	char		tmp[256];

	for (int i = 0; i < n; i++)
	{
		ArnewsNerTok *t = &toks[i];
		const char *w = nbuf + t->norm_off;
		size_t		l = (size_t) t->norm_len;

		t->has_cl = c != NULL && lookup(c, w, l, &t->cl);
		t->has_cls = false;
		if (c == NULL)
			continue;
		if (t->strip_len == 0)
		{
			/* an unknown word may carry a one-letter proclitic: لبوتين */
			if (!t->has_cl && t->shape == 'A' && l >= 8 &&
				(unsigned char) w[0] == 0xD9 &&
				((unsigned char) w[1] == 0x88 || (unsigned char) w[1] == 0x81 ||
				 (unsigned char) w[1] == 0x84 || (unsigned char) w[1] == 0x83))
				t->has_cls = lookup(c, w + 2, l - 2, &t->cls);
			else if (!t->has_cl && t->shape == 'A' && l >= 8 &&
					 (unsigned char) w[0] == 0xD8 && (unsigned char) w[1] == 0xA8)
				t->has_cls = lookup(c, w + 2, l - 2, &t->cls);
			continue;
		}
		/* clitic-free form, with ال restored after لل */
		if (t->strip_al && l - t->strip_len + 2 <= sizeof(tmp))
		{
			memcpy(tmp, "\xD8\xA7", 2);
			memcpy(tmp + 2, w + t->strip_len, l - t->strip_len);
			t->has_cls = lookup(c, tmp, l - t->strip_len + 2, &t->cls);
		}
		else if (!t->strip_al)
			t->has_cls = lookup(c, w + t->strip_len, l - t->strip_len, &t->cls);
	}
}
