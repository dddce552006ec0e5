/*-------------------------------------------------------------------------
 *
 * test_hostile.c
 *		Hostile input over every pure engine: empty text, a single
 *		1,000,000-character token, floods of combining marks and tatweel,
 *		only punctuation, 100,000 digits, mixed scripts, every Unicode
 *		format character, right-to-left overrides, lone ZWJ/ZWNJ, invalid
 *		UTF-8 and a multi-megabyte text.
 *
 * Every case runs the normalizer, tokenizer, word analyzer, number engine,
 * quantity extractor, date engine and entity recognizer, checks the
 * invariants the fuzz targets check (valid UTF-8, spans inside the input
 * and ordered, values finite or flagged, ...), checks a documented result
 * per case, and checks that each engine returns promptly (a time budget
 * that catches quadratic behaviour even under the sanitizers).
 *
 * (NULL input is a SQL matter: the STRICT SQL functions return NULL
 * without calling the engines; sql/hostile.sql checks it.)
 *
 * Regression checks for bugs the fuzzers found (cut inside a UTF-8
 * sequence in the stemmer, normalization not idempotent after an emoji
 * ZWJ and a tag character) are ordinary CHECKs.
 *
 * IDENTIFICATION
 *	  test/unit/test_hostile.c
 *
 *-------------------------------------------------------------------------
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "alloc.h"
#include "dates.h"
#include "ner.h"
#include "normalize.h"
#include "numbers.h"
#include "quantities.h"
#include "stem.h"
#include "tokenize.h"
#include "unit.h"
#include "utf8_check.h"
#include "utf8.h"

/* a fixed bug: the message names it when the check fails again */
#define KNOWN_BUG(cond, what) \
	do { \
		if (!(cond)) \
			fprintf(stderr, "%s:%d: regression: %s\n", __FILE__, __LINE__, (what)); \
		CHECK(cond); \
	} while (0)

/* seconds one engine may take on one case (sanitizer builds included) */
#define TIME_BUDGET 10.0

static ArnewsStemmer *stemmer;
static ArnewsNer *ner;

/* What the engines found in one text, for per-case assertions */
typedef struct Result
{
	ArnewsBuf	norm;			/* normalized text */
	size_t		ntokens;		/* tokens of the raw text */
	size_t		nwords;			/* non-blank tokens */
	ArnewsTokenType first_type; /* type of the first token */
	size_t		first_len;		/* byte length of the first token */
	size_t		nnumbers;		/* numbers read at token starts */
	size_t		nquant;			/* quantities */
	size_t		ndates;			/* date items */
	size_t		nents;			/* entities */
	bool		stem_valid;		/* every lexeme non-empty valid UTF-8 */
	bool		stem_count_ok;	/* >= 1 lexeme unless a stop word */
} Result;

/* Strict UTF-8 check (test/unit/utf8_check.h) */
#define valid_utf8 test_valid_utf8

/* Length of a NUL-terminated field of at most max bytes */
static size_t
field_len(const char *f, size_t max)
{
	const char *nul = memchr(f, '\0', max);

	return nul ? (size_t) (nul - f) : max;
}

/* Seconds of CPU time */
static double
now(void)
{
	return (double) clock() / CLOCKS_PER_SEC;
}

/* Check the time an engine took on case name */
static void
check_time(const char *name, const char *engine, double t0)
{
	double		dt = now() - t0;

	if (dt > TIME_BUDGET)
		fprintf(stderr, "%s: %s took %.2f s\n", name, engine, dt);
	CHECK(dt <= TIME_BUDGET);
}

/* Read a data file (exits when missing: the test cannot run) */
static char *
read_data(const char *name, size_t *lenp)
{
	char		path[1024];
	FILE	   *f;
	char	   *buf;
	long		n;

	snprintf(path, sizeof(path), "%s/%s", ARNEWS_DATA_DIR, name);
	f = fopen(path, "rb");
	if (f == NULL)
	{
		fprintf(stderr, "test_hostile: cannot open %s\n", path);
		exit(2);
	}
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	buf = malloc((size_t) n + 1);
	if (buf == NULL || fread(buf, 1, (size_t) n, f) != (size_t) n)
		exit(2);
	fclose(f);
	*lenp = (size_t) n;
	return buf;
}

