/*-------------------------------------------------------------------------
 *
 * ner_feat.c
 *		Token preparation and feature extraction of the named-entity tagger,
 *		shared by the runtime and by the trainer (tools/ner_train.c).
 *
 * Features are hashed (64-bit FNV-1a of "template" and value) so that the
 * runtime never builds strings; the trainer also records the text of each
 * feature so that the model file stays readable.
 *
 * IDENTIFICATION
 *	  src/core/ner_feat.c
 *
 *-------------------------------------------------------------------------
 */
#include <string.h>

#include "chars.h"
#include "ner_int.h"
#include "normalize.h"

#define FNV_OFFSET 0xcbf29ce484222325ULL
#define FNV_PRIME 0x100000001b3ULL

static const char *const tag_names[ARNEWS_NER_NTAGS] = {
	"O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"
};

/* Tag name */
const char *
arnews_ner_tag_name(int tag)
{
	if (tag < 0 || tag >= ARNEWS_NER_NTAGS)
		return "?";
	return tag_names[tag];
}

/* Parse a tag name (PERS is accepted for PER); -1 if unknown */
int
arnews_ner_tag_parse(const char *s, size_t len)
{
	for (int t = 0; t < ARNEWS_NER_NTAGS; t++)
		if (strlen(tag_names[t]) == len && memcmp(tag_names[t], s, len) == 0)
			return t;
	if (len == 6 && memcmp(s, "B-PERS", 6) == 0)
		return ARNEWS_NER_TAG_B(ARNEWS_NER_PER);
	if (len == 6 && memcmp(s, "I-PERS", 6) == 0)
		return ARNEWS_NER_TAG_I(ARNEWS_NER_PER);
	return -1;
}

/* FNV-1a over template, a separator and value */
uint64_t
arnews_ner_feat_hash(const char *tmpl, size_t tlen, const char *val, size_t vlen)
{
	uint64_t	h = FNV_OFFSET;

	for (size_t i = 0; i < tlen; i++)
	{
		h ^= (unsigned char) tmpl[i];
		h *= FNV_PRIME;
	}
	h ^= (unsigned char) '=';
	h *= FNV_PRIME;
	for (size_t i = 0; i < vlen; i++)
	{
		h ^= (unsigned char) val[i];
		h *= FNV_PRIME;
	}
	/* never 0: 0 marks an empty slot in hash tables */
	return h ? h : 1;
}

/* Transition feature "T=<prev tag>" */
uint64_t
arnews_ner_trans_hash(int prev)
{
	const char *name = prev >= ARNEWS_NER_NTAGS ? "START" : tag_names[prev];

	return arnews_ner_feat_hash("T", 1, name, strlen(name));
}

/* Two-byte Arabic letter test on normalized text */
static inline bool
is_letter2(const char *s, size_t len, size_t pos, unsigned char b0, unsigned char b1)
{
	return pos + 1 < len && (unsigned char) s[pos] == b0 &&
		(unsigned char) s[pos + 1] == b1;
}

#define IS_WAW(s, l, p) is_letter2(s, l, p, 0xD9, 0x88)
#define IS_FA(s, l, p) is_letter2(s, l, p, 0xD9, 0x81)
#define IS_BA(s, l, p) is_letter2(s, l, p, 0xD8, 0xA8)
#define IS_KAF(s, l, p) is_letter2(s, l, p, 0xD9, 0x83)
#define IS_LAM(s, l, p) is_letter2(s, l, p, 0xD9, 0x84)
#define IS_ALEF(s, l, p) is_letter2(s, l, p, 0xD8, 0xA7)

