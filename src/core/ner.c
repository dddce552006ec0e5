/*-------------------------------------------------------------------------
 *
 * ner.c
 *		The named-entity recognizer pipeline (see ner.h): tokens and
 *		sentences, tagger and gazetteer mentions, trigger rules, proclitic
 *		trimming, document consistency and canonical keys.
 *
 * IDENTIFICATION
 *	  src/core/ner.c
 *
 *-------------------------------------------------------------------------
 */
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "dates.h"
#include "ner_int.h"
#include "normalize.h"
#include "tokenize.h"

struct ArnewsNer
{
	ArnewsNerModel *model;
	ArnewsNerGaz *gaz;
	ArnewsNerClus *clus;
	ArnewsNerGaz *lists;		/* name lists: tagger features only */
};

/* A candidate mention over tokens [t0, t1) of the document */
typedef struct Mention
{
	int			t0,
				t1;
	int			strip;			/* normalized bytes cut from token t0 */
	ArnewsNerKind kind;
	bool		from_gaz;
	char	   *canonical;		/* arnews_alloc'd */
} Mention;

/* Per-document working state */
typedef struct Doc
{
	const char *text;
	size_t		len;
	ArnewsNerTok *toks;
	int			ntok,
				captok;
	int		   *sent_start;		/* token index where each sentence starts */
	int			nsent,
				capsent;
	ArnewsBuf	nbuf;			/* normalized forms */
	Mention    *ms;
	int			nm,
				capm;
	uint8_t    *covered;		/* per token: 1 if inside a mention */
	uint64_t   *vocab;			/* hash set of normalized tokens */
	size_t		vcap;
} Doc;

/* Longest word (normalized bytes) a tagger mention may hold: 48 Arabic letters */
#define MAX_NAME_WORD 96

static const char *const kind_names[ARNEWS_NER__COUNT] = {"PER", "LOC", "ORG", "MISC", "NORP"};

/* Kind name */
const char *
arnews_ner_kind_name(ArnewsNerKind kind)
{
	if ((int) kind < 0 || kind >= ARNEWS_NER__COUNT)
		return "?";
	return kind_names[kind];
}

/* A new recognizer without data */
ArnewsNer *
arnews_ner_new(void)
{
	ArnewsNer  *ner = arnews_alloc0(sizeof(ArnewsNer));

	ner->model = arnews_ner_model_new();
	ner->gaz = arnews_ner_gaz_new();
	ner->clus = arnews_ner_clus_new();
	ner->lists = arnews_ner_gaz_new();
	return ner;
}

/* Load a data file */
int
arnews_ner_load(ArnewsNer *ner, ArnewsNerData kind, const char *buf, size_t len,
				ArnewsNerWarnFn warn, void *warn_arg)
{
	if (kind == ARNEWS_NER_DATA_MODEL)
		return arnews_ner_model_load(ner->model, buf, len, warn, warn_arg);
	if (kind == ARNEWS_NER_DATA_CLUSTERS)
		return arnews_ner_clus_load(ner->clus, buf, len, warn, warn_arg);
	if (kind == ARNEWS_NER_DATA_LISTS)
		return arnews_ner_gaz_load(ner->lists, buf, len, warn, warn_arg);
	return arnews_ner_gaz_load(ner->gaz, buf, len, warn, warn_arg);
}

/* Free a recognizer */
void
arnews_ner_free(ArnewsNer *ner)
{
	if (ner == NULL)
		return;
	arnews_ner_model_free(ner->model);
	arnews_ner_gaz_free(ner->gaz);
	arnews_ner_clus_free(ner->clus);
	arnews_ner_gaz_free(ner->lists);
	arnews_free(ner);
}

/* Initialize an empty list */
void
arnews_entity_list_init(ArnewsEntityList *list)
{
	list->items = NULL;
	list->n = 0;
	list->cap = 0;
}

/* Empty a list, keeping its storage */
void
arnews_entity_list_reset(ArnewsEntityList *list)
{
	for (int i = 0; i < list->n; i++)
		arnews_free(list->items[i].canonical);
	list->n = 0;
}

