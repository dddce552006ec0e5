/*-------------------------------------------------------------------------
 *
 * ner_gaz.c
 *		The gazetteer of the named-entity recognizer: names with their type
 *		and canonical key, nationality adjectives, titles and descriptor
 *		nouns; longest-match lookup over the tokens of a sentence, reading
 *		through proclitics (وموسكو، بموسكو، للكرملين).
 *
 * File format (data/arnews_gazetteer*.txt): '#' comment lines, then
 *		TYPE<TAB>canonical<TAB>variant|variant|...
 * TYPE is PER, LOC, ORG (the canonical is also a surface form), NORP (the
 * canonical is the country; each variant is a masculine singular nisba
 * such as روسي or كوري شمالي whose words ending in ي are inflected with
 * ة ين ون ان تان تين, or a plural such as روس; every form is also
 * accepted with ال), or a word class TITLE, TMOD, LDESC, ODESC (used by
 * the span rules), FNAME, LNAME (given and family names), OHEAD, LHEAD
 * (organization and place head words that stay inside names) or NPART
 * (name particles), the last five only as tagger features (the canonical
 * and variants are single words).  The variants column may be
 * empty.  Everything is normalized on loading.
 *
 * IDENTIFICATION
 *	  src/core/ner_gaz.c
 *
 *-------------------------------------------------------------------------
 */
#include <string.h>

#include "alloc.h"
#include "chars.h"
#include "ner_int.h"
#include "normalize.h"

/* A string -> int open-addressing table */
typedef struct StrTab
{
	uint64_t   *hash;			/* 0 = empty */
	size_t	   *koff;			/* key offset in pool */
	int		   *klen;
	int		   *val;
	size_t		cap;
	size_t		count;
} StrTab;

typedef struct GazEntry
{
	ArnewsNerKind kind;
	size_t		canon_off;		/* in pool, NUL-terminated */
} GazEntry;

struct ArnewsNerGaz
{
	ArnewsBuf	pool;			/* keys and canonicals */
	StrTab		entries;		/* phrase -> entry index */
	StrTab		firsts;			/* first word -> max tokens */
	StrTab		wclass;			/* word -> ARNEWS_NER_WC_* */
	GazEntry   *ents;
	int			nents;
	int			capents;
};

/* Hash of a byte string */
static uint64_t
str_hash(const char *s, size_t len)
{
	return arnews_ner_feat_hash("", 0, s, len);
}

/* Initialize a table */
static void
tab_init(StrTab *t)
{
	t->cap = 256;
	t->count = 0;
	t->hash = arnews_alloc0(t->cap * sizeof(uint64_t));
	t->koff = arnews_alloc0(t->cap * sizeof(size_t));
	t->klen = arnews_alloc0(t->cap * sizeof(int));
	t->val = arnews_alloc0(t->cap * sizeof(int));
}

/* Free a table */
static void
tab_free(StrTab *t)
{
	arnews_free(t->hash);
	arnews_free(t->koff);
	arnews_free(t->klen);
	arnews_free(t->val);
}

/* Slot holding key s, or the empty slot where it would go */
static size_t
tab_slot(const StrTab *t, const char *pool, const char *s, size_t len, uint64_t h)
{
	size_t		i = (size_t) (h ^ (h >> 31)) & (t->cap - 1);

	while (t->hash[i] != 0)
	{
		if (t->hash[i] == h && (size_t) t->klen[i] == len &&
			memcmp(pool + t->koff[i], s, len) == 0)
			return i;
		i = (i + 1) & (t->cap - 1);
	}
	return i;
}

/* Look up s; -1 if absent */
static int
tab_get(const StrTab *t, const char *pool, const char *s, size_t len)
{
	size_t		i;

	if (t->count == 0)
		return -1;
	i = tab_slot(t, pool, s, len, str_hash(s, len));
	return t->hash[i] ? t->val[i] : -1;
}

