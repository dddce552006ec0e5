/*-------------------------------------------------------------------------
 *
 * numbers.c
 *		The arnews number engine (contract in numbers.h).
 *
 * Digits of any script are read with their group (, ٬) and decimal (. ٫)
 * separators.  Words are looked up, after normalization, in the compiled-in
 * list data/builtin_number_words.txt and combined by a small grammar:
 *
 *	number	:= vague | ordinal | part (joint part | فاصلة fraction)*
 *	part	:= [-]digits | unit | unit عشر | teenhead عشر | teen | ten | hundred
 *			   | unit مئة | scale | frac | part scale | unit أرباع
 *	joint	:= و glued or alone, and the joined part must be smaller than the
 *			   place it follows (مئة وخمسة، خمسة وعشرون، ثلاثة آلاف وخمسمئة,
 *			   مليونان ونصف); digits are never added to digits (23 و24).
 *	fraction := digits | صفر* number-without-scale: the digits of a spoken
 *			   decimal (2 فاصلة 5 = 2.5، واحد فاصلة خمسة وعشرين = 1.25).
 * A leading minus sign (-3.5، −٤٫٧) and a point-first decimal (.45، ٫٣٥)
 * are read with ARNEWS_NUMO_SIGN only.  Colloquial spellings (حداشر، متين،
 * تلتمية، تلاتين) are lines of the word list; those that are also common
 * nouns are "weak" and flag a one-word number ARNEWS_NUMF_WEAK.
 *
 * IDENTIFICATION
 *	  src/core/numbers.c
 *
 *-------------------------------------------------------------------------
 */
#include <float.h>
#include <math.h>
#include <string.h>

#include "builtin_data.h"
#include "chars.h"
#include "numbers.h"
#include "numlex.h"
#include "utf8.h"

ARNEWS_BUILTIN(number_words);

#define NW_CAP		512
#define NW_SLOTS	2048

/* word kinds of the number word list */
typedef enum
{
	K_NONE = 0,
	K_UNIT,
	K_ZERO,
	K_TEENHEAD,
	K_TEN,
	K_TEEN,
	K_HUNDRED,
	K_SCALE,
	K_SCALEDUAL,
	K_SCALEACC,					/* مليونا: dual at the start, singular after a number */
	K_SCALEPL,
	K_VAGUE,
	K_VAGUEDEF,
	K_FRAC,
	K_FRACPL,
	K_ORD,
	K_ORDTEENHEAD,
	K_APPROX
} WordKind;

/* what the last part read was */
typedef enum
{
	L_NONE = 0,
	L_DIGITS,
	L_UNIT,
	L_TEEN,
	L_TEN,
	L_HUNDRED,
	L_SCALE,
	L_FRAC
} LastPart;

static ArnewsNumlexEntry nw_entries[NW_CAP];
static int32_t nw_slots[NW_SLOTS];
static unsigned char nw_kind[NW_CAP];
static bool nw_weak[NW_CAP];
static ArnewsNumlex nw_lex = {nw_entries, NW_CAP, 0, nw_slots, NW_SLOTS, false, false};

/* A number word read from the text */
typedef struct NumWord
{
	size_t		start;			/* first byte of the word (after a glued و) */
	size_t		end;
	WordKind	kind;
	double		value;
	bool		wa;				/* glued or separate و before it */
	bool		def;			/* had the article ال */
	bool		is_ten_word;	/* عشر / عشرة */
	const ArnewsNumlexEntry *entry;
} NumWord;

/* True if text[start, end) carries a tanwin fatha (U+064B): مليوناً */
static bool
has_tanwin(const char *text, size_t start, size_t end)
{
	for (size_t p = start; p + 1 < end; p++)
		if ((unsigned char) text[p] == 0xd9 && (unsigned char) text[p + 1] == 0x8b)
			return true;
	return false;
}

/* Map a kind tag of the list to a WordKind */
static WordKind
kind_of_tag(const char *tag)
{
	static const struct
	{
		const char *tag;
		WordKind	kind;
	}			map[] = {
		{"unit", K_UNIT}, {"zero", K_ZERO}, {"teenhead", K_TEENHEAD},
		{"ten", K_TEN}, {"teen", K_TEEN}, {"hundred", K_HUNDRED}, {"scale", K_SCALE},
		{"scaledual", K_SCALEDUAL}, {"scaleacc", K_SCALEACC}, {"scalepl", K_SCALEPL}, {"vague", K_VAGUE},
		{"vaguedef", K_VAGUEDEF}, {"frac", K_FRAC}, {"fracpl", K_FRACPL},
		{"ord", K_ORD}, {"ordteenhead", K_ORDTEENHEAD}, {"approx", K_APPROX},
	};

	for (size_t i = 0; i < sizeof(map) / sizeof(map[0]); i++)
		if (strcmp(map[i].tag, tag) == 0)
			return map[i].kind;
	return K_NONE;
}