/* Free a list */
void
arnews_entity_list_free(ArnewsEntityList *list)
{
	arnews_entity_list_reset(list);
	arnews_free(list->items);
	list->items = NULL;
	list->cap = 0;
}

/* Sentence-final punctuation */
static inline bool
is_eos(int32_t cp)
{
	return cp == '.' || cp == '!' || cp == '?' || cp == 0x061F || cp == 0x2026 ||
		cp == '\n' || cp == '\r' || cp == 0x2029 || cp == 0x2028;
}

/* Append a token slot */
static ArnewsNerTok *
new_tok(Doc *d)
{
	if (d->ntok == d->captok)
	{
		d->captok = d->captok ? d->captok * 2 : 256;
		d->toks = arnews_realloc(d->toks, d->captok * sizeof(ArnewsNerTok));
	}
	return &d->toks[d->ntok++];
}

/* Mark a sentence start at the current token count */
static void
new_sentence(Doc *d)
{
	if (d->nsent > 0 && d->sent_start[d->nsent - 1] == d->ntok)
		return;
	if (d->nsent == d->capsent)
	{
		d->capsent = d->capsent ? d->capsent * 2 : 64;
		d->sent_start = arnews_realloc(d->sent_start, d->capsent * sizeof(int));
	}
	d->sent_start[d->nsent++] = d->ntok;
}

/* Add a normalized word to the document vocabulary */
static void
vocab_add(Doc *d, const char *w, size_t len)
{
	uint64_t	h = arnews_ner_feat_hash("v", 1, w, len);
	size_t		i = (size_t) (h ^ (h >> 31)) & (d->vcap - 1);

	while (d->vocab[i] != 0 && d->vocab[i] != h)
		i = (i + 1) & (d->vcap - 1);
	d->vocab[i] = h;
}

/* Is a normalized word a standalone token of the document? */
static bool
vocab_has(const Doc *d, const char *w, size_t len)
{
	uint64_t	h = arnews_ner_feat_hash("v", 1, w, len);
	size_t		i = (size_t) (h ^ (h >> 31)) & (d->vcap - 1);

	while (d->vocab[i] != 0)
	{
		if (d->vocab[i] == h)
			return true;
		i = (i + 1) & (d->vcap - 1);
	}
	return false;
}

/* Split the text into tokens and sentences */
static void
tokenize_doc(Doc *d, ArnewsNerTickFn tick, void *tick_arg)
{
	ArnewsTokenizer tz;
	ArnewsToken tok;

	arnews_tokenizer_init(&tz, d->text, d->len);
	new_sentence(d);
	while (arnews_tokenizer_next(&tz, &tok))
	{
		if (tick && (d->ntok % ARNEWS_NER_TICK) == 0 && d->ntok > 0)
			tick(tick_arg);
		if (tok.type == ARNEWS_TOK_BLANK)
		{
			size_t		p = tok.start,
						e = tok.start + tok.len;

			while (p < e)
			{
				size_t		q = p;
				int32_t		cp = arnews_utf8_next(d->text, e, &q);

				if (cp != ' ' && cp != '\t' && cp != '\n' && cp != '\r' &&
					cp != 0xA0 && !arnews_is_ignorable(cp) && cp != 0x2028 && cp != 0x2029)
				{
					ArnewsNerTok *t = new_tok(d);

					t->start = p;
					t->end = q;
					arnews_ner_tok_fill(t, d->text + p, q - p, &d->nbuf);
					t->shape = 'P';
				}
				if (is_eos(cp))
					new_sentence(d);
				p = q;
			}
		}
		else if (tok.type == ARNEWS_TOK_URL || tok.type == ARNEWS_TOK_EMAIL)
		{
			/* never part of a name: a boundary no entity may cross */
			new_sentence(d);
		}
		else
		{
			ArnewsNerTok *t = new_tok(d);

			t->start = tok.start;
			t->end = tok.start + tok.len;
			arnews_ner_tok_fill(t, d->text + tok.start, tok.len, &d->nbuf);
			if (t->norm_len == 0)
				t->shape = 'P';
		}
	}
	new_sentence(d);			/* sentinel: end of the last sentence */
	if (d->sent_start[d->nsent - 1] != d->ntok)
	{
		if (d->nsent == d->capsent)
		{
			d->capsent++;
			d->sent_start = arnews_realloc(d->sent_start, d->capsent * sizeof(int));
		}
		d->sent_start[d->nsent++] = d->ntok;
	}
	d->vcap = 64;
	while (d->vcap < (size_t) d->ntok * 2 + 2)
		d->vcap *= 2;
	d->vocab = arnews_alloc0(d->vcap * sizeof(uint64_t));
	for (int i = 0; i < d->ntok; i++)
		if (d->toks[i].shape != 'P')
			vocab_add(d, d->nbuf.data + d->toks[i].norm_off, d->toks[i].norm_len);
}

