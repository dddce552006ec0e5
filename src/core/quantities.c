/*-------------------------------------------------------------------------
 *
 * quantities.c
 *		The arnews quantity extractor (contract in quantities.h).
 *
 * One left-to-right pass over the text.  At each token the number engine
 * is asked for the longest number (approximators, one or two proclitics,
 * ordinals); guards then drop numbers that belong to dates, times, names
 * and durations, and the words after the number decide the kind: % and
 * the percent words, a currency (longest phrase: دولار كندي before دولار)
 * or a unit / counted noun.  The context words, currencies and units are
 * compiled-in lists (data/builtin_quantity_context.txt,
 * builtin_currencies.txt, builtin_units.txt) parsed once into static
 * tables.
 *
 * IDENTIFICATION
 *	  src/core/quantities.c
 *
 *-------------------------------------------------------------------------
 */
#include <string.h>

#include "alloc.h"
#include "builtin_data.h"
#include "chars.h"
#include "currency.h"
#include "numlex.h"
#include "quantities.h"
#include "utf8.h"

ARNEWS_BUILTIN(units);
ARNEWS_BUILTIN(quantity_context);

#define LEX_CAP		512
#define LEX_SLOTS	2048

/* classes of the context list */
typedef enum
{
	C_NONE = 0,
	C_MONTH,
	C_YEAR,
	C_ERA,
	C_TIME,
	C_CLOCK,
	C_NAME,
	C_PEOPLE
} CtxClass;

static ArnewsNumlexEntry unit_entries[LEX_CAP];
static int32_t unit_slots[LEX_SLOTS];
static ArnewsNumlex unit_lex = {unit_entries, LEX_CAP, 0, unit_slots, LEX_SLOTS, true, false};

static ArnewsNumlexEntry ctx_entries[LEX_CAP];
static int32_t ctx_slots[LEX_SLOTS];
static unsigned char ctx_class[LEX_CAP];
static ArnewsNumlex ctx_lex = {ctx_entries, LEX_CAP, 0, ctx_slots, LEX_SLOTS, true, false};

#define NUM_OPTIONS (ARNEWS_NUMO_APPROX | ARNEWS_NUMO_ORDINALS | \
					 ARNEWS_NUMO_CLITIC | ARNEWS_NUMO_CLITIC2 | ARNEWS_NUMO_SIGN)

const char *
arnews_quantity_kind_name(ArnewsQuantityKind kind)
{
	switch (kind)
	{
		case ARNEWS_QK_NUMBER:
			return "number";
		case ARNEWS_QK_ORDINAL:
			return "ordinal";
		case ARNEWS_QK_MONEY:
			return "money";
		case ARNEWS_QK_PERCENT:
			return "percent";
		case ARNEWS_QK_QUANTITY:
			return "quantity";
	}
	return "number";
}

/* Load the three lists once */
static void
ensure_loaded(void)
{
	static const struct
	{
		const char *tag;
		CtxClass	cls;
	}			map[] = {
		{"month", C_MONTH}, {"year", C_YEAR}, {"era", C_ERA}, {"time", C_TIME},
		{"clock", C_CLOCK}, {"name", C_NAME}, {"people", C_PEOPLE},
	};

	if (ctx_lex.loaded)
		return;
	arnews_numlex_load(&unit_lex, arnews_builtin_units, arnews_builtin_units_len);
	arnews_numlex_load(&ctx_lex, arnews_builtin_quantity_context,
					   arnews_builtin_quantity_context_len);
	for (int i = 0; i < ctx_lex.n; i++)
	{
		ctx_class[i] = C_NONE;
		if (!ctx_entries[i].is_entry)
			continue;
		for (size_t j = 0; j < sizeof(map) / sizeof(map[0]); j++)
			if (strcmp(map[j].tag, ctx_entries[i].tag) == 0)
				ctx_class[i] = (unsigned char) map[j].cls;
	}
}

/* Code point just before pos (0 at the start) */
static inline int32_t
cp_before(const char *text, size_t pos, size_t *start)
{
	size_t		s = 0;
	int32_t		cp;

	if (pos == 0)
	{
		if (start)
			*start = 0;
		return 0;
	}
	cp = arnews_utf8_prev(text, pos, &s);
	if (start)
		*start = s;
	return cp;
}

/* True for a digit of any script */
static inline bool
is_digit_cp(int32_t cp)
{
	return cp > 0 && arnews_digit_value(cp) >= 0;
}

/* True for a letter of any script */
static inline bool
is_letter_cp(int32_t cp)
{
	ArnewsCharClass cc;

	if (cp <= 0)
		return false;
	cc = arnews_char_class(cp);
	return cc == ARNEWS_CC_ARABIC || cc == ARNEWS_CC_ASCII_LETTER || cc == ARNEWS_CC_LETTER;
}

/* True for a proclitic letter و ب ل ف ك */
static inline bool
is_clitic_cp(int32_t cp)
{
	return cp == 0x0648 || cp == 0x0628 || cp == 0x0644 || cp == 0x0641 || cp == 0x0643;
}