/* Load the number word list once */
static void
ensure_loaded(void)
{
	if (nw_lex.loaded)
		return;
	arnews_numlex_load(&nw_lex, arnews_builtin_number_words,
					   arnews_builtin_number_words_len);
	for (int i = 0; i < nw_lex.n; i++)
	{
		char		tag[ARNEWS_NUMLEX_TAG_MAX];
		char	   *dash;

		nw_kind[i] = K_NONE;
		nw_weak[i] = false;
		if (!nw_entries[i].is_entry)
			continue;
		/* "kind-weak": a colloquial word that is also a common noun */
		memcpy(tag, nw_entries[i].tag, sizeof(tag));
		tag[sizeof(tag) - 1] = '\0';
		dash = strchr(tag, '-');
		if (dash && strcmp(dash, "-weak") == 0)
		{
			*dash = '\0';
			nw_weak[i] = true;
		}
		nw_kind[i] = (unsigned char) kind_of_tag(tag);
	}
}

/* True if the list entry is a weak (ambiguous) colloquial word */
static inline bool
entry_weak(const ArnewsNumlexEntry *e)
{
	return e && nw_weak[e - nw_entries];
}

/* Kind of a list entry */
static inline WordKind
entry_kind(const ArnewsNumlexEntry *e)
{
	return e ? (WordKind) nw_kind[e - nw_entries] : K_NONE;
}

/* True if the code point at pos is a digit of any script */
static inline bool
digit_at(const char *text, size_t len, size_t pos, int *val, size_t *next)
{
	size_t		q = pos;
	int32_t		cp;
	int			d;

	if (pos >= len)
		return false;
	cp = arnews_utf8_next(text, len, &q);
	d = arnews_digit_value(cp);
	if (d < 0)
		return false;
	if (val)
		*val = d;
	if (next)
		*next = q;
	return true;
}

/*
 * Read a digit run at pos with its separators.  Sets *end, *value, and
 * flags (DECIMAL, INEXACT, OVERFLOW).  False if no digit starts at pos
 * (nor, with lead_point, a decimal point followed by a digit).
 */
static bool
read_digits(const char *text, size_t len, size_t pos, bool lead_point,
			size_t *end, double *value, int *flags)
{
	size_t		p = pos;
	double		v = 0;
	double		fscale = 0.1;
	int			nsig = 0;
	bool		decimal = false;
	int			d;
	size_t		q;

	if (!digit_at(text, len, p, NULL, NULL))
	{
		/* a leading decimal point: .45، ٫٣٥ (only when the caller says so) */
		size_t		s = p;
		int32_t		cp;

		if (!lead_point || p >= len)
			return false;
		cp = arnews_utf8_next(text, len, &s);
		if ((cp != '.' && cp != 0x066B) || !digit_at(text, len, s, NULL, NULL))
			return false;
		decimal = true;
		p = s;
	}
	for (;;)
	{
		if (digit_at(text, len, p, &d, &q))
		{
			if (nsig > 0 || d != 0)
				nsig++;
			if (decimal)
			{
				v += d * fscale;
				fscale /= 10;
			}
			else
				v = v * 10 + d;
			p = q;
			continue;
		}
		if (p >= len)
			break;
		/* a separator must be followed by a digit */
		{
			size_t		s = p;
			int32_t		cp = arnews_utf8_next(text, len, &s);
			size_t		t;
			int			n;

			if (cp == ',' || cp == 0x066C)
			{
				/* group separator: exactly three digits follow */
				if (decimal)
					break;
				t = s;
				for (n = 0; n < 4 && digit_at(text, len, t, NULL, &t); n++)
					;
				if (n != 3)
					break;
				p = s;
				continue;
			}
			if ((cp == '.' || cp == 0x066B) && !decimal &&
				digit_at(text, len, s, NULL, NULL))
			{
				decimal = true;
				p = s;
				continue;
			}
		}
		break;
	}
	*end = p;
	if (decimal)
		*flags |= ARNEWS_NUMF_DECIMAL;
	if (nsig > 15)
		*flags |= ARNEWS_NUMF_INEXACT;
	if (!isfinite(v) || v > DBL_MAX)
	{
		v = DBL_MAX;
		*flags |= ARNEWS_NUMF_OVERFLOW;
	}
	*value = v;
	return true;
}