/* Add a mention */
static void
add_mention(Doc *d, int t0, int t1, int strip, ArnewsNerKind kind, bool from_gaz,
			const char *canon, size_t clen)
{
	Mention    *m;

	if (d->nm == d->capm)
	{
		d->capm = d->capm ? d->capm * 2 : 64;
		d->ms = arnews_realloc(d->ms, d->capm * sizeof(Mention));
	}
	m = &d->ms[d->nm++];
	m->t0 = t0;
	m->t1 = t1;
	m->strip = strip;
	m->kind = kind;
	m->from_gaz = from_gaz;
	m->canonical = arnews_alloc(clen + 1);
	memcpy(m->canonical, canon, clen);
	m->canonical[clen] = '\0';
	for (int t = t0; t < t1; t++)
		d->covered[t] = 1;
}

/* Normalized surface of tokens [t0, t1) minus strip bytes, into out */
static void
surface_key(const Doc *d, int t0, int t1, int strip, ArnewsBuf *out)
{
	arnews_buf_reset(out);
	for (int t = t0; t < t1; t++)
	{
		const ArnewsNerTok *k = &d->toks[t];
		int			s = t == t0 ? strip : 0;

		if (t > t0)
			arnews_buf_append(out, " ", 1);
		arnews_buf_append(out, d->nbuf.data + k->norm_off + s, k->norm_len - s);
	}
}

#define W2(s, p, a, b) ((unsigned char) (s)[p] == (a) && (unsigned char) (s)[(p) + 1] == (b))

/* Proclitic bytes to cut from the first token of a tagger mention */
static int
choose_strip(const ArnewsNer *ner, const Doc *d, int t)
{
	const ArnewsNerTok *k = &d->toks[t];
	const char *w = d->nbuf.data + k->norm_off;
	int			len = k->norm_len;
	int			cand[3];
	int			nc = 0;
	int			p = 0;

	if (k->shape != 'A' || len < 6 || arnews_ner_gaz_known(ner->gaz, w, len) ||
		arnews_ner_gaz_wclass(ner->gaz, w, len) != 0)
		return 0;
	/* و ف, then ب ل ك */
	if (W2(w, 0, 0xD9, 0x88) || W2(w, 0, 0xD9, 0x81))
	{
		p = 2;
		cand[nc++] = 2;
	}
	if (len >= p + 6 && (W2(w, p, 0xD8, 0xA8) || W2(w, p, 0xD9, 0x84) || W2(w, p, 0xD9, 0x83)))
		cand[nc++] = p + 2;
	for (int c = nc - 1; c >= 0; c--)
		if (arnews_ner_gaz_known(ner->gaz, w + cand[c], len - cand[c]) ||
			vocab_has(d, w + cand[c], len - cand[c]))
			return cand[c];
	/* لل (ل + ال): the name is written without its ال */
	if (len >= p + 8 && W2(w, p, 0xD9, 0x84) && W2(w, p + 2, 0xD9, 0x84))
		return p + 4;
	/* و before a word of four letters or more; ب ك ل before ال */
	if (p == 2 && len >= 8 && W2(w, 0, 0xD9, 0x88))
	{
		if (len >= 12 && nc == 2 && W2(w, 4, 0xD8, 0xA7) && W2(w, 6, 0xD9, 0x84))
			return 4;
		return 2;
	}
	if (nc >= 1 && cand[nc - 1] == 2 && len >= 10 && W2(w, 2, 0xD8, 0xA7) && W2(w, 4, 0xD9, 0x84))
		return 2;
	return 0;
}