/* Load the analyzer and the recognizer data */
static void
load_engines(void)
{
	static const struct
	{
		ArnewsStemData kind;
		const char *name;
	}			sfiles[] = {
		{ARNEWS_STEM_DATA_STOP, "arnews.stop"},
		{ARNEWS_STEM_DATA_LEXICON, "arnews_lexicon.txt"},
		{ARNEWS_STEM_DATA_NAMES, "arnews_names.txt"},
	};
	size_t		len;
	char	   *buf;

	stemmer = arnews_stemmer_new();
	for (int i = 0; i < 3; i++)
	{
		buf = read_data(sfiles[i].name, &len);
		CHECK(arnews_stemmer_load(stemmer, sfiles[i].kind, buf, len, NULL, NULL) > 0);
		free(buf);
	}
	ner = arnews_ner_new();
	buf = read_data("arnews_ner_model.txt", &len);
	CHECK(arnews_ner_load(ner, ARNEWS_NER_DATA_MODEL, buf, len, NULL, NULL) > 0);
	free(buf);
	buf = read_data("arnews_gazetteer.txt", &len);
	CHECK(arnews_ner_load(ner, ARNEWS_NER_DATA_GAZETTEER, buf, len, NULL, NULL) > 0);
	free(buf);
}

/*
 * Run every engine on s[0..len), check the general invariants and fill r
 * (free r->norm with arnews_buf_free).
 */
