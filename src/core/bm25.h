/*-------------------------------------------------------------------------
 *
 * bm25.h
 *		BM25 ranking over arnews query groups: the pure computation behind
 *		arnews_rank() (src/pg_rank.c is the server glue).
 *
 * A query is given as an array of nodes laid out like a PostgreSQL tsquery
 * (Polish notation: an operator's right operand follows it, its left
 * operand is "left" nodes further on; NOT has its operand next).
 *
 * Word groups.  The arnews dictionary gives one query word several
 * alternatives that websearch_to_tsquery and arnews_query() OR together in
 * the order the dictionary returns them: the stem first, then marked
 * lexemes: the variant key "~...", the name-word marker "+stem#":* and the
 * entity alternative, an AND of "+word#tag" markers and "=key".  Word
 * groups are recovered with one rule: walking an OR chain left to right, a
 * plain (unmarked) lexeme opens a new group, and a marked lexeme or an AND
 * of marked lexemes joins the group opened last (or opens one when there
 * is none), and so does a plain lexeme that is another form of the same
 * word: contained in, or containing, a plain lexeme of that group (the
 * shorter of at least three code points; بالكذب: بالكذب، الكذب، كذب).  An AND of anything else (websearch's implicit AND between
 * words, a hashtag's parts) keeps its operands' groups apart; a phrase is
 * one group; NOT contributes nothing.
 *
 * Scores.  For each group g: tf = the number of document positions matched
 * by any alternative (an entity alternative matches where all its markers
 * are present; a phrase at the positions where it ends), df = the union of
 * the alternatives' document frequencies estimated by their maximum (or,
 * optionally, by assuming independence), and
 *		score = sum_g idf(g) * tf * (k1 + 1) / (tf + k1 * (1 - b + b * dl / avgdl))
 *		idf(g) = ln(1 + (N - df + 0.5) / (df + 0.5))
 * as in Lucene's BM25.  dl is the document's length in token positions.
 *
 * IDENTIFICATION
 *	  src/core/bm25.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef ARNEWS_BM25_H
#define ARNEWS_BM25_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum ArnewsQNodeType
{
	ARNEWS_QN_VAL,
	ARNEWS_QN_AND,
	ARNEWS_QN_OR,
	ARNEWS_QN_NOT,
	ARNEWS_QN_PHRASE
} ArnewsQNodeType;

typedef struct ArnewsQNode
{
	ArnewsQNodeType type;
	int			left;			/* operators: offset of the left operand */
	int			distance;		/* PHRASE: exact distance between operands */
	const char *lexeme;			/* VAL: not NUL-terminated */
	int			len;
	bool		prefix;			/* VAL: prefix match (:*) */
} ArnewsQNode;

/* How the document frequency of a group is estimated from its parts */
typedef enum ArnewsDfMode
{
	ARNEWS_DF_MAX,				/* max of the alternatives' df */
	ARNEWS_DF_INDEPENDENT		/* N * (1 - prod(1 - df_i / N)) */
} ArnewsDfMode;

/* One group: its alternatives are node indexes (VAL, AND or PHRASE) */
typedef struct ArnewsGroup
{
	int			nalt;
	int		   *alt;
} ArnewsGroup;

typedef struct ArnewsGroups
{
	int			ngroups;
	ArnewsGroup *groups;
	int		   *alts;			/* storage of every group's alt[] */
} ArnewsGroups;

/* Does this lexeme carry an arnews marker (~ + =)? */
extern bool arnews_lexeme_marked(const char *lexeme, int len);

/*
 * Recover the word groups of a query of n nodes rooted at node 0.  The
 * result is allocated with arnews_alloc; free with arnews_groups_free.
 */
extern void arnews_query_groups(const ArnewsQNode *q, int n, ArnewsGroups *out);

/*
 * The same; with entities false the entity alternatives (the name-word
 * marker "+stem#":*, an AND of "+word#tag" and "=key", a lone "=key") are
 * left out of the groups: they still match documents but add nothing.
 */
extern void arnews_query_groups_ex(const ArnewsQNode *q, int n, bool entities,
								   ArnewsGroups *out);
extern void arnews_groups_free(ArnewsGroups *g);

/*
 * df of a subtree from the df of each VAL node (df[i] for node i):
 * OR combines by mode, AND and PHRASE take the minimum.
 */
extern double arnews_node_df(const ArnewsQNode *q, int node, const double *df,
							 double ndocs, ArnewsDfMode mode);

/* Combine document frequencies of alternatives (n >= 1) */
extern double arnews_df_union(const double *df, int n, double ndocs, ArnewsDfMode mode);

/* Lucene's BM25 idf, never negative; df is clamped to [0, ndocs] */
extern double arnews_bm25_idf(double ndocs, double df);

/* One term's BM25 contribution */
extern double arnews_bm25_term(double tf, double idf, double dl, double avgdl,
							   double k1, double b);

/*
 * Positions of a VAL node in the current document: sorted ascending,
 * without duplicates; returns their number and sets *pos (owned by the
 * callee, valid until the next call).
 */
typedef int (*ArnewsPositionsFn) (void *arg, int node, const uint16_t **pos);

/* A growable set of positions used while scoring one document */
typedef struct ArnewsPosList
{
	uint16_t   *pos;
	int			n;
	int			cap;
} ArnewsPosList;

extern void arnews_poslist_free(ArnewsPosList *l);

/*
 * Positions matched by the subtree rooted at node (sorted, unique) into
 * out: VAL from the callback, OR the union, AND the union when every
 * operand matches (else none), PHRASE the right operand's positions that
 * are exactly distance after a left operand's position, NOT none.
 */
extern void arnews_node_positions(const ArnewsQNode *q, int node, ArnewsPositionsFn fn,
								  void *arg, ArnewsPosList *out);

/* tf of a group: positions matched by any of its alternatives */
extern int	arnews_group_tf(const ArnewsQNode *q, const ArnewsGroup *g, ArnewsPositionsFn fn,
							void *arg);

/* Number of distinct positions (1..16383) among n; a bitmap of 2 kB */
typedef struct ArnewsPosSet
{
	uint64_t	bits[16384 / 64];
	int			count;
} ArnewsPosSet;

extern void arnews_posset_clear(ArnewsPosSet *s);
extern void arnews_posset_add(ArnewsPosSet *s, unsigned pos);

#endif							/* ARNEWS_BM25_H */