/* End of the Arabic word at pos (letters, marks, tatweel, format chars) */
static size_t
arabic_word_end(const char *text, size_t len, size_t pos)
{
	while (pos < len)
	{
		size_t		q;
		int32_t		cp = arnews_utf8_at(text, len, pos, &q);
		ArnewsCharClass cc = arnews_char_class(cp);

		if (cp < 0x80 || (cc != ARNEWS_CC_ARABIC && cc != ARNEWS_CC_MARK &&
						  cc != ARNEWS_CC_FORMAT))
			break;
		pos = q;
	}
	return pos;
}

/* End of a run of letters, digits and inner hyphens (G20, COVID-19) */
static size_t
alnum_run_end(const char *text, size_t len, size_t pos)
{
	while (pos < len)
	{
		size_t		q;
		int32_t		cp = arnews_utf8_at(text, len, pos, &q);

		if (is_letter_cp(cp) || is_digit_cp(cp) ||
			arnews_char_class(cp) == ARNEWS_CC_MARK)
			pos = q;
		else if ((cp == '-' || cp == '_') && (is_digit_cp(arnews_utf8_at(text, len, q, NULL)) ||
											  is_letter_cp(arnews_utf8_at(text, len, q, NULL))))
			pos = q;
		else
			break;
	}
	return pos;
}

/* End of a run of digits and date/time/phone separators */
static size_t
digit_run_end(const char *text, size_t len, size_t pos)
{
	while (pos < len)
	{
		size_t		q;
		int32_t		cp = arnews_utf8_at(text, len, pos, &q);

		if (is_digit_cp(cp) || is_letter_cp(cp))
			pos = q;
		else if ((cp == ':' || cp == '/' || cp == '-' || cp == '.' || cp == ',' ||
				  cp == 0x066B || cp == 0x066C) && is_digit_cp(arnews_utf8_at(text, len, q, NULL)))
			pos = q;
		else
			break;
	}
	return pos;
}

/* Context class of the phrase at pos (one proclitic allowed) */
static CtxClass
ctx_at(const char *text, size_t len, size_t pos, size_t *end)
{
	const ArnewsNumlexEntry *e = arnews_numlex_match(&ctx_lex, text, len, pos, end);
	size_t		q;
	int32_t		cp;

	if (e == NULL)
	{
		ArnewsNumWord w;

		cp = arnews_utf8_at(text, len, pos, &q);
		if (!is_clitic_cp(cp) || q >= len ||
			!arnews_numlex_read_word(text, len, q, false, &w) || w.len < 6)
			return C_NONE;
		e = arnews_numlex_match(&ctx_lex, text, len, q, end);
		if (e == NULL)
			return C_NONE;
	}
	return (CtxClass) ctx_class[e - ctx_entries];
}

/* True if a sentence ends at cp */
static inline bool
is_sentence_end(int32_t cp)
{
	return cp == '.' || cp == '!' || cp == '?' || cp == 0x061F || cp == '\n' ||
		cp == 0x061B || cp == ';' || cp == ':' || cp == '\r';
}

/* True if the word at pos is the preposition من; sets *after past blanks */
static bool
word_min(const char *text, size_t len, size_t pos, size_t *after)
{
	ArnewsNumWord w;

	if (!arnews_numlex_read_word(text, len, pos, false, &w) || w.len != 4 ||
		memcmp(w.norm, "من", 4) != 0)
		return false;
	*after = arnews_numlex_skip_blank(text, len, w.end);
	return *after > w.end;
}

/* True if a signed (-3.5) or point-first (.45) number may start at pos */
static bool
sign_start_ok(const char *text, size_t len, size_t pos, int32_t cp)
{
	size_t		q;
	size_t		b;
	int32_t		before;

	arnews_utf8_at(text, len, pos, &q);
	if (!is_digit_cp(arnews_utf8_at(text, len, q, NULL)))
		return false;
	before = cp_before(text, pos, &b);
	if (before != 0 && arnews_char_class(before) != ARNEWS_CC_SPACE &&
		before != '(' && before != '[' && before != 0x00AB && before != '"')
		return false;
	/* the previous figure of 30 -40، 2019 -2020 is a range, not a sign */
	while (b > 0 && arnews_char_class(before) == ARNEWS_CC_SPACE)
		before = cp_before(text, b, &b);
	if (is_digit_cp(before) || before == '-' || before == '.' || before == ',')
		return false;
	return cp == '-' || cp == 0x2212 || cp == '.' || cp == 0x066B;
}

/*
 * The article of an ordinal written in digits at pos: الـ11، ال 11، والـ11.
 * Sets *article to the article (after a proclitic), *digits to the first
 * digit.
 */
static bool
article_digits(const char *text, size_t len, size_t pos, size_t *article,
			   size_t *digits)
{
	size_t		p = pos;

	/* one proclitic: والـ11، بالـ11 */
	if (len - p >= 7 && is_clitic_cp(arnews_utf8_at(text, len, p, NULL)) &&
		memcmp(text + p + 2, "ال", 4) == 0)
		p += 2;
	if (len - p < 5 || memcmp(text + p, "ال", 4) != 0)
		return false;
	*article = p;
	p += 4;
	while (p + 1 < len && memcmp(text + p, "ـ", 2) == 0)
		p += 2;
	if (p < len && text[p] == ' ')
		p++;
	if (!is_digit_cp(arnews_utf8_at(text, len, p, NULL)))
		return false;
	*digits = p;
	return true;
}