static void
run_all(const char *name, const char *s, size_t len, Result *r)
{
	double		t0;
	bool		ok;
	ArnewsTokenizer tz;
	ArnewsToken tok;
	size_t		expect;

	memset(r, 0, sizeof(*r));
	r->stem_valid = true;
	r->stem_count_ok = true;

	/* normalizer */
	t0 = now();
	arnews_buf_init(&r->norm, len + 1);
	arnews_normalize(s, len, &r->norm);
	check_time(name, "normalize", t0);
	CHECK(valid_utf8(r->norm.data, r->norm.len));

	/* tokenizer: contiguous, non-empty, covering */
	t0 = now();
	arnews_tokenizer_init(&tz, s, len);
	expect = 0;
	ok = true;
	while (arnews_tokenizer_next(&tz, &tok))
	{
		if (tok.start != expect || tok.len == 0 ||
			tok.type <= ARNEWS_TOK_END || tok.type >= ARNEWS_TOK__COUNT)
			ok = false;
		if (r->ntokens == 0)
		{
			r->first_type = tok.type;
			r->first_len = tok.len;
		}
		r->ntokens++;
		if (tok.type != ARNEWS_TOK_BLANK)
			r->nwords++;
		expect = tok.start + tok.len;
	}
	check_time(name, "tokenize", t0);
	CHECK(ok);
	CHECK(expect == len);

	/* word analyzer on the normalized words, as the dictionary does */
	t0 = now();
	arnews_tokenizer_init(&tz, r->norm.data, r->norm.len);
	while (arnews_tokenizer_next(&tz, &tok))
	{
		static ArnewsStemResult sr;

		if (tok.type == ARNEWS_TOK_BLANK)
			continue;
		arnews_stem_word(stemmer, r->norm.data + tok.start, tok.len,
						 ARNEWS_STEM_LIGHT, true, &sr);
		if (!sr.is_stop && sr.nlexemes < 1)
			r->stem_count_ok = false;
		for (int i = 0; i < sr.nlexemes; i++)
		{
			const char *nul = memchr(sr.lexemes[i], '\0', ARNEWS_STEM_MAX_BYTES);

			if (nul == NULL || nul == sr.lexemes[i] ||
				!valid_utf8(sr.lexemes[i], (size_t) (nul - sr.lexemes[i])))
				r->stem_valid = false;
		}
	}
	check_time(name, "stem", t0);

	/* number engine at every token start */
	t0 = now();
	arnews_tokenizer_init(&tz, s, len);
	ok = true;
	while (arnews_tokenizer_next(&tz, &tok))
	{
		ArnewsNumber num;

		if (!arnews_number_at(s, len, tok.start,
							  ARNEWS_NUMO_APPROX | ARNEWS_NUMO_ORDINALS |
							  ARNEWS_NUMO_CLITIC | ARNEWS_NUMO_CLITIC2, &num))
			continue;
		r->nnumbers++;
		if (num.start < tok.start || num.start >= num.end || num.end > len ||
			!(isfinite(num.value) || (num.flags & ARNEWS_NUMF_OVERFLOW)))
			ok = false;
	}
	check_time(name, "numbers", t0);
	CHECK(ok);

	/* quantity extractor */
	{
		ArnewsQuantity *q = NULL;
		size_t		last = 0;

		t0 = now();
		r->nquant = arnews_quantities_extract(s, len, NULL, &q);
		check_time(name, "quantities", t0);
		ok = true;
		for (size_t i = 0; i < r->nquant; i++)
		{
			if (q[i].start < last || q[i].start >= q[i].end || q[i].end > len ||
				!(isfinite(q[i].num.value) || (q[i].num.flags & ARNEWS_NUMF_OVERFLOW)))
				ok = false;
			last = q[i].end;
		}
		CHECK(ok);
		arnews_free(q);
	}

	/* date engine, with a reference */
	{
		ArnewsDateList dl = {NULL, 0, 0};
		size_t		last = 0;
		int32_t		pub;

		t0 = now();
		arnews_dates_extract(s, len, true, arnews_days_from_civil(2026, 2, 4), &dl);
		(void) arnews_dates_pubdate(s, len, &pub);
		check_time(name, "dates", t0);
		ok = true;
		for (int i = 0; i < dl.n; i++)
		{
			const ArnewsDateItem *it = &dl.items[i];

			if (it->start < last || it->start >= it->end || it->end > len)
				ok = false;
			if (it->has_span && it->lo != ARNEWS_DAY_UNBOUNDED &&
				it->hi != ARNEWS_DAY_UNBOUNDED && it->lo >= it->hi)
				ok = false;
			last = it->end;
		}
		CHECK(ok);
		r->ndates = (size_t) dl.n;
		arnews_free(dl.items);
	}

	/* entity recognizer */
	{
		ArnewsEntityList el;
		size_t		last = 0;

		arnews_entity_list_init(&el);
		t0 = now();
		arnews_ner_extract(ner, s, len, NULL, NULL, &el);
		check_time(name, "ner", t0);
		ok = true;
		for (int i = 0; i < el.n; i++)
		{
			const ArnewsEntity *e = &el.items[i];

			if (e->start < last || e->start >= e->end || e->end > len ||
				e->canonical == NULL || e->canonical[0] == '\0' ||
				!valid_utf8(e->canonical, strlen(e->canonical)))
				ok = false;
			for (size_t k = e->start; k < e->end; k++)
				if (s[k] == '\n')
					ok = false;
			last = e->end;
		}
		CHECK(ok);
		r->nents = (size_t) el.n;
		arnews_entity_list_free(&el);
	}
}

/* A buffer of n copies of the UTF-8 string unit (malloc'd), length in *len */
static char *
repeat(const char *unit, size_t n, size_t *len)
{
	size_t		u = strlen(unit);
	char	   *buf = malloc(u * n + 2);

	if (buf == NULL)
		exit(2);
	for (size_t i = 0; i < n; i++)
		memcpy(buf + i * u, unit, u);
	buf[u * n] = '\0';
	*len = u * n;
	return buf;
}

/* Normalize a C string into a static buffer and return it */
static const char *
norm(const char *s)
{
	static ArnewsBuf b;

	if (b.data == NULL)
		arnews_buf_init(&b, 64);
	arnews_buf_reset(&b);
	arnews_normalize(s, strlen(s), &b);
	return b.data;
}