/* Is token t an opening or closing quote? */
static bool
is_quote(const Doc *d, int t)
{
	const ArnewsNerTok *k = &d->toks[t];
	size_t		p = 0;
	int32_t		cp;

	if (k->shape != 'P' || k->norm_len == 0)
		return false;
	cp = arnews_utf8_next(d->nbuf.data + k->norm_off, k->norm_len, &p);
	return cp == '"' || cp == 0xAB || cp == 0xBB || cp == 0x201C || cp == 0x201D ||
		cp == '\'' || cp == 0x2018 || cp == 0x2019;
}

/* Is normalized token t the word w? */
static bool
tok_is(const Doc *d, int t, const char *w)
{
	size_t		l = strlen(w);

	return t >= 0 && t < d->ntok && (size_t) d->toks[t].norm_len == l &&
		memcmp(d->nbuf.data + d->toks[t].norm_off, w, l) == 0;
}

/* Does the raw token t carry tanween fath (ً)? */
static bool
has_tanween(const Doc *d, int t)
{
	size_t		p = d->toks[t].start;

	while (p < d->toks[t].end)
		if (arnews_utf8_next(d->text, d->toks[t].end, &p) == 0x064B)
			return true;
	return false;
}

/* Recognize one sentence [s0, s1) */
static void
do_sentence(const ArnewsNer *ner, Doc *d, int s0, int s1, float *emit, float *score,
			int *back, int *tags, ArnewsBuf *key)
{
	ArnewsNerTok *toks = d->toks + s0;
	int			n = s1 - s0;
	const char *nb = d->nbuf.data;

	arnews_ner_gaz_annotate(ner->gaz, toks, n, nb);
	arnews_ner_lists_annotate(ner->lists, toks, n, nb);
	arnews_ner_clus_annotate(ner->clus, toks, n, nb);

	/* (b) gazetteer mentions, longest match left to right */
	for (int i = 0; i < n;)
	{
		ArnewsNerGazMatch m;

		if (arnews_ner_gaz_match(ner->gaz, toks, n, i, nb, &m))
		{
			ArnewsNerKind kind = m.kind;
			const char *canon = m.canonical;

			/* البيت الأبيض: a place after "to" (عودة إلى البيت الأبيض) */
			if (kind == ARNEWS_NER_ORG && strcmp(canon, "البيت الابيض") == 0 &&
				tok_is(d, s0 + i - 1, "الي"))
				kind = ARNEWS_NER_LOC;
			/* روسيًا: a place name with tanween is an adverbial nisba */
			if (kind == ARNEWS_NER_LOC && m.ntok == 1 && has_tanween(d, s0 + i))
				kind = ARNEWS_NER_NORP;
			add_mention(d, s0 + i, s0 + i + m.ntok, m.strip, kind, true,
						canon, strlen(canon));
			i += m.ntok;
		}
		else
			i++;
	}

	/* (c) a quoted name after an organization descriptor: وكالة «تاس» */
	for (int i = 0; i + 2 < n; i++)
	{
		int			j;

		if (toks[i].wclass != ARNEWS_NER_WC_ORGDESC || !is_quote(d, s0 + i + 1))
			continue;
		for (j = i + 2; j < n && j < i + 7 && toks[j].shape != 'P'; j++)
			;
		if (j > i + 2 && j < n && is_quote(d, s0 + j))
		{
			bool		free_span = true;

			for (int t = i + 2; t < j; t++)
				free_span &= !d->covered[s0 + t];
			if (free_span)
			{
				surface_key(d, s0 + i + 2, s0 + j, 0, key);
				add_mention(d, s0 + i + 2, s0 + j, 0, ARNEWS_NER_ORG, false, key->data, key->len);
			}
		}
	}

	/* (a) the tagger */
	if (arnews_ner_model_empty(ner->model))
		return;
	for (int i = 0; i < n; i++)
	{
		uint64_t	f[ARNEWS_NER_MAX_FEATS];
		int			k = arnews_ner_features(toks, n, i, nb, f, NULL);

		arnews_ner_model_emit(ner->model, f, k, emit + i * ARNEWS_NER_NTAGS);
	}
	arnews_ner_viterbi(emit, n, arnews_ner_model_trans(ner->model), tags, back, score);
	for (int i = 0; i < n;)
	{
		int			kind,
					j,
					a,
					b;
		bool		free_span = true;

		if (tags[i] == 0)
		{
			i++;
			continue;
		}
		kind = ARNEWS_NER_TAG_KIND(tags[i]);
		for (j = i + 1; j < n && tags[j] == ARNEWS_NER_TAG_I(kind); j++)
			;
		a = i;
		b = j;
		i = j;
		if (kind == ARNEWS_NER_MISC)
			continue;
		/* (c) titles, descriptors and nationality words are not in spans */
		while (a < b && (toks[a].wclass == ARNEWS_NER_WC_TITLE ||
						 toks[a].wclass == ARNEWS_NER_WC_TITLEMOD ||
						 toks[a].wclass == ARNEWS_NER_WC_LOCDESC ||
						 toks[a].gent || toks[a].shape == 'P' ||
						 (toks[a].wclass == ARNEWS_NER_WC_ORGDESC && a + 1 < b &&
						  !(toks[a + 1].norm_len > 4 && memcmp(nb + toks[a + 1].norm_off, "\xD8\xA7\xD9\x84", 4) == 0))))
			a++;
		while (b > a && (toks[b - 1].gent || toks[b - 1].shape == 'P'))
			b--;
		if (a >= b)
			continue;
		/* no name has a word of more than MAX_NAME_WORD bytes (a run of letters) */
		for (int t = a; t < b; t++)
			free_span &= !d->covered[s0 + t] && toks[t].norm_len <= MAX_NAME_WORD;
		if (!free_span)
			continue;
		{
			int			strip = choose_strip(ner, d, s0 + a);

			if (strip >= toks[a].norm_len)
				strip = 0;
			surface_key(d, s0 + a, s0 + b, strip, key);
			add_mention(d, s0 + a, s0 + b, strip, (ArnewsNerKind) kind, false, key->data, key->len);
		}
	}
}