/* Fill the normalized form, shape and simple proclitic split of a token */
void
arnews_ner_tok_fill(ArnewsNerTok *tok, const char *raw, size_t len, ArnewsBuf *nbuf)
{
	size_t		off = nbuf->len;
	const char *s;
	size_t		n;
	size_t		pos = 0;
	int			arabic = 0,
				latin = 0,
				digit = 0,
				other = 0,
				letters = 0;

	arnews_normalize(raw, len, nbuf);
	tok->norm_off = off;
	tok->norm_len = (int) (nbuf->len - off);
	tok->strip_len = 0;
	tok->strip_al = false;
	tok->wclass = ARNEWS_NER_WC_NONE;
	tok->gaz = 0;
	tok->gent = false;
	tok->lgaz = 0;
	tok->lname = false;
	tok->has_cl = false;
	tok->has_cls = false;
	tok->cl = 0;
	tok->cls = 0;
	s = nbuf->data + off;
	n = nbuf->len - off;
	while (pos < n)
	{
		int32_t		cp = arnews_utf8_next(s, n, &pos);

		letters++;
		if (cp >= 0x0600 && cp <= 0x06FF)
			arabic++;
		else if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z'))
			latin++;
		else if (cp >= '0' && cp <= '9')
			digit++;
		else
			other++;
	}
	if (letters == 0)
		tok->shape = 'P';
	else if (arabic == letters)
		tok->shape = 'A';
	else if (latin == letters)
		tok->shape = 'L';
	else if (digit == letters)
		tok->shape = 'D';
	else if (other == letters)
		tok->shape = 'P';
	else
		tok->shape = 'M';
	if (tok->shape != 'A' || letters < 4)
		return;

	/* simple split: (و|ف)? then (بال|كال|لل)? */
	pos = 0;
	if (IS_WAW(s, n, 0) || IS_FA(s, n, 0))
		pos = 2;
	if (IS_LAM(s, n, pos) && IS_LAM(s, n, pos + 2) && letters - (int) pos / 2 >= 5)
	{
		tok->strip_len = (int) pos + 4;
		tok->strip_al = true;
		return;
	}
	if ((IS_BA(s, n, pos) || IS_KAF(s, n, pos)) && IS_ALEF(s, n, pos + 2) &&
		IS_LAM(s, n, pos + 4) && letters - (int) pos / 2 >= 5)
		pos += 2;
	tok->strip_len = (int) pos;
}

/* Feature sink */
typedef struct FeatCtx
{
	uint64_t   *out;
	int			n;
	ArnewsBuf  *names;
} FeatCtx;

/* Add one feature */
static void
add(FeatCtx *c, const char *tmpl, const char *val, size_t vlen)
{
	size_t		tlen = strlen(tmpl);

	if (c->n >= ARNEWS_NER_MAX_FEATS)
		return;
	c->out[c->n++] = arnews_ner_feat_hash(tmpl, tlen, val, vlen);
	if (c->names)
	{
		arnews_buf_append(c->names, tmpl, tlen);
		arnews_buf_append(c->names, "=", 1);
		arnews_buf_append(c->names, val, vlen);
		arnews_buf_append(c->names, "", 1);	/* NUL separator */
	}
}

/* Add a feature whose value is two strings joined by '|' */
static void
add2(FeatCtx *c, const char *tmpl, const char *a, size_t alen, const char *b, size_t blen)
{
	char		tmp[256];

	if (alen + blen + 1 > sizeof(tmp))
		return;
	memcpy(tmp, a, alen);
	tmp[alen] = '|';
	memcpy(tmp + alen + 1, b, blen);
	add(c, tmpl, tmp, alen + blen + 1);
}

/* Word i's normalized form, or a boundary marker outside the sentence */
static void
word_at(const ArnewsNerTok *toks, int n, int i, const char *nbuf,
		const char **w, size_t *wl)
{
	if (i < 0)
	{
		*w = "<S>";
		*wl = 3;
	}
	else if (i >= n)
	{
		*w = "</S>";
		*wl = 4;
	}
	else
	{
		*w = nbuf + toks[i].norm_off;
		*wl = (size_t) toks[i].norm_len;
		if (*wl > 64)
			*wl = 64;
	}
}

/* Stripped form of token i into tmp (ال restored after لل) */
static size_t
stripped(const ArnewsNerTok *t, const char *nbuf, char *tmp, size_t cap)
{
	const char *s = nbuf + t->norm_off + t->strip_len;
	size_t		l = (size_t) (t->norm_len - t->strip_len);
	size_t		o = 0;

	if (l + 4 > cap)
		l = cap - 4;
	if (t->strip_al)
	{
		memcpy(tmp, "\xD8\xA7", 2);
		o = 2;
	}
	memcpy(tmp + o, s, l);
	return o + l;
}

