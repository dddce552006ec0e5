/*-------------------------------------------------------------------------
 *
 * ner_int.h
 *		Internals of the named-entity recognizer shared by its modules and
 *		by the trainer (tools/ner_train.c): tokens, features, gazetteer,
 *		perceptron model and Viterbi decoding.  Not a public interface.
 *
 * IDENTIFICATION
 *	  src/core/ner_int.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef ARNEWS_NER_INT_H
#define ARNEWS_NER_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "ner.h"
#include "utf8.h"

/* BIO tags: 0 = O, 1 + 2k = B-k, 2 + 2k = I-k for k in PER LOC ORG MISC */
#define ARNEWS_NER_NTAGS 9
#define ARNEWS_NER_TAG_B(k) (1 + 2 * (k))
#define ARNEWS_NER_TAG_I(k) (2 + 2 * (k))
#define ARNEWS_NER_TAG_KIND(t) (((t) - 1) / 2)
#define ARNEWS_NER_TAG_IS_B(t) ((t) > 0 && ((t) & 1) == 1)

/* Word classes from the gazetteer (titles and descriptor nouns) */
#define ARNEWS_NER_WC_NONE 0
#define ARNEWS_NER_WC_TITLE 1	/* الرئيس، وزير، المتحدث */
#define ARNEWS_NER_WC_TITLEMOD 2	/* الخارجية، باسم (after a title) */
#define ARNEWS_NER_WC_LOCDESC 3 /* مدينة، إقليم، منطقة */
#define ARNEWS_NER_WC_ORGDESC 4 /* وكالة، صحيفة، حلف */
#define ARNEWS_NER_WC_FNAME 5	/* common given names: محمد، جون */
#define ARNEWS_NER_WC_LNAME 6	/* family names of well-known people: بلير */
#define ARNEWS_NER_WC_OHEAD 7	/* organization head words: وزارة، جامعة */
#define ARNEWS_NER_WC_LHEAD 8	/* place head words: نهر، جبل، شارع */
#define ARNEWS_NER_WC_NPART 9	/* name particles: بن، أبو، آل */
#define ARNEWS_NER_WC_NAME 10	/* a word of person names (name lists) */

#define ARNEWS_NER_MAX_FEATS 96
#define ARNEWS_NER_MAX_GAZ_TOKENS 8

/* One token of a sentence, as the tagger and the gazetteer see it */
typedef struct ArnewsNerTok
{
	size_t		start;			/* raw byte offsets (runtime only) */
	size_t		end;
	size_t		norm_off;		/* normalized form in the sentence buffer */
	int			norm_len;
	int			strip_len;		/* bytes of a simple proclitic split */
	bool		strip_al;		/* the split was لل: the rest takes ال */
	uint8_t		shape;			/* 'A' Arabic, 'L' Latin, 'D' digits, 'P'
								 * punctuation, 'M' mixed */
	uint8_t		wclass;			/* ARNEWS_NER_WC_* of the stripped word */
	uint8_t		gaz;			/* BIO tag of the longest gazetteer match */
	bool		gent;			/* a nationality adjective */
	uint8_t		lgaz;			/* BIO tag of the longest name-list match */
	bool		lname;			/* a word of person names (name lists) */
	bool		has_cl;			/* cl is set */
	bool		has_cls;		/* cls is set */
	uint16_t	cl;				/* word cluster path of the word */
	uint16_t	cls;			/* ... of its clitic-free form */
} ArnewsNerTok;

/* Fill tok->norm_*, shape and simple split from raw word bytes */
extern void arnews_ner_tok_fill(ArnewsNerTok *tok, const char *raw, size_t len,
								ArnewsBuf *nbuf);

/* 64-bit FNV-1a hash of a feature template and value */
extern uint64_t arnews_ner_feat_hash(const char *tmpl, size_t tlen,
									 const char *val, size_t vlen);

/*
 * Features of token i.  out gets at most ARNEWS_NER_MAX_FEATS hashes; when
 * names is not NULL, each feature's "template=value" text is appended to it
 * NUL-separated (for the trainer).  Returns the number of features.
 */
extern int	arnews_ner_features(const ArnewsNerTok *toks, int n, int i,
								const char *nbuf, uint64_t *out, ArnewsBuf *names);