/*
 * True if the word before an article + digits at pos is the singular head
 * of an ordinal: الدورة الـ11، دورته الـ71، المركز الـ12، الذكرى الـ75.
 * After a plural or anything else it is a cardinal: القتلى الـ199، الدول
 * الـ27، عمر يناهز الـ38.
 */
static bool
ordinal_head_before(const char *text, size_t pos)
{
	static const char *const heads[] = {
		"ذكري", "مركز", "موسم", "مؤتمر", "عيد", "قرن", "اجتماع", "منتدي",
		"مهرجان", "معرض", "سباق", "دوري", "مستوي", "ترتيب", "تصنيف", "اسبوع"
	};
	ArnewsNumWord w;
	size_t		p = pos;
	size_t		s = pos;
	int32_t		cp;

	/* back over blanks, then to the start of the previous word */
	while (p > 0 && ((cp = cp_before(text, p, &s)) == ' ' || cp == 0x00A0))
		p = s;
	while (p > 0)
	{
		cp = cp_before(text, p, &s);
		if (cp < 0x80 || (arnews_char_class(cp) != ARNEWS_CC_ARABIC &&
						  arnews_char_class(cp) != ARNEWS_CC_MARK))
			break;
		p = s;
	}
	if (p == pos || !arnews_numlex_read_word(text, pos, p, false, &w) || w.len < 6)
		return false;
	if (memcmp(w.norm + w.len - 2, "ه", 2) == 0)
		return true;			/* ة (normalized ه) or a possessive ـه */
	if (memcmp(w.norm, "ال", 4) == 0)
	{
		memmove(w.norm, w.norm + 4, w.len - 4);
		w.len -= 4;
	}
	else if (w.len >= 8 && memcmp(w.norm + 2, "ال", 4) == 0 &&
			 is_clitic_cp(arnews_utf8_at(w.norm, w.len, 0, NULL)))
	{
		memmove(w.norm, w.norm + 6, w.len - 6);
		w.len -= 6;
	}
	for (size_t i = 0; i < sizeof(heads) / sizeof(heads[0]); i++)
		if ((size_t) w.len == strlen(heads[i]) && memcmp(w.norm, heads[i], w.len) == 0)
			return true;
	return false;
}

/* Append one result */
static void
push(ArnewsQuantity **arr, size_t *n, size_t *cap, const ArnewsQuantity *q)
{
	if (*n >= *cap)
	{
		*cap = *cap ? *cap * 2 : 16;
		*arr = *arr ? arnews_realloc(*arr, *cap * sizeof(ArnewsQuantity)) :
			arnews_alloc(*cap * sizeof(ArnewsQuantity));
	}
	(*arr)[(*n)++] = *q;
}

/*
 * Make res a money amount in cur: a minor unit alone (50 سنتاً = 0.50 USD)
 * is converted to the main unit, and a main unit takes the minor units
 * joined to it (15 دولاراً و60 سنتاً = 15.60 USD).
 */
static void
set_money(const char *text, size_t len, ArnewsQuantity *res, const ArnewsCurrency *cur)
{
	res->kind = ARNEWS_QK_MONEY;
	res->unit = cur->code;
	res->family = cur->family;
	if (cur->minor != 0)
	{
		res->num.value /= arnews_currency_minor_ratio(cur->code, cur->minor);
		res->num.flags &= ~ARNEWS_NUMF_EXACT_DIGITS;
		return;
	}
	if (res->num.flags & (ARNEWS_NUMF_SCALE | ARNEWS_NUMF_VAGUE | ARNEWS_NUMF_APPROX))
		return;
	{
		size_t		p = arnews_numlex_skip_blank(text, len, res->end);
		size_t		q;
		ArnewsNumber m;
		ArnewsCurrency minor;

		if (p == res->end || arnews_utf8_at(text, len, p, &q) != 0x0648)
			return;
		if (arnews_utf8_at(text, len, q, NULL) == ' ')
			q = arnews_numlex_skip_blank(text, len, q);
		if (!arnews_number_at(text, len, q, 0, &m) || m.value <= 0 ||
			(m.flags & (ARNEWS_NUMF_SCALE | ARNEWS_NUMF_DECIMAL | ARNEWS_NUMF_VAGUE)))
			return;
		p = arnews_numlex_skip_blank(text, len, m.end);
		if (!arnews_currency_at(text, len, p, true, &minor) || minor.minor == 0 ||
			(minor.code && cur->code && strcmp(minor.code, cur->code) != 0 &&
			 strcmp(minor.code, "USD") != 0))
			return;
		{
			int			ratio = arnews_currency_minor_ratio(cur->code, minor.minor);

			if (m.value >= ratio)
				return;
			res->num.value += m.value / ratio;
			res->num.flags &= ~ARNEWS_NUMF_EXACT_DIGITS;
			res->num.flags |= ARNEWS_NUMF_DECIMAL;
			res->num.end = minor.end;
			res->end = minor.end;
			if (cur->code == NULL && minor.code && strcmp(minor.code, "USD") != 0)
				res->unit = minor.code;	/* ريالات و50 هللة: SAR */
		}
	}
}

