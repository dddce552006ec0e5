/*-------------------------------------------------------------------------
 *
 * ner_clusters.c
 *		Builds the word clusters of the arnews named-entity tagger
 *		(data/arnews_ner_clusters.txt) from a JSON-lines news corpus such as
 *		ANT v2.1 (fields "title", "abstract", "text").
 *
 * Method: every text is split with the arnews tokenizer (punctuation
 * characters are tokens of their own, as in src/core/ner.c) and normalized
 * with arnews_normalize().  Each of the V most frequent words gets a
 * context vector: counts of the D most frequent words at positions -2, -1,
 * +1 and +2, weighted by positive pointwise mutual information and scaled
 * to unit length.  The words are then split in two by spherical 2-means,
 * each half again, down to 16 levels (bisecting k-means); a word's cluster
 * is its path of left (0) / right (1) decisions, so prefixes of the bit
 * string are coarser clusters, as with Brown clusters.  Deterministic.
 *
 * Build (from the repository root):
 *	cc -std=c11 -O2 -Wall -Wextra -Isrc/core -o /tmp/ner_clusters \
 *		tools/ner_clusters.c src/core/tokenize.c src/core/normalize.c \
 *		src/core/utf8.c src/core/chars.c test/unit/alloc_std.c \
 *		-licui18n -licuuc -licudata -lm
 *
 * Use:
 *	xz -dc ../shared/bench/ant_v2.1_multisource.jsonl.xz | \
 *		/tmp/ner_clusters [-v words] [-d contexts] [-m mincount] > clusters.body
 *	then add the header and sort (tools/ner_clusters.sh does all of it).
 *
 * IDENTIFICATION
 *	  tools/ner_clusters.c
 *
 *-------------------------------------------------------------------------
 */
#define _POSIX_C_SOURCE 200809L
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "normalize.h"
#include "tokenize.h"
#include "utf8.h"

#define DEPTH 16
#define NPOS 4					/* context positions -2 -1 +1 +2 */
#define MAXWLEN 64				/* longest word kept (bytes) */

/* interned words */
static char **words;
static long *freq;
static int	nwords;
static uint64_t *hkeys;
static int *hids;
static size_t hcap;

/* corpus as word ids; 0 = boundary */
static int *corpus;
static size_t ncorpus,
			capcorpus;

/* FNV-1a */
static uint64_t
hash_str(const char *s, size_t n)
{
	uint64_t	h = 0xcbf29ce484222325ULL;

	for (size_t i = 0; i < n; i++)
	{
		h ^= (unsigned char) s[i];
		h *= 0x100000001b3ULL;
	}
	return h ? h : 1;
}

/* Id of word s[0..n), interning it */
static int
intern(const char *s, size_t n)
{
	uint64_t	h = hash_str(s, n);
	size_t		i;

	if ((size_t) nwords * 2 >= hcap)
	{
		uint64_t   *ok = hkeys;
		int		   *oi = hids;
		size_t		oc = hcap;

		hcap = hcap ? hcap * 2 : 1 << 16;
		hkeys = calloc(hcap, sizeof(uint64_t));
		hids = calloc(hcap, sizeof(int));
		for (size_t k = 0; k < oc; k++)
			if (ok[k])
			{
				size_t		j = (size_t) ok[k] & (hcap - 1);

				while (hkeys[j])
					j = (j + 1) & (hcap - 1);
				hkeys[j] = ok[k];
				hids[j] = oi[k];
			}
		free(ok);
		free(oi);
	}
	i = (size_t) h & (hcap - 1);
	while (hkeys[i])
	{
		int			id = hids[i];

		if (hkeys[i] == h && strlen(words[id]) == n && memcmp(words[id], s, n) == 0)
			return id;
		i = (i + 1) & (hcap - 1);
	}
	if ((nwords & (nwords - 1)) == 0)
	{
		size_t		nc = nwords ? (size_t) nwords * 2 : 1;

		words = realloc(words, nc * sizeof(char *));
		freq = realloc(freq, nc * sizeof(long));
	}
	words[nwords] = malloc(n + 1);
	memcpy(words[nwords], s, n);
	words[nwords][n] = 0;
	freq[nwords] = 0;
	hkeys[i] = h;
	hids[i] = nwords;
	return nwords++;
}

