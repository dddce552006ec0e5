/*-------------------------------------------------------------------------
 *
 * fuzz_ner.c
 *		libFuzzer target for the named-entity recognizer (src/core/ner.h).
 *
 * data/arnews_ner_model.txt and data/arnews_gazetteer.txt (or the files
 * under $ARNEWS_DATA_DIR) are loaded once.
 *
 * Invariants checked on every input:
 *	- spans lie inside the input, start < end, on code point boundaries
 *	  (valid UTF-8 input), sorted by start and non-overlapping;
 *	- no span crosses a sentence end: no newline, CR, U+2028/2029, ! ? ؟ …
 *	  inside a span, and no "." inside a blank/punctuation token of the
 *	  span (a point inside a number or URL token is not a sentence end);
 *	- kinds are PER, LOC, ORG or NORP (never MISC) and named;
 *	- canonical keys are non-empty, valid UTF-8, and already normalized
 *	  (normalize(key) == key);
 *	- the tick callback does not change the result, and extraction is
 *	  deterministic;
 *	- for inputs up to 512 bytes (names), arnews_ner_key() gives the single
 *	  entity's canonical when there is exactly one, else a key that is
 *	  valid UTF-8 (for valid input), normalized, with no white space at
 *	  either end and no double space.
 *
 * Build and run: make fuzz (or see test/fuzz/README.md).
 *
 * IDENTIFICATION
 *	  test/fuzz/fuzz_ner.c
 *
 *-------------------------------------------------------------------------
 */
#include "ner.h"
#include "normalize.h"
#include "tokenize.h"
#include "utf8.h"

#include "fuzz_util.h"

static ArnewsNer *ner;
static int	ticks;

/* Load one data file into the recognizer */
static void
load(ArnewsNerData kind, const char *name)
{
	size_t		len;
	char	   *buf = fuzz_read_data(name, &len);

	if (arnews_ner_load(ner, kind, buf, len, NULL, NULL) <= 0)
	{
		fprintf(stderr, "fuzz_ner: no entries in %s\n", name);
		exit(2);
	}
	free(buf);
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void) argc;
	(void) argv;
	ner = arnews_ner_new();
	load(ARNEWS_NER_DATA_MODEL, "arnews_ner_model.txt");
	load(ARNEWS_NER_DATA_GAZETTEER, "arnews_gazetteer.txt");
	load(ARNEWS_NER_DATA_CLUSTERS, "arnews_ner_clusters.txt");
	load(ARNEWS_NER_DATA_LISTS, "arnews_ner_lists.txt");
	return 0;
}

/* The tick callback: count calls */
static void
tick(void *arg)
{
	(*(int *) arg)++;
}

/* True if code point cp ends a sentence wherever it stands */
static bool
hard_eos(int32_t cp)
{
	return cp == '\n' || cp == '\r' || cp == 0x2028 || cp == 0x2029 ||
		cp == '!' || cp == '?' || cp == 0x061F || cp == 0x2026;
}

/*
 * Mark in eos[] every byte that ends a sentence: hard sentence ends
 * anywhere, and "." inside blank/punctuation tokens (a point inside a
 * number or URL token is not a sentence end).
 */
static void
mark_sentence_ends(const char *s, size_t len, bool *eos)
{
	size_t		pos = 0;
	ArnewsTokenizer t;
	ArnewsToken tok;

	memset(eos, 0, len);
	while (pos < len)
	{
		size_t		at = pos;
		int32_t		cp = arnews_utf8_next(s, len, &pos);

		if (hard_eos(cp))
			eos[at] = true;
	}
	arnews_tokenizer_init(&t, s, len);
	while (arnews_tokenizer_next(&t, &tok))
		if (tok.type == ARNEWS_TOK_BLANK)
			for (size_t k = tok.start; k < tok.start + tok.len; k++)
				if (s[k] == '.')
					eos[k] = true;
}