/* What classify knows about the place of a number */
typedef struct ClassifyCtx
{
	size_t		tok;			/* where the token starts */
	const ArnewsCurrency *pre;	/* a currency sign before it ($ 25), or NULL */
	bool		article;		/* digits after the article: الـ11 */
	bool		range_end;		/* the second figure of 30-40: the dash
								 * before it is no date separator */
	CtxClass	prev;			/* context word just before it */
	int			people_dist;	/* words since a people noun */
} ClassifyCtx;

/*
 * Look at what follows the number n (and precedes it) and fill *res.
 * Returns false when the number is not a quantity; *skip is then where
 * scanning resumes.
 */
static bool
classify(const char *text, size_t len, const ClassifyCtx *cx, const ArnewsNumber *n,
		 ArnewsQuantity *res, size_t *skip)
{
	size_t		tok = cx->tok;
	const ArnewsCurrency *pre = cx->pre;
	bool		article = cx->article;
	CtxClass	prev = cx->prev;
	int			people_dist = cx->people_dist;
	bool		first_digits = (n->flags & ARNEWS_NUMF_DIGITS) && n->digits_end > n->digits_start;
	size_t		q;
	size_t		e;
	int32_t		cp;
	const ArnewsNumlexEntry *ent;
	ArnewsCurrency cur;
	CtxClass	next;

	*skip = n->end;
	memset(res, 0, sizeof(*res));
	res->num = *n;
	res->start = pre ? tok : n->start;
	res->end = n->end;
	res->approximate = (n->flags & (ARNEWS_NUMF_APPROX | ARNEWS_NUMF_VAGUE)) != 0;

	/* digits glued to letters, date/time/phone separators */
	if (first_digits)
	{
		size_t		bs;
		int32_t		b = cp_before(text, n->digits_start, &bs);
		int32_t		a = arnews_utf8_at(text, len, n->digits_end, &q);
		int32_t		a2 = arnews_utf8_at(text, len, q, NULL);

		if (n->flags & ARNEWS_NUMF_NEGATIVE)
			b = cp_before(text, n->start, &bs);
		if (cx->range_end && (b == '-' || b == 0x2013 || b == 0x0648))
			b = ' ';			/* 30-40، بين 5 و10 */
		if ((n->digits_start == tok && !pre && is_letter_cp(b)) ||
			b == '-' || b == '+' || b == '/' || b == ':' || b == '_' ||
			(b == '.' && is_digit_cp(cp_before(text, bs, NULL))))
		{
			*skip = digit_run_end(text, len, n->digits_end);
			return false;
		}
		if (((a == ':' || a == '/' || a == '-' || a == '.') && is_digit_cp(a2)) ||
			(is_letter_cp(a) && arnews_char_class(a) != ARNEWS_CC_ARABIC))
		{
			*skip = digit_run_end(text, len, n->digits_end);
			return false;
		}
		/* a long number with a leading zero is a phone number */
		if (arnews_utf8_at(text, len, n->digits_start, NULL) == '0' &&
			n->digits_end - n->digits_start >= 7 && !(n->flags & ARNEWS_NUMF_DECIMAL))
			return false;
	}
	if (prev == C_MONTH || prev == C_YEAR || prev == C_CLOCK || prev == C_NAME ||
		prev == C_TIME)
		return false;

	q = arnews_numlex_skip_blank(text, len, n->end);
	cp = arnews_utf8_at(text, len, q, &e);

	/* what follows: a date, a duration, an era */
	if (arnews_char_class(cp) == ARNEWS_CC_ARABIC)
	{
		size_t		r = q;
		size_t		cend;

		if (word_min(text, len, q, &r) && ((n->flags & ARNEWS_NUMF_ORDINAL) || article))
			;					/* الخامس عشر من فبراير، الـ8 من الشهر */
		else
			r = q;
		next = ctx_at(text, len, r, &cend);
		if (next == C_MONTH || next == C_ERA || (article && next == C_TIME))
		{
			*skip = cend;
			return false;
		}
		if ((next == C_TIME || next == C_YEAR) && r == q)
		{
			*skip = cend;
			return false;
		}
		/* 23 و24 يناير */
		if (first_digits)
		{
			ArnewsNumWord w;

			if (arnews_numlex_read_word(text, len, q, false, &w) && w.len == 2 &&
				memcmp(w.norm, "و", 2) == 0)
			{
				size_t		d = arnews_numlex_skip_blank(text, len, w.end);

				if (is_digit_cp(arnews_utf8_at(text, len, d, NULL)))
				{
					size_t		de = digit_run_end(text, len, d);
					size_t		m = arnews_numlex_skip_blank(text, len, de);

					if (ctx_at(text, len, m, &cend) == C_MONTH)
					{
						*skip = cend;
						return false;
					}
				}
			}
		}
	}

	if (n->flags & ARNEWS_NUMF_ORDINAL)
	{
		res->kind = ARNEWS_QK_ORDINAL;
		return true;
	}

	/* percent sign */
	if (cp == '%' || cp == 0x066A)
	{
		res->kind = ARNEWS_QK_PERCENT;
		res->unit = "%";
		res->end = e;
		return true;
	}
	/* a currency: after the figure, or its sign before it ($ 25) */
	if (pre)
	{
		set_money(text, len, res, pre);
		return true;
	}
	if (arnews_currency_at(text, len, q, false, &cur))
	{
		res->end = cur.end;
		set_money(text, len, res, &cur);
		return true;
	}
	if (arnews_char_class(cp) == ARNEWS_CC_ARABIC)
	{
		size_t		uend;
		size_t		r = q;

		ent = arnews_numlex_match(&unit_lex, text, len, q, &uend);
		if (ent == NULL && (n->flags & (ARNEWS_NUMF_VAGUE | ARNEWS_NUMF_SCALE)) &&
			word_min(text, len, q, &r))
		{
			ent = arnews_numlex_match(&unit_lex, text, len, r, &uend);
			if (ent == NULL && arnews_currency_at(text, len, r, true, &cur))
			{
				res->end = cur.end;
				set_money(text, len, res, &cur);
				return true;
			}
		}
		if (ent)
		{
			bool		pct = strcmp(ent->tag, "%") == 0 || strcmp(ent->tag, "pp") == 0;

			res->kind = pct ? ARNEWS_QK_PERCENT : ARNEWS_QK_QUANTITY;
			res->unit = ent->tag;
			res->end = uend;
			return true;
		}
	}

	/* a bare number */
	if (n->flags & ARNEWS_NUMF_WEAK)
		return false;			/* متين، مية alone: solid, water */
	if (first_digits && !(n->flags & (ARNEWS_NUMF_SCALE | ARNEWS_NUMF_APPROX |
									  ARNEWS_NUMF_DECIMAL | ARNEWS_NUMF_WORDS)) &&
		arnews_utf8_count(text + n->digits_start, n->digits_end - n->digits_start) == 4 &&
		n->end == n->digits_end &&
		n->value >= 1800 && n->value <= 2100)
		return false;			/* a year */
	if ((n->flags & ARNEWS_NUMF_FRACTION) && !(n->flags & ARNEWS_NUMF_SCALE) &&
		n->value < 1 && memchr(text + n->start, ' ', n->end - n->start) == NULL)
		return false;			/* a lone نصف، ربع: not a figure */
	res->kind = ARNEWS_QK_NUMBER;
	if (people_dist <= 4 && n->value >= 2 &&
		((n->flags & (ARNEWS_NUMF_VAGUE | ARNEWS_NUMF_SCALE)) ||
		 cp == 0 || is_sentence_end(cp) || cp == ',' || cp == 0x060C))
	{
		res->kind = ARNEWS_QK_QUANTITY;
		res->unit = "person";
	}
	return true;
}

