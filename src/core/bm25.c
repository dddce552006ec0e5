/*-------------------------------------------------------------------------
 *
 * bm25.c
 *		BM25 over arnews query word groups (see bm25.h for the rules).
 *
 * IDENTIFICATION
 *	  src/core/bm25.c
 *
 *-------------------------------------------------------------------------
 */
#include "bm25.h"

#include <math.h>
#include <string.h>

#include "alloc.h"

bool
arnews_lexeme_marked(const char *lexeme, int len)
{
	return len > 0 && (lexeme[0] == '~' || lexeme[0] == '+' || lexeme[0] == '=');
}

/* Is the subtree an AND of marked lexemes only (an entity alternative)? */
static bool
marked_and(const ArnewsQNode *q, int node)
{
	const ArnewsQNode *x = &q[node];

	if (x->type == ARNEWS_QN_VAL)
		return arnews_lexeme_marked(x->lexeme, x->len);
	if (x->type != ARNEWS_QN_AND)
		return false;
	return marked_and(q, node + x->left) && marked_and(q, node + 1);
}

typedef struct GroupBuilder
{
	ArnewsGroups *out;
	int			cap_groups;
	int			cap_alts;
	int			nalts;
	int			open;			/* index of the group marked lexemes join, or -1 */
	bool		entities;		/* keep the entity alternatives (+word#, =key) */
	int		   *alt_group;		/* group of each alternative, in order */
} GroupBuilder;

static void
add_alt(GroupBuilder *b, int group, int node)
{
	if (b->nalts == b->cap_alts)
	{
		b->cap_alts = b->cap_alts ? b->cap_alts * 2 : 16;
		b->out->alts = arnews_realloc(b->out->alts, sizeof(int) * b->cap_alts);
		b->alt_group = arnews_realloc(b->alt_group, sizeof(int) * b->cap_alts);
	}
	b->out->alts[b->nalts] = node;
	b->alt_group[b->nalts] = group;
	b->nalts++;
	b->out->groups[group].nalt++;
}

static int
new_group(GroupBuilder *b)
{
	if (b->out->ngroups == b->cap_groups)
	{
		b->cap_groups = b->cap_groups ? b->cap_groups * 2 : 8;
		b->out->groups = arnews_realloc(b->out->groups, sizeof(ArnewsGroup) * b->cap_groups);
	}
	b->out->groups[b->out->ngroups].nalt = 0;
	b->out->groups[b->out->ngroups].alt = NULL;
	return b->out->ngroups++;
}

/* Code points of a UTF-8 string */
static int
cp_count(const char *s, int len)
{
	int			n = 0;

	for (int i = 0; i < len; i++)
		n += ((unsigned char) s[i] & 0xC0) != 0x80;
	return n;
}

/* Does a (alen bytes) contain b (blen bytes)? */
static bool
contains(const char *a, int alen, const char *b, int blen)
{
	for (int i = 0; i + blen <= alen; i++)
		if (memcmp(a + i, b, blen) == 0)
			return true;
	return false;
}

/*
 * Is the plain lexeme x another form of the word whose group is g?  The
 * dictionary gives one word several plain lexemes, its forms with fewer
 * clitics and its stem (بالكذب: بالكذب، الكذب، كذب; الفجيرة: الفجيره، فجير),
 * each contained in the word's fullest form: x joins the group when it
 * contains, or is contained in, a plain lexeme of the group (the shorter one
 * of three code points at least, so that a short word is never taken for a
 * part of its neighbour).
 */
static bool
same_word(const GroupBuilder *b, const ArnewsQNode *q, int g, const ArnewsQNode *x)
{
	for (int i = 0; i < b->nalts; i++)
	{
		const ArnewsQNode *y = &q[b->out->alts[i]];
		const ArnewsQNode *s,
				   *l;

		if (b->alt_group[i] != g || y->type != ARNEWS_QN_VAL ||
			arnews_lexeme_marked(y->lexeme, y->len))
			continue;
		s = x->len <= y->len ? x : y;
		l = x->len <= y->len ? y : x;
		if (cp_count(s->lexeme, s->len) >= 3 && contains(l->lexeme, l->len, s->lexeme, s->len))
			return true;
	}
	return false;
}