/* Look up a normalized word, with ال / و handling; fill *nw */
static bool
lookup_word(const char *norm, int nlen, bool allow_wa, bool allow_def, NumWord *nw)
{
	const ArnewsNumlexEntry *e = arnews_numlex_get(&nw_lex, norm, nlen);
	WordKind	k = entry_kind(e);

	nw->wa = false;
	nw->def = false;
	if (k == K_NONE && allow_wa && nlen > 2 && memcmp(norm, "و", 2) == 0)
	{
		if (lookup_word(norm + 2, nlen - 2, false, allow_def, nw))
		{
			nw->wa = true;
			return true;
		}
		return false;
	}
	if (k == K_NONE && allow_def && nlen > 4 && memcmp(norm, "ال", 4) == 0)
	{
		e = arnews_numlex_get(&nw_lex, norm + 4, nlen - 4);
		k = entry_kind(e);
		if (k != K_ORD && k != K_ORDTEENHEAD && k != K_TEN)
			return false;
		nw->def = true;
	}
	if (k == K_NONE || k == K_APPROX)
		return false;
	nw->kind = k;
	nw->entry = e;
	nw->value = e->value;
	nw->is_ten_word = (k == K_UNIT && e->value == 10);
	return true;
}

/* Read the number word at pos (no clitic except a joining و) */
static bool
read_numword(const char *text, size_t len, size_t pos, bool allow_wa, NumWord *nw)
{
	ArnewsNumWord w;

	if (!arnews_numlex_read_word(text, len, pos, false, &w) || w.len <= 0)
		return false;
	if (!lookup_word(w.norm, w.len, allow_wa, true, nw))
		return false;
	nw->start = pos;
	nw->end = w.end;
	return true;
}

/* True if the word at pos is the lone conjunction و; sets *after */
static bool
lone_wa(const char *text, size_t len, size_t pos, size_t *after)
{
	ArnewsNumWord w;

	if (!arnews_numlex_read_word(text, len, pos, false, &w) || w.len != 2 ||
		memcmp(w.norm, "و", 2) != 0)
		return false;
	*after = arnews_numlex_skip_blank(text, len, w.end);
	return true;
}

/* Read an ordinal at pos: الخامس، الحادي عشر، الحادي والعشرون، العشرون */
static bool
parse_ordinal(const char *text, size_t len, const NumWord *first, ArnewsNumber *out)
{
	double		v = first->value;
	size_t		end = first->end;
	size_t		q;
	NumWord		nw;

	if (first->kind == K_TEN)
	{
		if (!first->def)
			return false;
	}
	else if (!first->def && first->kind == K_ORD && first->value == 2 &&
			 first->entry->len > 8)
		return false;			/* ثانية: the unit of time */
	q = arnews_numlex_skip_blank(text, len, end);
	if (first->kind != K_TEN && q > end && read_numword(text, len, q, true, &nw))
	{
		if (!nw.wa && nw.is_ten_word && v < 10)
		{
			v += 10;
			end = nw.end;
		}
		else if (nw.wa && nw.kind == K_TEN && nw.def)
		{
			v += nw.value;
			end = nw.end;
		}
	}
	if (first->kind == K_ORDTEENHEAD && v < 10)
		return false;
	out->value = v;
	out->end = end;
	out->flags |= ARNEWS_NUMF_ORDINAL | ARNEWS_NUMF_WORDS;
	return true;
}

/* Number of digits of any script in text[start, end) */
static int
count_digits(const char *text, size_t len, size_t start, size_t end)
{
	int			n = 0;

	while (start < end)
	{
		if (digit_at(text, len, start, NULL, &start))
			n++;
		else
			arnews_utf8_next(text, len, &start);
	}
	return n;
}

static bool parse_core(const char *text, size_t len, size_t pos, int options,
					   ArnewsNumber *out);

/* internal option of parse_core: stop before a scale word */
#define NUMO_NO_SCALE 0x4000

/*
 * The word فاصلة at pos and the digits after it, as spoken: فاصلة 5 = .5,
 * فاصلة 05 = .05, فاصلة خمسة وعشرين = .25, فاصلة صفر خمسة = .05.  Sets
 * *frac and *end past the fraction.
 */