/* Byte length of the first k code points of s (or all of it) */
static size_t
cp_prefix(const char *s, size_t len, int k)
{
	size_t		pos = 0;

	while (pos < len && k-- > 0)
		arnews_utf8_next(s, len, &pos);
	return pos;
}

/* Byte offset where the last k code points of s start */
static size_t
cp_suffix(const char *s, size_t len, int k)
{
	size_t		pos = len;

	while (pos > 0 && k-- > 0)
	{
		size_t		st;

		arnews_utf8_prev(s, pos, &st);
		pos = st;
	}
	return pos;
}

/* Cluster prefix features of token j (relative position rel) */
static void
add_clusters(FeatCtx *c, const ArnewsNerTok *toks, int n, int j, const char *rel,
			 int maxbits)
{
	static const char hex[] = "0123456789abcdef";
	char		tmpl[16];
	char		val[8];
	size_t		rl = strlen(rel);
	uint16_t	path;
	char		kind;

	if (j < 0 || j >= n)
		return;
	if (toks[j].has_cl)
	{
		path = toks[j].cl;
		kind = 'k';
	}
	else if (toks[j].has_cls)
	{
		path = toks[j].cls;
		kind = 'k';
	}
	else
	{
		if (toks[j].shape == 'A')
		{
			tmpl[0] = 'k';
			memcpy(tmpl + 1, rel, rl + 1);
			add(c, tmpl, "?", 1);
		}
		return;
	}
	for (int bits = 4; bits <= maxbits; bits += 4)
	{
		unsigned	v = (unsigned) path >> (16 - bits);
		int			nd = bits / 4;

		tmpl[0] = kind;
		tmpl[1] = (char) ('0' + nd);
		memcpy(tmpl + 2, rel, rl + 1);
		for (int d = 0; d < nd; d++)
			val[d] = hex[(v >> (4 * (nd - 1 - d))) & 15];
		add(c, tmpl, val, (size_t) nd);
	}
}

static const char *const wclass_names[] = {"-", "TITLE", "TMOD", "LDESC", "ODESC", "FNAME",
"LNAME", "OHEAD", "LHEAD", "NPART", "NAME"};

/* Name-list features of token j at relative position rel (none when absent) */
static void
add_lists(FeatCtx *c, const ArnewsNerTok *toks, int n, int j, const char *rel)
{
	char		tmpl[8];
	size_t		rl = strlen(rel);

	if (j < 0 || j >= n)
		return;
	if (toks[j].lgaz)
	{
		const char *tn = arnews_ner_tag_name(toks[j].lgaz);

		tmpl[0] = 'l';
		memcpy(tmpl + 1, rel, rl + 1);
		add(c, tmpl, tn, strlen(tn));
	}
	if (toks[j].lname)
	{
		tmpl[0] = 'n';
		memcpy(tmpl + 1, rel, rl + 1);
		add(c, tmpl, "", 0);
	}
}