/* Check one entity list */
static void
check(const char *s, size_t len, bool valid, const bool *eos,
	  const ArnewsEntityList *l)
{
	size_t		last_end = 0;
	ArnewsBuf	nb;

	arnews_buf_init(&nb, 64);
	for (int i = 0; i < l->n; i++)
	{
		const ArnewsEntity *e = &l->items[i];
		const char *kname;
		size_t		clen;

		FUZZ_ASSERT(e->start < e->end, "empty entity span");
		FUZZ_ASSERT(e->end <= len, "entity span past the input");
		FUZZ_ASSERT(e->start >= last_end, "entities overlap or are out of order");
		if (valid)
			FUZZ_ASSERT(fuzz_on_boundary(s, len, e->start) &&
						fuzz_on_boundary(s, len, e->end),
						"entity span splits a code point");
		FUZZ_ASSERT(e->kind == ARNEWS_NER_PER || e->kind == ARNEWS_NER_LOC ||
					e->kind == ARNEWS_NER_ORG || e->kind == ARNEWS_NER_NORP,
					"invalid or MISC kind");
		kname = arnews_ner_kind_name(e->kind);
		FUZZ_ASSERT(kname != NULL && kname[0] != '\0', "kind without a name");
		for (size_t k = e->start; k < e->end; k++)
			FUZZ_ASSERT(!eos[k], "entity crosses a sentence end");
		FUZZ_ASSERT(e->canonical != NULL, "NULL canonical");
		clen = strlen(e->canonical);
		FUZZ_ASSERT(clen > 0, "empty canonical");
		FUZZ_ASSERT(fuzz_valid_utf8(e->canonical, clen), "canonical not valid UTF-8");
		arnews_buf_reset(&nb);
		arnews_normalize(e->canonical, clen, &nb);
		FUZZ_ASSERT(nb.len == clen && memcmp(nb.data, e->canonical, clen) == 0,
					"canonical is not normalized");
		last_end = e->end;
	}
	arnews_buf_free(&nb);
}

/* The key of the input taken as a name (l: its entities) */
static void
check_key(const char *s, size_t size, bool valid, const ArnewsEntityList *l)
{
	ArnewsBuf	key,
				again;

	arnews_buf_init(&key, 16);
	arnews_ner_key(ner, s, size, NULL, NULL, &key);
	FUZZ_ASSERT(strlen(key.data) == key.len, "NUL inside a key");
	if (l->n == 1)
		FUZZ_ASSERT(strcmp(key.data, l->items[0].canonical) == 0,
					"the key of one entity is not its canonical");
	else if (valid)
	{
		FUZZ_ASSERT(fuzz_valid_utf8(key.data, key.len), "key not valid UTF-8");
		FUZZ_ASSERT(key.len == 0 || (key.data[0] != ' ' && key.data[key.len - 1] != ' '),
					"key not trimmed");
		FUZZ_ASSERT(strstr(key.data, "  ") == NULL, "double space in a key");
		arnews_buf_init(&again, key.len + 1);
		arnews_normalize(key.data, key.len, &again);
		FUZZ_ASSERT(again.len == key.len && memcmp(again.data, key.data, key.len) == 0,
					"key not normalized");
		arnews_buf_free(&again);
	}
	arnews_buf_free(&key);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *) data;
	bool		valid = fuzz_valid_utf8(s, size);
	ArnewsEntityList l1,
				l2;
	bool	   *eos = malloc(size + 1);

	FUZZ_ASSERT(eos != NULL, "malloc");
	mark_sentence_ends(s, size, eos);

	arnews_entity_list_init(&l1);
	arnews_entity_list_init(&l2);
	arnews_ner_extract(ner, s, size, NULL, NULL, &l1);
	check(s, size, valid, eos, &l1);
	arnews_ner_extract(ner, s, size, tick, &ticks, &l2);
	FUZZ_ASSERT(l1.n == l2.n, "extraction is not deterministic");
	for (int i = 0; i < l1.n; i++)
		FUZZ_ASSERT(l1.items[i].start == l2.items[i].start &&
					l1.items[i].end == l2.items[i].end &&
					l1.items[i].kind == l2.items[i].kind &&
					strcmp(l1.items[i].canonical, l2.items[i].canonical) == 0,
					"extraction is not deterministic");
	if (size <= 512)
		check_key(s, size, valid, &l1);
	arnews_entity_list_free(&l1);
	arnews_entity_list_free(&l2);
	free(eos);
	return 0;
}