/* Hash of the transition feature from tag prev (ARNEWS_NER_NTAGS = start) */
extern uint64_t arnews_ner_trans_hash(int prev);

/* Tag names "O", "B-PER" ... and parsing (-1 if unknown; PERS = PER) */
extern const char *arnews_ner_tag_name(int tag);
extern int	arnews_ner_tag_parse(const char *s, size_t len);

/*
 * First-order Viterbi: emit[n][NTAGS], trans[(NTAGS+1)][NTAGS] (last row =
 * from start); I-k only after B-k or I-k.  Writes n tags.
 */
extern void arnews_ner_viterbi(const float *emit, int n, const float *trans,
							   int *tags, int *back, float *score);

/* ---- gazetteer ---- */
typedef struct ArnewsNerGaz ArnewsNerGaz;

typedef struct ArnewsNerGazMatch
{
	int			ntok;			/* tokens covered */
	int			strip;			/* normalized bytes of proclitic skipped */
	bool		strip_al;		/* matched with لل read as ال */
	ArnewsNerKind kind;
	const char *canonical;		/* normalized canonical key */
} ArnewsNerGazMatch;

/* Normalize a phrase, white space runs as one space, trimmed (ner_gaz.c) */
extern void arnews_ner_norm_phrase(const char *s, size_t len, ArnewsBuf *out);

extern ArnewsNerGaz *arnews_ner_gaz_new(void);
extern int	arnews_ner_gaz_load(ArnewsNerGaz *gaz, const char *buf, size_t len,
								ArnewsNerWarnFn warn, void *warn_arg);
extern void arnews_ner_gaz_free(ArnewsNerGaz *gaz);

/* Longest gazetteer entry at toks[i] (NORP included); false if none */
extern bool arnews_ner_gaz_match(const ArnewsNerGaz *gaz, const ArnewsNerTok *toks,
								 int n, int i, const char *nbuf,
								 ArnewsNerGazMatch *m);

/* Word class of a normalized word (clitics already removed) */
extern int	arnews_ner_gaz_wclass(const ArnewsNerGaz *gaz, const char *w, size_t len);

/* Fill gaz, wclass and gent of every token of a sentence */
extern void arnews_ner_gaz_annotate(const ArnewsNerGaz *gaz, ArnewsNerTok *toks,
									int n, const char *nbuf);

/*
 * Fill lgaz and lname of every token of a sentence from the name lists
 * (data/arnews_ner_lists.txt, a gazetteer used only for features)
 */
extern void arnews_ner_lists_annotate(const ArnewsNerGaz *lists, ArnewsNerTok *toks,
									  int n, const char *nbuf);

/* Is this normalized word a known single-token entry (any kind)? */
extern bool arnews_ner_gaz_known(const ArnewsNerGaz *gaz, const char *w, size_t len);

/* ---- word clusters ---- */
typedef struct ArnewsNerClus ArnewsNerClus;

extern ArnewsNerClus *arnews_ner_clus_new(void);
extern int	arnews_ner_clus_load(ArnewsNerClus *c, const char *buf, size_t len,
								 ArnewsNerWarnFn warn, void *warn_arg);
extern void arnews_ner_clus_free(ArnewsNerClus *c);
extern bool arnews_ner_clus_empty(const ArnewsNerClus *c);

/* Fill has_cl/cl and has_cls/cls of every token of a sentence (c may be NULL) */
extern void arnews_ner_clus_annotate(const ArnewsNerClus *c, ArnewsNerTok *toks,
									 int n, const char *nbuf);

/* ---- perceptron model ---- */
typedef struct ArnewsNerModel ArnewsNerModel;

extern ArnewsNerModel *arnews_ner_model_new(void);
extern int	arnews_ner_model_load(ArnewsNerModel *m, const char *buf, size_t len,
								  ArnewsNerWarnFn warn, void *warn_arg);
extern void arnews_ner_model_free(ArnewsNerModel *m);
extern bool arnews_ner_model_empty(const ArnewsNerModel *m);

/* Emission scores of one token from its feature hashes */
extern void arnews_ner_model_emit(const ArnewsNerModel *m, const uint64_t *feats,
								  int nfeats, float *out);

/* Transition matrix (NTAGS+1) x NTAGS */
extern const float *arnews_ner_model_trans(const ArnewsNerModel *m);

#endif							/* ARNEWS_NER_INT_H */
