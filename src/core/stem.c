/*-------------------------------------------------------------------------
 *
 * stem.c
 *		Arabic word analysis for search (API in stem.h).
 *
 * A word is analyzed in two steps.
 *
 * 1. Known analyses.  Every split of the word into proclitics (conjunction
 *	  و/ف, then preposition ب/ك/ل or future س, then the article ال, with
 *	  ل+ال written لل), a core, and an enclitic pronoun (ه ها هم هما هن نا
 *	  كم) is combined with the suffix rules that undo inflection (ات→ه, ات,
 *	  ون, ين, ان, تان/تين→ه, ه, ا, ت, ت→ي, وا, ت→ه before a pronoun) and
 *	  with the imperfect verb prefixes (ت/ن/ا→ي).  The candidates are tried
 *	  cheapest first (cost: 2 per proclitic letter, 1 for the article, 3
 *	  per pronoun letter, 2 per suffix letter; names before stop words
 *	  before the lexicon at equal cost) against the names, the stop words
 *	  and the lexicon; the first hit wins.  So a word is only cut when what
 *	  remains is a known word or name, and a known word or name is never
 *	  cut: بوتين, فلسطين, وزاره stay whole, لبوتين is ل + بوتين.  A name
 *	  that is also a lexicon word (الجزيره, سوريه) or clitic + another name
 *	  (وجده) gets that lexeme too, after its own.
 *
 * 2. Unknown words.  The first lexeme is the word itself, or, after a
 *	  clitic ending in the article, the word from the article on (للكرملين
 *	  -> الكرملين), so an unlisted name is never truncated.  Further
 *	  lexemes, each in its own variant group, add the word without a leading
 *	  و/ف/ب/ل/ك or two of them (an unlisted وبيسكوف still meets بيسكوف), a
 *	  light stem (article and one plural, dual or feminine suffix removed,
 *	  three or four letters left), the stem without a dual ان, and the
 *	  stem of a noun in ة before a pronoun (حصتها -> حصه).
 *
 * Names and unknown words also get a transliteration-variant key (when
 * asked): "~" followed by a skeleton of the word in which inner long
 * vowels and hamza are dropped, an initial vowel is kept as ا, the final
 * vowel is reduced to one of ا ي و, ج and غ (both render g) are merged,
 * and كس is read as سك.  A key needs three consonants (names) or four
 * (unknown words, which also get none when they start with و or ف: such
 * words are mostly a conjunction and an Arabic word).  Merging more letters
 * (ق ك, ت ط, س ص) cost more precision than it brought.  So ترامب/ترمب,
 * امريكا/اميركا, غوغل/جوجل, بلومبيرغ/بلومبرغ/بلومبيرج, ديمتري/دميتري and
 * زيلينسكي/زيلينكسي meet.  Three things keep distinct names apart
 * (end_vowel_run): a run of two different vowel letters keeps its first
 * one (كريستيان/كريستين, بوينغ/بيونغ/بينغ); the first lone inner و is kept
 * when the key has at most four consonants, since short names and
 * Arabic patterns differ by it (محمود/محمد, بوريس/باريس, مفعول/مفاعل) while
 * long transliterations drop an o at will (بطرسبرغ/بطرسبورغ); and a name of
 * three consonants written with no long vowel (عمر, عبد, سعد) is an Arabic
 * name spelled one way and gets no key.  "~" never occurs in a word lexeme.
 *
 * No allocation happens per call: candidates are built in stack buffers
 * and looked up in the hashed tables of lexicon.h, and recent analyses are
 * kept in a fixed cache allocated with the analyzer.  An analyzer is
 * therefore not to be shared between threads (each backend has its own).
 *
 * IDENTIFICATION
 *	  src/core/stem.c
 *
 *-------------------------------------------------------------------------
 */
#include <string.h>

#include "alloc.h"
#include "lexicon.h"
#include "normalize.h"
#include "stem.h"
#include "utf8.h"

#define MAX_WORD_BYTES 200		/* longer words are returned whole */
#define MAX_CANDS 160
#define VARIANT_PREFIX "~"

/*
 * Costs of an analysis, per letter removed.  A pronoun costs more than a
 * proclitic, so وجده is و + جده (a name) before وجد + ه.
 */
#define W_CLITIC 2				/* conjunction, preposition, future */
#define W_ARTICLE 1				/* the article: its removal is the safest */
#define W_ENCLITIC 3			/* pronoun */
#define W_SUFFIX 2				/* inflectional suffix */
#define KEY_MIN_NAME 3			/* consonants a listed name needs for a key */
#define KEY_MIN_UNKNOWN 4		/* ... and an unknown word */

/*
 * A cache of recent analyses, filled at run time but allocated once with
 * the analyzer: news text is Zipfian, so most words are seen again soon.
 * Direct-mapped; an entry packs the word and every string of its result,
 * NUL-separated, and is not used when they do not fit.
 */
#define CACHE_SLOTS 16384		/* power of two: 2 MB in all */
#define CACHE_DATA 116

/* CacheEntry.flags: the analysis key (mode, options) and two results */
#define CACHE_MODE		3		/* ArnewsStemMode */
#define CACHE_VARIANTS	4
#define CACHE_TA		32		/* ARNEWS_STEM_TA_MARBUTA */
#define CACHE_KEY		(CACHE_MODE | CACHE_VARIANTS | CACHE_TA)
#define CACHE_STOP		8
#define CACHE_KNOWN		16

typedef struct CacheEntry
{
	uint32_t	hash;
	uint16_t	wordlen;		/* 0 = empty slot */
	uint8_t		flags;			/* CACHE_KEY bits, then CACHE_STOP, CACHE_KNOWN */
	uint8_t		nlexemes;
	uint16_t	datalen;
	char		data[CACHE_DATA];
} CacheEntry;

struct ArnewsStemmer
{
	ArnewsWordTable *stop;		/* stop words (values unused) */
	ArnewsWordTable *lex;		/* form -> entry number of its headword */
	ArnewsWordTable *names;		/* names (values unused) */
	CacheEntry *cache;			/* CACHE_SLOTS entries */
};