/* Empty input: nothing anywhere */
static void
test_empty(void)
{
	Result		r;

	run_all("empty", "", 0, &r);
	CHECK_INT(r.norm.len, 0);
	CHECK_INT(r.ntokens, 0);
	CHECK_INT(r.nquant, 0);
	CHECK_INT(r.ndates, 0);
	CHECK_INT(r.nents, 0);
	arnews_buf_free(&r.norm);
}

/* A single 1,000,000-character Arabic token */
static void
test_huge_token(void)
{
	Result		r;
	size_t		len;
	char	   *s = repeat("ب", 1000000, &len);

	run_all("huge token", s, len, &r);
	CHECK_INT(len, 2000000);
	CHECK_INT(r.norm.len, len);		/* nothing to change */
	CHECK_INT(r.ntokens, 1);
	CHECK_INT(r.first_type, ARNEWS_TOK_ARABIC);
	CHECK_INT(r.first_len, len);
	CHECK_INT(r.nquant, 0);
	CHECK_INT(r.ndates, 0);
	CHECK(r.stem_count_ok);
	/* the lexeme is cut at 255 bytes: inside a letter (see below) */
	KNOWN_BUG(r.stem_valid, "stem: lexeme of a 1,000,000-letter word cut inside a UTF-8 sequence");
	arnews_buf_free(&r.norm);
	free(s);

	/* a 1,000,000-character Latin token */
	s = repeat("x", 1000000, &len);
	run_all("huge latin token", s, len, &r);
	CHECK_INT(r.ntokens, 1);
	CHECK_INT(r.first_type, ARNEWS_TOK_ASCIIWORD);
	CHECK_INT(r.nents, 0);
	arnews_buf_free(&r.norm);
	free(s);
}

/*
 * Lexemes of long words are cut to ARNEWS_STEM_MAX_BYTES - 1 = 255 bytes;
 * the cut must not split a UTF-8 sequence.  KNOWN BUG: stem.c cuts at a
 * byte count (set_field/add_lexeme), so a 128-letter Arabic word gives a
 * 255-byte lexeme ending in half a letter, which to_tsvector then stores
 * (invalid UTF-8 in a tsvector: SELECT to_tsvector('arnews',
 * repeat('ب', 150)) shows it).
 */
static void
test_stem_long_word(void)
{
	static ArnewsStemResult sr;
	size_t		len;
	char	   *s = repeat("ب", 150, &len);
	size_t		n;

	arnews_stem_word(stemmer, s, len, ARNEWS_STEM_LIGHT, true, &sr);
	CHECK(!sr.is_stop);
	CHECK(sr.nlexemes >= 1);
	n = field_len(sr.lexemes[0], ARNEWS_STEM_MAX_BYTES);
	CHECK(n > 0 && n < ARNEWS_STEM_MAX_BYTES);
	KNOWN_BUG(valid_utf8(sr.lexemes[0], n),
			  "stem: lexeme of a 150-letter word cut inside a UTF-8 sequence");
	KNOWN_BUG(valid_utf8(sr.stem, field_len(sr.stem, ARNEWS_STEM_MAX_BYTES)),
			  "stem: stem stage of a 150-letter word cut inside a UTF-8 sequence");
	free(s);

	/* "x" + 100 x "ب€": the 255-byte cut falls after 2 of the 3 bytes of € */
	s = repeat("ب€", 100, &len);
	memmove(s + 1, s, len + 1);
	s[0] = 'x';
	arnews_stem_word(stemmer, s, len + 1, ARNEWS_STEM_LIGHT, true, &sr);
	CHECK(sr.nlexemes >= 1);
	n = field_len(sr.lexemes[0], ARNEWS_STEM_MAX_BYTES);
	KNOWN_BUG(valid_utf8(sr.lexemes[0], n),
			  "stem: lexeme of a long mixed word cut inside a UTF-8 sequence");
	free(s);
}