static bool
read_spoken_decimal(const char *text, size_t len, size_t pos, double *frac,
					size_t *end)
{
	ArnewsNumWord w;
	ArnewsNumber f;
	size_t		q;
	int			zeros = 0;
	int			ndig;
	double		v;

	if (!arnews_numlex_read_word(text, len, pos, false, &w) || w.len != 10 ||
		memcmp(w.norm, "فاصله", 10) != 0)
		return false;
	q = arnews_numlex_skip_blank(text, len, w.end);
	if (q == w.end)
		return false;
	for (;;)
	{
		NumWord		z;
		size_t		r;

		if (!read_numword(text, len, q, false, &z) || z.kind != K_ZERO)
			break;
		zeros++;
		r = arnews_numlex_skip_blank(text, len, z.end);
		if (r == z.end)
			return false;
		q = r;
	}
	memset(&f, 0, sizeof(f));
	if (!parse_core(text, len, q, NUMO_NO_SCALE, &f) ||
		(f.flags & (ARNEWS_NUMF_DECIMAL | ARNEWS_NUMF_SCALE | ARNEWS_NUMF_FRACTION |
					ARNEWS_NUMF_VAGUE | ARNEWS_NUMF_OVERFLOW)) ||
		f.value >= 1e9)
		return false;
	if (f.flags & ARNEWS_NUMF_DIGITS)
	{
		if ((f.flags & ARNEWS_NUMF_WORDS) || zeros > 0)
			return false;
		ndig = count_digits(text, len, f.digits_start, f.digits_end);
	}
	else
		for (ndig = 1, v = f.value; v >= 10; v /= 10)
			ndig++;
	v = f.value;
	for (int i = 0; i < ndig + zeros; i++)
		v /= 10;
	*frac = v;
	*end = f.end;
	return true;
}