/* A proclitic sequence: conjunction, preposition or future, article */
typedef struct Proclitic
{
	const char *s;				/* surface form */
	const char *label;			/* for the debug stage, e.g. "و+ال" */
	unsigned char nbytes;
	unsigned char cost;			/* letters of conjunction and preposition */
	bool		article;		/* ends with the article */
	bool		future;			/* contains س (verbs only) */
} Proclitic;

#define PC(s, label, cost, art, fut) {s, label, sizeof(s) - 1, cost, art, fut}

static const Proclitic proclitics[] = {
	PC("", "", 0, false, false),
	PC("و", "و", 1, false, false),
	PC("ف", "ف", 1, false, false),
	PC("ب", "ب", 1, false, false),
	PC("ك", "ك", 1, false, false),
	PC("ل", "ل", 1, false, false),
	PC("س", "س", 1, false, true),
	PC("وب", "و+ب", 2, false, false),
	PC("وك", "و+ك", 2, false, false),
	PC("ول", "و+ل", 2, false, false),
	PC("وس", "و+س", 2, false, true),
	PC("فب", "ف+ب", 2, false, false),
	PC("فك", "ف+ك", 2, false, false),
	PC("فل", "ف+ل", 2, false, false),
	PC("فس", "ف+س", 2, false, true),
	PC("ال", "ال", 0, true, false),
	PC("وال", "و+ال", 1, true, false),
	PC("فال", "ف+ال", 1, true, false),
	PC("بال", "ب+ال", 1, true, false),
	PC("كال", "ك+ال", 1, true, false),
	PC("لل", "ل+ال", 1, true, false),
	PC("وبال", "و+ب+ال", 2, true, false),
	PC("وكال", "و+ك+ال", 2, true, false),
	PC("ولل", "و+ل+ال", 2, true, false),
	PC("فبال", "ف+ب+ال", 2, true, false),
	PC("فكال", "ف+ك+ال", 2, true, false),
	PC("فلل", "ف+ل+ال", 2, true, false),
};

#define NPROCLITICS ((int) (sizeof(proclitics) / sizeof(proclitics[0])))

/* Enclitic pronouns (the empty one first) */
typedef struct Enclitic
{
	const char *s;
	unsigned char nbytes;
} Enclitic;

#define EC(s) {s, sizeof(s) - 1}

static const Enclitic enclitics[] = {
	EC(""), EC("ه"), EC("ها"), EC("هم"), EC("هما"), EC("هن"), EC("نا"), EC("كم"),
};

#define NENCLITICS ((int) (sizeof(enclitics) / sizeof(enclitics[0])))

/* Suffix rules: remove strip from the core and append add */
typedef struct SuffixRule
{
	const char *strip;
	const char *add;
	unsigned char nstrip;
	unsigned char nadd;
	unsigned char cost;			/* letters removed */
	bool		after_enclitic; /* only when a pronoun was removed */
	bool		imperfect;		/* usable after an imperfect prefix */
} SuffixRule;

#define SR(strip, add, cost, enc, imp) \
	{strip, add, sizeof(strip) - 1, sizeof(add) - 1, cost, enc, imp}

static const SuffixRule rules[] = {
	SR("", "", 0, false, true),
	SR("ه", "", 1, false, false),
	SR("ت", "ه", 1, true, false),
	SR("ا", "", 1, false, true),
	SR("ت", "", 1, false, false),
	SR("ت", "ي", 3, false, false),	/* ادت -> ادي (defective verbs), dear */
	SR("ات", "ه", 2, false, false),
	SR("ات", "", 2, false, false),
	SR("ون", "", 2, false, true),
	SR("ين", "", 2, false, true),
	SR("ان", "", 2, false, true),
	SR("وا", "", 2, false, true),
	SR("تان", "ه", 3, false, false),
	SR("تين", "ه", 3, false, false),
};

#define NRULES ((int) (sizeof(rules) / sizeof(rules[0])))

/* What a candidate is looked up in */
typedef enum CandKind
{
	CAND_NAME,					/* names, core as is */
	CAND_NAME_AL,				/* names, article kept: ال + core */
	CAND_NAME_ALL,				/* names after لل: ال + ل + core */
	CAND_STOP,					/* stop words */
	CAND_LEX					/* lexicon, after a suffix rule */
} CandKind;

typedef struct Cand
{
	unsigned char cost;
	unsigned char kind;
	unsigned char pc;			/* proclitic index */
	unsigned char ec;			/* enclitic index */
	unsigned char rule;			/* suffix rule index */
	bool		imperfect;		/* first letter replaced with ي */
	unsigned char start;		/* core in the word: [start, end) */
	unsigned char end;
} Cand;

/* Is cp a letter of the normalized Arabic alphabet */
static inline bool
is_arabic_letter(int32_t cp)
{
	return cp >= 0x0621 && cp <= 0x064A && cp != 0x0640;
}

/* Are the short strings a[0..n) and b[0..n) equal (no libc call) */
static inline bool
same_bytes(const char *a, const char *b, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (a[i] != b[i])
			return false;
	return true;
}

/*
 * Does w[0..len) start with s[0..n).  The second byte is tried first: all
 * Arabic letters share a few lead bytes.
 */
static inline bool
has_prefix(const char *w, size_t len, const char *s, size_t n)
{
	if (n > len)
		return false;
	if (n >= 2 && w[1] != s[1])
		return false;
	return same_bytes(w, s, n);
}

/* Does w[0..len) end with s[0..n) (last byte first) */
static inline bool
has_suffix(const char *w, size_t len, const char *s, size_t n)
{
	if (n > len)
		return false;
	if (n >= 1 && w[len - 1] != s[n - 1])
		return false;
	return same_bytes(w + len - n, s, n);
}

/* Copy n bytes (short strings: no libc call) */
static inline void
copy_bytes(char *dst, const char *src, size_t n)
{
	for (size_t i = 0; i < n; i++)
		dst[i] = src[i];
}