/* A letter followed by 100,000 combining marks; tatweel floods */
static void
test_mark_floods(void)
{
	Result		r;
	size_t		len;
	char	   *marks = repeat("\xD9\x8E", 100000, &len);	/* fatha */
	char	   *s = malloc(len + 3);

	memcpy(s, "ب", 2);
	memcpy(s + 2, marks, len + 1);
	run_all("mark flood", s, len + 2, &r);
	CHECK_STR(r.norm.data, "ب");
	CHECK_INT(r.ntokens, 1);	/* marks stay inside the word */
	CHECK_INT(r.ndates, 0);
	CHECK_INT(r.nquant, 0);
	arnews_buf_free(&r.norm);
	free(s);

	/* marks alone, with no base letter */
	run_all("bare marks", marks, len, &r);
	CHECK_INT(r.norm.len, 0);
	CHECK_INT(r.nents, 0);
	arnews_buf_free(&r.norm);
	free(marks);

	/* shadda + superscript alef + Qur'anic marks, mixed */
	s = repeat("\xD9\x91\xD9\xB0\xDB\x96\xDB\xAD", 20000, &len);
	run_all("quranic marks", s, len, &r);
	CHECK_INT(r.norm.len, 0);
	arnews_buf_free(&r.norm);
	free(s);

	/* tatweel alone, and inside a word */
	s = repeat("ـ", 200000, &len);
	run_all("tatweel flood", s, len, &r);
	CHECK_INT(r.norm.len, 0);
	CHECK_INT(r.nquant, 0);
	CHECK_INT(r.ndates, 0);
	CHECK_INT(r.nents, 0);
	CHECK(r.stem_count_ok);
	arnews_buf_free(&r.norm);
	free(s);

	{
		size_t		tl;
		char	   *t = repeat("ـ", 100000, &tl);
		char	   *w = malloc(tl + 32);
		size_t		wl = 0;

		memcpy(w + wl, "الرئي", strlen("الرئي"));
		wl += strlen("الرئي");
		memcpy(w + wl, t, tl);
		wl += tl;
		memcpy(w + wl, "س", strlen("س"));
		wl += strlen("س");
		run_all("tatweel word", w, wl, &r);
		CHECK_STR(r.norm.data, "الرءيس");
		CHECK_INT(r.ntokens, 1);
		arnews_buf_free(&r.norm);
		free(t);
		free(w);
	}
}

/* Only punctuation, Latin and Arabic */
static void
test_punctuation(void)
{
	Result		r;
	size_t		len;
	char	   *s = repeat("،؛؟«»!?.,;:()[]{}-–—…\"'/\\|*&^%$#@~`", 20000, &len);

	run_all("punctuation", s, len, &r);
	CHECK_INT(r.norm.len, len);	/* punctuation passes through */
	CHECK(memcmp(r.norm.data, s, len) == 0);
	CHECK_INT(r.nwords, 0);
	CHECK_INT(r.nquant, 0);
	CHECK_INT(r.ndates, 0);
	CHECK_INT(r.nents, 0);
	arnews_buf_free(&r.norm);
	free(s);
}