/* Append a word id to the corpus */
static void
emit(int id)
{
	if (ncorpus == capcorpus)
	{
		capcorpus = capcorpus ? capcorpus * 2 : 1 << 20;
		corpus = realloc(corpus, capcorpus * sizeof(int));
	}
	corpus[ncorpus++] = id;
	freq[id]++;
}

/* Tokenize one text like src/core/ner.c and append it, then a boundary */
static void
add_text(const char *s, size_t len, ArnewsBuf *nb)
{
	ArnewsTokenizer tz;
	ArnewsToken tok;

	arnews_tokenizer_init(&tz, s, len);
	while (arnews_tokenizer_next(&tz, &tok))
	{
		if (tok.type == ARNEWS_TOK_BLANK)
		{
			size_t		p = tok.start,
						e = tok.start + tok.len;

			while (p < e)
			{
				size_t		q = p;
				int32_t		cp = arnews_utf8_next(s, e, &q);

				if (cp != ' ' && cp != '\t' && cp != '\n' && cp != '\r' &&
					cp != 0xA0 && !arnews_is_ignorable(cp) && cp != 0x2028 && cp != 0x2029)
				{
					arnews_buf_reset(nb);
					arnews_normalize(s + p, q - p, nb);
					if (nb->len > 0)
						emit(intern(nb->data, nb->len));
				}
				if (cp == '\n')
					emit(0);
				p = q;
			}
		}
		else
		{
			arnews_buf_reset(nb);
			arnews_normalize(s + tok.start, tok.len, nb);
			if (nb->len > 0 && nb->len <= MAXWLEN)
				emit(intern(nb->data, nb->len));
			else if (nb->len > 0)
				emit(intern("<LONG>", 6));
		}
	}
	emit(0);
}

/* Decode the JSON string starting after the quote at s[*p]; into out */
static void
json_string(const char *s, size_t len, size_t *p, ArnewsBuf *out)
{
	size_t		i = *p;

	arnews_buf_reset(out);
	while (i < len && s[i] != '"')
	{
		if (s[i] == '\\' && i + 1 < len)
		{
			char		c = s[i + 1];

			i += 2;
			if (c == 'n' || c == 'r' || c == 't')
				arnews_buf_append(out, "\n", 1);
			else if (c == 'u' && i + 4 <= len)
			{
				int32_t		cp = (int32_t) strtol((char[5]) {s[i], s[i + 1], s[i + 2], s[i + 3], 0}, NULL, 16);

				i += 4;
				if (cp >= 0xD800 && cp < 0xDC00 && i + 6 <= len && s[i] == '\\' && s[i + 1] == 'u')
				{
					int32_t		lo = (int32_t) strtol((char[5]) {s[i + 2], s[i + 3], s[i + 4], s[i + 5], 0}, NULL, 16);

					cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
					i += 6;
				}
				arnews_buf_append_cp(out, cp);
			}
			else
				arnews_buf_append(out, &c, 1);
		}
		else
			arnews_buf_append(out, s + i++, 1);
	}
	*p = i + 1;
}

/* Add the title, abstract and text fields of one JSON line */
static void
add_line(const char *s, size_t len, ArnewsBuf *sb, ArnewsBuf *nb)
{
	static const char *const keys[] = {"\"title\"", "\"abstract\"", "\"text\""};

	for (int k = 0; k < 3; k++)
	{
		const char *f = strstr(s, keys[k]);
		size_t		p;

		if (!f)
			continue;
		p = (size_t) (f - s) + strlen(keys[k]);
		while (p < len && (s[p] == ' ' || s[p] == ':'))
			p++;
		if (p >= len || s[p] != '"')
			continue;
		p++;
		json_string(s, len, &p, sb);
		add_text(sb->data, sb->len, nb);
	}
}

/* Sparse unit vector of a word */
typedef struct Vec
{
	int			nnz;
	uint16_t   *idx;
	float	   *val;
} Vec;

static Vec *vecs;
static int	ndim;