/* Length of s[0..n) cut to at most max bytes on a character boundary */
static inline size_t
utf8_cut(const char *s, size_t n, size_t max)
{
	if (n <= max)
		return n;
	n = max;
	while (n > 0 && (((unsigned char) s[n]) & 0xC0) == 0x80)
		n--;
	return n;
}

/* Copy a string into a result field, truncating on a character boundary */
static void
set_field(char *dst, const char *src, size_t n)
{
	n = utf8_cut(src, n, ARNEWS_STEM_MAX_BYTES - 1);
	memcpy(dst, src, n);
	dst[n] = '\0';
}

/* Append a lexeme in its own variant group unless already present */
static void
add_lexeme(ArnewsStemResult *res, const char *s, size_t n)
{
	if (n == 0 || res->nlexemes >= ARNEWS_STEM_MAX_LEXEMES)
		return;
	n = utf8_cut(s, n, ARNEWS_STEM_MAX_BYTES - 1);
	for (int i = 0; i < res->nlexemes; i++)
		if (strlen(res->lexemes[i]) == n && memcmp(res->lexemes[i], s, n) == 0)
			return;
	set_field(res->lexemes[res->nlexemes], s, n);
	res->nvariant[res->nlexemes] = res->nlexemes + 1;
	res->nlexemes++;
}

/* Create an empty analyzer */
ArnewsStemmer *
arnews_stemmer_new(void)
{
	ArnewsStemmer *st = arnews_alloc0(sizeof(ArnewsStemmer));

	st->stop = arnews_wtab_new();
	st->lex = arnews_wtab_new();
	st->names = arnews_wtab_new();
	st->cache = arnews_alloc0(sizeof(CacheEntry) * CACHE_SLOTS);
	return st;
}

/* Release an analyzer */
void
arnews_stemmer_free(ArnewsStemmer *st)
{
	if (st == NULL)
		return;
	arnews_wtab_free(st->stop);
	arnews_wtab_free(st->lex);
	arnews_wtab_free(st->names);
	arnews_free(st->cache);
	arnews_free(st);
}

/*
 * Normalize one field of a data line into out; false (with a message) if
 * it is not a plain Arabic word.
 */
static bool
load_field(const char *f, size_t n, ArnewsBuf *out, const char **why)
{
	size_t		pos = 0;

	arnews_buf_reset(out);
	arnews_normalize(f, n, out);
	if (out->len == 0)
	{
		*why = "empty word";
		return false;
	}
	if (out->len > MAX_WORD_BYTES)
	{
		*why = "word too long";
		return false;
	}
	while (pos < out->len)
	{
		if (!is_arabic_letter(arnews_utf8_next(out->data, out->len, &pos)))
		{
			*why = "not an Arabic word";
			return false;
		}
	}
	return true;
}

/* Is c a field separator of the data files (space or tab) */
static inline bool
is_sep(char c)
{
	return c == ' ' || c == '\t' || c == '\r';
}

/* Load a data file (format in the headers of the data/ files) */
int
arnews_stemmer_load(ArnewsStemmer *st, ArnewsStemData kind,
					const char *buf, size_t len,
					ArnewsWarnFn warn, void *warn_arg)
{
	ArnewsBuf	word;
	int			count = 0;
	int			lineno = 0;
	size_t		pos = 0;

	/* new data changes analyses: forget the cached ones */
	memset(st->cache, 0, sizeof(CacheEntry) * CACHE_SLOTS);
	arnews_buf_init(&word, 64);
	while (pos < len)
	{
		size_t		eol = pos;
		size_t		p;
		int			field = 0;
		int32_t		head = -1;

		while (eol < len && buf[eol] != '\n')
			eol++;
		lineno++;
		p = pos;
		while (p < eol && is_sep(buf[p]))
			p++;
		if (p < eol && buf[p] != '#')
		{
			bool		bad = false;

			while (p < eol && !bad)
			{
				size_t		f = p;
				const char *why = NULL;

				while (p < eol && !is_sep(buf[p]))
					p++;
				if (!load_field(buf + f, p - f, &word, &why))
				{
					if (warn)
						warn(warn_arg, lineno, why);
					bad = true;
					break;
				}
				if (kind == ARNEWS_STEM_DATA_STOP)
				{
					/* value 1: written with a final ة (ثمة), see stop_entry() */
					int32_t		id = arnews_wtab_add(st->stop, word.data, word.len, 0, NULL);

					if (arnews_stem_flags_of(buf + f, p - f) & ARNEWS_STEM_TA_MARBUTA)
						arnews_wtab_set_value(st->stop, id, 1);
				}
				else if (kind == ARNEWS_STEM_DATA_NAMES)
					arnews_wtab_add(st->names, word.data, word.len, 0, NULL);
				else if (field == 0)
				{
					bool		added;

					head = arnews_wtab_add(st->lex, word.data, word.len, -1, &added);
					/* a headword always maps to itself */
					arnews_wtab_set_value(st->lex, head, head);
				}
				else
				{
					bool		added;
					int32_t		id = arnews_wtab_add(st->lex, word.data, word.len,
													 head, &added);

					/* a form never overrides a headword of its own */
					if (!added && arnews_wtab_value(st->lex, id) != id)
						arnews_wtab_set_value(st->lex, id, head);
				}
				field++;
				while (p < eol && is_sep(buf[p]))
					p++;
			}
			if (!bad)
				count++;
		}
		pos = eol + 1;
	}
	arnews_buf_free(&word);
	return count;
}

/* Number of letters in w[0..n) (all two-byte Arabic letters) */
static inline int
nletters(size_t n)
{
	return (int) (n / 2);
}

/*
 * Build the lookup string of a candidate into out (ARNEWS_STEM_MAX_BYTES);
 * returns its length, or 0 if the candidate is not usable.
 */