/* 100,000 digits, ASCII and Arabic-Indic */
static void
test_digits(void)
{
	Result		r;
	size_t		len;
	char	   *s = repeat("7", 100000, &len);
	ArnewsNumber num;
	char		head[8];
	size_t		need;

	run_all("ascii digits", s, len, &r);
	CHECK_INT(r.ntokens, 1);
	CHECK_INT(r.first_type, ARNEWS_TOK_INT);
	CHECK_INT(r.ndates, 0);
	CHECK_INT(r.nents, 0);
	CHECK(r.nquant <= 1);
	/* the number engine reads it whole, flags it, and keeps every digit */
	CHECK(arnews_number_at(s, len, 0, 0, &num));
	CHECK_INT(num.start, 0);
	CHECK_INT(num.end, len);
	CHECK(num.flags & (ARNEWS_NUMF_OVERFLOW | ARNEWS_NUMF_INEXACT));
	CHECK(isfinite(num.value) || (num.flags & ARNEWS_NUMF_OVERFLOW));
	need = arnews_number_exact(s, len, &num, head, sizeof(head));
	CHECK_INT(need, 100000);
	CHECK_STR(head, "7777777");
	arnews_buf_free(&r.norm);
	free(s);

	s = repeat("٩", 100000, &len);
	run_all("arabic-indic digits", s, len, &r);
	CHECK_INT(r.norm.len, 100000);	/* ٩ → 9 */
	CHECK(r.norm.data[0] == '9' && r.norm.data[99999] == '9');
	CHECK_INT(r.ntokens, 1);
	CHECK_INT(r.first_type, ARNEWS_TOK_INT);
	CHECK_INT(r.ndates, 0);
	arnews_buf_free(&r.norm);
	free(s);

	/* digits separated by spaces: 50,000 short numbers */
	s = repeat("12 ", 50000, &len);
	run_all("many numbers", s, len, &r);
	CHECK_INT(r.nwords, 50000);
	CHECK_INT(r.nnumbers, 50000);
	arnews_buf_free(&r.norm);
	free(s);
}

/* Mixed scripts */
static void
test_mixed_scripts(void)
{
	Result		r;
	const char *s = "Москва موسكو 東京 Tokyo G20 4G ٢٠٢٦ ۱۴۰۵ 🇵🇸 👨‍👩‍👧 Ελλάδα עברית हिन्दी";

	run_all("mixed scripts", s, strlen(s), &r);
	/* 11 words; the emoji are blank tokens */
	CHECK_INT(r.nwords, 11);
	CHECK_STR(norm("موسكو ٢٠٢٦ ۱۴۰۵ Москва"), "موسكو 2026 1405 Москва");
	arnews_buf_free(&r.norm);
}

/* Every Unicode format character, alone, inside a word, and in a flood */
static void
test_format_chars(void)
{
	static const int32_t ranges[][2] = {
		{0x200B, 0x200F}, {0x202A, 0x202E}, {0x2060, 0x2064}, {0x2066, 0x206F},
		{0xFEFF, 0xFEFF}, {0x061C, 0x061C}, {0x00AD, 0x00AD},
	};
	ArnewsBuf	flood;
	Result		r;

	arnews_buf_init(&flood, 1024);
	for (size_t i = 0; i < sizeof(ranges) / sizeof(ranges[0]); i++)
		for (int32_t cp = ranges[i][0]; cp <= ranges[i][1]; cp++)
		{
			ArnewsBuf	b;

			/* inside a word: removed, the word is whole again */
			arnews_buf_init(&b, 16);
			arnews_buf_append(&b, "بو", strlen("بو"));
			arnews_buf_append_cp(&b, cp);
			arnews_buf_append(&b, "تين", strlen("تين"));
			run_all("format char", b.data, b.len, &r);
			if (strcmp(r.norm.data, "بوتين") != 0)
				fprintf(stderr, "format char U+%04X not removed\n", (unsigned) cp);
			CHECK_STR(r.norm.data, "بوتين");
			arnews_buf_free(&r.norm);

			/* alone */
			arnews_buf_reset(&b);
			arnews_buf_append_cp(&b, cp);
			run_all("lone format char", b.data, b.len, &r);
			CHECK_INT(r.norm.len, 0);
			CHECK_INT(r.nents, 0);
			CHECK_INT(r.ndates, 0);
			CHECK_INT(r.nquant, 0);
			arnews_buf_free(&r.norm);
			arnews_buf_free(&b);
			arnews_buf_append_cp(&flood, cp);
		}
	{
		/* 40,000 format characters in a row */
		size_t		unit = flood.len;
		char	   *copy = malloc(unit);

		memcpy(copy, flood.data, unit);
		for (int k = 0; k < 1000; k++)
			arnews_buf_append(&flood, copy, unit);
		free(copy);
		run_all("format flood", flood.data, flood.len, &r);
		CHECK_INT(r.norm.len, 0);
		CHECK_INT(r.nwords, 0);
		arnews_buf_free(&r.norm);
	}
	arnews_buf_free(&flood);
}

