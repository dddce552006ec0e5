/*
 * test_bm25.c: unit tests of the BM25 core (src/core/bm25.c): word groups
 * recovered from a query tree, group df, positions, tf, scores.
 */
#include <math.h>
#include <stdlib.h>

#include "bm25.h"
#include "unit.h"

/* A query tree written in tsquery's layout (Polish notation) */
#define V(s) {ARNEWS_QN_VAL, 0, 0, s, (int) sizeof(s) - 1, false}
#define VP(s) {ARNEWS_QN_VAL, 0, 0, s, (int) sizeof(s) - 1, true}
#define OR(l) {ARNEWS_QN_OR, l, 0, NULL, 0, false}
#define AND(l) {ARNEWS_QN_AND, l, 0, NULL, 0, false}
#define NOT {ARNEWS_QN_NOT, 0, 0, NULL, 0, false}
#define PHRASE(l, d) {ARNEWS_QN_PHRASE, l, d, NULL, 0, false}

/* Document: the positions of each VAL node, by node index */
typedef struct Doc
{
	const uint16_t *pos[32];
	int			n[32];
} Doc;

static int
doc_fn(void *arg, int node, const uint16_t **pos)
{
	Doc		   *d = arg;

	*pos = d->pos[node];
	return d->n[node];
}

static int
close_to(double a, double b)
{
	return fabs(a - b) < 1e-9;
}

static void
test_marked(void)
{
	CHECK(arnews_lexeme_marked("~x", 2));
	CHECK(arnews_lexeme_marked("+x#", 3));
	CHECK(arnews_lexeme_marked("=x", 2));
	CHECK(!arnews_lexeme_marked("x", 1));
	CHECK(!arnews_lexeme_marked("", 0));
}

/*
 * arnews_query of two words: 'a' | '~a' | ('+a#1' & '=A')  |  'b' | '+b#':*
 * as OR(OR(OR(OR(a, ~a), AND(+a#1, =A)), b), +b#)
 * Layout: node i operator, right operand i+1, left i+left.
 */
static void
test_groups_or_chain(void)
{
	/* OR0( left=OR1(...), right=+b# ) ... built bottom-up by hand: */
	ArnewsQNode q[] = {
		OR(2),					/* 0: left = 2, right = 1 */
		VP("+b#"),				/* 1 */
		OR(2),					/* 2: left = 4, right = 3 */
		V("b"),					/* 3 */
		OR(4),					/* 4: left = 8, right = 5 */
		AND(2),					/* 5: left = 7, right = 6 */
		V("=A"),				/* 6 */
		V("+a#1"),				/* 7 */
		OR(2),					/* 8: left = 10, right = 9 */
		V("~a"),				/* 9 */
		V("a"),					/* 10 */
	};
	ArnewsGroups g;

	arnews_query_groups(q, 11, &g);
	CHECK(g.ngroups == 2);
	if (g.ngroups == 2)
	{
		CHECK(g.groups[0].nalt == 3);
		CHECK(g.groups[0].alt[0] == 10);
		CHECK(g.groups[0].alt[1] == 9);
		CHECK(g.groups[0].alt[2] == 5);	/* the entity AND joins the word */
		CHECK(g.groups[1].nalt == 2);
		CHECK(g.groups[1].alt[0] == 3);
		CHECK(g.groups[1].alt[1] == 1);
	}
	arnews_groups_free(&g);
	/* without entity alternatives: the AND and +b# are left out */
	arnews_query_groups_ex(q, 11, false, &g);
	CHECK(g.ngroups == 2);
	if (g.ngroups == 2)
	{
		CHECK(g.groups[0].nalt == 2 && g.groups[0].alt[0] == 10 && g.groups[0].alt[1] == 9);
		CHECK(g.groups[1].nalt == 1 && g.groups[1].alt[0] == 3);
	}
	arnews_groups_free(&g);
}

/*
 * Several plain lexemes of one word (بالكذب: 'بالكذب' | 'الكذب' | 'كذب')
 * make one group; the next word ('ضد', too short to be a part of
 * another word, and 'كذبه', which contains no lexeme of the open group's
 * but contains 'كذب') follows the rule: 'كذبه' joins, 'ضد' opens a group.
 * OR(OR(OR(OR(بالكذب, الكذب), كذب), ضد), محمد)
 */