static size_t
cand_string(const char *w, const Cand *c, char *out)
{
	size_t		o = 0;
	size_t		start = c->start;
	size_t		end = c->end;
	const SuffixRule *r = &rules[c->rule];

	if (c->kind == CAND_NAME_AL || c->kind == CAND_NAME_ALL)
	{
		memcpy(out, c->kind == CAND_NAME_AL ? "ال" : "الل", c->kind == CAND_NAME_AL ? 4 : 6);
		o = c->kind == CAND_NAME_AL ? 4 : 6;
	}
	if (end - start < r->nstrip)
		return 0;
	end -= r->nstrip;
	if (c->imperfect)
	{
		memcpy(out + o, "ي", 2);
		o += 2;
		start += 2;
		if (end < start)
			return 0;
	}
	copy_bytes(out + o, w + start, end - start);
	o += end - start;
	copy_bytes(out + o, r->add, r->nadd);
	o += r->nadd;
	out[o] = '\0';
	return o;
}

/* Append a candidate (sorted later by sort_cands) */
static inline void
push_cand(Cand *cands, int *n, Cand c)
{
	if (*n < MAX_CANDS)
		cands[(*n)++] = c;
}

#define SORT_KEYS 512

/*
 * Order candidates by cost, then kind (names before stop words before the
 * lexicon), then order of generation: a counting sort on cost * 8 + kind,
 * over the keys actually present.
 */
static void
sort_cands(const Cand *in, int n, Cand *out)
{
	unsigned short count[SORT_KEYS + 1];
	unsigned short key[MAX_CANDS];
	int			maxk = 0;

	for (int i = 0; i < n; i++)
	{
		int			k = in[i].cost * 8 + in[i].kind;

		key[i] = (unsigned short) (k < SORT_KEYS ? k : SORT_KEYS - 1);
		if (key[i] > maxk)
			maxk = key[i];
	}
	memset(count, 0, sizeof(unsigned short) * (maxk + 2));
	for (int i = 0; i < n; i++)
		count[key[i] + 1]++;
	for (int k = 1; k <= maxk + 1; k++)
		count[k] += count[k - 1];
	for (int i = 0; i < n; i++)
		out[count[key[i]]++] = in[i];
}

/* Is the letter at w[0..2) one that starts an imperfect verb */
static inline bool
imperfect_letter(const char *w)
{
	return same_bytes(w, "ي", 2) || same_bytes(w, "ت", 2) ||
		same_bytes(w, "ن", 2);
}

/*
 * Enumerate every candidate analysis of w, cheapest first.  A final ه that
 * was written ة (ARNEWS_STEM_TA_MARBUTA) is never a pronoun.
 */
static int
collect_cands(const char *w, size_t len, unsigned flags, Cand *cands)
{
	int			n = 0;

	for (int pi = 0; pi < NPROCLITICS; pi++)
	{
		const Proclitic *pc = &proclitics[pi];

		if (!has_prefix(w, len, pc->s, pc->nbytes))
			continue;
		for (int ei = 0; ei < NENCLITICS; ei++)
		{
			const Enclitic *ec = &enclitics[ei];
			size_t		start = pc->nbytes;
			size_t		end;
			int			base;
			Cand		c;

			if (ei > 0 && pc->article)
				continue;		/* no pronoun after the article */
			if ((flags & ARNEWS_STEM_TA_MARBUTA) && ec->nbytes == 2 &&
				same_bytes(ec->s, "ه", 2))
				continue;		/* قبيلة is not قبيل + ه */
			if (!has_suffix(w, len, ec->s, ec->nbytes) ||
				len < start + ec->nbytes + 4)
				continue;		/* core of at least two letters */
			end = len - ec->nbytes;
			base = W_CLITIC * pc->cost + W_ENCLITIC * nletters(ec->nbytes);
			memset(&c, 0, sizeof(c));
			c.pc = pi;
			c.ec = ei;
			c.start = (unsigned char) start;
			c.end = (unsigned char) end;

			if (pi == 0 && ei == 0)
			{
				/* the whole word: names, stop words, lexicon */
				c.kind = CAND_NAME;
				push_cand(cands, &n, c);
			}
			else if (ei == 0 && !pc->future)
			{
				c.cost = base;
				if (pc->article)
				{
					c.kind = CAND_NAME_AL;
					push_cand(cands, &n, c);
					if (has_suffix(pc->s, pc->nbytes, "لل", 4))
					{
						/* ل + ال + a name in ل: للاذقيه -> اللاذقيه */
						c.kind = CAND_NAME_ALL;
						push_cand(cands, &n, c);
					}
					c.cost = base + W_ARTICLE;
				}
				c.kind = CAND_NAME;
				push_cand(cands, &n, c);
			}
			if (!pc->article && !pc->future && (pi > 0 || ei > 0))
			{
				c.kind = CAND_STOP;
				c.cost = base;
				push_cand(cands, &n, c);
			}
			base += pc->article ? W_ARTICLE : 0;
			for (int ri = 0; ri < NRULES; ri++)
			{
				const SuffixRule *r = &rules[ri];

				if (r->after_enclitic && ei == 0)
					continue;
				if (!has_suffix(w + start, end - start, r->strip, r->nstrip) ||
					end - start + r->nadd < (size_t) r->nstrip + (ri == 0 ? 4 : 6))
					continue;	/* a base of 2 letters, 3 after a suffix */
				/* no tanween alef after ة or ء: عملها is not عمله + ا */
				if (r->nstrip == 2 && r->nadd == 0 && same_bytes(r->strip, "ا", 2) &&
					(has_suffix(w + start, end - start - 2, "ه", 2) ||
					 has_suffix(w + start, end - start - 2, "ء", 2)))
					continue;
				c.kind = CAND_LEX;
				c.rule = ri;
				if (!pc->future)
				{
					c.imperfect = false;
					c.cost = base + W_SUFFIX * r->cost;
					push_cand(cands, &n, c);
				}
				if (r->imperfect && !pc->article && end - start >= 6 &&
					(imperfect_letter(w + start) || same_bytes(w + start, "ا", 2)))
				{
					/* first person ا: also many nouns (احدث), so dearer */
					c.imperfect = true;
					c.cost = base + W_SUFFIX * (r->cost + 1) +
						(same_bytes(w + start, "ا", 2) ? W_SUFFIX * 2 : 0);
					push_cand(cands, &n, c);
				}
			}
		}
	}
	return n;
}