/* Read a number (no approximator, no clitic) at pos */
static bool
parse_core(const char *text, size_t len, size_t pos, int options, ArnewsNumber *out)
{
	double		total = 0;
	double		cur = 0;
	double		last_scale = 0;
	double		last_unit = 0;
	LastPart	last = L_NONE;
	size_t		end = pos;
	int			nparts = 0;
	bool		exact_digits = false;
	bool		negative = false;
	bool		weak = false;
	size_t		dpos = pos;
	NumWord		nw;

	out->flags = 0;
	if (options & ARNEWS_NUMO_SIGN)
	{
		size_t		s = pos;
		int32_t		cp = pos < len ? arnews_utf8_next(text, len, &s) : 0;

		if (cp == '-' || cp == 0x2212)
		{
			negative = true;
			dpos = s;
		}
	}
	if (read_digits(text, len, dpos, (options & ARNEWS_NUMO_SIGN) != 0,
					&end, &cur, &out->flags))
	{
		out->flags |= ARNEWS_NUMF_DIGITS;
		out->digits_start = dpos;
		out->digits_end = end;
		last = L_DIGITS;
		exact_digits = true;
	}
	else if (negative)
		return false;
	else
	{
		if (!read_numword(text, len, pos, false, &nw))
			return false;
		out->flags |= ARNEWS_NUMF_WORDS;
		end = nw.end;
		weak = entry_weak(nw.entry);
		switch (nw.kind)
		{
			case K_VAGUE:
			case K_SCALEPL:
				{
					/* عشرات، مئات، آلاف، بضعة آلاف، عشرات الآلاف */
					NumWord		nx;
					size_t		q = arnews_numlex_skip_blank(text, len, end);

					cur = nw.value;
					if (q > end && read_numword(text, len, q, false, &nx) &&
						(nx.kind == K_VAGUEDEF || nx.kind == K_SCALEPL) &&
						nx.value > cur)
					{
						cur *= nx.value;
						end = nx.end;
						out->flags |= ARNEWS_NUMF_SCALE;
					}
					if (nw.kind == K_SCALEPL)
						out->flags |= ARNEWS_NUMF_SCALE;
					out->flags |= ARNEWS_NUMF_VAGUE;
					out->value = cur;
					out->end = end;
					return true;
				}
			case K_ORD:
			case K_ORDTEENHEAD:
				if (!(options & ARNEWS_NUMO_ORDINALS))
					return false;
				return parse_ordinal(text, len, &nw, out);
			case K_TEN:
				if (nw.def)
				{
					if (!(options & ARNEWS_NUMO_ORDINALS))
						return false;
					return parse_ordinal(text, len, &nw, out);
				}
				cur = nw.value;
				last = L_TEN;
				break;
			case K_UNIT:
			case K_ZERO:
				cur = last_unit = nw.value;
				last = L_UNIT;
				break;
			case K_TEENHEAD:
				{
					NumWord		nx;
					size_t		q = arnews_numlex_skip_blank(text, len, end);

					if (q == end || !read_numword(text, len, q, false, &nx) ||
						!nx.is_ten_word)
						return false;
					cur = nw.value + 10;
					end = nx.end;
					last = L_TEEN;
					break;
				}
			case K_TEEN:
				cur = nw.value;
				last = L_TEEN;
				break;
			case K_HUNDRED:
				cur = nw.value;
				last = L_HUNDRED;
				break;
			case K_SCALE:
			case K_SCALEDUAL:
			case K_SCALEACC:
				if (options & NUMO_NO_SCALE)
					return false;
				/*
				 * مليونا شخص: a number's first word in the -ا form is the
				 * construct dual, unless written with tanwin (ربح مليوناً)
				 */
				total = nw.kind == K_SCALEACC && !has_tanwin(text, nw.start, nw.end) ?
					2 * nw.value : nw.value;
				last_scale = nw.kind == K_SCALEDUAL ? nw.value / 2 : nw.value;
				last = L_SCALE;
				out->flags |= ARNEWS_NUMF_SCALE;
				break;
			case K_FRAC:
				cur = nw.value;
				last = L_FRAC;
				out->flags |= ARNEWS_NUMF_FRACTION;
				break;
			default:
				return false;
		}
	}
	nparts = 1;

	/* further parts */
	for (;;)
	{
		size_t		q = arnews_numlex_skip_blank(text, len, end);
		bool		wa = false;
		bool		is_digits = false;
		double		dv = 0;
		size_t		dend = 0;
		int			dflags = 0;

		if (q == end || q >= len)
			break;
		if (last != L_SCALE && last != L_FRAC && total == 0 &&
			!(out->flags & ARNEWS_NUMF_DECIMAL))
		{
			/* 2 فاصلة 5، واحد فاصلة خمسة: a spoken decimal point */
			double		frac;
			size_t		fend;

			if (read_spoken_decimal(text, len, q, &frac, &fend))
			{
				cur += frac;
				out->flags |= ARNEWS_NUMF_DECIMAL;
				exact_digits = false;
				last = L_DIGITS;
				end = fend;
				nparts++;
				continue;
			}
		}
		if (lone_wa(text, len, q, &q))
			wa = true;
		if (read_digits(text, len, q, false, &dend, &dv, &dflags))
		{
			if (!wa)
				break;
			is_digits = true;
		}
		else if (!read_numword(text, len, q, !wa, &nw))
			break;
		else if (nw.wa)
			wa = true;

		if (!wa)
		{
			if (nw.kind == K_SCALE || nw.kind == K_SCALEACC || nw.kind == K_SCALEPL)
			{
				if (last == L_SCALE || cur <= 0 || (options & NUMO_NO_SCALE) ||
					(last_scale > 0 && nw.value >= last_scale))
					break;
				total += cur * nw.value;
				if (!isfinite(total) || total > DBL_MAX)
				{
					total = DBL_MAX;
					out->flags |= ARNEWS_NUMF_OVERFLOW;
				}
				if (exact_digits && nparts == 1)
					out->scale_exp = (int) lround(log10(nw.value));
				else
					exact_digits = false;
				cur = 0;
				last_scale = nw.value;
				last = L_SCALE;
				end = nw.end;
				out->flags |= ARNEWS_NUMF_SCALE;
			}
			else if (nw.is_ten_word && last == L_UNIT && last_unit >= 1 && last_unit <= 9 &&
					 cur == last_unit)
			{
				cur += 10;
				last = L_TEEN;
				end = nw.end;
			}
			else if (nw.kind == K_HUNDRED && nw.value == 100 && last == L_UNIT &&
					 last_unit >= 3 && last_unit <= 9)
			{
				cur = cur - last_unit + last_unit * 100;
				last = L_HUNDRED;
				end = nw.end;
			}
			else if (nw.kind == K_FRACPL && last == L_UNIT)
			{
				cur = cur - last_unit + last_unit * nw.value;
				last = L_FRAC;
				end = nw.end;
				out->flags |= ARNEWS_NUMF_FRACTION;
			}
			else
				break;
			nparts++;
			continue;
		}

		/* joined with و */
		exact_digits = false;
		if (!is_digits && nw.kind == K_FRAC)
		{
			if (last == L_FRAC)
				break;
			end = nw.end;
			if (last == L_SCALE)
			{
				ArnewsNumWord w2;
				size_t		q2 = arnews_numlex_skip_blank(text, len, nw.end);

				total += nw.value * last_scale;
				/* مليار ونصف المليار: the scale said again, with ال, after the fraction */
				if (q2 > nw.end && q2 < len && arnews_numlex_read_word(text, len, q2, false, &w2) &&
					w2.len > 4 && memcmp(w2.norm, "ال", 4) == 0)
				{
					const ArnewsNumlexEntry *e2 = arnews_numlex_get(&nw_lex, w2.norm + 4, w2.len - 4);
					WordKind	k2 = entry_kind(e2);

					if ((k2 == K_SCALE || k2 == K_SCALEACC) && e2->value == last_scale)
						end = w2.end;
				}
			}
			else
				cur += nw.value;
			out->flags |= ARNEWS_NUMF_FRACTION;
			nparts++;
			break;
		}
		if (is_digits)
		{
			if (last != L_SCALE || dv >= last_scale)
				break;
			cur = dv;
			last = L_DIGITS;
			end = dend;
			out->flags |= ARNEWS_NUMF_DIGITS | (dflags & ARNEWS_NUMF_DECIMAL);
			nparts++;
			continue;
		}
		if (nw.kind == K_TEN && !nw.def && last == L_UNIT)
		{
			cur += nw.value;
			last = L_TEN;
			end = nw.end;
			nparts++;
			continue;
		}
		if (nw.kind == K_UNIT || nw.kind == K_TEN || nw.kind == K_HUNDRED ||
			nw.kind == K_TEENHEAD || nw.kind == K_TEEN)
		{
			double		v = nw.value;
			size_t		e = nw.end;
			LastPart	lp = nw.kind == K_UNIT ? L_UNIT : nw.kind == K_TEN ? L_TEN :
				nw.kind == K_HUNDRED ? L_HUNDRED : L_TEEN;

			if (nw.def)
				break;
			if (nw.kind == K_TEENHEAD)
			{
				NumWord		nx;
				size_t		r = arnews_numlex_skip_blank(text, len, e);

				if (r == e || !read_numword(text, len, r, false, &nx) || !nx.is_ten_word)
					break;
				v += 10;
				e = nx.end;
			}
			if (last == L_HUNDRED && v < 100)
				;
			else if (last == L_SCALE && v < last_scale)
				;
			else
				break;
			cur += v;
			if (lp == L_UNIT)
				last_unit = v;
			last = lp;
			end = e;
			nparts++;
			continue;
		}
		if ((nw.kind == K_SCALE || nw.kind == K_SCALEDUAL || nw.kind == K_SCALEACC) && last == L_SCALE &&
			nw.value < last_scale)
		{
			total += nw.value;
			last_scale = nw.kind == K_SCALEDUAL ? nw.value / 2 : nw.value;
			end = nw.end;
			nparts++;
			continue;
		}
		break;
	}

	if (last == L_SCALE && nparts == 1 && exact_digits)
		exact_digits = false;
	out->value = total + cur;
	if (negative)
	{
		out->value = -out->value;
		out->flags |= ARNEWS_NUMF_NEGATIVE;
	}
	if (weak && nparts == 1)
		out->flags |= ARNEWS_NUMF_WEAK;
	if (!isfinite(out->value) || out->value > DBL_MAX)
	{
		out->value = DBL_MAX;
		out->flags |= ARNEWS_NUMF_OVERFLOW;
	}
	if (exact_digits)
		out->flags |= ARNEWS_NUMF_EXACT_DIGITS;
	out->end = end;
	return true;
}

