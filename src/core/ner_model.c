/*-------------------------------------------------------------------------
 *
 * ner_model.c
 *		The averaged-perceptron model of the named-entity tagger: loading
 *		the text model file, emission scores and first-order Viterbi.
 *
 * Model file (data/arnews_ner_model.txt): '#' comment lines, then one
 * feature per line, "template=value<TAB>w0 w1 ... w8", the nine integer
 * weights (x 1/1000) for the tags O B-PER I-PER B-LOC I-LOC B-ORG I-ORG
 * B-MISC I-MISC.  Lines "T=<tag>" hold transition weights from <tag>
 * (START for the first token).  Features are kept in an open-addressing
 * table keyed by their 64-bit hash.
 *
 * IDENTIFICATION
 *	  src/core/ner_model.c
 *
 *-------------------------------------------------------------------------
 */
#include <string.h>

#include "alloc.h"
#include "ner_int.h"

/* key and weights side by side: one cache line per lookup */
typedef struct ModelEntry
{
	uint64_t	key;			/* 0 = empty */
	float		w[ARNEWS_NER_NTAGS];
} ModelEntry;

struct ArnewsNerModel
{
	ModelEntry *ents;
	size_t		cap;			/* power of two */
	size_t		count;
	float		trans[(ARNEWS_NER_NTAGS + 1) * ARNEWS_NER_NTAGS];
};

/* A new empty model */
ArnewsNerModel *
arnews_ner_model_new(void)
{
	ArnewsNerModel *m = arnews_alloc0(sizeof(ArnewsNerModel));

	m->cap = 1024;
	m->ents = arnews_alloc0(m->cap * sizeof(ModelEntry));
	return m;
}

/* Free a model */
void
arnews_ner_model_free(ArnewsNerModel *m)
{
	if (m == NULL)
		return;
	arnews_free(m->ents);
	arnews_free(m);
}

/* True if no feature has been loaded */
bool
arnews_ner_model_empty(const ArnewsNerModel *m)
{
	return m == NULL || m->count == 0;
}

/* First slot probed for key */
static inline size_t
home_slot(const ArnewsNerModel *m, uint64_t key)
{
	return (size_t) (key ^ (key >> 29)) & (m->cap - 1);
}

/* Slot of key (existing or empty) */
static size_t
slot_of(const ArnewsNerModel *m, uint64_t key)
{
	size_t		i = home_slot(m, key);

	while (m->ents[i].key != 0 && m->ents[i].key != key)
		i = (i + 1) & (m->cap - 1);
	return i;
}

/* Double the table */
static void
grow(ArnewsNerModel *m)
{
	ModelEntry *old = m->ents;
	size_t		ocap = m->cap;

	m->cap *= 2;
	m->ents = arnews_alloc0(m->cap * sizeof(ModelEntry));
	for (size_t i = 0; i < ocap; i++)
	{
		if (old[i].key != 0)
			m->ents[slot_of(m, old[i].key)] = old[i];
	}
	arnews_free(old);
}

/* Parse a signed decimal integer at s[*p..e); false if none */
static bool
parse_int(const char *s, size_t e, size_t *p, long *out)
{
	bool		neg = false;
	long		v = 0;
	size_t		i = *p;

	while (i < e && s[i] == ' ')
		i++;
	if (i < e && (s[i] == '-' || s[i] == '+'))
		neg = s[i++] == '-';
	if (i >= e || s[i] < '0' || s[i] > '9')
		return false;
	while (i < e && s[i] >= '0' && s[i] <= '9')
	{
		if (v < 100000000L)
			v = v * 10 + (s[i] - '0');
		i++;
	}
	*p = i;
	*out = neg ? -v : v;
	return true;
}