/* Right-to-left overrides and isolates around words, dates and numbers */
static void
test_rtl_overrides(void)
{
	Result		r;
	const char *s = "\u202Eقال الرئيس\u202C \u2067فلاديمير بوتين\u2069 في \u202D23 يناير 2026\u202C "
		"إن \u202B5 مليارات دولار\u202C \u200Fكافية\u200E.";

	run_all("rtl overrides", s, strlen(s), &r);
	CHECK_STR(r.norm.data, "قال الرءيس فلاديمير بوتين في 23 يناير 2026 ان 5 مليارات دولار كافيه.");
	CHECK(r.ndates >= 1);
	CHECK(r.nquant >= 1);
	arnews_buf_free(&r.norm);

	/* nested and unbalanced overrides only */
	{
		size_t		len;
		char	   *o = repeat("\u202E\u202D\u202B\u202A\u2066\u2067\u2068", 20000, &len);

		run_all("override flood", o, len, &r);
		CHECK_INT(r.norm.len, 0);
		arnews_buf_free(&r.norm);
		free(o);
	}
}

/* Lone ZWJ and ZWNJ, in floods and between letters */
static void
test_zwj_zwnj(void)
{
	Result		r;
	size_t		len;
	char	   *s;

	run_all("lone zwj", "\u200D", 3, &r);
	CHECK_INT(r.norm.len, 0);
	CHECK_INT(r.ntokens, 1);
	arnews_buf_free(&r.norm);
	run_all("lone zwnj", "\u200C", 3, &r);
	CHECK_INT(r.norm.len, 0);
	arnews_buf_free(&r.norm);

	s = repeat("\u200D\u200C", 50000, &len);
	run_all("zwj flood", s, len, &r);
	CHECK_INT(r.norm.len, 0);
	CHECK_INT(r.nwords, 0);
	arnews_buf_free(&r.norm);
	free(s);

	/* ZWNJ inside a Persian-style word, ZWJ between an emoji and a letter */
	CHECK_STR(norm("می\u200Cخواهم"), "ميخواهم");
	CHECK_STR(norm("😀\u200Dب"), "😀ب");
	CHECK_STR(norm("👨\u200D👩"), "👨\u200D👩");	/* emoji sequence kept */

	/*
	 * KNOWN BUG: normalization is not idempotent for emoji + ZWJ + tag
	 * character: normalize.c keeps the ZWJ because the next code point (a
	 * tag, "pictographic" for chars.c) would join, then drops the tag
	 * because it follows a ZWJ, not an emoji.  normalize("👨\u200D\U000E0067")
	 * = "👨\u200D", whose normalization is "👨".
	 */
	{
		char		once[64];

		snprintf(once, sizeof(once), "%s", norm("👨\u200D\U000E0067"));
		KNOWN_BUG(strcmp(norm(once), once) == 0,
				  "normalize: emoji+ZWJ+tag is not idempotent");
	}
}

/* Invalid UTF-8 of every kind */
static void
test_invalid_utf8(void)
{
	static const char *const bad[] = {
		"\xFF\xFE", "\xC0\x80", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xE2\x82",
		"\x80\x80\x80", "\xD8", "ب\xD8", "\xF0\x9F\x98",
	};
	Result		r;

	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
	{
		run_all("invalid utf8", bad[i], strlen(bad[i]), &r);
		CHECK(r.norm.len > 0);	/* U+FFFD for each bad byte */
		arnews_buf_free(&r.norm);
	}
}