/* Try an approximator and then a number at pos */
static bool
parse_at(const char *text, size_t len, size_t pos, int options, ArnewsNumber *out)
{
	if (options & ARNEWS_NUMO_APPROX)
	{
		size_t		aend;
		const ArnewsNumlexEntry *e = arnews_numlex_match(&nw_lex, text, len, pos, &aend);

		if (e && entry_kind(e) == K_APPROX)
		{
			size_t		q = arnews_numlex_skip_blank(text, len, aend);

			if (q > aend && parse_core(text, len, q, options & ~ARNEWS_NUMO_ORDINALS, out))
			{
				out->start = pos;
				out->approx_end = aend;
				out->approx_word = e->form;
				out->approx_dir = (int) e->value;
				out->flags |= ARNEWS_NUMF_APPROX;
				return true;
			}
		}
	}
	if (!parse_core(text, len, pos, options, out))
		return false;
	out->start = pos;
	out->approx_end = pos;
	return true;
}

/* True for the proclitic letters و ب ل ف ك */
static inline bool
is_clitic(int32_t cp)
{
	return cp == 0x0648 || cp == 0x0628 || cp == 0x0644 || cp == 0x0641 || cp == 0x0643;
}

/* Skip tatweel and marks after a clitic */
static size_t
skip_ignorable(const char *text, size_t len, size_t p)
{
	while (p < len)
	{
		size_t		q = p;
		int32_t		cp = arnews_utf8_next(text, len, &q);

		if (cp != 0x0640 && arnews_char_class(cp) != ARNEWS_CC_MARK)
			break;
		p = q;
	}
	return p;
}