/* Compare mentions by position */
static int
cmp_mention(const void *a, const void *b)
{
	const Mention *x = a,
			   *y = b;

	if (x->t0 != y->t0)
		return x->t0 < y->t0 ? -1 : 1;
	return y->t1 - x->t1;
}

/* (d) document consistency: propagate tagger names, unify partial names */
static void
consistency(const ArnewsNer *ner, Doc *d, ArnewsBuf *key)
{
	ArnewsNerGaz *local = arnews_ner_gaz_new();
	ArnewsBuf	lines;
	int			nm0 = d->nm;

	arnews_buf_init(&lines, 1024);
	for (int i = 0; i < nm0; i++)
	{
		Mention    *m = &d->ms[i];

		if (m->from_gaz || m->kind == ARNEWS_NER_NORP)
			continue;
		surface_key(d, m->t0, m->t1, m->strip, key);
		if (key->len < 6 || memchr(key->data, '\t', key->len) || memchr(key->data, '|', key->len))
			continue;
		arnews_buf_append(&lines, kind_names[m->kind], 3);
		arnews_buf_append(&lines, "\t", 1);
		arnews_buf_append(&lines, m->canonical, strlen(m->canonical));
		arnews_buf_append(&lines, "\t", 1);
		arnews_buf_append(&lines, key->data, key->len);
		/* a person's last name alone */
		if (m->kind == ARNEWS_NER_PER && m->t1 - m->t0 >= 2)
		{
			const ArnewsNerTok *k = &d->toks[m->t1 - 1];

			if (k->norm_len >= 6 && arnews_ner_gaz_wclass(ner->gaz, d->nbuf.data + k->norm_off, k->norm_len) == 0)
			{
				arnews_buf_append(&lines, "|", 1);
				arnews_buf_append(&lines, d->nbuf.data + k->norm_off, k->norm_len);
			}
		}
		arnews_buf_append(&lines, "\n", 1);
	}
	if (lines.len > 0)
	{
		arnews_ner_gaz_load(local, lines.data, lines.len, NULL, NULL);
		/* single-token tagger mentions take the fullest form's canonical */
		for (int i = 0; i < nm0; i++)
		{
			Mention    *m = &d->ms[i];
			ArnewsNerGazMatch gm;

			if (m->from_gaz || m->kind != ARNEWS_NER_PER || m->t1 - m->t0 != 1)
				continue;
			if (arnews_ner_gaz_match(local, d->toks, m->t1, m->t0, d->nbuf.data, &gm) &&
				gm.ntok == 1 && gm.kind == ARNEWS_NER_PER)
			{
				arnews_free(m->canonical);
				m->canonical = arnews_alloc(strlen(gm.canonical) + 1);
				strcpy(m->canonical, gm.canonical);
			}
		}
		/* uncovered occurrences elsewhere in the text */
		for (int s = 0; s + 1 < d->nsent; s++)
		{
			int			s0 = d->sent_start[s],
						s1 = d->sent_start[s + 1];

			for (int i = s0; i < s1;)
			{
				ArnewsNerGazMatch gm;
				bool		free_span = true;

				if (d->covered[i] ||
					!arnews_ner_gaz_match(local, d->toks + s0, s1 - s0, i - s0, d->nbuf.data, &gm))
				{
					i++;
					continue;
				}
				for (int t = i; t < i + gm.ntok; t++)
					free_span &= !d->covered[t];
				if (free_span)
					add_mention(d, i, i + gm.ntok, gm.strip, gm.kind, false,
								gm.canonical, strlen(gm.canonical));
				i += gm.ntok;
			}
		}
	}
	arnews_buf_free(&lines);
	arnews_ner_gaz_free(local);
}