/* Insert or find key (copied to the pool); returns a pointer to its value */
static int *
tab_put(StrTab *t, ArnewsBuf *pool, const char *s, size_t len, int initial)
{
	uint64_t	h = str_hash(s, len);
	size_t		i;

	if ((t->count + 1) * 2 > t->cap)
	{
		StrTab		o = *t;

		t->cap *= 2;
		t->hash = arnews_alloc0(t->cap * sizeof(uint64_t));
		t->koff = arnews_alloc0(t->cap * sizeof(size_t));
		t->klen = arnews_alloc0(t->cap * sizeof(int));
		t->val = arnews_alloc0(t->cap * sizeof(int));
		for (size_t k = 0; k < o.cap; k++)
		{
			if (o.hash[k])
			{
				size_t		j = (size_t) (o.hash[k] ^ (o.hash[k] >> 31)) & (t->cap - 1);

				while (t->hash[j] != 0)
					j = (j + 1) & (t->cap - 1);
				t->hash[j] = o.hash[k];
				t->koff[j] = o.koff[k];
				t->klen[j] = o.klen[k];
				t->val[j] = o.val[k];
			}
		}
		tab_free(&o);
	}
	i = tab_slot(t, pool->data, s, len, h);
	if (t->hash[i] == 0)
	{
		t->hash[i] = h;
		t->koff[i] = pool->len;
		t->klen[i] = (int) len;
		t->val[i] = initial;
		arnews_buf_append(pool, s, len);
		arnews_buf_append(pool, "", 1);
		t->count++;
	}
	return &t->val[i];
}

/* A new empty gazetteer */
ArnewsNerGaz *
arnews_ner_gaz_new(void)
{
	ArnewsNerGaz *g = arnews_alloc0(sizeof(ArnewsNerGaz));

	arnews_buf_init(&g->pool, 4096);
	tab_init(&g->entries);
	tab_init(&g->firsts);
	tab_init(&g->wclass);
	return g;
}

/* Free a gazetteer */
void
arnews_ner_gaz_free(ArnewsNerGaz *g)
{
	if (g == NULL)
		return;
	arnews_buf_free(&g->pool);
	tab_free(&g->entries);
	tab_free(&g->firsts);
	tab_free(&g->wclass);
	arnews_free(g->ents);
	arnews_free(g);
}

/*
 * Normalize s and collapse each run of white space (any Unicode space) to
 * one space, trimmed at both ends, into out (reset); ner_int.h
 */
void
arnews_ner_norm_phrase(const char *s, size_t len, ArnewsBuf *out)
{
	ArnewsBuf	tmp;
	size_t		pos = 0;
	bool		space = false;

	arnews_buf_reset(out);
	arnews_buf_init(&tmp, len + 8);
	arnews_normalize(s, len, &tmp);
	while (pos < tmp.len)
	{
		size_t		start = pos;
		int32_t		cp = arnews_utf8_next(tmp.data, tmp.len, &pos);

		if (arnews_char_class(cp) == ARNEWS_CC_SPACE)
		{
			space = out->len > 0;
			continue;
		}
		if (space)
			arnews_buf_append(out, " ", 1);
		space = false;
		arnews_buf_append(out, tmp.data + start, pos - start);
	}
	arnews_buf_free(&tmp);
}

/* Number of space-separated words in a normalized phrase */
static int
count_words(const char *s, size_t len)
{
	int			n = len > 0 ? 1 : 0;

	for (size_t i = 0; i < len; i++)
		if (s[i] == ' ')
			n++;
	return n;
}

/* Add one surface form for entry e */
static void
add_form(ArnewsNerGaz *g, const char *s, size_t len, int e)
{
	int		   *v;
	int			nw;
	size_t		fl = 0;

	if (len == 0)
		return;
	v = tab_put(&g->entries, &g->pool, s, len, e);
	/* names win over nationality forms; otherwise the first entry wins */
	if (*v != e && g->ents[*v].kind == ARNEWS_NER_NORP &&
		g->ents[e].kind != ARNEWS_NER_NORP)
		*v = e;
	nw = count_words(s, len);
	while (fl < len && s[fl] != ' ')
		fl++;
	v = tab_put(&g->firsts, &g->pool, s, fl, nw);
	if (*v < nw)
		*v = nw;
}

static const char *const norp_suffixes[] = {
	"", "\xD9\x87", "\xD9\x8A\xD9\x86", "\xD9\x88\xD9\x86", "\xD8\xA7\xD9\x86",
	"\xD8\xAA\xD8\xA7\xD9\x86", "\xD8\xAA\xD9\x8A\xD9\x86"
};
#define AL "\xD8\xA7\xD9\x84"