/*
 * Give an unqualified currency (ليرة، جنيه، دينار ...) the one code of its
 * family that the text points to (see arnews_currency_resolve).
 */
static void
resolve_families(const char *text, size_t len, ArnewsQuantity *arr, size_t n)
{
	const char *done[8];
	const char *codes[8];
	int			ndone = 0;

	for (size_t i = 0; i < n; i++)
	{
		const char *code = NULL;
		int			j;

		if (arr[i].kind != ARNEWS_QK_MONEY || arr[i].unit || arr[i].family == NULL)
			continue;
		for (j = 0; j < ndone; j++)
			if (strcmp(done[j], arr[i].family) == 0)
				break;
		if (j < ndone)
			code = codes[j];
		else
		{
			code = arnews_currency_resolve(text, len, arr[i].family);
			if (ndone < 8)
			{
				done[ndone] = arr[i].family;
				codes[ndone++] = code;
			}
		}
		arr[i].unit = code;
	}
}

/* Bound phrases after a quantity: 5 دولارات على الأقل */
static const struct
{
	const char *form;			/* normalized words */
	const char *bound;
}			bounds_after[] = {
	{"علي الاقل", "at_least"}, {"كحد ادني", "at_least"}, {"فاكثر", "at_least"},
	{"فما فوق", "at_least"}, {"او اكثر", "at_least"}, {"علي الاكثر", "at_most"},
	{"كحد اقصي", "at_most"}, {"فاقل", "at_most"}, {"فما دون", "at_most"},
	{"او اقل", "at_most"},
};

/*
 * The bound of res: from its approximator (أكثر من over, أقل من / تحت under,
 * لا يقل عن at_least, لا يزيد عن at_most) or from a phrase after it (على
 * الأقل، كحد أقصى، فأكثر), which joins the span when it ends before limit.
 */
static void
set_bound(const char *text, size_t len, size_t limit, ArnewsQuantity *res)
{
	static const char *const by_dir[] = {"at_most", "under", NULL, "over", "at_least"};
	char		key[2 * ARNEWS_NUMLEX_FORM_MAX];
	size_t		p;
	int			klen = 0;

	if (res->bound || res->kind == ARNEWS_QK_ORDINAL)
		return;
	if ((res->num.flags & ARNEWS_NUMF_APPROX) && res->num.approx_dir >= -2 &&
		res->num.approx_dir <= 2)
		res->bound = by_dir[res->num.approx_dir + 2];
	if (res->bound)
		return;
	p = arnews_numlex_skip_blank(text, len, res->end);
	for (int nw = 0; nw < 2; nw++)
	{
		ArnewsNumWord w;

		if (!arnews_numlex_read_word(text, len, p, false, &w) || w.len <= 0 ||
			klen + w.len + 1 >= (int) sizeof(key))
			return;
		if (nw > 0)
			key[klen++] = ' ';
		memcpy(key + klen, w.norm, w.len);
		klen += w.len;
		for (size_t i = 0; i < sizeof(bounds_after) / sizeof(bounds_after[0]); i++)
			if ((size_t) klen == strlen(bounds_after[i].form) &&
				memcmp(key, bounds_after[i].form, klen) == 0)
			{
				if (w.end > limit)
					return;
				res->bound = bounds_after[i].bound;
				res->approximate = true;
				res->end = w.end;
				return;
			}
		p = arnews_numlex_skip_blank(text, len, w.end);
		if (p == w.end)
			return;
	}
}

