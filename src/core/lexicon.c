/*-------------------------------------------------------------------------
 *
 * lexicon.c
 *		Hashed word table (see lexicon.h): FNV-1a hash, open addressing.
 *
 * IDENTIFICATION
 *	  src/core/lexicon.c
 *
 *-------------------------------------------------------------------------
 */
#include <string.h>

#include "alloc.h"
#include "lexicon.h"

typedef struct WordEntry
{
	uint32_t	off;			/* key offset in the arena */
	uint32_t	len;			/* key length in bytes */
	uint32_t	hash;
	int32_t		value;
} WordEntry;

struct ArnewsWordTable
{
	char	   *arena;			/* keys, each NUL-terminated */
	size_t		arena_len;
	size_t		arena_cap;
	WordEntry  *entries;
	int32_t		count;
	int32_t		entries_cap;
	int32_t    *slots;			/* entry number + 1, 0 = empty */
	uint32_t	mask;			/* number of slots - 1 */
};

/* FNV-1a hash of a byte string */
static inline uint32_t
word_hash(const char *s, size_t len)
{
	uint32_t	h = 2166136261u;

	for (size_t i = 0; i < len; i++)
	{
		h ^= (unsigned char) s[i];
		h *= 16777619u;
	}
	return h;
}

/* Create an empty table */
ArnewsWordTable *
arnews_wtab_new(void)
{
	ArnewsWordTable *t = arnews_alloc0(sizeof(ArnewsWordTable));

	t->arena_cap = 4096;
	t->arena = arnews_alloc(t->arena_cap);
	t->entries_cap = 256;
	t->entries = arnews_alloc(sizeof(WordEntry) * t->entries_cap);
	t->mask = 511;
	t->slots = arnews_alloc0(sizeof(int32_t) * (t->mask + 1));
	return t;
}

/* Release a table and its keys */
void
arnews_wtab_free(ArnewsWordTable *t)
{
	if (t == NULL)
		return;
	arnews_free(t->arena);
	arnews_free(t->entries);
	arnews_free(t->slots);
	arnews_free(t);
}

/* Double the slot array and rehash every entry */
static void
wtab_grow(ArnewsWordTable *t)
{
	uint32_t	newmask = t->mask * 2 + 1;
	int32_t    *slots = arnews_alloc0(sizeof(int32_t) * (newmask + 1));

	for (int32_t i = 0; i < t->count; i++)
	{
		uint32_t	s = t->entries[i].hash & newmask;

		while (slots[s] != 0)
			s = (s + 1) & newmask;
		slots[s] = i + 1;
	}
	arnews_free(t->slots);
	t->slots = slots;
	t->mask = newmask;
}

/* Slot of key: the one holding it, or the empty one where it would go */
static inline uint32_t
wtab_probe(const ArnewsWordTable *t, const char *key, size_t len, uint32_t h)
{
	uint32_t	s = h & t->mask;

	for (;;)
	{
		int32_t		e = t->slots[s];
		const WordEntry *we;

		if (e == 0)
			return s;
		we = &t->entries[e - 1];
		if (we->hash == h && we->len == len &&
			memcmp(t->arena + we->off, key, len) == 0)
			return s;
		s = (s + 1) & t->mask;
	}
}

/* Add key or find it (see lexicon.h) */
int32_t
arnews_wtab_add(ArnewsWordTable *t, const char *key, size_t len,
				int32_t value, bool *added)
{
	uint32_t	h = word_hash(key, len);
	uint32_t	s = wtab_probe(t, key, len, h);
	WordEntry  *we;

	if (t->slots[s] != 0)
	{
		if (added)
			*added = false;
		return t->slots[s] - 1;
	}
	if ((uint32_t) (t->count + 1) * 2 > t->mask + 1)
	{
		wtab_grow(t);
		s = wtab_probe(t, key, len, h);
	}
	if (t->count == t->entries_cap)
	{
		t->entries_cap *= 2;
		t->entries = arnews_realloc(t->entries, sizeof(WordEntry) * t->entries_cap);
	}
	while (t->arena_len + len + 1 > t->arena_cap)
	{
		t->arena_cap *= 2;
		t->arena = arnews_realloc(t->arena, t->arena_cap);
	}
	memcpy(t->arena + t->arena_len, key, len);
	t->arena[t->arena_len + len] = '\0';
	we = &t->entries[t->count];
	we->off = (uint32_t) t->arena_len;
	we->len = (uint32_t) len;
	we->hash = h;
	we->value = value;
	t->arena_len += len + 1;
	t->slots[s] = t->count + 1;
	if (added)
		*added = true;
	return t->count++;
}

/* Entry number of key, or -1 */
int32_t
arnews_wtab_find(const ArnewsWordTable *t, const char *key, size_t len)
{
	uint32_t	s = wtab_probe(t, key, len, word_hash(key, len));

	return t->slots[s] - 1;
}

/* Value of entry id */
int32_t
arnews_wtab_value(const ArnewsWordTable *t, int32_t id)
{
	return t->entries[id].value;
}

/* Replace the value of entry id */
void
arnews_wtab_set_value(ArnewsWordTable *t, int32_t id, int32_t value)
{
	t->entries[id].value = value;
}

/* Key of entry id */
const char *
arnews_wtab_key(const ArnewsWordTable *t, int32_t id, size_t *len)
{
	if (len)
		*len = t->entries[id].len;
	return t->arena + t->entries[id].off;
}

/* Number of entries */
int32_t
arnews_wtab_count(const ArnewsWordTable *t)
{
	return t->count;
}