/* True if at least min_letters Arabic letters or a digit start at p */
static bool
rest_long_enough(const char *text, size_t len, size_t p, int min_letters)
{
	ArnewsNumWord w;

	if (digit_at(text, len, p, NULL, NULL))
		return true;
	if (!arnews_numlex_read_word(text, len, p, false, &w) || w.len < 0)
		return false;
	return w.len >= 2 * min_letters;
}

/* True if an approximator phrase starts at p (ولا يزيد عن) */
static bool
approx_at(const char *text, size_t len, size_t p, int options)
{
	size_t		aend;

	return (options & ARNEWS_NUMO_APPROX) &&
		entry_kind(arnews_numlex_match(&nw_lex, text, len, p, &aend)) == K_APPROX;
}

bool
arnews_number_at(const char *text, size_t len, size_t pos, int options,
				 ArnewsNumber *out)
{
	size_t		p;
	int32_t		cp;

	if (text == NULL || pos >= len)
		return false;
	ensure_loaded();
	memset(out, 0, sizeof(*out));
	if (parse_at(text, len, pos, options, out))
		return true;
	if (!(options & (ARNEWS_NUMO_CLITIC | ARNEWS_NUMO_CLITIC2)))
		return false;
	p = pos;
	cp = arnews_utf8_next(text, len, &p);
	if (!is_clitic(cp))
		return false;
	p = skip_ignorable(text, len, p);
	if (rest_long_enough(text, len, p, 3) || approx_at(text, len, p, options))
	{
		memset(out, 0, sizeof(*out));
		if (parse_at(text, len, p, options, out))
			return true;
	}
	if ((options & ARNEWS_NUMO_CLITIC2) && (cp == 0x0648 || cp == 0x0641) && p < len)
	{
		size_t		p2 = p;
		int32_t		cp2 = arnews_utf8_next(text, len, &p2);

		if (cp2 == 0x0628 || cp2 == 0x0644 || cp2 == 0x0643)
		{
			p2 = skip_ignorable(text, len, p2);
			if (rest_long_enough(text, len, p2, 3))
			{
				memset(out, 0, sizeof(*out));
				if (parse_at(text, len, p2, options, out))
					return true;
			}
		}
	}
	memset(out, 0, sizeof(*out));
	return false;
}

/* Output sink of arnews_number_exact: counts everything, writes what fits */
typedef struct Sink
{
	char	   *out;
	size_t		cap;
	size_t		n;
} Sink;

/* Append one char to the sink */
static inline void
sink_put(Sink *s, char c)
{
	if (s->out && s->n + 1 < s->cap)
		s->out[s->n] = c;
	s->n++;
}