/* End of the next exclusion span's start after ei (len when none) */
static size_t
exclusion_limit(const ArnewsQuantityOptions *opts, size_t ei, size_t len)
{
	if (opts && ei < opts->nexclude && opts->exclude[ei].start < len)
		return opts->exclude[ei].start;
	return len;
}

/*
 * Join two figures into a range: n1 (bare, or with the unit of r2 when
 * both_units) and r2, the classified second figure.  A scale said once
 * applies to both (بين 3 و5 ملايين = 3,000,000-5,000,000).
 */
static bool
make_range(const ArnewsNumber *n1, const ArnewsQuantity *r1, const ArnewsQuantity *r2,
		   size_t start, ArnewsQuantity *res)
{
	ArnewsNumber lo = *n1;

	if (r2->kind != ARNEWS_QK_MONEY && r2->kind != ARNEWS_QK_PERCENT &&
		r2->kind != ARNEWS_QK_QUANTITY)
		return false;
	if (r1 && r1->kind != ARNEWS_QK_NUMBER &&
		(r1->kind != r2->kind ||
		 (r1->unit == NULL) != (r2->unit == NULL) ||
		 (r1->unit && strcmp(r1->unit, r2->unit) != 0)))
		return false;
	if (r1 && r1->kind != ARNEWS_QK_NUMBER)
		lo = r1->num;			/* 5 سنتات: the converted value */
	else if (!(lo.flags & ARNEWS_NUMF_SCALE) && (r2->num.flags & ARNEWS_NUMF_SCALE) &&
			 r2->kind != ARNEWS_QK_PERCENT)
	{
		double		scale = 1;

		while (scale * 1000 <= r2->num.value && scale < 1e15)
			scale *= 1000;
		if (scale > 1 && lo.value * scale <= r2->num.value)
		{
			lo.value *= scale;
			lo.flags &= ~ARNEWS_NUMF_EXACT_DIGITS;
			lo.flags |= ARNEWS_NUMF_SCALE;
		}
	}
	if (!(lo.value < r2->num.value))
		return false;
	*res = *r2;
	res->start = start;
	res->num = lo;
	res->num_max = r2->num;
	res->has_max = true;
	res->bound = "range";
	res->approximate = r2->approximate || (lo.flags & ARNEWS_NUMF_APPROX);
	return true;
}

/* Options for the figures of a range: no approximator, ordinal or clitic */
#define RANGE_NUM_OPTIONS (ARNEWS_NUMO_SIGN)

/*
 * A range written with a dash between two figures: 30-40 دولاراً، ٣–٥٪.
 * n1 is the number read at cx->tok.
 */
static bool
try_range(const char *text, size_t len, const ClassifyCtx *cx, const ArnewsNumber *n1,
		  const ArnewsQuantityOptions *opts, size_t ei, ArnewsQuantity *res)
{
	ArnewsNumber n2;
	ArnewsQuantity r2;
	ClassifyCtx c2 = *cx;
	size_t		p;
	size_t		skip;
	int32_t		cp;

	if (cx->pre || cx->article || n1->digits_end != n1->end ||
		(n1->flags & (ARNEWS_NUMF_WORDS | ARNEWS_NUMF_APPROX)) ||
		!(n1->flags & ARNEWS_NUMF_DIGITS))
		return false;
	p = arnews_numlex_skip_blank(text, len, n1->end);
	cp = arnews_utf8_at(text, len, p, &p);
	if (cp != '-' && cp != 0x2013)
		return false;
	if (cp == '-' && p != n1->end + 1)
		return false;			/* 30 -40: no range */
	if (cp == 0x2013)
		p = arnews_numlex_skip_blank(text, len, p);
	if (!is_digit_cp(arnews_utf8_at(text, len, p, NULL)) ||
		!arnews_number_at(text, len, p, RANGE_NUM_OPTIONS, &n2) ||
		(n2.flags & ARNEWS_NUMF_NEGATIVE))
		return false;
	c2.tok = p;
	c2.range_end = true;
	c2.prev = C_NONE;
	if (!classify(text, len, &c2, &n2, &r2, &skip))
		return false;
	if (!make_range(n1, NULL, &r2, n1->start, res))
		return false;
	if (res->end > exclusion_limit(opts, ei, len))
		return false;
	return true;
}

/*
 * A range with words: بين خمسة وعشرة دولارات، بين 5 دولارات و10 دولارات،
 * من 100 إلى 200 دولار.  pos is the word بين or من (a و may be glued to
 * it); the span starts at that word.
 */
