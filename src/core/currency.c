/*-------------------------------------------------------------------------
 *
 * currency.c
 *		Currencies for the arnews quantity extractor (contract in
 *		currency.h).
 *
 * Names are a numlex phrase table (normalized, light-stemmed words) whose
 * second field is the ISO code, "?family" for a currency whose country is
 * not said, or "~CODE" / "~" for a minor unit.  Symbols, codes and
 * abbreviations are matched as written from a small sorted table.
 *
 * IDENTIFICATION
 *	  src/core/currency.c
 *
 *-------------------------------------------------------------------------
 */
#include <string.h>

#include "builtin_data.h"
#include "chars.h"
#include "currency.h"
#include "numlex.h"
#include "utf8.h"

ARNEWS_BUILTIN(currencies);
ARNEWS_BUILTIN(currency_signs);
ARNEWS_BUILTIN(currency_countries);

#define CUR_CAP		512
#define CUR_SLOTS	2048
#define SIGN_CAP	128
#define SIGN_MAX	8			/* bytes of a sign */

static ArnewsNumlexEntry cur_entries[CUR_CAP];
static int32_t cur_slots[CUR_SLOTS];
static ArnewsNumlex cur_lex = {cur_entries, CUR_CAP, 0, cur_slots, CUR_SLOTS, true, false};

static ArnewsNumlexEntry country_entries[CUR_CAP];
static int32_t country_slots[CUR_SLOTS];
static ArnewsNumlex country_lex = {country_entries, CUR_CAP, 0, country_slots, CUR_SLOTS, true, false};

/* A sign of builtin_currency_signs.txt */
typedef struct Sign
{
	char		sign[SIGN_MAX];	/* as written; an abbreviation without its
								 * point: "رس" */
	int			len;
	bool		abbrev;			/* letter.letter */
	char		code[8];		/* ISO code, or "~USD" */
} Sign;

static Sign signs[SIGN_CAP];
static int nsigns;
static bool signs_loaded;

/* Parse the sign list once (bad lines are skipped) */
static void
load_signs(void)
{
	const char *p = arnews_builtin_currency_signs;
	const char *end = p + arnews_builtin_currency_signs_len;

	while (p < end && nsigns < SIGN_CAP)
	{
		const char *eol = memchr(p, '\n', end - p);
		const char *tab;
		Sign	   *s = &signs[nsigns];
		size_t		n = 0;

		if (eol == NULL)
			eol = end;
		tab = memchr(p, '\t', eol - p);
		if (*p != '#' && tab && tab > p && (size_t) (eol - tab - 1) < sizeof(s->code))
		{
			memset(s, 0, sizeof(*s));
			for (const char *c = p; c < tab && n < SIGN_MAX - 1; c++)
			{
				if (*c == '.')
					s->abbrev = true;
				else
					s->sign[n++] = *c;
			}
			s->len = (int) n;
			memcpy(s->code, tab + 1, eol - tab - 1);
			if (s->len > 0)
				nsigns++;
		}
		p = eol + 1;
	}
}

/* Load every list once */
static void
ensure_loaded(void)
{
	if (signs_loaded)
		return;
	arnews_numlex_load(&cur_lex, arnews_builtin_currencies, arnews_builtin_currencies_len);
	arnews_numlex_load(&country_lex, arnews_builtin_currency_countries,
					   arnews_builtin_currency_countries_len);
	load_signs();
	signs_loaded = true;
}

/* Find a sign (abbrev or not) of exactly these bytes */
static const Sign *
find_sign(const char *s, int len, bool abbrev)
{
	for (int i = 0; i < nsigns; i++)
		if (signs[i].abbrev == abbrev && signs[i].len == len &&
			memcmp(signs[i].sign, s, len) == 0)
			return &signs[i];
	return NULL;
}

/* Fill cur from a code field: ISO, "?family" or "~CODE" */
static void
set_code(ArnewsCurrency *cur, const char *field, int minor)
{
	cur->code = NULL;
	cur->family = NULL;
	cur->minor = 0;
	if (field[0] == '?')
		cur->family = field + 1;
	else if (field[0] == '~')
	{
		/* ~USD: a minor unit of USD; ~?pound: of the pound family; ~ */
		if (field[1] == '?')
			cur->family = field + 2;
		else
			cur->code = field[1] ? field + 1 : NULL;
		cur->minor = minor ? minor : -1;
	}
	else if (strcmp(field, "-") != 0)
		cur->code = field;
}

