/*-------------------------------------------------------------------------
 *
 * aliases.h
 *		Entity aliases for search: which word sequences name one entity of
 *		the gazetteer (بوتين، فلاديمير بوتين؛ الناتو، حلف شمال الأطلسي؛
 *		روسيا، روسيا الاتحادية).
 *
 * The names come from the gazetteer file of the entity recognizer
 * (data/arnews_gazetteer.txt: TYPE<TAB>canonical<TAB>variant|variant...;
 * only PER, LOC and ORG lines are used).  Words are compared in normalized
 * form without a leading ال; the first word of a mention may also carry
 * proclitics (و ف ب ك ل لل).  The dictionary walks the word trie token by
 * token and, for a mention, indexes every word of every name of the entity
 * plus an entity key, so any name finds any other.
 *
 * IDENTIFICATION
 *	  src/core/aliases.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef ARNEWS_ALIASES_H
#define ARNEWS_ALIASES_H

#include <stdbool.h>
#include <stddef.h>

typedef struct ArnewsAliases ArnewsAliases;

typedef void (*ArnewsAliasWarnFn) (void *arg, int lineno, const char *message);

extern ArnewsAliases *arnews_aliases_new(void);

/* Add the PER/LOC/ORG lines of a gazetteer file; returns names added */
extern int	arnews_aliases_load(ArnewsAliases *a, const char *buf, size_t len,
								ArnewsAliasWarnFn warn, void *warn_arg);

/*
 * Trie node reached by a mention's first word (normalized), trying the word
 * as is and without proclitics; -1 if no name starts with it.
 */
extern int	arnews_alias_first(const ArnewsAliases *a, const char *word, size_t len);

/* Node reached from node by one more (normalized) word, or -1 */
extern int	arnews_alias_next(const ArnewsAliases *a, int node, const char *word, size_t len);

/* Entity named by the words up to node, or -1 */
extern int	arnews_alias_entity(const ArnewsAliases *a, int node);

/* True if a longer name continues from node */
extern bool arnews_alias_has_next(const ArnewsAliases *a, int node);

/* Number of entities, and each one's canonical name (normalized) */
extern int	arnews_alias_entity_count(const ArnewsAliases *a);
extern const char *arnews_alias_canonical(const ArnewsAliases *a, int entity);

/* Distinct normalized words of all names of an entity */
extern int	arnews_alias_words(const ArnewsAliases *a, int entity, const char *const **words);

#endif							/* ARNEWS_ALIASES_H */