/* Map a letter to its class in the variant key (0 = dropped) */
static int32_t
key_class(int32_t cp)
{
	switch (cp)
	{
		case 0x063A:			/* غ */
			return 0x062C;		/* ج: both render g */
		case 0x0621:			/* ء */
			return 0;
		default:
			return cp;
	}
}

/*
 * The end of a run of nrun inner long vowels (ا و ي; a letter doubled,
 * يي, counts once) starting with first: most are dropped, since
 * transliterations write vowels at will (ترامب, ترمب; اميركا, امريكا), but
 * a run of two keeps its first letter (كريستيان is not كريستين, بوينغ is
 * neither بينغ nor بيونغ), and the first و that is a run on its own is
 * kept, at *waw_at (the caller drops it again from long keys).  Returns
 * the new key length.
 */
static int
end_vowel_run(int32_t *key, int nk, int nrun, int32_t first, int *waw_at)
{
	if (nrun >= 2 || (nrun == 1 && first == 0x0648 && *waw_at < 0))
	{
		if (nrun == 1)
			*waw_at = nk;
		key[nk++] = first;
	}
	return nk;
}

/*
 * Write the variant key of s[0..n) (NUL-terminated, with its prefix) into
 * out; returns its length, 0 when the word has fewer than min_consonants
 * consonants (short skeletons collide too often).
 */
static size_t
variant_key(const char *s, size_t n, int min_consonants, char *out)
{
	int32_t		cps[MAX_WORD_BYTES];
	int32_t		key[MAX_WORD_BYTES];
	int			ncp = 0;
	int			nk = 0;
	int			ncons = 0;
	int			nrun = 0;		/* inner long vowels in a row */
	int			nvowels = 0;	/* inner long vowels in all */
	int32_t		run_first = 0;
	int			waw_at = -1;	/* where the first lone و was kept */
	int32_t		final = 0;
	size_t		pos = 0;
	size_t		o;

	while (pos < n && ncp < MAX_WORD_BYTES)
		cps[ncp++] = arnews_utf8_next(s, n, &pos);
	if (ncp < 3)
		return 0;
	/* the final vowel: ا ه -> ا, ي -> ي, و -> و */
	switch (cps[ncp - 1])
	{
		case 0x0627:
		case 0x0647:
			final = 0x0627;
			ncp--;
			break;
		case 0x064A:
			final = 0x064A;
			ncp--;
			break;
		case 0x0648:
			final = 0x0648;
			ncp--;
			break;
	}
	for (int i = 0; i < ncp; i++)
	{
		int32_t		cp = cps[i];
		int32_t		k;

		if (i == 0 && cp == 0x0627)
		{
			key[nk++] = cp;		/* an initial vowel is kept as ا */
			continue;
		}
		if (cp == 0x0627 || (i > 0 && (cp == 0x0648 || cp == 0x064A)))
		{
			/* inner long vowels: see end_vowel_run() */
			if (nrun == 0)
				run_first = cp;
			if (nrun == 0 || cp != cps[i - 1])
				nrun++;			/* يي is one long vowel written twice */
			nvowels++;
			continue;
		}
		k = key_class(cp);
		if (k == 0)
			continue;			/* hamza: part of no run, breaks none */
		nk = end_vowel_run(key, nk, nrun, run_first, &waw_at);
		nrun = 0;
		/* read كس as سك (زيلينسكي / زيلينكسي) */
		if (k == 0x0633 && nk > 0 && key[nk - 1] == 0x0643)
		{
			key[nk - 1] = 0x0633;
			k = 0x0643;
		}
		key[nk++] = k;
		ncons++;
	}
	nk = end_vowel_run(key, nk, nrun, run_first, &waw_at);
	if (ncons < min_consonants)
		return 0;
	/* longer transliterations drop an o at will (بطرسبرغ, سالزبري) */
	if (ncons > 4 && waw_at >= 0)
	{
		memmove(key + waw_at, key + waw_at + 1, sizeof(int32_t) * (nk - waw_at - 1));
		nk--;
	}
	/* three consonants and no long vowel: an Arabic name, spelled one way */
	if (ncons == 3 && nvowels == 0)
		return 0;
	if (final)
		key[nk++] = final;
	o = sizeof(VARIANT_PREFIX) - 1;
	memcpy(out, VARIANT_PREFIX, o);
	for (int i = 0; i < nk && o + 5 < ARNEWS_STEM_MAX_BYTES; i++)
		o += arnews_utf8_encode(key[i], out + o);
	out[o] = '\0';
	return o;
}

/*
 * Light stem of an unknown word: one plural, dual or feminine suffix
 * removed when enough letters remain (three; four before ون ين, which also
 * end many foreign names such as بيلين).  ان is left alone: far more
 * words end in it (امتحان, بيان) than are duals.  Returns the new length.
 */
static size_t
light_suffix(const char *s, size_t n)
{
	if (n >= 12 && (has_suffix(s, n, "تين", 6) || has_suffix(s, n, "تان", 6)))
		return n - 6;
	if (n >= 10 && has_suffix(s, n, "ات", 4))
		return n - 4;
	if (n >= 12 && (has_suffix(s, n, "ون", 4) || has_suffix(s, n, "ين", 4)))
		return n - 4;
	if (n >= 8 && has_suffix(s, n, "ه", 2))
		return n - 2;
	return n;
}

/*
 * Reduce a stem to an approximate root for ROOT mode: remove the article,
 * the feminine ending and the letters of the common derivation patterns
 * until three letters remain.
 */