/* A multi-megabyte text made of one news paragraph repeated */
static void
test_big_text(void)
{
	const char *para =
		"القاهرة - 18 فبراير/شباط 2026 (رويترز) قال الرئيس الروسي فلاديمير بوتين "
		"إن بلاده ستخصص نحو 5 مليارات دولار، أي 3.5% من الميزانية، وإن 14 ألف شخص "
		"نزحوا منذ الأسبوع الماضي. وأضاف المتحدث دميتري بيسكوف أن المحادثات في "
		"موسكو ستستأنف يومي 23 و24 فبراير.\n";
	Result		one,
				many;
	size_t		len;
	char	   *s;
	int			copies = 5000;	/* 2.16 MB */

	run_all("paragraph", para, strlen(para), &one);
	CHECK(one.nquant >= 3);
	CHECK(one.ndates >= 3);
	CHECK(one.nents >= 3);
	s = repeat(para, (size_t) copies, &len);
	run_all("big text", s, len, &many);
	CHECK(len > 2000000);
	/* the same findings in every copy: the counts scale exactly */
	CHECK_INT(many.nquant, one.nquant * copies);
	CHECK_INT(many.nwords, one.nwords * copies);
	CHECK(many.ndates >= one.ndates * copies - 1 && many.ndates <= one.ndates * copies);
	CHECK(many.nents >= one.nents * copies);
	arnews_buf_free(&one.norm);
	arnews_buf_free(&many.norm);
	free(s);
}

/* Word analyzer corner cases: empty word, stop word alone, odd words */
static void
test_stem_corners(void)
{
	static ArnewsStemResult sr;

	/* an empty word (a tatweel-only token after normalization) */
	arnews_stem_word(stemmer, "", 0, ARNEWS_STEM_LIGHT, true, &sr);
	CHECK(sr.nlexemes >= 0 && sr.nlexemes <= ARNEWS_STEM_MAX_LEXEMES);
	/* one letter, clitic letters only */
	arnews_stem_word(stemmer, "و", strlen("و"), ARNEWS_STEM_LIGHT, true, &sr);
	CHECK(sr.is_stop || sr.nlexemes >= 1);
	arnews_stem_word(stemmer, "وبال", strlen("وبال"), ARNEWS_STEM_ROOT, true, &sr);
	CHECK(sr.is_stop || (sr.nlexemes >= 1 && sr.lexemes[0][0] != '\0'));
	arnews_stem_word(stemmer, "ههههههههههههههههههههه", strlen("ههههههههههههههههههههه"),
					 ARNEWS_STEM_ROOT, true, &sr);
	CHECK(sr.is_stop || (sr.nlexemes >= 1 && sr.lexemes[0][0] != '\0'));
}

/* Date engine corner cases: extreme references */
static void
test_dates_extreme_reference(void)
{
	static const int32_t refs[] = {-2440588, 2145042906, 0, -1};
	const char *s = "أمس وقبل 3 أيام وبعد 300 عام والأسبوع المقبل وفي نوفمبر والعام الماضي";

	for (size_t i = 0; i < sizeof(refs) / sizeof(refs[0]); i++)
	{
		ArnewsDateList dl = {NULL, 0, 0};
		bool		ok = true;

		arnews_dates_extract(s, strlen(s), true, refs[i], &dl);
		CHECK(dl.n >= 4);
		for (int k = 0; k < dl.n; k++)
			if (dl.items[k].has_span && dl.items[k].lo != ARNEWS_DAY_UNBOUNDED &&
				dl.items[k].hi != ARNEWS_DAY_UNBOUNDED && dl.items[k].lo >= dl.items[k].hi)
				ok = false;
		CHECK(ok);
		arnews_free(dl.items);
	}
}

int
main(void)
{
	load_engines();
	test_empty();
	test_huge_token();
	test_stem_long_word();
	test_mark_floods();
	test_punctuation();
	test_digits();
	test_mixed_scripts();
	test_format_chars();
	test_rtl_overrides();
	test_zwj_zwnj();
	test_invalid_utf8();
	test_big_text();
	test_stem_corners();
	test_dates_extreme_reference();
	arnews_stemmer_free(stemmer);
	arnews_ner_free(ner);
	return unit_report("hostile");
}