/* Sort words by descending frequency, then bytes */
static int
cmp_freq(const void *a, const void *b)
{
	int			x = *(const int *) a,
				y = *(const int *) b;

	if (freq[x] != freq[y])
		return freq[x] > freq[y] ? -1 : 1;
	return strcmp(words[x], words[y]);
}

/* Dot product of a sparse vector with a dense one */
static inline double
dot(const Vec *v, const double *c)
{
	double		s = 0;

	for (int i = 0; i < v->nnz; i++)
		s += v->val[i] * c[v->idx[i]];
	return s;
}

/* Scale a dense vector to unit length */
static void
unit(double *c)
{
	double		s = 0;

	for (int i = 0; i < ndim; i++)
		s += c[i] * c[i];
	s = s > 0 ? 1 / sqrt(s) : 0;
	for (int i = 0; i < ndim; i++)
		c[i] *= s;
}

static char (*paths)[DEPTH + 1];

/* Split members[0..n) (target-word indexes) recursively at depth d */
static void
bisect(int *members, int n, int d, int *tmp)
{
	double	   *c0,
			   *c1;
	int			n0 = 0;
	char	   *side;

	if (d >= DEPTH || n < 2)
		return;
	c0 = calloc(ndim, sizeof(double));
	c1 = calloc(ndim, sizeof(double));
	side = malloc(n);
	/* initial split: the most frequent word vs the word least like it */
	{
		int			far = 1;
		double		best = 2;

		for (int i = 0; i < vecs[members[0]].nnz; i++)
			c0[vecs[members[0]].idx[i]] = vecs[members[0]].val[i];
		for (int j = 1; j < n; j++)
		{
			double		s = dot(&vecs[members[j]], c0);

			if (s < best)
			{
				best = s;
				far = j;
			}
		}
		for (int i = 0; i < vecs[members[far]].nnz; i++)
			c1[vecs[members[far]].idx[i]] = vecs[members[far]].val[i];
	}
	for (int it = 0; it < 12; it++)
	{
		int			changed = 0;

		for (int j = 0; j < n; j++)
		{
			char		sd = dot(&vecs[members[j]], c1) > dot(&vecs[members[j]], c0);

			if (it == 0 || sd != side[j])
				changed++;
			side[j] = sd;
		}
		memset(c0, 0, ndim * sizeof(double));
		memset(c1, 0, ndim * sizeof(double));
		n0 = 0;
		for (int j = 0; j < n; j++)
		{
			const Vec  *v = &vecs[members[j]];
			double	   *c = side[j] ? c1 : c0;

			n0 += !side[j];
			for (int i = 0; i < v->nnz; i++)
				c[v->idx[i]] += v->val[i];
		}
		if (n0 == 0 || n0 == n)
			break;
		unit(c0);
		unit(c1);
		if (changed == 0)
			break;
	}
	free(c0);
	free(c1);
	if (n0 == 0 || n0 == n)
	{
		/* degenerate: halve by order */
		n0 = n / 2;
		for (int j = 0; j < n; j++)
			side[j] = j >= n0;
	}
	{
		int			a = 0,
					b = n0;

		for (int j = 0; j < n; j++)
		{
			paths[members[j]][d] = side[j] ? '1' : '0';
			if (side[j])
				tmp[b++] = members[j];
			else
				tmp[a++] = members[j];
		}
		memcpy(members, tmp, n * sizeof(int));
	}
	free(side);
	bisect(members, n0, d + 1, tmp);
	bisect(members + n0, n - n0, d + 1, tmp + n0);
}