static size_t
root_of(const char *s, size_t n, char *out)
{
	int32_t		cps[MAX_WORD_BYTES];
	int			ncp = 0;
	size_t		pos = 0;
	size_t		o = 0;
	bool		changed = true;

	while (pos < n && ncp < MAX_WORD_BYTES)
		cps[ncp++] = arnews_utf8_next(s, n, &pos);
	if (ncp > 4 && cps[0] == 0x0627 && cps[1] == 0x0644)
	{
		memmove(cps, cps + 2, sizeof(int32_t) * (ncp - 2));
		ncp -= 2;
	}
	while (ncp > 3 && changed)
	{
		int32_t		last = cps[ncp - 1];

		changed = true;
		if (last == 0x0647 || last == 0x064A)	/* ه ي (feminine, nisba) */
			ncp--;
		else if (ncp > 4 && (last == 0x062A || last == 0x0646) &&
				 cps[ncp - 2] == 0x0627)	/* ات ان */
			ncp -= 2;
		else if (ncp >= 6 && cps[0] == 0x0627 && cps[1] == 0x0633 &&
				 cps[2] == 0x062A)	/* است */
		{
			memmove(cps, cps + 3, sizeof(int32_t) * (ncp - 3));
			ncp -= 3;
		}
		else if (cps[0] == 0x0645 || cps[0] == 0x062A || cps[0] == 0x0627 ||
				 cps[0] == 0x064A || (cps[0] == 0x0646 && ncp > 4))
		{
			memmove(cps, cps + 1, sizeof(int32_t) * (ncp - 1));
			ncp--;
		}
		else
		{
			int			i;

			changed = false;
			/* an inner long vowel, then the ت of افتعل */
			for (i = 1; i < ncp - 1; i++)
				if (cps[i] == 0x0627 || cps[i] == 0x0648 || cps[i] == 0x064A)
					break;
			if (i == ncp - 1 && ncp > 3 && cps[1] == 0x062A)
				i = 1;
			if (i < ncp - 1)
			{
				memmove(cps + i, cps + i + 1, sizeof(int32_t) * (ncp - i - 1));
				ncp--;
				changed = true;
			}
		}
	}
	for (int i = 0; i < ncp; i++)
		o += arnews_utf8_encode(cps[i], out + o);
	out[o] = '\0';
	return o;
}

/*
 * Add the lexicon headword of s (as is, or without a final ه) as a
 * lexeme, if it has one.
 */
static void
add_core_lexeme(const ArnewsStemmer *st, const char *s, size_t n,
				ArnewsStemResult *res)
{
	int32_t		id = arnews_wtab_find(st->lex, s, n);
	size_t		nhead;
	const char *head;

	if (id < 0 && n >= 8 && has_suffix(s, n, "ه", 2))
		id = arnews_wtab_find(st->lex, s, n - 2);
	if (id < 0)
		return;
	head = arnews_wtab_key(st->lex, arnews_wtab_value(st->lex, id), &nhead);
	add_lexeme(res, head, nhead);
}

/* Record the debug stages of a known analysis */
static void
set_stages(const char *w, const Cand *c, ArnewsStemResult *res)
{
	const Proclitic *pc = &proclitics[c->pc];

	set_field(res->proclitics, pc->label, strlen(pc->label));
	set_field(res->enclitic, enclitics[c->ec].s, enclitics[c->ec].nbytes);
	if (c->kind == CAND_NAME_AL || c->kind == CAND_NAME_ALL)
	{
		char		tmp[ARNEWS_STEM_MAX_BYTES];
		size_t		n = c->end - c->start;
		size_t		np = c->kind == CAND_NAME_AL ? 4 : 6;

		if (n + np + 1 > sizeof(tmp))
			n = sizeof(tmp) - np - 1;
		memcpy(tmp, "الل", np);
		memcpy(tmp + np, w + c->start, n);
		set_field(res->stripped, tmp, n + np);
		/* the article stays part of the name */
		if (strcmp(pc->label, "ال") == 0)
			res->proclitics[0] = '\0';
		else
			set_field(res->proclitics, pc->label, strlen(pc->label) - 5);
	}
	else
		set_field(res->stripped, w + c->start, c->end - c->start);
}

/*
 * An unknown noun in ة before a pronoun (حصته, حصتها): add the light stem
 * of the noun alone (حصه).
 */
static void
add_pronoun_stem(const char *s, size_t n, ArnewsStemResult *res)
{
	static const char *const pron[] = {"تهما", "تها", "تهم", "تهن", "تنا", "ته"};
	char		tmp[MAX_WORD_BYTES + 2];

	for (int i = 0; i < 6; i++)
	{
		size_t		np = strlen(pron[i]);

		if (n >= np + 4 && has_suffix(s, n, pron[i], np))
		{
			size_t		m = n - np;

			memcpy(tmp, s, m);
			memcpy(tmp + m, "ه", 2);
			add_lexeme(res, tmp, light_suffix(tmp, m + 2));
			return;
		}
	}
}