/* Raw byte offset in token t after skipping strip normalized bytes */
static size_t
raw_after_strip(const Doc *d, int t, int strip)
{
	const ArnewsNerTok *k = &d->toks[t];
	const char *nw = d->nbuf.data + k->norm_off;
	size_t		np = 0;
	int			ncp = 0;
	size_t		p = k->start;

	while (np < (size_t) strip)
	{
		arnews_utf8_next(nw, (size_t) strip, &np);
		ncp++;
	}
	while (p < k->end && ncp > 0)
	{
		int32_t		cp = arnews_utf8_next(d->text, k->end, &p);

		if (!arnews_is_ignorable(cp))
			ncp--;
	}
	/* skip tatweel and marks left between the clitic and the name */
	while (p < k->end)
	{
		size_t		q = p;
		int32_t		cp = arnews_utf8_next(d->text, k->end, &q);

		if (!arnews_is_ignorable(cp))
			break;
		p = q;
	}
	return p;
}

/*
 * A one-word mention that is a month or weekday name next to a number
 * (جوان 2026، 1 محرم 1448) is part of a date, not a name: رجب and محرم are
 * also given names, so the number decides.
 */
static bool
is_date_word(const Doc *d, const Mention *m)
{
	const ArnewsNerTok *t;
	const char *w;
	size_t		n;

	if (m->t1 - m->t0 != 1)
		return false;
	t = &d->toks[m->t0];
	w = d->nbuf.data + t->norm_off + t->strip_len;
	n = (size_t) (t->norm_len - t->strip_len);
	if (!arnews_dates_is_calendar_name(w, n) &&
		!arnews_dates_is_calendar_name(d->nbuf.data + t->norm_off, (size_t) t->norm_len))
		return false;
	if ((m->t0 > 0 && d->toks[m->t0 - 1].shape == 'D') ||
		(m->t1 < d->ntok && d->toks[m->t1].shape == 'D'))
		return true;
	/* شهر جوان، شهري جوان وأوت، الشهر */
	if (m->t0 > 0)
	{
		const ArnewsNerTok *p = &d->toks[m->t0 - 1];
		const char *pw = d->nbuf.data + p->norm_off + p->strip_len;
		int			pn = p->norm_len - p->strip_len;
		static const char month_word[] = "\xd8\xb4\xd9\x87\xd8\xb1";	/* شهر */

		if (pn >= 4 && memcmp(pw, "\xd8\xa7\xd9\x84", 4) == 0)
		{
			pw += 4;			/* ال */
			pn -= 4;
		}
		if (pn >= 6 && pn <= 10 && memcmp(pw, month_word, 6) == 0)
			return true;
	}
	return false;
}