static bool
try_range_words(const char *text, size_t len, size_t pos, int people_dist,
				const ArnewsQuantityOptions *opts, size_t ei, ArnewsQuantity *res)
{
	ArnewsNumWord w;
	ArnewsNumber n1;
	ArnewsNumber n2;
	ArnewsQuantity r1;
	ArnewsQuantity r2;
	ClassifyCtx c = {0};
	bool		between;
	size_t		start = pos;
	size_t		p;
	size_t		skip;
	size_t		after1;

	/* cheap test first: [و]بين or [و]من followed by a blank */
	{
		size_t		b = pos;

		if (len - b >= 2 && memcmp(text + b, "و", 2) == 0)
			b += 2;
		if (len - b > 6 && memcmp(text + b, "بين", 6) == 0 && text[b + 6] == ' ')
			;
		else if (len - b > 4 && memcmp(text + b, "من", 4) == 0 && text[b + 4] == ' ')
			;
		else
			return false;
	}
	if (!arnews_numlex_read_word(text, len, pos, false, &w) || w.len < 4 || w.len > 8)
		return false;
	if (w.len >= 6 && memcmp(w.norm, "و", 2) == 0)
	{
		memmove(w.norm, w.norm + 2, w.len - 2);
		w.len -= 2;
		start = pos + 2;
	}
	if (w.len == 6 && memcmp(w.norm, "بين", 6) == 0)
		between = true;
	else if (w.len == 4 && memcmp(w.norm, "من", 4) == 0)
		between = false;
	else
		return false;
	p = arnews_numlex_skip_blank(text, len, w.end);
	if (p == w.end || !arnews_number_at(text, len, p, RANGE_NUM_OPTIONS, &n1) ||
		(n1.flags & (ARNEWS_NUMF_ORDINAL | ARNEWS_NUMF_VAGUE)))
		return false;
	c.tok = p;
	c.people_dist = 1000;
	if (!classify(text, len, &c, &n1, &r1, &skip) || r1.kind == ARNEWS_QK_ORDINAL ||
		(!between && r1.kind != ARNEWS_QK_NUMBER))
		return false;
	after1 = r1.kind == ARNEWS_QK_NUMBER ? n1.end : r1.end;
	p = arnews_numlex_skip_blank(text, len, after1);
	if (p == len)
		return false;
	if (between)
	{
		/* و glued or alone */
		size_t		q;

		if (arnews_utf8_at(text, len, p, &q) != 0x0648)
			return false;
		p = arnews_numlex_skip_blank(text, len, q);
	}
	else
	{
		ArnewsNumWord t;

		if (p == after1 || !arnews_numlex_read_word(text, len, p, false, &t) ||
			!((t.len == 6 && memcmp(t.norm, "الي", 6) == 0) ||
			  (t.len == 6 && memcmp(t.norm, "حتي", 6) == 0) ||
			  (t.len == 10 && memcmp(t.norm, "لغايه", 10) == 0)))
			return false;
		p = arnews_numlex_skip_blank(text, len, t.end);
		if (p == t.end)
			return false;
	}
	if (!is_digit_cp(arnews_utf8_at(text, len, p, NULL)) &&
		arnews_char_class(arnews_utf8_at(text, len, p, NULL)) != ARNEWS_CC_ARABIC)
		return false;
	if (!arnews_number_at(text, len, p, RANGE_NUM_OPTIONS, &n2) ||
		(n2.flags & (ARNEWS_NUMF_ORDINAL | ARNEWS_NUMF_VAGUE)))
		return false;
	c.tok = p;
	c.people_dist = people_dist;
	c.range_end = true;
	if (!classify(text, len, &c, &n2, &r2, &skip))
		return false;
	if (!make_range(&n1, &r1, &r2, start, res))
		return false;
	if (res->end > exclusion_limit(opts, ei, len))
		return false;
	return true;
}