static void
test_groups_same_word(void)
{
	ArnewsQNode q[] = {
		OR(2),					/* 0 */
		V("محمد"),				/* 1 */
		OR(2),					/* 2 */
		V("ضد"),				/* 3 */
		OR(2),					/* 4 */
		V("كذب"),				/* 5 */
		OR(2),					/* 6 */
		V("الكذب"),				/* 7 */
		V("بالكذب"),			/* 8 */
	};
	ArnewsQNode r[] = {
		OR(2),					/* 0 */
		V("كذبه"),				/* 1 */
		V("كذب"),				/* 2 */
	};
	ArnewsGroups g;

	arnews_query_groups(q, 9, &g);
	CHECK(g.ngroups == 3);
	if (g.ngroups == 3)
	{
		CHECK(g.groups[0].nalt == 3);
		CHECK(g.groups[1].nalt == 1 && g.groups[1].alt[0] == 3);
		CHECK(g.groups[2].nalt == 1 && g.groups[2].alt[0] == 1);
	}
	arnews_groups_free(&g);
	arnews_query_groups(r, 3, &g);
	CHECK(g.ngroups == 1);
	arnews_groups_free(&g);
}

/* websearch: AND(group a, b) & !c, plus a phrase: separate groups, NOT ignored */
static void
test_groups_and_not_phrase(void)
{
	/* AND(AND(AND(OR(a, ~a), b), NOT c), PHRASE(p, r)) */
	ArnewsQNode t[] = {
		AND(4),					/* 0: left 4, right 1 */
		PHRASE(2, 1),			/* 1: left 3, right 2 */
		V("r"),					/* 2 */
		V("p"),					/* 3 */
		AND(3),					/* 4: left 7, right 5 */
		NOT,					/* 5 */
		V("c"),					/* 6 */
		AND(2),					/* 7: left 9, right 8 */
		V("b"),					/* 8 */
		OR(2),					/* 9: left 11, right 10 */
		V("~a"),				/* 10 */
		V("a"),					/* 11 */
	};
	ArnewsGroups g;

	arnews_query_groups(t, 12, &g);
	CHECK(g.ngroups == 3);
	if (g.ngroups == 3)
	{
		CHECK(g.groups[0].nalt == 2 && g.groups[0].alt[0] == 11 && g.groups[0].alt[1] == 10);
		CHECK(g.groups[1].nalt == 1 && g.groups[1].alt[0] == 8);
		CHECK(g.groups[2].nalt == 1 && g.groups[2].alt[0] == 1);	/* the phrase */
	}
	arnews_groups_free(&g);

	/* a marked lexeme alone opens its own group; an empty query has none */
	{
		ArnewsQNode m[] = {V("~z")};

		arnews_query_groups(m, 1, &g);
		CHECK(g.ngroups == 1);
		arnews_groups_free(&g);
		arnews_query_groups(m, 0, &g);
		CHECK(g.ngroups == 0);
		arnews_groups_free(&g);
	}
	/* only a negation: nothing to score */
	{
		ArnewsQNode n[] = {NOT, V("c")};

		arnews_query_groups(n, 2, &g);
		CHECK(g.ngroups == 0);
		arnews_groups_free(&g);
	}
}

static void
test_df(void)
{
	double		df[] = {10, 30, 5};
	ArnewsQNode q[] = {OR(2), V("x"), AND(2), V("y"), V("z")};
	double		dfq[] = {0, 40, 0, 25, 8};

	CHECK(close_to(arnews_df_union(df, 3, 100, ARNEWS_DF_MAX), 30));
	/* independence: 100 * (1 - 0.9 * 0.7 * 0.95) */
	CHECK(close_to(arnews_df_union(df, 3, 100, ARNEWS_DF_INDEPENDENT), 100 * (1 - 0.9 * 0.7 * 0.95)));
	CHECK(close_to(arnews_df_union(df, 1, 100, ARNEWS_DF_INDEPENDENT), 10));
	/* OR(AND(y, z), x): AND takes the min (8), OR the max (40) */
	CHECK(close_to(arnews_node_df(q, 0, dfq, 100, ARNEWS_DF_MAX), 40));
	CHECK(close_to(arnews_node_df(q, 2, dfq, 100, ARNEWS_DF_MAX), 8));
}