static void
collect(GroupBuilder *b, const ArnewsQNode *q, int n, int node, int depth)
{
	const ArnewsQNode *x;

	if (node < 0 || node >= n || depth > 1000)
		return;
	x = &q[node];
	switch (x->type)
	{
		case ARNEWS_QN_VAL:
			if (!b->entities && x->len > 0 && (x->lexeme[0] == '+' || x->lexeme[0] == '='))
				break;
			if (b->open < 0 ||
				(!arnews_lexeme_marked(x->lexeme, x->len) && !same_word(b, q, b->open, x)))
				b->open = new_group(b);
			add_alt(b, b->open, node);
			break;
		case ARNEWS_QN_OR:
			/* left to right: the order the dictionary gave the lexemes */
			collect(b, q, n, node + x->left, depth + 1);
			collect(b, q, n, node + 1, depth + 1);
			break;
		case ARNEWS_QN_AND:
			if (marked_and(q, node))
			{
				if (!b->entities)
					break;		/* an entity alternative: +word#tag & =key */
				if (b->open < 0)
					b->open = new_group(b);
				add_alt(b, b->open, node);
				break;
			}
			b->open = -1;
			collect(b, q, n, node + x->left, depth + 1);
			b->open = -1;
			collect(b, q, n, node + 1, depth + 1);
			b->open = -1;
			break;
		case ARNEWS_QN_PHRASE:
			add_alt(b, new_group(b), node);
			b->open = -1;
			break;
		case ARNEWS_QN_NOT:
			b->open = -1;
			break;
	}
}

void
arnews_query_groups(const ArnewsQNode *q, int n, ArnewsGroups *out)
{
	arnews_query_groups_ex(q, n, true, out);
}

void
arnews_query_groups_ex(const ArnewsQNode *q, int n, bool entities, ArnewsGroups *out)
{
	GroupBuilder b;
	int			k = 0;

	memset(out, 0, sizeof(*out));
	memset(&b, 0, sizeof(b));
	b.out = out;
	b.open = -1;
	b.entities = entities;
	if (n > 0)
		collect(&b, q, n, 0, 0);
	if (out->ngroups == 0)
	{
		arnews_free(b.alt_group);
		return;
	}
	/* sort the alternatives by group (stable), then point each group at its slice */
	{
		int		   *sorted = arnews_alloc(sizeof(int) * (b.nalts ? b.nalts : 1));

		for (int g = 0; g < out->ngroups; g++)
			for (int i = 0; i < b.nalts; i++)
				if (b.alt_group[i] == g)
					sorted[k++] = out->alts[i];
		memcpy(out->alts, sorted, sizeof(int) * b.nalts);
		arnews_free(sorted);
		k = 0;
		for (int g = 0; g < out->ngroups; g++)
		{
			out->groups[g].alt = out->alts + k;
			k += out->groups[g].nalt;
		}
	}
	arnews_free(b.alt_group);
}

void
arnews_groups_free(ArnewsGroups *g)
{
	arnews_free(g->groups);
	arnews_free(g->alts);
	memset(g, 0, sizeof(*g));
}

double
arnews_df_union(const double *df, int n, double ndocs, ArnewsDfMode mode)
{
	double		r = 0;

	if (mode == ARNEWS_DF_INDEPENDENT && ndocs > 0)
	{
		double		miss = 1.0;

		for (int i = 0; i < n; i++)
		{
			double		p = df[i] / ndocs;

			miss *= 1.0 - (p > 1 ? 1 : p < 0 ? 0 : p);
		}
		return ndocs * (1.0 - miss);
	}
	for (int i = 0; i < n; i++)
		if (df[i] > r)
			r = df[i];
	return r;
}

double
arnews_node_df(const ArnewsQNode *q, int node, const double *df, double ndocs,
			   ArnewsDfMode mode)
{
	const ArnewsQNode *x = &q[node];
	double		two[2];

	switch (x->type)
	{
		case ARNEWS_QN_VAL:
			return df[node];
		case ARNEWS_QN_OR:
			two[0] = arnews_node_df(q, node + x->left, df, ndocs, mode);
			two[1] = arnews_node_df(q, node + 1, df, ndocs, mode);
			return arnews_df_union(two, 2, ndocs, mode);
		case ARNEWS_QN_AND:
		case ARNEWS_QN_PHRASE:
			two[0] = arnews_node_df(q, node + x->left, df, ndocs, mode);
			two[1] = arnews_node_df(q, node + 1, df, ndocs, mode);
			return two[0] < two[1] ? two[0] : two[1];
		case ARNEWS_QN_NOT:
			break;
	}
	return ndocs;
}

