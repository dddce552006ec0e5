/*-------------------------------------------------------------------------
 *
 * stem.h
 *		Arabic word analysis for search: stop words, lexicon-aware clitic
 *		stripping, light stemming, transliteration-variant keys and an
 *		optional root mode.
 *
 * Input words are already normalized (normalize.h): no harakat or tatweel,
 * ا for every alef form, ء for seated hamza, ي for ى, ه for ة.
 *
 * The analyzer is data driven: the dictionary glue (src/pg_dict.c) reads
 * the files named in the dictionary options and hands their contents to
 * arnews_stemmer_load(); unit tests do the same with files under data/.
 *
 * IDENTIFICATION
 *	  src/core/stem.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef ARNEWS_STEM_H
#define ARNEWS_STEM_H

#include <stdbool.h>
#include <stddef.h>

#define ARNEWS_STEM_MAX_LEXEMES 4	/* lexemes one word may produce */
#define ARNEWS_STEM_MAX_BYTES 256	/* per lexeme or stage, NUL included */

typedef enum ArnewsStemMode
{
	ARNEWS_STEM_LIGHT = 0,		/* clitics + inflectional suffixes (default) */
	ARNEWS_STEM_ROOT,			/* recall-oriented: reduce to a root */
	ARNEWS_STEM_NONE			/* normalization and stop words only */
} ArnewsStemMode;

/* Kinds of data files arnews_stemmer_load() accepts */
typedef enum ArnewsStemData
{
	ARNEWS_STEM_DATA_STOP = 0,	/* stop words, one per line */
	ARNEWS_STEM_DATA_LEXICON,	/* known Arabic stems/words */
	ARNEWS_STEM_DATA_NAMES		/* proper names that must never be cut */
} ArnewsStemData;

typedef struct ArnewsStemmer ArnewsStemmer;

/* Called for each malformed line while loading; the line is skipped */
typedef void (*ArnewsWarnFn) (void *arg, int lineno, const char *message);

/* Analysis of one word, with every stage for arnews_debug() */
typedef struct ArnewsStemResult
{
	bool		is_stop;		/* stop word (alone or after clitics) */
	int			nlexemes;		/* lexemes to index, >= 1 unless is_stop */
	char		lexemes[ARNEWS_STEM_MAX_LEXEMES][ARNEWS_STEM_MAX_BYTES];
	int			nvariant[ARNEWS_STEM_MAX_LEXEMES];	/* 1-based alternative
													 * group: lexemes in
													 * different groups are
													 * ORed in queries */
	char		proclitics[ARNEWS_STEM_MAX_BYTES];	/* e.g. "و+ال" */
	char		enclitic[ARNEWS_STEM_MAX_BYTES];	/* e.g. "ها" */
	char		stripped[ARNEWS_STEM_MAX_BYTES];	/* word without clitics */
	char		stem[ARNEWS_STEM_MAX_BYTES];	/* after light stemming */
	char		variant[ARNEWS_STEM_MAX_BYTES]; /* variant key or "" */
	bool		known;			/* stem found in the lexicon or names */
} ArnewsStemResult;

extern ArnewsStemmer *arnews_stemmer_new(void);

/*
 * Add the contents of one data file; returns the number of entries read.
 * Malformed lines are reported through warn (may be NULL) and skipped.
 */
extern int	arnews_stemmer_load(ArnewsStemmer *st, ArnewsStemData kind,
								const char *buf, size_t len,
								ArnewsWarnFn warn, void *warn_arg);

extern void arnews_stemmer_free(ArnewsStemmer *st);

/*
 * Analyze one normalized word (UTF-8, len bytes).  Never fails: a word the
 * analyzer cannot handle is returned whole as the single lexeme.
 */
extern void arnews_stem_word(const ArnewsStemmer *st, const char *word, size_t len,
							 ArnewsStemMode mode, bool variants,
							 ArnewsStemResult *res);

/*
 * Facts about the written word that normalization erases, for
 * arnews_stem_word_flags():
 * ARNEWS_STEM_TA_MARBUTA: the word was written with a final ة, now ه: that
 * ه is no pronoun (قبيلة is not قبيل + ه, فعلية is not ف + عليه), and the
 * whole word is a stop word only if the stop list writes it with ة (ثمة,
 * أية), never because of an entry ending in a pronoun ه (آلية is not إليه).
 */
#define ARNEWS_STEM_TA_MARBUTA 1

/* The ARNEWS_STEM_* flags of a written (not normalized) word */
extern unsigned arnews_stem_flags_of(const char *word, size_t len);

/* arnews_stem_word() with ARNEWS_STEM_* flags from arnews_stem_flags_of() */
extern void arnews_stem_word_flags(const ArnewsStemmer *st, const char *word, size_t len,
								   ArnewsStemMode mode, bool variants, unsigned flags,
								   ArnewsStemResult *res);

#endif							/* ARNEWS_STEM_H */