/* Add the inflected forms of a nisba phrase (with and without ال) */
static void
add_norp_forms(ArnewsNerGaz *g, const char *s, size_t len, int e)
{
	int			nsfx = (len >= 2 && (unsigned char) s[len - 2] == 0xD9 &&
						(unsigned char) s[len - 1] == 0x8A) ? 7 : 1;
	ArnewsBuf	out;

	arnews_buf_init(&out, 128);
	for (int k = 0; k < nsfx; k++)
	{
		for (int al = 0; al < 2; al++)
		{
			size_t		p = 0;

			arnews_buf_reset(&out);
			while (p < len)
			{
				size_t		q = p;

				while (q < len && s[q] != ' ')
					q++;
				if (out.len)
					arnews_buf_append(&out, " ", 1);
				if (al && !(q - p > 4 && memcmp(s + p, AL, 4) == 0))
					arnews_buf_append(&out, AL, 4);
				arnews_buf_append(&out, s + p, q - p);
				if (q - p >= 2 && (unsigned char) s[q - 2] == 0xD9 &&
					(unsigned char) s[q - 1] == 0x8A)
					arnews_buf_append(&out, norp_suffixes[k], strlen(norp_suffixes[k]));
				p = q + 1;
			}
			add_form(g, out.data, out.len, e);
		}
	}
	arnews_buf_free(&out);
}

/* Load one gazetteer file; returns the number of entries read */
int
arnews_ner_gaz_load(ArnewsNerGaz *g, const char *buf, size_t len,
					ArnewsNerWarnFn warn, void *warn_arg)
{
	size_t		pos = 0;
	int			lineno = 0;
	int			nread = 0;
	ArnewsBuf	nb;

	arnews_buf_init(&nb, 256);
	while (pos < len)
	{
		size_t		p = pos,
					e = pos,
					t1,
					t2;
		int			kind = -1,
					wc = 0;
		const char *ty;
		size_t		tyl;

		while (e < len && buf[e] != '\n')
			e++;
		lineno++;
		pos = e + 1;
		if (e > p && buf[e - 1] == '\r')
			e--;
		if (e == p || buf[p] == '#')
			continue;
		for (t1 = p; t1 < e && buf[t1] != '\t'; t1++)
			;
		for (t2 = t1 + 1; t2 < e && buf[t2] != '\t'; t2++)
			;
		if (t1 >= e || t2 == t1 + 1)
		{
			if (warn)
				warn(warn_arg, lineno, "expected TYPE<TAB>canonical<TAB>variants");
			continue;
		}
		ty = buf + p;
		tyl = t1 - p;
		if (tyl == 3 && memcmp(ty, "PER", 3) == 0)
			kind = ARNEWS_NER_PER;
		else if (tyl == 3 && memcmp(ty, "LOC", 3) == 0)
			kind = ARNEWS_NER_LOC;
		else if (tyl == 3 && memcmp(ty, "ORG", 3) == 0)
			kind = ARNEWS_NER_ORG;
		else if (tyl == 4 && memcmp(ty, "NORP", 4) == 0)
			kind = ARNEWS_NER_NORP;
		else if (tyl == 5 && memcmp(ty, "TITLE", 5) == 0)
			wc = ARNEWS_NER_WC_TITLE;
		else if (tyl == 4 && memcmp(ty, "TMOD", 4) == 0)
			wc = ARNEWS_NER_WC_TITLEMOD;
		else if (tyl == 5 && memcmp(ty, "LDESC", 5) == 0)
			wc = ARNEWS_NER_WC_LOCDESC;
		else if (tyl == 5 && memcmp(ty, "ODESC", 5) == 0)
			wc = ARNEWS_NER_WC_ORGDESC;
		else if (tyl == 5 && memcmp(ty, "FNAME", 5) == 0)
			wc = ARNEWS_NER_WC_FNAME;
		else if (tyl == 5 && memcmp(ty, "LNAME", 5) == 0)
			wc = ARNEWS_NER_WC_LNAME;
		else if (tyl == 5 && memcmp(ty, "OHEAD", 5) == 0)
			wc = ARNEWS_NER_WC_OHEAD;
		else if (tyl == 5 && memcmp(ty, "LHEAD", 5) == 0)
			wc = ARNEWS_NER_WC_LHEAD;
		else if (tyl == 5 && memcmp(ty, "NPART", 5) == 0)
			wc = ARNEWS_NER_WC_NPART;
		else if (tyl == 4 && memcmp(ty, "NAME", 4) == 0)
			wc = ARNEWS_NER_WC_NAME;
		else
		{
			if (warn)
				warn(warn_arg, lineno, "unknown type");
			continue;
		}
		if (wc)
		{
			/* canonical and every variant are words of that class */
			size_t		q = t1 + 1;

			while (q < e)
			{
				size_t		r = q;

				while (r < e && buf[r] != '\t' && buf[r] != '|')
					r++;
				arnews_ner_norm_phrase(buf + q, r - q, &nb);
				if (nb.len)
					*tab_put(&g->wclass, &g->pool, nb.data, nb.len, wc) = wc;
				q = r + 1;
			}
			nread++;
			continue;
		}
		/* a new entry */
		if (g->nents == g->capents)
		{
			g->capents = g->capents ? g->capents * 2 : 256;
			g->ents = arnews_realloc(g->ents, g->capents * sizeof(GazEntry));
		}
		arnews_ner_norm_phrase(buf + t1 + 1, t2 - t1 - 1, &nb);
		g->ents[g->nents].kind = (ArnewsNerKind) kind;
		g->ents[g->nents].canon_off = g->pool.len;
		arnews_buf_append(&g->pool, nb.data, nb.len);
		arnews_buf_append(&g->pool, "", 1);
		g->nents++;
		if (kind != ARNEWS_NER_NORP)
			add_form(g, nb.data, nb.len, g->nents - 1);
		{
			size_t		q = t2 + 1;

			while (q < e)
			{
				size_t		r = q;

				while (r < e && buf[r] != '|' && buf[r] != '\t')
					r++;
				arnews_ner_norm_phrase(buf + q, r - q, &nb);
				if (kind == ARNEWS_NER_NORP)
					add_norp_forms(g, nb.data, nb.len, g->nents - 1);
				else
					add_form(g, nb.data, nb.len, g->nents - 1);
				q = r + 1;
			}
		}
		nread++;
	}
	arnews_buf_free(&nb);
	return nread;
}