/* Features of token i */
int
arnews_ner_features(const ArnewsNerTok *toks, int n, int i, const char *nbuf,
					uint64_t *out, ArnewsBuf *names)
{
	FeatCtx		c = {out, 0, names};
	const ArnewsNerTok *t = &toks[i];
	const char *w,
			   *wp,
			   *wn;
	size_t		wl,
				wpl,
				wnl;
	char		s[200];
	size_t		sl;
	const char *a;
	size_t		al;
	char		buf[32];
	int			ncp;

	word_at(toks, n, i, nbuf, &w, &wl);
	word_at(toks, n, i - 1, nbuf, &wp, &wpl);
	word_at(toks, n, i + 1, nbuf, &wn, &wnl);
	sl = stripped(t, nbuf, s, sizeof(s));
	if (sl > 64)
		sl = 64;
	a = s;
	al = sl;
	if (al >= 8 && IS_ALEF(s, sl, 0) && IS_LAM(s, sl, 2))
	{
		a += 4;
		al -= 4;
	}

	add(&c, "b", "", 0);
	add(&c, "w", w, wl);
	add(&c, "s", s, sl);
	add(&c, "a", a, al);
	ncp = (int) arnews_utf8_count(a, al);
	for (int k = 1; k <= 3; k++)
	{
		if (ncp > k)
		{
			char		tm[4] = {'p', (char) ('0' + k), 0, 0};
			char		tx[4] = {'x', (char) ('0' + k), 0, 0};
			size_t		sfx = cp_suffix(s, sl, k);

			add(&c, tm, a, cp_prefix(a, al, k));
			add(&c, tx, s + sfx, sl - sfx);
		}
	}
	/* one-letter proclitic guess: لبوتين -> بوتين */
	if (t->shape == 'A' && ncp >= 4 && (IS_WAW(w, wl, 0) || IS_FA(w, wl, 0) ||
										IS_BA(w, wl, 0) || IS_LAM(w, wl, 0) ||
										IS_KAF(w, wl, 0)))
		add(&c, "s2", w + 2, wl - 2);
	add(&c, "c", w, (size_t) t->strip_len);
	buf[0] = (char) t->shape;
	buf[1] = (char) ('0' + (ncp > 9 ? 9 : ncp));
	buf[2] = (a != s || t->strip_al) ? 'D' : 'N';
	add(&c, "h", buf, 1);
	add(&c, "hl", buf, 3);
	add(&c, "w-1", wp, wpl);
	add(&c, "w+1", wn, wnl);
	add2(&c, "ww", wp, wpl, w, wl);
	add2(&c, "wn", w, wl, wn, wnl);
	if (i > 0)
	{
		char		ps[200];
		size_t		psl = stripped(&toks[i - 1], nbuf, ps, sizeof(ps));

		if (psl > 64)
			psl = 64;
		add(&c, "s-1", ps, psl);
		add(&c, "wc-1", wclass_names[toks[i - 1].wclass], strlen(wclass_names[toks[i - 1].wclass]));
		add(&c, "h-1", (const char *) &toks[i - 1].shape, 1);
		add(&c, "g-1", arnews_ner_tag_name(toks[i - 1].gaz), strlen(arnews_ner_tag_name(toks[i - 1].gaz)));
		if (toks[i - 1].gent)
			add(&c, "gt-1", "", 0);
	}
	if (i > 1)
		add(&c, "wc-2", wclass_names[toks[i - 2].wclass], strlen(wclass_names[toks[i - 2].wclass]));
	if (i + 1 < n)
	{
		char		ns[200];
		size_t		nsl = stripped(&toks[i + 1], nbuf, ns, sizeof(ns));

		if (nsl > 64)
			nsl = 64;
		add(&c, "s+1", ns, nsl);
		add(&c, "wc+1", wclass_names[toks[i + 1].wclass], strlen(wclass_names[toks[i + 1].wclass]));
		add(&c, "h+1", (const char *) &toks[i + 1].shape, 1);
		add(&c, "g+1", arnews_ner_tag_name(toks[i + 1].gaz), strlen(arnews_ner_tag_name(toks[i + 1].gaz)));
		if (toks[i + 1].gent)
			add(&c, "gt+1", "", 0);
	}
	add(&c, "wc", wclass_names[t->wclass], strlen(wclass_names[t->wclass]));
	add(&c, "g", arnews_ner_tag_name(t->gaz), strlen(arnews_ner_tag_name(t->gaz)));
	add_clusters(&c, toks, n, i, "", 16);
	add_clusters(&c, toks, n, i - 1, "-1", 12);
	add_clusters(&c, toks, n, i + 1, "+1", 12);
	add_clusters(&c, toks, n, i - 2, "-2", 8);
	add_clusters(&c, toks, n, i + 2, "+2", 8);
	if (t->gent)
		add(&c, "gt", "", 0);
	add_lists(&c, toks, n, i, "");
	add_lists(&c, toks, n, i - 1, "-1");
	add_lists(&c, toks, n, i + 1, "+1");
	return c.n;
}