/* Write a double (finite, >= 0) in plain decimal notation */
static void
format_double(Sink *s, double v)
{
	char		buf[400];
	int			n = 0;
	double		ip;
	double		fp;

	if (!isfinite(v))
		v = DBL_MAX;
	if (v < 0)
	{
		sink_put(s, '-');
		v = -v;
	}
	if (v >= 1e17)
	{
		/* 17 significant digits, then zeros */
		int			e = (int) floor(log10(v));
		unsigned long long m = (unsigned long long) llround(v / pow(10, e - 16));

		while (m > 0 && n < 20)
		{
			buf[n++] = (char) ('0' + m % 10);
			m /= 10;
		}
		while (n > 0)
			sink_put(s, buf[--n]);
		for (int i = 0; i < e - 16; i++)
			sink_put(s, '0');
		return;
	}
	fp = modf(v, &ip);
	{
		unsigned long long iv = (unsigned long long) ip;
		long long	frac = llround(fp * 1e6);

		if (frac >= 1000000)
		{
			iv++;
			frac -= 1000000;
		}
		do
		{
			buf[n++] = (char) ('0' + iv % 10);
			iv /= 10;
		} while (iv > 0);
		while (n > 0)
			sink_put(s, buf[--n]);
		if (frac > 0)
		{
			char		f[6];
			int			fl = 6;

			for (int i = 5; i >= 0; i--)
			{
				f[i] = (char) ('0' + frac % 10);
				frac /= 10;
			}
			while (fl > 0 && f[fl - 1] == '0')
				fl--;
			sink_put(s, '.');
			for (int i = 0; i < fl; i++)
				sink_put(s, f[i]);
		}
	}
}

size_t
arnews_number_exact(const char *text, size_t len, const ArnewsNumber *num,
					char *out, size_t cap)
{
	Sink		s = {out, cap, 0};

	if (num->flags & ARNEWS_NUMF_EXACT_DIGITS && num->digits_end <= len)
	{
		size_t		p = num->digits_start;
		size_t		nint = 0;
		size_t		nfrac = 0;
		size_t		fstart = 0;
		int			shift = num->scale_exp;
		bool		started = false;
		size_t		fz;

		if (num->flags & ARNEWS_NUMF_NEGATIVE)
			sink_put(&s, '-');
		/* count integer and fraction digits */
		while (p < num->digits_end)
		{
			size_t		q = p;
			int32_t		cp = arnews_utf8_next(text, len, &q);

			if (arnews_digit_value(cp) >= 0)
			{
				if (fstart)
					nfrac++;
				else
					nint++;
			}
			else if (cp == '.' || cp == 0x066B)
				fstart = q;
			p = q;
		}

		/*
		 * Emit digits: integer digits, then `shift` fraction digits moved
		 * into the integer part (zeros when missing), a point, the rest.
		 */
		p = num->digits_start;
		{
			size_t		emitted_frac = 0;
			size_t		trailing_keep;
			char		dig;

			/* integer part */
			while (p < num->digits_end)
			{
				size_t		q = p;
				int32_t		cp = arnews_utf8_next(text, len, &q);
				int			d = arnews_digit_value(cp);

				if (cp == '.' || cp == 0x066B)
				{
					p = q;
					break;
				}
				p = q;
				if (d < 0)
					continue;
				if (!started && d == 0)
					continue;
				started = true;
				sink_put(&s, (char) ('0' + d));
			}
			/* fraction digits moved left by the scale */
			while ((int) emitted_frac < shift)
			{
				int			d = 0;

				while (p < num->digits_end)
				{
					size_t		q = p;
					int32_t		cp = arnews_utf8_next(text, len, &q);

					p = q;
					d = arnews_digit_value(cp);
					if (d >= 0)
						break;
				}
				if (emitted_frac >= nfrac)
					d = 0;
				if (d < 0)
					d = 0;
				if (started || d != 0)
				{
					started = true;
					sink_put(&s, (char) ('0' + d));
				}
				emitted_frac++;
			}
			if (!started)
				sink_put(&s, '0');
			/* remaining fraction digits, without trailing zeros */
			trailing_keep = 0;
			fz = 0;
			{
				size_t		r = p;
				size_t		k = 0;

				while (r < num->digits_end)
				{
					size_t		q = r;
					int32_t		cp = arnews_utf8_next(text, len, &q);
					int			d = arnews_digit_value(cp);

					r = q;
					if (d < 0)
						continue;
					k++;
					if (d != 0)
						trailing_keep = k;
				}
				fz = trailing_keep;
			}
			if (fz > 0)
			{
				size_t		k = 0;

				sink_put(&s, '.');
				while (p < num->digits_end && k < fz)
				{
					size_t		q = p;
					int32_t		cp = arnews_utf8_next(text, len, &q);
					int			d = arnews_digit_value(cp);

					p = q;
					if (d < 0)
						continue;
					dig = (char) ('0' + d);
					sink_put(&s, dig);
					k++;
				}
			}
		}
		(void) nint;
	}
	else
		format_double(&s, num->value);
	if (out && cap > 0)
		out[s.n < cap ? s.n : cap - 1] = '\0';
	return s.n;
}