/* Word class of a normalized word */
int
arnews_ner_gaz_wclass(const ArnewsNerGaz *g, const char *w, size_t len)
{
	int			v;

	if (g == NULL)
		return 0;
	v = tab_get(&g->wclass, g->pool.data, w, len);
	return v < 0 ? 0 : v;
}

/* Is w a single-token entry? */
bool
arnews_ner_gaz_known(const ArnewsNerGaz *g, const char *w, size_t len)
{
	return g != NULL && tab_get(&g->entries, g->pool.data, w, len) >= 0;
}

/*
 * Proclitic readings of a normalized Arabic word: bytes to skip and
 * whether ال is restored (لل).  Returns the number of readings; reading 0
 * is the word itself.
 */
static int
clitic_readings(const char *w, size_t len, int *skip, bool *al)
{
	int			n = 0;
	size_t		p = 0;

	skip[n] = 0;
	al[n++] = false;
	if (len < 6)
		return n;
	/* و ف */
	if ((unsigned char) w[0] == 0xD9 && ((unsigned char) w[1] == 0x88 ||
										 (unsigned char) w[1] == 0x81))
	{
		skip[n] = 2;
		al[n++] = false;
		p = 2;
	}
	if (len >= p + 6 && (unsigned char) w[p] == 0xD9 && (unsigned char) w[p + 1] == 0x84 &&
		(unsigned char) w[p + 2] == 0xD9 && (unsigned char) w[p + 3] == 0x84)
	{
		/* لل: ل + ال */
		skip[n] = (int) p + 4;
		al[n++] = true;
	}
	if (len >= p + 6 &&
		(((unsigned char) w[p] == 0xD8 && (unsigned char) w[p + 1] == 0xA8) ||
		 ((unsigned char) w[p] == 0xD9 && ((unsigned char) w[p + 1] == 0x84 ||
										   (unsigned char) w[p + 1] == 0x83))))
	{
		skip[n] = (int) p + 2;
		al[n++] = false;
	}
	return n;
}