/* Extract the entities of a text */
void
arnews_ner_extract(const ArnewsNer *ner, const char *text, size_t len,
				   ArnewsNerTickFn tick, void *tick_arg, ArnewsEntityList *out)
{
	Doc			d;
	ArnewsBuf	key;
	int			maxn = 0;
	float	   *emit,
			   *score;
	int		   *back,
			   *tags;

	memset(&d, 0, sizeof(d));
	d.text = text;
	d.len = len;
	arnews_buf_init(&d.nbuf, len + 64);
	arnews_buf_init(&key, 256);
	tokenize_doc(&d, tick, tick_arg);
	d.covered = arnews_alloc0((size_t) d.ntok + 1);
	for (int s = 0; s + 1 < d.nsent; s++)
		if (d.sent_start[s + 1] - d.sent_start[s] > maxn)
			maxn = d.sent_start[s + 1] - d.sent_start[s];
	emit = arnews_alloc(((size_t) maxn + 1) * ARNEWS_NER_NTAGS * sizeof(float));
	score = arnews_alloc(((size_t) maxn + 1) * ARNEWS_NER_NTAGS * sizeof(float));
	back = arnews_alloc(((size_t) maxn + 1) * ARNEWS_NER_NTAGS * sizeof(int));
	tags = arnews_alloc(((size_t) maxn + 1) * sizeof(int));
	{
		int			done = 0;

		for (int s = 0; s + 1 < d.nsent; s++)
		{
			int			s0 = d.sent_start[s],
						s1 = d.sent_start[s + 1];

			if (s1 > s0)
				do_sentence(ner, &d, s0, s1, emit, score, back, tags, &key);
			done += s1 - s0;
			if (tick && done >= ARNEWS_NER_TICK)
			{
				tick(tick_arg);
				done = 0;
			}
		}
	}
	consistency(ner, &d, &key);
	if (d.nm > 1)
		qsort(d.ms, d.nm, sizeof(Mention), cmp_mention);
	{
		int			last_end = -1;

		for (int i = 0; i < d.nm; i++)
		{
			Mention    *m = &d.ms[i];
			ArnewsEntity *e;

			if (m->t0 < last_end || m->kind == ARNEWS_NER_MISC || is_date_word(&d, m))
			{
				arnews_free(m->canonical);
				continue;
			}
			last_end = m->t1;
			if (out->n == out->cap)
			{
				out->cap = out->cap ? out->cap * 2 : 32;
				out->items = arnews_realloc(out->items, out->cap * sizeof(ArnewsEntity));
			}
			e = &out->items[out->n++];
			e->kind = m->kind;
			e->start = raw_after_strip(&d, m->t0, m->strip);
			e->end = d.toks[m->t1 - 1].end;
			if (e->start >= e->end)
				e->start = d.toks[m->t0].start;
			e->canonical = m->canonical;
		}
	}
	arnews_free(emit);
	arnews_free(score);
	arnews_free(back);
	arnews_free(tags);
	arnews_free(d.ms);
	arnews_free(d.covered);
	arnews_free(d.vocab);
	arnews_free(d.toks);
	arnews_free(d.sent_start);
	arnews_buf_free(&d.nbuf);
	arnews_buf_free(&key);
}