double
arnews_bm25_idf(double ndocs, double df)
{
	if (df < 0)
		df = 0;
	if (df > ndocs)
		df = ndocs;
	return log(1.0 + (ndocs - df + 0.5) / (df + 0.5));
}

double
arnews_bm25_term(double tf, double idf, double dl, double avgdl, double k1, double b)
{
	double		norm;

	if (tf <= 0)
		return 0;
	norm = avgdl > 0 ? (1.0 - b + b * dl / avgdl) : 1.0;
	return idf * tf * (k1 + 1.0) / (tf + k1 * norm);
}

/* ---------------------------------------------------------------------- */

static void
poslist_reserve(ArnewsPosList *l, int n)
{
	if (n <= l->cap)
		return;
	while (l->cap < n)
		l->cap = l->cap ? l->cap * 2 : 16;
	l->pos = arnews_realloc(l->pos, sizeof(uint16_t) * l->cap);
}

void
arnews_poslist_free(ArnewsPosList *l)
{
	arnews_free(l->pos);
	memset(l, 0, sizeof(*l));
}

/* out = a union b (both sorted, unique) */
static void
merge_union(const uint16_t *a, int na, const uint16_t *b, int nb, ArnewsPosList *out)
{
	int			i = 0,
				j = 0;

	out->n = 0;
	poslist_reserve(out, na + nb);
	while (i < na || j < nb)
	{
		uint16_t	v;

		if (j >= nb || (i < na && a[i] < b[j]))
			v = a[i++];
		else if (i >= na || b[j] < a[i])
			v = b[j++];
		else
		{
			v = a[i++];
			j++;
		}
		out->pos[out->n++] = v;
	}
}

void
arnews_node_positions(const ArnewsQNode *q, int node, ArnewsPositionsFn fn, void *arg,
					  ArnewsPosList *out)
{
	const ArnewsQNode *x = &q[node];
	ArnewsPosList l = {0},
				r = {0};
	const uint16_t *p;
	int			np;

	out->n = 0;
	switch (x->type)
	{
		case ARNEWS_QN_VAL:
			np = fn(arg, node, &p);
			poslist_reserve(out, np);
			if (np > 0)
				memcpy(out->pos, p, sizeof(uint16_t) * np);
			out->n = np;
			return;
		case ARNEWS_QN_NOT:
			return;
		default:
			break;
	}
	arnews_node_positions(q, node + x->left, fn, arg, &l);
	arnews_node_positions(q, node + 1, fn, arg, &r);
	switch (x->type)
	{
		case ARNEWS_QN_OR:
			merge_union(l.pos, l.n, r.pos, r.n, out);
			break;
		case ARNEWS_QN_AND:
			if (l.n > 0 && r.n > 0)
				merge_union(l.pos, l.n, r.pos, r.n, out);
			break;
		case ARNEWS_QN_PHRASE:
			{
				int			i = 0;

				poslist_reserve(out, r.n);
				for (int j = 0; j < r.n; j++)
				{
					int			want = (int) r.pos[j] - x->distance;

					while (i < l.n && (int) l.pos[i] < want)
						i++;
					if (i < l.n && (int) l.pos[i] == want)
						out->pos[out->n++] = r.pos[j];
				}
			}
			break;
		default:
			break;
	}
	arnews_poslist_free(&l);
	arnews_poslist_free(&r);
}

int
arnews_group_tf(const ArnewsQNode *q, const ArnewsGroup *g, ArnewsPositionsFn fn, void *arg)
{
	ArnewsPosList acc = {0},
				one = {0},
				tmp = {0};
	int			tf;

	for (int i = 0; i < g->nalt; i++)
	{
		arnews_node_positions(q, g->alt[i], fn, arg, &one);
		merge_union(acc.pos, acc.n, one.pos, one.n, &tmp);
		{
			ArnewsPosList t = acc;

			acc = tmp;
			tmp = t;
		}
	}
	tf = acc.n;
	arnews_poslist_free(&acc);
	arnews_poslist_free(&one);
	arnews_poslist_free(&tmp);
	return tf;
}

void
arnews_posset_clear(ArnewsPosSet *s)
{
	memset(s, 0, sizeof(*s));
}

void
arnews_posset_add(ArnewsPosSet *s, unsigned pos)
{
	uint64_t	bit;

	pos &= 16383;
	bit = (uint64_t) 1 << (pos & 63);
	if (!(s->bits[pos >> 6] & bit))
	{
		s->bits[pos >> 6] |= bit;
		s->count++;
	}
}