/* True for a letter or digit of any script */
static inline bool
is_alnum_cp(int32_t cp)
{
	ArnewsCharClass cc;

	if (cp <= 0)
		return false;
	cc = arnews_char_class(cp);
	return cc == ARNEWS_CC_ARABIC || cc == ARNEWS_CC_ASCII_LETTER ||
		cc == ARNEWS_CC_LETTER || cc == ARNEWS_CC_DIGIT;
}

/* A symbol (one code point, or US$) at pos */
static const Sign *
symbol_at(const char *text, size_t len, size_t pos, size_t *end)
{
	size_t		q;
	int32_t		cp = arnews_utf8_at(text, len, pos, &q);
	const Sign *s;

	if (cp == 'U' && q + 2 <= len && memcmp(text + pos, "US$", 3) == 0)
	{
		*end = pos + 3;
		return find_sign("US$", 3, false);
	}
	if (cp < 0x24 || (cp >= 0x30 && cp < 0xA2) || is_alnum_cp(cp))
		return NULL;
	s = find_sign(text + pos, (int) (q - pos), false);
	if (s)
		*end = q;
	return s;
}

/* An ISO code (three capitals, not glued to a letter) at pos */
static const Sign *
iso_at(const char *text, size_t len, size_t pos, size_t *end)
{
	const Sign *s;

	if (len - pos < 3)
		return NULL;
	for (int i = 0; i < 3; i++)
		if (text[pos + i] < 'A' || text[pos + i] > 'Z')
			return NULL;
	if (is_alnum_cp(arnews_utf8_at(text, len, pos + 3, NULL)))
		return NULL;
	s = find_sign(text + pos, 3, false);
	if (s)
		*end = pos + 3;
	return s;
}

/* An abbreviation (ر.س، د. ك، ج.م.) at pos */
static const Sign *
abbrev_at(const char *text, size_t len, size_t pos, size_t *end)
{
	char		key[SIGN_MAX];
	size_t		q;
	size_t		p;
	int32_t		a = arnews_utf8_at(text, len, pos, &q);
	int32_t		b;
	const Sign *s;

	if (arnews_char_class(a) != ARNEWS_CC_ARABIC || q - pos != 2)
		return NULL;
	p = arnews_numlex_skip_blank(text, len, q);
	if (arnews_utf8_at(text, len, p, &p) != '.')
		return NULL;
	p = arnews_numlex_skip_blank(text, len, p);
	b = arnews_utf8_at(text, len, p, &q);
	if (arnews_char_class(b) != ARNEWS_CC_ARABIC || q - p != 2 ||
		is_alnum_cp(arnews_utf8_at(text, len, q, NULL)))
		return NULL;
	memcpy(key, text + pos, 2);
	memcpy(key + 2, text + p, 2);
	s = find_sign(key, 4, true);
	if (s == NULL)
		return NULL;
	/* a closing point that does not end the sentence: ج.م. */
	if (arnews_utf8_at(text, len, q, &p) == '.' && p < len)
	{
		size_t		after = arnews_numlex_skip_blank(text, len, p);

		if (is_alnum_cp(arnews_utf8_at(text, len, after, NULL)))
			q = p;
	}
	*end = q;
	return s;
}

bool
arnews_currency_at(const char *text, size_t len, size_t pos, bool words_only,
				   ArnewsCurrency *cur)
{
	const ArnewsNumlexEntry *e;
	const Sign *s = NULL;
	size_t		end;

	if (text == NULL || pos >= len)
		return false;
	ensure_loaded();
	memset(cur, 0, sizeof(*cur));
	e = arnews_numlex_match(&cur_lex, text, len, pos, &end);
	if (e)
	{
		set_code(cur, e->tag, (int) e->value);
		cur->end = end;
		return true;
	}
	if (words_only)
		return false;
	if ((s = symbol_at(text, len, pos, &end)) == NULL &&
		(s = iso_at(text, len, pos, &end)) == NULL &&
		(s = abbrev_at(text, len, pos, &end)) == NULL)
		return false;
	set_code(cur, s->code, 100);
	cur->end = end;
	return true;
}

