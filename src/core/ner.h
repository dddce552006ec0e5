/*-------------------------------------------------------------------------
 *
 * ner.h
 *		Named-entity recognition for Arabic news: PER, LOC, ORG mentions and
 *		NORP nationality adjectives, each with a canonical key.
 *
 * The recognizer combines
 *	(a) an averaged structured perceptron BIO tagger (first-order Viterbi)
 *		over word, normalized form, affix, clitic-stripped form, shape,
 *		word-cluster (data/arnews_ner_clusters.txt, hierarchical clusters
 *		of the words of the ANT news corpus built by tools/ner_clusters.c),
 *		gazetteer, name-list and trigger features, trained by
 *		tools/ner_train.c on ANERcorp (model file data/arnews_ner_model.txt,
 *		CC BY-SA 4.0).  The model expects the cluster file: without it the
 *		tagger still runs, with lower recall on unseen names;
 *	(b) a gazetteer (data/arnews_gazetteer.txt) of people, places,
 *		organizations, media, nationality adjectives, titles and
 *		descriptor nouns with their canonical names;
 *	(c) trigger rules: titles and descriptor nouns (الرئيس، وزير الخارجية،
 *		مدينة، وكالة ...) are never inside a span, a quoted name after an
 *		organization descriptor is an ORG;
 *	(d) document consistency: a name found once is found everywhere in the
 *		same text, and a partial person name takes the canonical of the
 *		fullest form seen in the text (بيسكوف -> دميتري بيسكوف).
 *
 * Spans never include proclitics (و ف ب ل ك لل), titles, quotes or
 * brackets, and never cross a sentence boundary (. ! ? ؟ newline).
 *
 * Canonical key: arnews_normalize() of the gazetteer canonical name when
 * the mention is in the gazetteer, else of the clitic-free surface of the
 * fullest form in the text.  Keys therefore have no hamza on alef, ه for
 * ة, ي for ى: join mentions on it, display it as is.  NORP mentions carry
 * the key of their country (الروسية -> "روسيا").
 *
 * Use:
 *		ArnewsNer *ner = arnews_ner_new();
 *		arnews_ner_load(ner, ARNEWS_NER_DATA_MODEL, buf, len, warn, arg);
 *		arnews_ner_load(ner, ARNEWS_NER_DATA_GAZETTEER, buf2, len2, warn, arg);
 *		arnews_ner_load(ner, ARNEWS_NER_DATA_CLUSTERS, buf3, len3, warn, arg);
 *		arnews_ner_load(ner, ARNEWS_NER_DATA_LISTS, buf4, len4, warn, arg);
 *		ArnewsEntityList out;
 *		arnews_entity_list_init(&out);
 *		arnews_ner_extract(ner, text, textlen, tick, tick_arg, &out);
 *		... out.items[i] ...
 *		arnews_entity_list_free(&out);
 *		arnews_ner_free(ner);
 *
 * The loaded ArnewsNer is read-only during extraction, so one object can
 * be kept per backend (allocate it in a long-lived memory context).
 * Extraction without a model still runs gazetteer and rules.
 *
 * IDENTIFICATION
 *	  src/core/ner.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef ARNEWS_NER_H
#define ARNEWS_NER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "utf8.h"

typedef enum ArnewsNerKind
{
	ARNEWS_NER_PER = 0,
	ARNEWS_NER_LOC,
	ARNEWS_NER_ORG,
	ARNEWS_NER_MISC,			/* tagger only, never returned */
	ARNEWS_NER_NORP,
	ARNEWS_NER__COUNT
} ArnewsNerKind;

/* Kinds of data files arnews_ner_load() accepts */
typedef enum ArnewsNerData
{
	ARNEWS_NER_DATA_MODEL = 0,	/* data/arnews_ner_model.txt */
	ARNEWS_NER_DATA_GAZETTEER,	/* data/arnews_gazetteer*.txt */
	ARNEWS_NER_DATA_CLUSTERS,	/* data/arnews_ner_clusters.txt */
	ARNEWS_NER_DATA_LISTS		/* data/arnews_ner_lists.txt (features only) */
} ArnewsNerData;

typedef struct ArnewsNer ArnewsNer;

/* Called for each malformed line while loading; the line is skipped */
typedef void (*ArnewsNerWarnFn) (void *arg, int lineno, const char *message);

/*
 * Interrupt hook: called every ARNEWS_NER_TICK tokens during extraction
 * (may be NULL).  The glue passes a function that runs
 * CHECK_FOR_INTERRUPTS(); the engine keeps no state that a longjmp out of
 * it would corrupt beyond memory owned by the current memory context.
 */
#define ARNEWS_NER_TICK 4096
typedef void (*ArnewsNerTickFn) (void *arg);

typedef struct ArnewsEntity
{
	ArnewsNerKind kind;
	size_t		start;			/* byte offset of the span in the text */
	size_t		end;			/* byte offset just past the span */
	char	   *canonical;		/* NUL-terminated key (arnews_alloc) */
} ArnewsEntity;

/* Entities of one text, sorted by start; spans never overlap */
typedef struct ArnewsEntityList
{
	ArnewsEntity *items;
	int			n;
	int			cap;
} ArnewsEntityList;

extern ArnewsNer *arnews_ner_new(void);

/*
 * Add the contents of one data file; returns the number of entries read
 * (features for a model).  Malformed lines are reported through warn (may
 * be NULL) and skipped.  Several gazetteer files may be loaded.
 */
extern int	arnews_ner_load(ArnewsNer *ner, ArnewsNerData kind,
							const char *buf, size_t len,
							ArnewsNerWarnFn warn, void *warn_arg);

extern void arnews_ner_free(ArnewsNer *ner);

extern void arnews_entity_list_init(ArnewsEntityList *list);
extern void arnews_entity_list_reset(ArnewsEntityList *list);
extern void arnews_entity_list_free(ArnewsEntityList *list);

/*
 * Find the entities of text[0..len) (UTF-8; invalid bytes are tolerated)
 * and append them to out.  Deterministic; never fails.
 */
extern void arnews_ner_extract(const ArnewsNer *ner, const char *text, size_t len,
							   ArnewsNerTickFn tick, void *tick_arg,
							   ArnewsEntityList *out);

/*
 * The canonical key of a name given on its own, into out (an initialized
 * buffer, reset): the canonical of its entity when s[0..len) holds exactly
 * one, else the normalized name with white space collapsed (ner_key.c).
 */
extern void arnews_ner_key(const ArnewsNer *ner, const char *s, size_t len,
						   ArnewsNerTickFn tick, void *tick_arg, ArnewsBuf *out);

/* "PER", "LOC", "ORG", "MISC", "NORP" */
extern const char *arnews_ner_kind_name(ArnewsNerKind kind);

#endif							/* ARNEWS_NER_H */