size_t
arnews_quantities_extract(const char *text, size_t len,
						  const ArnewsQuantityOptions *opts, ArnewsQuantity **out)
{
	ArnewsQuantity *arr = NULL;
	size_t		n = 0;
	size_t		cap = 0;
	size_t		p = 0;
	size_t		ei = 0;
	size_t		nexclude = opts ? opts->nexclude : 0;
	CtxClass	prev = C_NONE;
	size_t		prev_end = 0;
	int			people_dist = 1000;
	unsigned	ntok = 0;

	*out = NULL;
	if (text == NULL || len == 0)
		return 0;
	ensure_loaded();
	while (p < len)
	{
		size_t		q;
		int32_t		cp = arnews_utf8_at(text, len, p, &q);
		ArnewsCharClass cc = arnews_char_class(cp);
		ArnewsNumber num;
		ArnewsQuantity res;
		ArnewsCurrency pre_cur;
		const ArnewsCurrency *pre = NULL;
		ClassifyCtx cx;
		bool		article = false;
		size_t		art = p;
		size_t		np = p;
		size_t		skip;
		CtxClass	prev_here;

		bool		signed_start = (cp == '-' || cp == 0x2212 || cp == '.' || cp == 0x066B) &&
			sign_start_ok(text, len, p, cp);

		if (is_sentence_end(cp) && !signed_start)
		{
			people_dist = 1000;
			prev = C_NONE;
			p = q;
			continue;
		}
		while (ei < nexclude && opts->exclude[ei].end <= p)
			ei++;
		if (ei < nexclude && opts->exclude[ei].start <= p)
		{
			p = opts->exclude[ei].end > p ? opts->exclude[ei].end : q;
			prev = C_NONE;
			continue;
		}
		if (cc == ARNEWS_CC_SPACE)
		{
			p = q;
			continue;
		}
		if (((cp >= 'A' && cp <= 'Z') || (cc != ARNEWS_CC_ARABIC && cc != ARNEWS_CC_DIGIT &&
											cc != ARNEWS_CC_SPACE)) &&
			arnews_currency_before(text, len, p, &pre_cur, &np))
			pre = &pre_cur;		/* $ 25، €3، USD 40 */
		else if (cc == ARNEWS_CC_ASCII_LETTER || cc == ARNEWS_CC_LETTER)
		{
			p = alnum_run_end(text, len, p);
			prev = C_NONE;
			continue;
		}
		if (cp == '+' && is_digit_cp(arnews_utf8_at(text, len, q, NULL)))
		{
			/* a phone number: +44 20 7946 0958 */
			p = q;
			while (p < len)
			{
				int32_t		c2 = arnews_utf8_at(text, len, p, &q);

				if (is_digit_cp(c2) || c2 == ' ' || c2 == '-')
					p = q;
				else
					break;
			}
			prev = C_NONE;
			continue;
		}
		if (pre)
			;
		else if (cc != ARNEWS_CC_ARABIC && cc != ARNEWS_CC_DIGIT && !signed_start)
		{
			if (cc != ARNEWS_CC_MARK && cc != ARNEWS_CC_FORMAT)
				prev = C_NONE;
			p = q;
			continue;
		}

		if (cc == ARNEWS_CC_ARABIC && article_digits(text, len, p, &art, &np))
			article = true;
		if (opts && opts->tick && (++ntok & 255) == 0)
			opts->tick(opts->tick_arg);

		prev_here = (prev != C_NONE && arnews_numlex_skip_blank(text, len, prev_end) == p) ?
			prev : C_NONE;
		if (!arnews_number_at(text, len, np, NUM_OPTIONS, &num))
		{
			size_t		cend;
			CtxClass	c;

			if (cc == ARNEWS_CC_ARABIC &&
				try_range_words(text, len, p, people_dist, opts, ei, &res))
			{
				push(&arr, &n, &cap, &res);
				prev = C_NONE;
				p = res.end;
				continue;
			}
			c = cc == ARNEWS_CC_ARABIC ? ctx_at(text, len, p, &cend) : C_NONE;

			if (c == C_PEOPLE)
			{
				people_dist = 0;
				prev = C_NONE;
				p = cend;
				continue;
			}
			if (c != C_NONE)
			{
				prev = c;
				prev_end = cend;
				p = cend;
				if (people_dist < 1000)
					people_dist++;
				continue;
			}
			p = cc == ARNEWS_CC_ARABIC ? arabic_word_end(text, len, p) : q;
			if (p <= np)
				p = q;
			prev = C_NONE;
			if (people_dist < 1000)
				people_dist++;
			continue;
		}
		/* the engine's span never ends past an exclusion */
		if (ei < nexclude && opts->exclude[ei].start < num.end)
		{
			p = opts->exclude[ei].end > p ? opts->exclude[ei].end : q;
			prev = C_NONE;
			continue;
		}
		cx.tok = p;
		cx.pre = pre;
		cx.article = article;
		cx.range_end = false;
		cx.prev = prev_here;
		cx.people_dist = people_dist;
		if (try_range(text, len, &cx, &num, opts, ei, &res))
		{
			push(&arr, &n, &cap, &res);
			prev = C_NONE;
			p = res.end > p ? res.end : q;
			continue;
		}
		if (classify(text, len, &cx, &num, &res, &skip))
		{
			if (article && res.kind == ARNEWS_QK_NUMBER &&
				!(num.flags & (ARNEWS_NUMF_DECIMAL | ARNEWS_NUMF_SCALE |
							   ARNEWS_NUMF_WORDS | ARNEWS_NUMF_APPROX)) &&
				ordinal_head_before(text, art))
			{
				/* الـ11: the eleventh */
				res.kind = ARNEWS_QK_ORDINAL;
				res.start = art;
				res.num.flags |= ARNEWS_NUMF_ORDINAL;
			}
			if (ei < nexclude && opts->exclude[ei].start < res.end)
				skip = opts->exclude[ei].start;
			else
			{
				/* a span never ends with an invisible mark (RLM, PDF ...) */
				while (res.end > res.start)
				{
					size_t		b;
					int32_t		last = arnews_utf8_prev(text, res.end, &b);

					if (arnews_char_class(last) != ARNEWS_CC_FORMAT)
						break;
					res.end = b;
				}
				if (res.num.end > res.end)
					res.num.end = res.end;	/* the number ended with the mark */
				set_bound(text, len, exclusion_limit(opts, ei, len), &res);
				push(&arr, &n, &cap, &res);
				skip = res.end;
			}
		}
		prev = C_NONE;
		if (people_dist < 1000)
			people_dist++;
		p = skip > p ? skip : q;
	}
	resolve_families(text, len, arr, n);
	*out = arr;
	return n;
}