bool
arnews_currency_before(const char *text, size_t len, size_t pos,
					   ArnewsCurrency *cur, size_t *num)
{
	const Sign *s;
	size_t		end;
	size_t		q;
	int32_t		cp;

	if (text == NULL || pos >= len)
		return false;
	ensure_loaded();
	if ((s = symbol_at(text, len, pos, &end)) == NULL &&
		(s = iso_at(text, len, pos, &end)) == NULL)
		return false;
	if (s->code[0] == '~')
		return false;			/* ¢ follows its figure */
	q = end;
	cp = arnews_utf8_at(text, len, q, NULL);
	if (cp == ' ' || cp == 0x00A0)
		q = arnews_numlex_skip_blank(text, len, q);
	if (q > end + 2 || arnews_digit_value(arnews_utf8_at(text, len, q, NULL)) < 0)
		return false;
	memset(cur, 0, sizeof(*cur));
	set_code(cur, s->code, 100);
	cur->end = end;
	*num = q;
	return true;
}

int
arnews_currency_minor_ratio(const char *code, int minor)
{
	static const char *const three[] = {"BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"};

	if (minor > 0)
		return minor;
	if (code)
		for (size_t i = 0; i < sizeof(three) / sizeof(three[0]); i++)
			if (strcmp(code, three[i]) == 0)
				return 1000;
	return 100;
}

/* A country word of the family at the word w (one proclitic allowed) */
static const ArnewsNumlexEntry *
country_word(const char *text, size_t len, const ArnewsNumWord *w, size_t *end)
{
	const ArnewsNumlexEntry *e = arnews_numlex_get(&country_lex, w->norm, w->len);

	if (e && e->is_prefix)
	{
		const ArnewsNumlexEntry *l = arnews_numlex_match(&country_lex, text, len, w->start, end);

		if (l)
			return l;
	}
	if (e && e->is_entry)
	{
		*end = w->end;
		return e;
	}
	if (w->len >= 8 && (memcmp(w->norm, "و", 2) == 0 || memcmp(w->norm, "ب", 2) == 0 ||
						memcmp(w->norm, "ل", 2) == 0 || memcmp(w->norm, "ف", 2) == 0))
	{
		char		rest[ARNEWS_NUMLEX_FORM_MAX];
		int			rlen = w->len - 2;

		memcpy(rest, w->norm + 2, rlen);
		arnews_numlex_stem(rest, &rlen);
		e = arnews_numlex_get(&country_lex, rest, rlen);
		if (e && e->is_entry)
		{
			*end = w->end;
			return e;
		}
	}
	return NULL;
}

const char *
arnews_currency_resolve(const char *text, size_t len, const char *family)
{
	const char *found = NULL;
	size_t		p = 0;

	if (text == NULL || family == NULL)
		return NULL;
	ensure_loaded();
	while (p < len)
	{
		size_t		q;
		int32_t		cp = arnews_utf8_at(text, len, p, &q);
		const ArnewsNumlexEntry *e;
		const ArnewsNumlexEntry *f;
		const char *code = NULL;
		ArnewsNumWord w;
		size_t		end = 0;

		if (cp < 0x0600 || arnews_char_class(cp) != ARNEWS_CC_ARABIC || cp == 0x0640 ||
			!arnews_numlex_read_word(text, len, p, true, &w) || w.len <= 0)
		{
			p = q;
			continue;
		}
		/* a country word of the family, or the family's qualified name */
		if ((e = country_word(text, len, &w, &end)) != NULL)
		{
			if (strcmp(e->tag, family) == 0)
				code = e->tag2;
		}
		else if ((f = arnews_numlex_get(&cur_lex, w.norm, w.len)) != NULL &&
				 f->tag[0] == '?' && strcmp(f->tag + 1, family) == 0 &&
				 (e = arnews_numlex_match(&cur_lex, text, len, p, &end)) != NULL &&
				 e->tag[0] != '?' && e->tag[0] != '~')
			code = e->tag;		/* دينار كويتي names KWD */
		if (code && code[0])
		{
			if (found && strcmp(found, code) != 0)
				return NULL;	/* two countries: cannot tell */
			found = code;
		}
		p = end > w.end ? end : w.end;
		if (p <= w.start)
			p = q;
	}
	return found;
}