/* Longest entry starting at toks[i] */
bool
arnews_ner_gaz_match(const ArnewsNerGaz *g, const ArnewsNerTok *toks, int n, int i,
					 const char *nbuf, ArnewsNerGazMatch *m)
{
	int			skip[4];
	bool		al[4];
	int			nr;
	const char *w;
	size_t		wl;
	char		key[512];
	bool		found = false;

	if (g == NULL || g->nents == 0 || toks[i].shape == 'P')
		return false;
	w = nbuf + toks[i].norm_off;
	wl = (size_t) toks[i].norm_len;
	skip[0] = 0;
	al[0] = false;
	nr = toks[i].shape == 'A' ? clitic_readings(w, wl, skip, al) : 1;
	for (int r = 0; r < nr; r++)
	{
		size_t		kl = 0;
		int			maxw;

		if (al[r])
		{
			memcpy(key, AL, 4);
			kl = 4;
		}
		if ((size_t) skip[r] > wl || wl - skip[r] + kl > 200)
			continue;
		memcpy(key + kl, w + skip[r], wl - skip[r]);
		kl += wl - skip[r];
		maxw = tab_get(&g->firsts, g->pool.data, key, kl);
		if (maxw <= 0)
			continue;
		{
			size_t		ends[ARNEWS_NER_MAX_GAZ_TOKENS + 1];
			int			nt = 1;

			ends[1] = kl;
			while (nt < maxw && nt < ARNEWS_NER_MAX_GAZ_TOKENS && i + nt < n)
			{
				const ArnewsNerTok *t = &toks[i + nt];

				if (t->shape == 'P' || kl + 1 + t->norm_len > sizeof(key))
					break;
				key[kl++] = ' ';
				memcpy(key + kl, nbuf + t->norm_off, t->norm_len);
				kl += t->norm_len;
				nt++;
				ends[nt] = kl;
			}
			for (int k = nt; k >= 1; k--)
			{
				int			e;

				if (found && k <= m->ntok)
					break;
				e = tab_get(&g->entries, g->pool.data, key, ends[k]);
				if (e >= 0)
				{
					m->ntok = k;
					m->strip = skip[r];
					m->strip_al = al[r];
					m->kind = g->ents[e].kind;
					m->canonical = g->pool.data + g->ents[e].canon_off;
					found = true;
					break;
				}
			}
		}
	}
	return found;
}

/* Word class of a token, else of its form without a simple proclitic */
static int
tok_wclass(const ArnewsNerGaz *g, const ArnewsNerTok *t, const char *nbuf)
{
	int			wc = arnews_ner_gaz_wclass(g, nbuf + t->norm_off, t->norm_len);

	if (wc == 0 && t->strip_len > 0 && !t->strip_al)
		wc = arnews_ner_gaz_wclass(g, nbuf + t->norm_off + t->strip_len,
								   t->norm_len - t->strip_len);
	return wc;
}

/* Fill gaz tags, word classes and nationality flags of a sentence */
void
arnews_ner_gaz_annotate(const ArnewsNerGaz *g, ArnewsNerTok *toks, int n,
						const char *nbuf)
{
	for (int i = 0; i < n; i++)
	{
		ArnewsNerTok *t = &toks[i];

		t->gaz = 0;
		t->gent = false;
		t->wclass = 0;
		if (t->shape != 'A' || g == NULL)
			continue;
		t->wclass = tok_wclass(g, t, nbuf);
	}
	for (int i = 0; i < n;)
	{
		ArnewsNerGazMatch m;

		if (arnews_ner_gaz_match(g, toks, n, i, nbuf, &m))
		{
			for (int k = 0; k < m.ntok; k++)
			{
				if (m.kind == ARNEWS_NER_NORP)
					toks[i + k].gent = true;
				else
					toks[i + k].gaz = k == 0 ? ARNEWS_NER_TAG_B(m.kind) : ARNEWS_NER_TAG_I(m.kind);
			}
			i += m.ntok;
		}
		else
			i++;
	}
}

/* Fill name-list tags and name-word flags of a sentence (features only) */
void
arnews_ner_lists_annotate(const ArnewsNerGaz *g, ArnewsNerTok *toks, int n,
						  const char *nbuf)
{
	for (int i = 0; i < n; i++)
	{
		ArnewsNerTok *t = &toks[i];

		t->lgaz = 0;
		t->lname = false;
		if (t->shape != 'A' || g == NULL || g->wclass.count == 0)
			continue;
		t->lname = tok_wclass(g, t, nbuf) == ARNEWS_NER_WC_NAME;
	}
	for (int i = 0; i < n;)
	{
		ArnewsNerGazMatch m;

		if (arnews_ner_gaz_match(g, toks, n, i, nbuf, &m) && m.kind != ARNEWS_NER_NORP &&
			m.kind != ARNEWS_NER_MISC)
		{
			for (int k = 0; k < m.ntok; k++)
				toks[i + k].lgaz = k == 0 ? ARNEWS_NER_TAG_B(m.kind) : ARNEWS_NER_TAG_I(m.kind);
			i += m.ntok;
		}
		else
			i++;
	}
}