static void
test_scores(void)
{
	double		idf_rare = arnews_bm25_idf(1000, 1);
	double		idf_common = arnews_bm25_idf(1000, 900);

	CHECK(idf_rare > idf_common);
	CHECK(idf_common > 0);
	CHECK(close_to(arnews_bm25_idf(1000, 1), log(1 + 999.5 / 1.5)));
	CHECK(arnews_bm25_idf(10, 50) > 0);	/* df above N is clamped */
	CHECK(close_to(arnews_bm25_term(0, 2, 10, 10, 1.2, 0.75), 0));
	/* tf 1 at average length: idf * (k1 + 1) / (1 + k1) = idf */
	CHECK(close_to(arnews_bm25_term(1, 2, 10, 10, 1.2, 0.75), 2));
	/* saturation: tf 2 gives more than tf 1, less than twice */
	CHECK(arnews_bm25_term(2, 1, 10, 10, 1.2, 0.75) > arnews_bm25_term(1, 1, 10, 10, 1.2, 0.75));
	CHECK(arnews_bm25_term(2, 1, 10, 10, 1.2, 0.75) < 2 * arnews_bm25_term(1, 1, 10, 10, 1.2, 0.75));
	/* longer documents score less unless b = 0 */
	CHECK(arnews_bm25_term(1, 1, 20, 10, 1.2, 0.75) < arnews_bm25_term(1, 1, 10, 10, 1.2, 0.75));
	CHECK(close_to(arnews_bm25_term(1, 1, 20, 10, 1.2, 0), arnews_bm25_term(1, 1, 10, 10, 1.2, 0)));
}

static void
test_positions(void)
{
	/* group: a | ~a | (+a#1 & =A); the alternatives share positions */
	ArnewsQNode q[] = {
		OR(4),					/* 0: left 4, right 1 */
		AND(2),					/* 1: left 3, right 2 */
		V("=A"),				/* 2 */
		V("+a#1"),				/* 3 */
		OR(2),					/* 4: left 6, right 5 */
		V("~a"),				/* 5 */
		V("a"),					/* 6 */
	};
	static const uint16_t pa[] = {3, 9};
	static const uint16_t pv[] = {3, 9, 14};	/* ~a also at 14 (another spelling) */
	static const uint16_t pe[] = {9};
	Doc			d = {{0}};
	ArnewsGroups g;
	ArnewsPosList l = {0};

	d.pos[6] = pa;
	d.n[6] = 2;
	d.pos[5] = pv;
	d.n[5] = 3;
	d.pos[3] = pe;
	d.n[3] = 1;
	d.pos[2] = pe;
	d.n[2] = 1;
	arnews_query_groups(q, 7, &g);
	CHECK(g.ngroups == 1);
	/* positions matched by any alternative: 3, 9, 14 (not 3 + 3 + 2 lexemes) */
	CHECK(arnews_group_tf(q, &g.groups[0], doc_fn, &d) == 3);
	/* the entity alternative needs all its markers */
	d.n[2] = 0;
	arnews_node_positions(q, 1, doc_fn, &d, &l);
	CHECK(l.n == 0);
	d.n[2] = 1;
	arnews_node_positions(q, 1, doc_fn, &d, &l);
	CHECK(l.n == 1 && l.pos[0] == 9);
	arnews_poslist_free(&l);
	arnews_groups_free(&g);
}

static void
test_phrase(void)
{
	/* p <-> r, and p <2> r */
	ArnewsQNode q1[] = {PHRASE(2, 1), V("r"), V("p")};
	ArnewsQNode q2[] = {PHRASE(2, 2), V("r"), V("p")};
	static const uint16_t pp[] = {1, 5, 10};
	static const uint16_t pr[] = {2, 7, 11, 20};
	Doc			d = {{0}};
	ArnewsPosList l = {0};

	d.pos[2] = pp;
	d.n[2] = 3;
	d.pos[1] = pr;
	d.n[1] = 4;
	arnews_node_positions(q1, 0, doc_fn, &d, &l);
	CHECK(l.n == 2 && l.pos[0] == 2 && l.pos[1] == 11);
	arnews_node_positions(q2, 0, doc_fn, &d, &l);
	CHECK(l.n == 1 && l.pos[0] == 7);
	d.n[2] = 0;
	arnews_node_positions(q1, 0, doc_fn, &d, &l);
	CHECK(l.n == 0);
	arnews_poslist_free(&l);
}

static void
test_posset(void)
{
	ArnewsPosSet *s = malloc(sizeof(ArnewsPosSet));

	arnews_posset_clear(s);
	arnews_posset_add(s, 1);
	arnews_posset_add(s, 1);
	arnews_posset_add(s, 16383);
	arnews_posset_add(s, 64);
	CHECK(s->count == 3);
	free(s);
}

int
main(void)
{
	test_marked();
	test_groups_or_chain();
	test_groups_same_word();
	test_groups_and_not_phrase();
	test_df();
	test_scores();
	test_positions();
	test_phrase();
	test_posset();
	return unit_report("bm25");
}