/* Analyze a word no list knows (step 2 of the file header) */
static void
analyze_unknown(const char *w, size_t len, ArnewsStemMode mode, bool variants,
				ArnewsStemResult *res)
{
	const Proclitic *best = NULL;
	char		main[ARNEWS_STEM_MAX_BYTES];
	char		key[ARNEWS_STEM_MAX_BYTES];
	size_t		nmain;
	const char *core;
	size_t		ncore;
	size_t		nstem;

	/* clitics ending in the article: certain when three letters remain */
	for (int pi = 0; pi < NPROCLITICS; pi++)
	{
		const Proclitic *pc = &proclitics[pi];

		if (pc->article && has_prefix(w, len, pc->s, pc->nbytes) &&
			len >= (size_t) pc->nbytes + 6 &&
			(best == NULL || pc->nbytes > best->nbytes))
			best = pc;
	}
	if (best)
	{
		memcpy(main, "ال", 4);
		memcpy(main + 4, w + best->nbytes, len - best->nbytes);
		nmain = len - best->nbytes + 4;
		core = w + best->nbytes;
		ncore = len - best->nbytes;
		set_field(res->proclitics, best->label, strlen(best->label));
	}
	else
	{
		memcpy(main, w, len);
		nmain = len;
		core = w;
		ncore = len;
	}
	main[nmain] = '\0';
	set_field(res->stripped, main, nmain);
	nstem = light_suffix(core, ncore);
	set_field(res->stem, core, nstem);

	if (mode == ARNEWS_STEM_ROOT)
	{
		char		root[ARNEWS_STEM_MAX_BYTES];
		size_t		nroot = root_of(core, nstem, root);

		add_lexeme(res, root, nroot);
	}
	else
	{
		/*
		 * After و ف ب ك + article the word itself comes first: فاليتا and
		 * كالينينغراد may be names, not ف + اليتا.
		 */
		if (best && best->cost > 0)
			add_lexeme(res, w, len);
		add_lexeme(res, main, nmain);
		if (!best)
		{
			/* an unlisted name after a conjunction or preposition */
			static const char *const pre[] = {"و", "ف", "ب", "ل", "ك"};

			for (int i = 0; i < 5; i++)
				if (len >= 8 && has_prefix(w, len, pre[i], 2))
				{
					add_lexeme(res, w + 2, len - 2);
					if (len >= 10 && i < 2)
						for (int j = 2; j < 5; j++)
							if (has_prefix(w + 2, len - 2, pre[j], 2))
								add_lexeme(res, w + 4, len - 4);
					break;
				}
		}
		add_lexeme(res, core, nstem);
		/* a dual in ان (المساعدان), kept apart from nouns like امتحان */
		if (nstem == ncore && ncore >= 12 && has_suffix(core, ncore, "ان", 4))
			add_lexeme(res, core, ncore - 4);
		add_pronoun_stem(core, ncore, res);
	}
	if (variants && !(best == NULL && (has_prefix(w, len, "و", 2) ||
									   has_prefix(w, len, "ف", 2))))
	{
		size_t		nkey = variant_key(core, nstem, KEY_MIN_UNKNOWN, key);

		if (nkey > 0)
		{
			set_field(res->variant, key, nkey);
			add_lexeme(res, key, nkey);
		}
	}
}

/*
 * Is w[0..n) a stop word?  ends_at_ta: it ends where the written word ended
 * with ة, so only entries written with ة count (آلية is not إليه).
 */
static bool
stop_entry(const ArnewsStemmer *st, const char *w, size_t n, bool ends_at_ta)
{
	int32_t		id = arnews_wtab_find(st->stop, w, n);

	if (id < 0)
		return false;
	return !ends_at_ta || arnews_wtab_value(st->stop, id) == 1;
}

/* Analyze one normalized word, without the cache */
static void
analyze_word(const ArnewsStemmer *st, const char *word, size_t len,
			 ArnewsStemMode mode, bool variants, unsigned flags,
			 ArnewsStemResult *res)
{
	Cand		raw[MAX_CANDS];
	Cand		cands[MAX_CANDS];
	char		buf[ARNEWS_STEM_MAX_BYTES];
	int			ncand;
	size_t		pos = 0;
	bool		arabic = len > 0 && len <= MAX_WORD_BYTES;
	bool		ta = (flags & ARNEWS_STEM_TA_MARBUTA) != 0;

	res->is_stop = false;
	res->nlexemes = 0;
	res->known = false;
	res->proclitics[0] = res->enclitic[0] = res->stripped[0] = '\0';
	res->stem[0] = res->variant[0] = '\0';

	while (arabic && pos < len)
		arabic = is_arabic_letter(arnews_utf8_next(word, len, &pos));
	if (!arabic)
	{
		/* not a plain Arabic word: whole, unless a listed stop word */
		if (len <= MAX_WORD_BYTES && arnews_wtab_find(st->stop, word, len) >= 0)
			res->is_stop = true;
		else
		{
			add_lexeme(res, word, len);
			set_field(res->stripped, word, len);
			set_field(res->stem, word, len);
		}
		return;
	}
	if (stop_entry(st, word, len, ta))
	{
		res->is_stop = true;
		set_field(res->stripped, word, len);
		return;
	}

	/* fast path: the whole word is a name or a lexicon word */
	if (mode != ARNEWS_STEM_NONE &&
		(arnews_wtab_find(st->names, word, len) >= 0 ||
		 arnews_wtab_find(st->lex, word, len) >= 0))
	{
		memset(&raw[0], 0, sizeof(Cand));
		raw[0].end = (unsigned char) len;
		raw[0].kind = arnews_wtab_find(st->names, word, len) >= 0 ? CAND_NAME : CAND_LEX;
		ncand = 1;
		memcpy(cands, raw, sizeof(Cand));
		goto lookup;
	}
	ncand = collect_cands(word, len, flags, raw);
	sort_cands(raw, ncand, cands);
lookup:
	for (int i = 0; i < ncand; i++)
	{
		const Cand *c = &cands[i];
		size_t		n = cand_string(word, c, buf);
		int32_t		id;

		if (n == 0)
			continue;
		if (c->kind == CAND_STOP)
		{
			/* without a pronoun the core ends where the word ends */
			if (!stop_entry(st, buf, n, ta && c->ec == 0))
				continue;
			set_stages(word, c, res);
			res->is_stop = true;
			return;
		}
		if (mode == ARNEWS_STEM_NONE)
			continue;
		if (c->kind == CAND_NAME || c->kind == CAND_NAME_AL || c->kind == CAND_NAME_ALL)
		{
			char		key[ARNEWS_STEM_MAX_BYTES];
			size_t		nkey;

			if (arnews_wtab_find(st->names, buf, n) < 0)
				continue;
			set_stages(word, c, res);
			set_field(res->stem, buf, n);
			res->known = true;
			add_lexeme(res, buf, n);
			/* الجزيره, سوريه: also the common word they are made of */
			if (n > 8 && has_prefix(buf, n, "ال", 4))
				add_core_lexeme(st, buf + 4, n - 4, res);
			else
				add_core_lexeme(st, buf, n, res);
			/* وجده (Oujda) may also be و + جده (Jeddah): keep both */
			if (c->pc == 0 && c->ec == 0 && n >= 8 &&
				(has_prefix(buf, n, "و", 2) || has_prefix(buf, n, "ف", 2) ||
				 has_prefix(buf, n, "ب", 2) || has_prefix(buf, n, "ل", 2) ||
				 has_prefix(buf, n, "ك", 2)) &&
				arnews_wtab_find(st->names, buf + 2, n - 2) >= 0)
				add_lexeme(res, buf + 2, n - 2);
			if (variants)
			{
				/* the key ignores the article */
				if (n > 8 && has_prefix(buf, n, "ال", 4))
					nkey = variant_key(buf + 4, n - 4, KEY_MIN_NAME, key);
				else
					nkey = variant_key(buf, n, KEY_MIN_NAME, key);
				if (nkey > 0)
				{
					set_field(res->variant, key, nkey);
					add_lexeme(res, key, nkey);
				}
			}
			return;
		}
		if ((id = arnews_wtab_find(st->lex, buf, n)) >= 0)
		{
			size_t		nhead;
			const char *head = arnews_wtab_key(st->lex,
											   arnews_wtab_value(st->lex, id),
											   &nhead);

			set_stages(word, c, res);
			set_field(res->stem, head, nhead);
			res->known = true;
			if (mode == ARNEWS_STEM_ROOT)
			{
				char		root[ARNEWS_STEM_MAX_BYTES];
				size_t		nroot = root_of(head, nhead, root);

				add_lexeme(res, root, nroot);
			}
			else
				add_lexeme(res, head, nhead);
			return;
		}
	}
	if (mode == ARNEWS_STEM_NONE)
	{
		add_lexeme(res, word, len);
		set_field(res->stripped, word, len);
		set_field(res->stem, word, len);
		return;
	}
	analyze_unknown(word, len, mode, variants, res);
}