/* Entry point */
int
main(int argc, char **argv)
{
	int			V = 80000;
	int			D = 400;
	int			minc = 3;
	char	   *line = NULL;
	size_t		lcap = 0;
	ssize_t		ll;
	ArnewsBuf	sb,
				nb;
	int		   *order,
			   *rank;
	uint32_t   *cnt;
	double	   *coltot;
	double		total = 0;

	for (int i = 1; i < argc; i++)
	{
		if (strcmp(argv[i], "-v") == 0 && i + 1 < argc)
			V = atoi(argv[++i]);
		else if (strcmp(argv[i], "-d") == 0 && i + 1 < argc)
			D = atoi(argv[++i]);
		else if (strcmp(argv[i], "-m") == 0 && i + 1 < argc)
			minc = atoi(argv[++i]);
		else
		{
			fprintf(stderr, "usage: ner_clusters [-v words] [-d contexts] [-m mincount] < corpus.jsonl\n");
			return 2;
		}
	}
	arnews_buf_init(&sb, 1 << 16);
	arnews_buf_init(&nb, 256);
	intern("<S>", 3);
	while ((ll = getline(&line, &lcap, stdin)) > 0)
		add_line(line, (size_t) ll, &sb, &nb);
	fprintf(stderr, "%zu tokens, %d distinct\n", ncorpus, nwords);

	/* ranks: contexts are ranks [0, D) (with <S>), targets [0, V) */
	order = malloc(nwords * sizeof(int));
	rank = malloc(nwords * sizeof(int));
	for (int i = 0; i < nwords; i++)
		order[i] = i;
	freq[0] = ncorpus;			/* boundary first among contexts */
	qsort(order, nwords, sizeof(int), cmp_freq);
	for (int i = 0; i < nwords; i++)
		rank[order[i]] = i;
	/* targets: skip the boundary; words seen at least minc times */
	{
		int			nv = 0;

		for (int i = 1; i < nwords && nv < V; i++)
			if (freq[order[i]] >= minc)
				nv++;
		V = nv;
	}
	ndim = NPOS * D;
	if (ndim > 65535)
		ndim = 65535;
	cnt = calloc((size_t) V * ndim, sizeof(uint32_t));
	for (size_t p = 0; p < ncorpus; p++)
	{
		int			r = rank[corpus[p]] - 1;	/* target index */
		static const int off[NPOS] = {-2, -1, 1, 2};

		if (r < 0 || r >= V)
			continue;
		for (int k = 0; k < NPOS; k++)
		{
			long		q = (long) p + off[k];
			int			cr;

			if (q < 0 || q >= (long) ncorpus)
				cr = 0;
			else
				cr = rank[corpus[q]];
			if (cr < D)
				cnt[(size_t) r * ndim + k * D + cr]++;
		}
	}
	/* PPMI, unit length, sparse */
	coltot = calloc(ndim, sizeof(double));
	for (size_t i = 0; i < (size_t) V * ndim; i++)
		coltot[i % ndim] += cnt[i];
	for (int j = 0; j < ndim; j++)
		total += coltot[j];
	vecs = calloc(V, sizeof(Vec));
	paths = calloc(V, sizeof(*paths));
	for (int r = 0; r < V; r++)
	{
		uint32_t   *row = cnt + (size_t) r * ndim;
		double		rt = 0,
					norm = 0;
		Vec		   *v = &vecs[r];

		for (int j = 0; j < ndim; j++)
			rt += row[j];
		v->idx = malloc(ndim * sizeof(uint16_t));
		v->val = malloc(ndim * sizeof(float));
		for (int j = 0; j < ndim; j++)
			if (row[j] > 0 && coltot[j] > 0)
			{
				/* context-distribution smoothing 0.75 dampens rare contexts */
				double		pmi = log(row[j] * pow(total, 0.75) / (rt * pow(coltot[j], 0.75)));

				if (pmi > 0)
				{
					v->idx[v->nnz] = (uint16_t) j;
					v->val[v->nnz++] = (float) pmi;
					norm += pmi * pmi;
				}
			}
		norm = norm > 0 ? 1 / sqrt(norm) : 0;
		for (int i = 0; i < v->nnz; i++)
			v->val[i] *= (float) norm;
		memset(paths[r], '0', DEPTH);
	}
	free(cnt);
	{
		int		   *members = malloc(V * sizeof(int));
		int		   *tmp = malloc(V * sizeof(int));

		for (int r = 0; r < V; r++)
			members[r] = r;
		bisect(members, V, 0, tmp);
	}
	for (int r = 0; r < V; r++)
	{
		const unsigned char *w = (const unsigned char *) words[order[r + 1]];
		bool		ctl = false;

		/* words with control characters cannot be written as lines */
		for (; *w; w++)
			ctl |= *w < 0x20 || *w == 0x7f;
		if (!ctl)
			printf("%s\t%s\n", words[order[r + 1]], paths[r]);
	}
	fprintf(stderr, "%d words clustered\n", V);
	return 0;
}
