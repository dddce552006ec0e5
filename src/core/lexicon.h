/*-------------------------------------------------------------------------
 *
 * lexicon.h
 *		A generic hashed word table: byte-string keys mapped to an int32
 *		value, for the stop word, lexicon and name lists of the engines.
 *
 * Keys are copied into one arena when added; lookups never allocate and
 * cost one hash of the key plus, on average, about one comparison (open
 * addressing, linear probing, load factor at most 1/2).  Entries are
 * numbered 0..count-1 in insertion order and never removed.
 *
 * IDENTIFICATION
 *	  src/core/lexicon.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef ARNEWS_LEXICON_H
#define ARNEWS_LEXICON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct ArnewsWordTable ArnewsWordTable;

extern ArnewsWordTable *arnews_wtab_new(void);
extern void arnews_wtab_free(ArnewsWordTable *t);

/*
 * Add key (len bytes) with value, or find it if present; returns the
 * entry number.  *added (may be NULL) tells which; an existing entry keeps
 * its value.
 */
extern int32_t arnews_wtab_add(ArnewsWordTable *t, const char *key, size_t len,
							   int32_t value, bool *added);

/* Entry number of key, or -1 */
extern int32_t arnews_wtab_find(const ArnewsWordTable *t, const char *key, size_t len);

/* Value of entry id */
extern int32_t arnews_wtab_value(const ArnewsWordTable *t, int32_t id);

/* Replace the value of entry id */
extern void arnews_wtab_set_value(ArnewsWordTable *t, int32_t id, int32_t value);

/* NUL-terminated key of entry id; its length in *len (may be NULL) */
extern const char *arnews_wtab_key(const ArnewsWordTable *t, int32_t id, size_t *len);

/* Number of entries */
extern int32_t arnews_wtab_count(const ArnewsWordTable *t);

#endif							/* ARNEWS_LEXICON_H */