/* Load a model file; returns the number of features read */
int
arnews_ner_model_load(ArnewsNerModel *m, const char *buf, size_t len,
					  ArnewsNerWarnFn warn, void *warn_arg)
{
	size_t		pos = 0;
	int			lineno = 0;
	int			nread = 0;

	while (pos < len)
	{
		size_t		e = pos;
		size_t		tab,
					eq,
					p;
		float		w[ARNEWS_NER_NTAGS];
		bool		ok = true;
		uint64_t	h;
		size_t		s;

		while (e < len && buf[e] != '\n')
			e++;
		lineno++;
		p = pos;
		pos = e + 1;
		if (e > p && buf[e - 1] == '\r')
			e--;
		if (e == p || buf[p] == '#')
			continue;
		for (tab = p; tab < e && buf[tab] != '\t'; tab++)
			;
		for (eq = p; eq < tab && buf[eq] != '='; eq++)
			;
		if (tab >= e || eq >= tab)
		{
			if (warn)
				warn(warn_arg, lineno, "expected \"template=value<TAB>weights\"");
			continue;
		}
		{
			size_t		q = tab + 1;

			for (int t = 0; t < ARNEWS_NER_NTAGS && ok; t++)
			{
				long		v;

				ok = parse_int(buf, e, &q, &v);
				w[t] = (float) v / 1000.0f;
			}
		}
		if (!ok)
		{
			if (warn)
				warn(warn_arg, lineno, "expected nine integer weights");
			continue;
		}
		if (eq - p == 1 && buf[p] == 'T')
		{
			int			prev;

			if (tab - eq - 1 == 5 && memcmp(buf + eq + 1, "START", 5) == 0)
				prev = ARNEWS_NER_NTAGS;
			else
				prev = arnews_ner_tag_parse(buf + eq + 1, tab - eq - 1);
			if (prev < 0)
			{
				if (warn)
					warn(warn_arg, lineno, "unknown tag in transition");
				continue;
			}
			memcpy(m->trans + prev * ARNEWS_NER_NTAGS, w, sizeof(w));
			nread++;
			continue;
		}
		h = arnews_ner_feat_hash(buf + p, eq - p, buf + eq + 1, tab - eq - 1);
		if ((m->count + 1) * 2 > m->cap)
			grow(m);
		s = slot_of(m, h);
		if (m->ents[s].key == 0)
		{
			m->ents[s].key = h;
			m->count++;
		}
		memcpy(m->ents[s].w, w, sizeof(w));
		nread++;
	}
	return nread;
}

/* Sum the weights of the given features */
void
arnews_ner_model_emit(const ArnewsNerModel *m, const uint64_t *feats, int nfeats,
					  float *out)
{
	memset(out, 0, ARNEWS_NER_NTAGS * sizeof(float));
	if (m == NULL || m->count == 0)
		return;
	/*
	 * The table is far larger than the caches and a token's features are
	 * known at once: ask for every first slot before probing any of them.
	 */
#if defined(__GNUC__) || defined(__clang__)
	for (int f = 0; f < nfeats; f++)
		__builtin_prefetch(&m->ents[home_slot(m, feats[f])]);
#endif
	for (int f = 0; f < nfeats; f++)
	{
		size_t		s = slot_of(m, feats[f]);

		if (m->ents[s].key != 0)
		{
			const float *w = m->ents[s].w;

			for (int t = 0; t < ARNEWS_NER_NTAGS; t++)
				out[t] += w[t];
		}
	}
}

/* Transition matrix */
const float *
arnews_ner_model_trans(const ArnewsNerModel *m)
{
	return m->trans;
}

/* May tag cur follow tag prev (NTAGS = sentence start)? */
static inline bool
allowed(int prev, int cur)
{
	if (cur == 0 || ARNEWS_NER_TAG_IS_B(cur))
		return true;
	/* I-k */
	return prev < ARNEWS_NER_NTAGS && prev != 0 &&
		ARNEWS_NER_TAG_KIND(prev) == ARNEWS_NER_TAG_KIND(cur);
}

/* First-order Viterbi decoding with BIO constraints */
void
arnews_ner_viterbi(const float *emit, int n, const float *trans, int *tags,
				   int *back, float *score)
{
	const int	T = ARNEWS_NER_NTAGS;

	if (n <= 0)
		return;
	for (int c = 0; c < T; c++)
	{
		score[c] = allowed(T, c) ? emit[c] + trans[T * T + c] : -1e30f;
		back[c] = T;
	}
	for (int i = 1; i < n; i++)
	{
		for (int c = 0; c < T; c++)
		{
			float		best = -1e30f;
			int			bp = 0;

			for (int p = 0; p < T; p++)
			{
				float		v;

				if (!allowed(p, c))
					continue;
				v = score[(i - 1) * T + p] + trans[p * T + c];
				if (v > best)
				{
					best = v;
					bp = p;
				}
			}
			score[i * T + c] = best + emit[i * T + c];
			back[i * T + c] = bp;
		}
	}
	{
		float		best = -1e30f;
		int			bt = 0;

		for (int c = 0; c < T; c++)
			if (score[(n - 1) * T + c] > best)
			{
				best = score[(n - 1) * T + c];
				bt = c;
			}
		for (int i = n - 1; i >= 0; i--)
		{
			tags[i] = bt;
			bt = back[i * T + bt];
		}
	}
}