/* Append a NUL-terminated string to a cache entry; false if it is full */
static inline bool
cache_put_str(CacheEntry *e, const char *s)
{
	size_t		n = strlen(s) + 1;

	if (e->datalen + n > CACHE_DATA)
		return false;
	memcpy(e->data + e->datalen, s, n);
	e->datalen += n;
	return true;
}

/* Copy the next NUL-terminated string of a cache entry into dst */
static inline const char *
cache_get_str(const char *p, char *dst)
{
	size_t		n = strlen(p) + 1;

	memcpy(dst, p, n);
	return p + n;
}

/* The ARNEWS_STEM_* flags of a written word (see stem.h) */
unsigned
arnews_stem_flags_of(const char *word, size_t len)
{
	size_t		pos = len;

	/* the last letter, past harakat, tatweel and invisible marks */
	while (pos > 0)
	{
		size_t		start;
		int32_t		cp = arnews_utf8_prev(word, pos, &start);

		pos = start;
		if (arnews_is_ignorable(cp))
			continue;
		/* ة and its presentation forms */
		return (cp == 0x0629 || cp == 0xFE93 || cp == 0xFE94) ? ARNEWS_STEM_TA_MARBUTA : 0;
	}
	return 0;
}

/* Analyze one normalized word (see stem.h), through the cache */
void
arnews_stem_word(const ArnewsStemmer *st, const char *word, size_t len,
				 ArnewsStemMode mode, bool variants, ArnewsStemResult *res)
{
	arnews_stem_word_flags(st, word, len, mode, variants, 0, res);
}

/* arnews_stem_word() knowing facts of the written word (see stem.h) */
void
arnews_stem_word_flags(const ArnewsStemmer *st, const char *word, size_t len,
					   ArnewsStemMode mode, bool variants, unsigned flags,
					   ArnewsStemResult *res)
{
	uint32_t	h = 2166136261u;
	uint8_t		key = (uint8_t) ((int) mode | (variants ? CACHE_VARIANTS : 0) |
								 ((flags & ARNEWS_STEM_TA_MARBUTA) ? CACHE_TA : 0));
	CacheEntry *e;

	if (len == 0 || len >= CACHE_DATA / 2)
	{
		analyze_word(st, word, len, mode, variants, flags, res);
		return;
	}
	for (size_t i = 0; i < len; i++)
	{
		h ^= (unsigned char) word[i];
		h *= 16777619u;
	}
	h ^= key;
	e = &st->cache[h & (CACHE_SLOTS - 1)];
	if (e->wordlen == len && e->hash == h && (e->flags & CACHE_KEY) == key &&
		memcmp(e->data, word, len) == 0)
	{
		const char *p = e->data + len;

		res->is_stop = (e->flags & CACHE_STOP) != 0;
		res->known = (e->flags & CACHE_KNOWN) != 0;
		res->nlexemes = e->nlexemes;
		for (int i = 0; i < e->nlexemes; i++)
		{
			p = cache_get_str(p, res->lexemes[i]);
			res->nvariant[i] = i + 1;
		}
		p = cache_get_str(p, res->proclitics);
		p = cache_get_str(p, res->enclitic);
		p = cache_get_str(p, res->stripped);
		p = cache_get_str(p, res->stem);
		cache_get_str(p, res->variant);
		return;
	}

	analyze_word(st, word, len, mode, variants, flags, res);

	/* remember it (nvariant is always 1..n, so it is not stored) */
	e->wordlen = 0;
	e->hash = h;
	e->flags = key | (res->is_stop ? CACHE_STOP : 0) | (res->known ? CACHE_KNOWN : 0);
	e->nlexemes = (uint8_t) res->nlexemes;
	memcpy(e->data, word, len);
	e->datalen = (uint16_t) len;
	for (int i = 0; i < res->nlexemes; i++)
		if (!cache_put_str(e, res->lexemes[i]))
			return;
	if (cache_put_str(e, res->proclitics) && cache_put_str(e, res->enclitic) &&
		cache_put_str(e, res->stripped) && cache_put_str(e, res->stem) &&
		cache_put_str(e, res->variant))
		e->wordlen = (uint16_t) len;
}
