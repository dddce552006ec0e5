/*-------------------------------------------------------------------------
 *
 * dates_scan.c
 *		The recognizer of the date engine: splits the text into words (with
 *		their normalized form and lexicon entries, proclitics stripped),
 *		tries every temporal pattern at each word, keeps the longest match,
 *		and resolves it against the reference day.
 *
 * Patterns: numeric dates (yyyy-mm-dd, dd/mm/yyyy, Hijri with هـ), clock
 * times (12:48 م، الساعة الثالثة مساءً), day + month (+ year), paired month
 * names (فبراير/شباط), day ranges (يومي 23 و24 يناير، 23-24 يناير، من 1
 * إلى 5 مارس), month + year, years after عام/سنة or in context, year ranges
 * (عامي 2014 و2022، 2014-2022), deictics (اليوم، أمس، غداً، بعد غد) with an
 * apposed weekday, parts of day (مساء الثلاثاء), weekdays, unit + relative
 * adjective (الأسبوع الماضي), parts of a period (منتصف يناير), seasons,
 * decades, durations (ست ساعات ونصف، نحو شهر، أسابيع after منذ) and vague
 * adverbs (الآن، الوقت الراهن).
 *
 * IDENTIFICATION
 *	  src/core/dates_scan.c
 *
 *-------------------------------------------------------------------------
 */
#include <string.h>

#include "alloc.h"
#include "chars.h"
#include "dates_int.h"
#include "normalize.h"
#include "numbers.h"
#include "tokenize.h"
#include "utf8.h"

#include "dates_scan.h"

#define WIN_MAX		4096
#define WIN_AHEAD	512
#define WIN_BACK	16
#define WIN_BYTES	(1 << 20)	/* bytes scanned between ticks, at most */

/* ---------------------------------------------------------------- words */

/* True if cp is a space of any kind (not a line break) */
static bool
is_blank_cp(int32_t cp)
{
	return cp == ' ' || cp == '\t' || cp == 0xA0 || cp == 0x202F ||
		(cp >= 0x2000 && cp <= 0x200B) || cp == 0x200E || cp == 0x200F ||
		cp == 0x061C || cp == 0xFEFF;
}

/*
 * The single punctuation code point in raw[p..e) (0 if only blanks, -1 if
 * more than one or a line break).
 */
static int32_t
gap_scan(const char *text, size_t p, size_t e)
{
	int32_t		found = 0;

	while (p < e)
	{
		int32_t		cp = arnews_utf8_next(text, e, &p);

		if (is_blank_cp(cp))
			continue;
		if (cp == '\n' || cp == '\r' || found != 0)
			return -1;
		found = cp;
	}
	return found;
}

/* Byte offset after skipping k letters (and following marks) from p */
static size_t
skip_letters(const char *text, size_t end, size_t p, int k)
{
	while (p < end && k > 0)
	{
		int32_t		cp = arnews_utf8_next(text, end, &p);

		if (!arnews_is_ignorable(cp))
			k--;
	}
	while (p < end)
	{
		size_t		q = p;
		int32_t		cp = arnews_utf8_next(text, end, &q);

		if (!arnews_is_ignorable(cp))
			break;
		p = q;
	}
	return p;
}

/* Lookup with proclitics stripped; fills w->lexc, w->cstart, w->nlen */
static void
word_lookup(const char *text, DWord *w)
{
	const char *n = w->full;
	int			len = w->flen;
	static const char WAW[] = "\xd9\x88";	/* و */
	static const char FA[] = "\xd9\x81";	/* ف */
	static const char BA[] = "\xd8\xa8";	/* ب */
	static const char LAM[] = "\xd9\x84";	/* ل */
	static const char KAF[] = "\xd9\x83";	/* ك */
	static const char AL[] = "\xd8\xa7\xd9\x84";	/* ال */
	int			off = 0;		/* bytes stripped */
	int			letters = 0;

	w->lexc = arnews_dates_lex_lookup(n, len);
	w->cstart = w->start;
	w->nlen = len;
	if (w->lexc != NULL || len < 6)
		return;
	/* و / ف */
	if (memcmp(n, WAW, 2) == 0 || memcmp(n, FA, 2) == 0)
	{
		off = 2;
		letters = 1;
		w->lexc = arnews_dates_lex_lookup(n + off, len - off);
	}
	/* ب ل ك, or لل (ل + the article, whose alef is not written) */
	if (w->lexc == NULL && len - off >= 6)
	{
		if (memcmp(n + off, LAM, 2) == 0 && memcmp(n + off + 2, LAM, 2) == 0)
		{
			char		tmp[NORM_MAX];

			w->lexc = arnews_dates_lex_lookup(n + off + 4, len - off - 4);
			if (w->lexc == NULL && len - off - 2 + 2 <= NORM_MAX)
			{
				memcpy(tmp, AL, 4);
				memcpy(tmp + 4, n + off + 4, len - off - 4);
				w->lexc = arnews_dates_lex_lookup(tmp, len - off);
			}
			if (w->lexc != NULL)
			{
				w->lil = true;
				off += 4;
				letters += 2;
			}
		}
		else if (memcmp(n + off, BA, 2) == 0 || memcmp(n + off, LAM, 2) == 0 ||
				 memcmp(n + off, KAF, 2) == 0)
		{
			w->lexc = arnews_dates_lex_lookup(n + off + 2, len - off - 2);
			if (w->lexc != NULL)
			{
				off += 2;
				letters += 1;
			}
		}
	}
	if (w->lexc == NULL)
		return;
	/* a "لل"-only vague entry needs the لل */
	if ((w->lexc->mask & ARNEWS_DL_VAGUE) && w->lexc->vague == 2 && !w->lil &&
		w->lexc->mask == ARNEWS_DL_VAGUE)
	{
		w->lexc = NULL;
		return;
	}
	w->nlen = len - off;
	w->cstart = skip_letters(text, w->end, w->start, letters);
}

/*
 * A direct-mapped cache of annotated Arabic words keyed by their raw bytes:
 * news repeats its words, and normalizing and looking up a word costs more
 * than comparing its bytes.  Static storage only (pointers into the static
 * lexicon), so it is valid across calls.
 */
#define WCACHE_SLOTS 2048
#define WCACHE_RAW	 48

typedef struct WCache
{
	uint8_t		rawlen;			/* 0 = empty */
	char		raw[WCACHE_RAW];
	DWord		w;				/* start/end/cstart relative to the word */
} WCache;

static WCache wcache[WCACHE_SLOTS];

/*
 * Character classes of the code points below U+0800 (ASCII, Arabic and
 * the other two-byte scripts), copied once from arnews_char_class so that
 * the word scanner classifies them with a table read.
 */
static unsigned char cc_small[0x800];
static bool cc_ready = false;

/* Fill cc_small once per process */
static void
cc_fill(void)
{
	for (int32_t cp = 0; cp < 0x800; cp++)
		cc_small[cp] = (unsigned char) arnews_char_class(cp);
	cc_ready = true;
}

/*
 * Normalized forms of U+0600..U+06FF for the fast path of words written
 * only with them: UTF-8 bytes (nf_len 0 = removed, NF_UNSAFE = a mapping
 * that depends on the context, such as the combining hamza, or is longer
 * than two bytes).  Filled once from arnews_normalize_cp, which applies
 * the same per-character rules as arnews_normalize.
 */
#define NF_UNSAFE 0xFF
static unsigned char nf_len[256];
static char nf_bytes[256][2];
static bool nf_ready = false;

/*
 * The same for the scanner, one entry per character: AR_WORD if it
 * continues an Arabic word (class ARABIC or MARK), AR_FORMAT for a format
 * character, AR_UNSAFE if arnews_normalize must handle the word, AR_OUT if
 * it is written (its two bytes in the low 16 bits).
 */
#define AR_WORD		0x10000
#define AR_FORMAT	0x20000
#define AR_UNSAFE	0x40000
#define AR_OUT		0x80000
static uint32_t ar_info[256];

/* Fill the fast-path normalization table once per process */
static void
nf_fill(void)
{
	for (int i = 0; i < 256; i++)
	{
		int32_t		cp = 0x0600 + i;
		int32_t		outcp[ARNEWS_NORM_MAX_EXPANSION];
		int			n = arnews_normalize_cp(cp, outcp);
		char		enc[4];

		nf_len[i] = NF_UNSAFE;
		if (cp == 0x0654)
			continue;			/* combining hamza above: contextual */
		if (n == 0)
			nf_len[i] = 0;
		else if (n == 1 && outcp[0] >= 0x80 && outcp[0] < 0x800)
		{
			arnews_utf8_encode(outcp[0], enc);
			memcpy(nf_bytes[i], enc, 2);
			nf_len[i] = 2;
		}
	}
	if (!cc_ready)
		cc_fill();
	for (int i = 0; i < 256; i++)
	{
		ArnewsCharClass c = (ArnewsCharClass) cc_small[0x600 + i];
		uint32_t	v = 0;

		if (c == ARNEWS_CC_ARABIC || c == ARNEWS_CC_MARK)
			v |= AR_WORD;
		else if (c == ARNEWS_CC_FORMAT)
			v |= AR_FORMAT;
		if (nf_len[i] == NF_UNSAFE)
			v |= AR_UNSAFE;
		else if (nf_len[i] == 2)
			v |= AR_OUT | (unsigned char) nf_bytes[i][0] | ((uint32_t) (unsigned char) nf_bytes[i][1] << 8);
		ar_info[i] = v;
	}
	nf_ready = true;
}

/*
 * True if word_lookup may find an entry for the normalized word n[0..len):
 * tries the lexicon filter on every form word_lookup looks up (the word,
 * without و/ف, without ب/ل/ك after it); a لل form always says yes.
 */
static bool
lookup_may_hit(const uint64_t *filter, const char *n, int len)
{
	int			off = 0;

	if (arnews_dates_filter_maybe(filter, n, len))
		return true;
	if (len < 6)
		return false;
	if (memcmp(n, "\xd9\x88", 2) == 0 || memcmp(n, "\xd9\x81", 2) == 0)
	{
		off = 2;
		if (arnews_dates_filter_maybe(filter, n + off, len - off))
			return true;
	}
	if (len - off < 6)
		return false;
	if (memcmp(n + off, "\xd9\x84\xd9\x84", 4) == 0)
		return true;
	if (memcmp(n + off, "\xd8\xa8", 2) == 0 || memcmp(n + off, "\xd9\x84", 2) == 0 ||
		memcmp(n + off, "\xd9\x83", 2) == 0)
		return arnews_dates_filter_maybe(filter, n + off + 2, len - off - 2);
	return false;
}

/*
 * Annotate an Arabic word; fl >= 0 when the scanner already wrote its
 * normalized form (fl bytes) into w->full.
 */
static void
annotate_arabic(Scan *s, DWord *w, ArnewsBuf *nb, int fl)
{
	size_t		len = w->end - w->start;
	WCache	   *c = NULL;

	if (fl >= 0)
	{
		/* the usual case: no cache, and most words need no lookup */
		if (fl == 0)
			return;
		w->flen = fl;
		if (!lookup_may_hit(s->filter, w->full, fl))
		{
			/* no key among the forms word_lookup tries: same result */
			w->nlen = fl;
			return;
		}
		word_lookup(s->text, w);
		return;
	}
	if (len < WCACHE_RAW)
	{
		c = &wcache[arnews_dates_hash(s->text + w->start, len) & (WCACHE_SLOTS - 1)];
		if (c->rawlen == len && memcmp(c->raw, s->text + w->start, len) == 0)
		{
			size_t		st = w->start,
						en = w->end;
			int32_t		gap = w->gap;

			*w = c->w;
			w->start = st;
			w->end = en;
			w->gap = gap;
			w->cstart = st + c->w.cstart;
			return;
		}
	}
	arnews_buf_reset(nb);
	arnews_normalize(s->text + w->start, len, nb);
	if (nb->len > 0 && nb->len < NORM_MAX)
	{
		memcpy(w->full, nb->data, nb->len);
		w->flen = (int) nb->len;
		word_lookup(s->text, w);
	}
	if (c != NULL)
	{
		c->rawlen = (uint8_t) len;
		memcpy(c->raw, s->text + w->start, len);
		c->w = *w;
		c->w.cstart = w->cstart - w->start;
	}
}

/* Code point and class at byte p < len (as the tokenizer reads it) */
static inline ArnewsCharClass
class_at(const char *t, size_t len, size_t p, size_t *next, int32_t *cp)
{
	unsigned char b = (unsigned char) t[p];

	if (b < 0x80)
	{
		*next = p + 1;
		*cp = b;
		return (ArnewsCharClass) cc_small[b];
	}
	if (b >= 0xC2 && b <= 0xDF && p + 1 < len && ((unsigned char) t[p + 1] & 0xC0) == 0x80)
	{
		*next = p + 2;
		*cp = ((b & 0x1F) << 6) | ((unsigned char) t[p + 1] & 0x3F);
		return (ArnewsCharClass) cc_small[*cp];
	}
	*next = p;
	*cp = arnews_utf8_next(t, len, next);
	return arnews_char_class(*cp);
}

/*
 * The next token that is not blank, from byte *pos (a token boundary or a
 * point inside a run of blanks); false at the end, or when none starts
 * before byte stop (then *pos is where to go on).  Gives exactly the
 * tokens of arnews_tokenizer_next: Arabic words and blank runs are read
 * here with table lookups, every other token (numbers, Latin words, URLs,
 * hashtags, words with inner format characters) by the tokenizer itself,
 * started at the token's first byte (it keeps no other state).
 */
static bool
next_word_token(const char *t, size_t len, size_t stop, size_t *pos, ArnewsToken *tok,
				char *nout, int *nlen)
{
	size_t		p = *pos;

	if (!cc_ready)
		cc_fill();
	if (!nf_ready)
		nf_fill();
	*nlen = -1;
	if (stop > len)
		stop = len;
	while (p < stop)
	{
		size_t		nx;
		int32_t		cp;
		ArnewsCharClass c = class_at(t, len, p, &nx, &cp);

		if (c == ARNEWS_CC_ARABIC)
		{
			size_t		q = p;
			bool		plain = true;
			bool		safe = true;
			int			n = 0;

			/*
			 * Letters and marks of U+0600..U+06FF are normalized on the way
			 * (nf_len); a word with any other character, or a contextual
			 * or long mapping, is left to arnews_normalize.
			 */
			while (q < len)
			{
				unsigned char b0 = (unsigned char) t[q];

				if (b0 >= 0xD8 && b0 <= 0xDB && q + 1 < len &&
					((unsigned char) t[q + 1] & 0xC0) == 0x80)
				{
					uint32_t	inf = ar_info[((b0 & 0x03) << 6) |
											  ((unsigned char) t[q + 1] & 0x3F)];

					if (!(inf & AR_WORD))
					{
						plain = !(inf & AR_FORMAT);
						break;
					}
					if (inf & AR_UNSAFE)
						safe = false;
					else if ((inf & AR_OUT) && safe)
					{
						if (n + 2 > NORM_MAX - 1)
							safe = false;
						else
						{
							nout[n] = (char) (inf & 0xFF);
							nout[n + 1] = (char) ((inf >> 8) & 0xFF);
							n += 2;
						}
					}
					q += 2;
				}
				else
				{
					size_t		n2;
					int32_t		cp2;
					ArnewsCharClass c2 = class_at(t, len, q, &n2, &cp2);

					if (c2 != ARNEWS_CC_ARABIC && c2 != ARNEWS_CC_MARK)
					{
						plain = (c2 != ARNEWS_CC_FORMAT);
						break;
					}
					safe = false;
					q = n2;
				}
			}
			if (plain)
			{
				tok->type = ARNEWS_TOK_ARABIC;
				tok->start = p;
				tok->len = q - p;
				*nlen = safe ? n : -1;
				*pos = q;
				return true;
			}
		}
		else if (c != ARNEWS_CC_ASCII_LETTER && c != ARNEWS_CC_DIGIT &&
				 c != ARNEWS_CC_LETTER && cp != '#' && cp != '@')
		{
			/* a blank, a punctuation mark, a stray mark: no token starts */
			p = nx;
			continue;
		}
		{
			ArnewsTokenizer tz;

			arnews_tokenizer_init(&tz, t, len);
			tz.pos = p;
			if (!arnews_tokenizer_next(&tz, tok))
				break;
			p = tz.pos;
			if (tok->type == ARNEWS_TOK_BLANK)
				continue;
			*pos = p;
			return true;
		}
	}
	*pos = p < len ? p : len;
	return false;
}

/*
 * Append the annotated next word to s->w; false at the end of the text or
 * when no word starts before byte stop (s->pos tells which).
 */
static bool
scan_next_word(Scan *s, ArnewsBuf *nb, size_t stop)
{
	ArnewsToken tok;
	DWord	   *w;
	int			fl;

	if (s->n == s->cap)
	{
		s->cap = s->cap * 2 < WIN_MAX ? s->cap * 2 : WIN_MAX;
		s->w = arnews_realloc(s->w, sizeof(DWord) * s->cap);
	}
	w = &s->w[s->n];
	if (!next_word_token(s->text, s->len, stop, &s->pos, &tok, w->full, &fl))
		return false;
	s->n++;
	w->start = tok.start;
	w->end = tok.start + tok.len;
	w->cstart = w->start;
	w->type = tok.type;
	w->gap = gap_scan(s->text, s->last_end, w->start);
	s->last_end = w->end;
	w->lexc = NULL;
	w->lil = false;
	w->ival = -1;
	w->ndig = 0;
	w->nlen = 0;
	w->flen = 0;
	if (tok.type == ARNEWS_TOK_INT)
	{
		size_t		p = tok.start;
		int64_t		v = 0;
		int			nd = 0;

		while (p < w->end)
		{
			int			d = arnews_digit_value(arnews_utf8_next(s->text, w->end, &p));

			if (d < 0 || nd >= 9)
			{
				nd = -1;
				break;
			}
			v = v * 10 + d;
			nd++;
		}
		if (nd > 0)
		{
			w->ival = (int32_t) v;
			w->ndig = nd;
		}
	}
	else if (tok.type == ARNEWS_TOK_ARABIC && tok.len < NORM_MAX)
		annotate_arabic(s, w, nb, fl);
	w->numcue = w->lexc != NULL &&
		((w->lexc->mask & (ARNEWS_DL_UNIT | ARNEWS_DL_MONTH)) || w->lexc->month_first);
	/* الخامس عشر من الشهر الجاري: الشهر after من (frequent alone: not a cue) */
	if (!w->numcue && w->lexc != NULL &&
		(w->lexc->mask & (ARNEWS_DL_UNITDEF | ARNEWS_DL_MONTHWORD | ARNEWS_DL_THIS)) && s->n >= 2 &&
		w->gap == 0 && w[-1].flen == 4 && memcmp(w[-1].full, "من", 4) == 0)
		w->numcue = true;
	return true;
}

/*
 * Multi-word lexicon entry starting at word i (2 or 3 words, blanks only
 * between them); sets *endw.  Falls back to the single word's entry.
 */
const ArnewsDateLex *
arnews_ds_lex_multi(const Scan *s, int i, int *endw)
{
	const DWord *w = &s->w[i];

	*endw = i + 1;
	if (w->lexc != NULL && w->lexc->multi_first)
	{
		char		key[3 * NORM_MAX + 2];
		size_t		kl = (size_t) w->nlen;
		const ArnewsDateLex *best = NULL;
		int			bestend = 0;

		memcpy(key, WNORM(w), kl);
		for (int k = i + 1; k < s->n && k <= i + 2; k++)
		{
			const ArnewsDateLex *e;

			if (!gap_plain(s, k) || s->w[k].flen == 0)
				break;
			key[kl++] = ' ';
			memcpy(key + kl, s->w[k].full, s->w[k].flen);
			kl += s->w[k].flen;
			e = arnews_dates_lex_lookup(key, kl);
			if (e != NULL && e->mask != 0)
			{
				best = e;
				bestend = k + 1;
			}
		}
		if (best != NULL)
		{
			*endw = bestend;
			return best;
		}
	}
	if (w->lexc != NULL && w->lexc->mask == 0)
		return NULL;
	return w->lexc;
}

/* Index of the word that ends at byte e, searching from word i; -1 if none */
int
arnews_ds_word_ending_at(const Scan *s, int i, size_t e)
{
	for (int k = i; k < s->n && s->w[k].start < e; k++)
		if (s->w[k].end == e)
			return k;
	return -1;
}

/* ------------------------------------------------------------- resolving */

/* Set a one-day span */
void
arnews_ds_set_day(ArnewsDateItem *it, int32_t day)
{
	it->has_span = true;
	it->lo = day;
	it->hi = day + 1;
	it->grain = ARNEWS_GRAIN_DAY;
}

/* Set a Gregorian month span */
void
arnews_ds_set_month(ArnewsDateItem *it, int y, int m)
{
	it->has_span = true;
	it->lo = arnews_days_from_civil(y, m, 1);
	it->hi = m == 12 ? arnews_days_from_civil(y + 1, 1, 1) : arnews_days_from_civil(y, m + 1, 1);
	it->grain = ARNEWS_GRAIN_MONTH;
}

/* Set a Gregorian year span */
void
arnews_ds_set_year(ArnewsDateItem *it, int y)
{
	it->has_span = true;
	it->lo = arnews_days_from_civil(y, 1, 1);
	it->hi = arnews_days_from_civil(y + 1, 1, 1);
	it->grain = ARNEWS_GRAIN_YEAR;
}

/* Set a Hijri month span; false if ICU cannot convert */
static bool
set_hijri_month(ArnewsDateItem *it, int y, int m)
{
	int32_t		a,
				b;

	if (!arnews_hijri_to_days(y, m, 1, &a) ||
		!arnews_hijri_to_days(m == 12 ? y + 1 : y, m == 12 ? 1 : m + 1, 1, &b))
		return false;
	it->has_span = true;
	it->lo = a;
	it->hi = b;
	it->grain = ARNEWS_GRAIN_MONTH;
	it->hijri = true;
	return true;
}

/* Set a Hijri year span */
static bool
set_hijri_year(ArnewsDateItem *it, int y)
{
	int32_t		a,
				b;

	if (!arnews_hijri_to_days(y, 1, 1, &a) || !arnews_hijri_to_days(y + 1, 1, 1, &b))
		return false;
	it->has_span = true;
	it->lo = a;
	it->hi = b;
	it->grain = ARNEWS_GRAIN_YEAR;
	it->hijri = true;
	return true;
}

/* Add n months to a day number (clamping the day of month) */
int32_t
arnews_ds_add_months(int32_t day, int n)
{
	int			y,
				m,
				d;
	int			t;

	arnews_civil_from_days(day, &y, &m, &d);
	t = y * 12 + (m - 1) + n;
	y = t >= 0 ? t / 12 : (t - 11) / 12;
	m = t - y * 12 + 1;
	while (d > 28 && !arnews_valid_civil(y, m, d))
		d--;
	return arnews_days_from_civil(y, m, d);
}

/* Year of a month without a year: the most recent such month (rel 0: this) */
int
arnews_ds_year_for_month(const Scan *s, int m, int rel, bool hijri, int *hyear)
{
	int			y = s->ref_y;
	int			cur_m = s->ref_m;

	if (hijri)
	{
		int			hd;

		if (!arnews_days_to_hijri(s->ref, &y, &cur_m, &hd))
			return -1;
	}
	if (rel == 0)
		;						/* الحالي / الجاري: the current year */
	else if (rel < 0)
		y = m >= cur_m ? y - 1 : y;
	else if (rel > 0)
		y = m <= cur_m ? y + 1 : y;
	if (hyear)
		*hyear = y;
	return y;
}

/* ------------------------------------------------------------- patterns */

/* Start a match covering words [i, endw) from byte start */
void
arnews_ds_match_init(Match *m, size_t start, ArnewsDateKind kind)
{
	memset(m, 0, sizeof(Match));
	m->it.kind = kind;
	m->it.start = start;
}

/* Read a day number (1-31) at word i: digits, or number words/ordinals */
bool
arnews_ds_read_day(const Scan *s, int i, int *day, int *next)
{
	return arnews_ds_read_count(s, i, 1, 31, true, day, next);
}

/* Month name at word i (one or two words), with a paired name after "/" */
bool
arnews_ds_read_month(const Scan *s, int i, int *month, int *msys, int *next, size_t *endbyte)
{
	const ArnewsDateLex *e;
	int			k;

	if (i >= s->n)
		return false;
	e = arnews_ds_lex_multi(s, i, &k);
	if (e == NULL || !(e->mask & ARNEWS_DL_MONTH))
		return false;
	*month = e->month;
	*msys = e->msys;
	*endbyte = s->w[k - 1].end;
	/* فبراير/شباط or فبراير (شباط) */
	if (k < s->n && (gap_char(s, k) == '/' || gap_char(s, k) == '('))
	{
		int			k2;
		bool		paren = gap_char(s, k) == '(';
		const ArnewsDateLex *e2 = arnews_ds_lex_multi(s, k, &k2);

		if (e2 != NULL && (e2->mask & ARNEWS_DL_MONTH) && e2->month == e->month &&
			s->w[k].cstart == s->w[k].start)
		{
			size_t		eb = s->w[k2 - 1].end;

			if (paren)
			{
				/* include the closing parenthesis when it follows at once */
				if (eb < s->len && s->text[eb] == ')')
				{
					*endbyte = eb + 1;
					k = k2;
				}
			}
			else
			{
				*endbyte = eb;
				k = k2;
			}
		}
	}
	*next = k;
	return true;
}

/* Optional era word (هـ، م، ميلادي ...) after a year at word i */
int
arnews_ds_read_era(const Scan *s, int i, int *next)
{
	const ArnewsDateLex *e;

	*next = i;
	if (i >= s->n || !(gap_plain(s, i) || s->w[i].start == s->w[i - 1].end))
		return 0;
	e = lex_has(s, i, ARNEWS_DL_ERA);
	if (e == NULL || e->era == ARNEWS_ERA_CORR || s->w[i].cstart != s->w[i].start)
		return 0;
	*next = i + 1;
	return e->era;
}

/* Year digits at word i (after a blank or a comma gap) */
bool
arnews_ds_read_year(const Scan *s, int i, int minv, int maxv, int *year)
{
	const DWord *w;

	if (i >= s->n)
		return false;
	w = &s->w[i];
	if (w->type != ARNEWS_TOK_INT || w->ival < minv || w->ival > maxv || w->ndig > 4)
		return false;
	/*
	 * Not the start of a longer numeric expression (2025-12, 2025:); a
	 * spaced dash is a separator (03 نوفمبر 2026 - 12:48 م).
	 */
	if (i + 1 < s->n && s->w[i + 1].type == ARNEWS_TOK_INT &&
		(gap_exact(s, i + 1, '-') || gap_char(s, i + 1) == '/' ||
		 gap_char(s, i + 1) == ':' || gap_char(s, i + 1) == '.'))
		return false;
	*year = w->ival;
	return true;
}

/* Relative adjective (الماضي، المقبل، الحالي ...) at word i, blank gap */
bool
arnews_ds_read_rel(const Scan *s, int i, int *rel)
{
	const ArnewsDateLex *e;

	if (i >= s->n || !gap_plain(s, i) || s->w[i].cstart != s->w[i].start)
		return false;
	e = lex_has(s, i, ARNEWS_DL_REL);
	if (e == NULL)
		return false;
	*rel = e->rel;
	return true;
}

/*
 * Month expression at word i: month name(s) + year (+ era) or + relative
 * adjective, or a bare month.  bare_ok allows a month without either.
 */
bool
arnews_ds_match_month_expr(const Scan *s, int i, bool bare_ok, Match *m)
{
	int			mon,
				sys,
				k,
				year,
				rel,
				era = 0,
				k2;
	size_t		eb;

	if (!arnews_ds_read_month(s, i, &mon, &sys, &k, &eb))
		return false;
	arnews_ds_match_init(m, s->w[i].cstart, ARNEWS_DK_DATE);
	if (k < s->n && (gap_plain(s, k) || gap_char(s, k) == ',' || gap_char(s, k) == 0x060C) &&
		arnews_ds_read_year(s, k, sys == ARNEWS_MS_HIJRI ? 1 : 1000, 2200, &year))
	{
		era = arnews_ds_read_era(s, k + 1, &k2);
		m->endw = k2;
		if (sys == ARNEWS_MS_HIJRI || era == ARNEWS_ERA_HIJRI)
		{
			if (!set_hijri_month(&m->it, year, mon))
				return false;
		}
		else
			arnews_ds_set_month(&m->it, year, mon);
	}
	else
	{
		bool		hijri = sys == ARNEWS_MS_HIJRI;
		bool		has_rel = arnews_ds_read_rel(s, k, &rel);

		if (!has_rel && !bare_ok)
			return false;
		m->endw = has_rel ? k + 1 : k;
		m->it.relative = true;
		if (s->has_ref)
		{
			int			y = arnews_ds_year_for_month(s, mon, has_rel ? rel : 2, hijri, NULL);

			if (!has_rel)
			{
				/* most recent such month on or before the reference */
				int			cy = s->ref_y,
							cm = s->ref_m,
							hd;

				if (hijri && !arnews_days_to_hijri(s->ref, &cy, &cm, &hd))
					return false;
				y = mon <= cm ? cy : cy - 1;
			}
			if (hijri)
			{
				if (!set_hijri_month(&m->it, y, mon))
					return false;
			}
			else
				arnews_ds_set_month(&m->it, y, mon);
		}
		else
		{
			m->it.grain = ARNEWS_GRAIN_MONTH;
			m->it.hijri = hijri;
		}
	}
	m->it.end = s->w[m->endw - 1].end;
	if (m->endw == k)
		m->it.end = eb;
	return true;
}

/* Resolve a day of a month expression already matched into m */
bool
arnews_ds_apply_day(const Scan *s, Match *m, int day)
{
	int			y,
				mo,
				d;

	if (!m->it.has_span)
	{
		m->it.grain = ARNEWS_GRAIN_DAY;
		return day >= 1 && day <= 31;
	}
	if (m->it.hijri)
	{
		int			hy,
					hm,
					hd;
		int32_t		dd;

		if (!arnews_days_to_hijri(m->it.lo, &hy, &hm, &hd) ||
			!arnews_hijri_to_days(hy, hm, day, &dd))
			return false;
		arnews_ds_set_day(&m->it, dd);
		return true;
	}
	arnews_civil_from_days(m->it.lo, &y, &mo, &d);
	if (!arnews_valid_civil(y, mo, day))
		return false;
	arnews_ds_set_day(&m->it, arnews_days_from_civil(y, mo, day));
	(void) s;
	return true;
}

/*
 * Day + month (+ year): "23 يناير 2026", "الخامس عشر من فبراير",
 * "18 فبراير/شباط الحالي"; day ranges "يومي 23 و24 يناير", "23-24 يناير",
 * "1 إلى 5 مارس".  i is the first day word.
 */
static bool
match_day_month(const Scan *s, int i, Match *m)
{
	int			d1,
				d2 = 0,
				k,
				k2;
	bool		range = false;
	Match		mm;

	if (!arnews_ds_read_day(s, i, &d1, &k))
		return false;
	/* second day of a range */
	if (k < s->n)
	{
		if (s->w[k].type == ARNEWS_TOK_INT && gap_exact(s, k, '-') &&
			arnews_ds_read_day(s, k, &d2, &k2))
			range = true;
		else if (word_is(s, k, "\xd9\x88") && k + 1 < s->n &&	/* و */
				 arnews_ds_read_day(s, k + 1, &d2, &k2))
			range = true;
		else if ((word_is(s, k, "الي") || word_is(s, k, "حتي")) &&
				 gap_plain(s, k) && arnews_ds_read_day(s, k + 1, &d2, &k2))
			range = true;
		if (range)
		{
			if (d2 <= d1)
				return false;
			k = k2;
		}
	}
	if (k < s->n && word_is(s, k, "من") && gap_plain(s, k) && !range)
		k++;
	if (k >= s->n || !gap_plain(s, k))
		return false;
	/* a month name, or الشهر الجاري / هذا الشهر / الشهر (the reference's) */
	if (!arnews_ds_match_month_expr(s, k, true, &mm) && !arnews_ds_month_ref(s, k, &mm))
		return false;
	*m = mm;
	m->it.start = s->w[i].start;
	if (s->w[i].type == ARNEWS_TOK_ARABIC)
	{
		ArnewsNumber num;

		if (arnews_number_at(s->text, s->len, s->w[i].start, ARNEWS_NUMO_ORDINALS, &num))
			m->it.start = num.start;
	}
	if (!range)
		return arnews_ds_apply_day(s, m, d1);
	else
	{
		Match		m2 = mm;

		if (!arnews_ds_apply_day(s, m, d1) || !arnews_ds_apply_day(s, &m2, d2))
			return false;
		m->it.kind = ARNEWS_DK_RANGE;
		if (m->it.has_span)
			m->it.hi = m2.it.hi;
	}
	return true;
}

/* Numeric dates: yyyy-mm-dd, dd/mm/yyyy (+ هـ), and year ranges 2014-2022 */
static bool
match_numeric(const Scan *s, int i, Match *m)
{
	const DWord *a = &s->w[i];
	int32_t		sep;
	int			y,
				mo,
				d,
				era,
				k;

	if (a->type != ARNEWS_TOK_INT || a->ival < 0 || i + 1 >= s->n)
		return false;
	sep = gap_char(s, i + 1);
	if (sep != '-' && sep != '/' && sep != '.')
		return false;
	if (!gap_exact(s, i + 1, sep) || s->w[i + 1].type != ARNEWS_TOK_INT || s->w[i + 1].ival < 0)
		return false;
	/* year range 2014-2022 */
	if (sep == '-' && a->ndig == 4 && s->w[i + 1].ndig == 4 &&
		a->ival >= 1900 && a->ival <= 2100 && s->w[i + 1].ival > a->ival &&
		s->w[i + 1].ival <= 2100 &&
		!(i + 2 < s->n && gap_exact(s, i + 2, '-') && s->w[i + 2].type == ARNEWS_TOK_INT))
	{
		arnews_ds_match_init(m, a->start, ARNEWS_DK_RANGE);
		m->it.has_span = true;
		m->it.lo = arnews_days_from_civil(a->ival, 1, 1);
		m->it.hi = arnews_days_from_civil(s->w[i + 1].ival + 1, 1, 1);
		m->it.grain = ARNEWS_GRAIN_YEAR;
		m->endw = i + 2;
		m->it.end = s->w[i + 1].end;
		return true;
	}
	/* month/year: 3/2024 (no third part, no digit before) */
	if (sep == '/' && a->ndig <= 2 && a->ival >= 1 && a->ival <= 12 &&
		s->w[i + 1].ndig == 4 && s->w[i + 1].ival >= 1900 && s->w[i + 1].ival <= 2100 &&
		!(i + 2 < s->n && s->w[i + 2].type == ARNEWS_TOK_INT &&
		  (gap_exact(s, i + 2, '/') || gap_exact(s, i + 2, '-') || gap_exact(s, i + 2, '.'))) &&
		!(i > 0 && s->w[i - 1].type == ARNEWS_TOK_INT && s->w[i - 1].end + 1 >= a->start))
	{
		arnews_ds_match_init(m, a->start, ARNEWS_DK_DATE);
		arnews_ds_set_month(&m->it, s->w[i + 1].ival, a->ival);
		m->endw = i + 2;
		m->it.end = s->w[i + 1].end;
		return true;
	}
	if (i + 2 >= s->n || !gap_exact(s, i + 2, sep) || s->w[i + 2].type != ARNEWS_TOK_INT ||
		s->w[i + 2].ival < 0)
		return false;
	/* not part of a longer chain (phone numbers, versions) */
	if (i + 3 < s->n && s->w[i + 3].type == ARNEWS_TOK_INT &&
		(gap_exact(s, i + 3, sep) || gap_exact(s, i + 3, '.')))
		return false;
	if (i > 0 && s->w[i - 1].type == ARNEWS_TOK_INT && s->w[i - 1].end == a->start - 1)
		return false;
	if (a->ndig == 4 && s->w[i + 1].ndig <= 2 && s->w[i + 2].ndig <= 2)
	{
		y = a->ival;
		mo = s->w[i + 1].ival;
		d = s->w[i + 2].ival;
	}
	else if (a->ndig <= 2 && s->w[i + 1].ndig <= 2 && s->w[i + 2].ndig == 4)
	{
		d = a->ival;
		mo = s->w[i + 1].ival;
		y = s->w[i + 2].ival;
	}
	else
		return false;
	era = arnews_ds_read_era(s, i + 3, &k);
	arnews_ds_match_init(m, a->start, ARNEWS_DK_DATE);
	if (era == ARNEWS_ERA_HIJRI || (y >= 1300 && y <= 1500 && era != ARNEWS_ERA_GREG))
	{
		int32_t		day;

		if (y < 1300 || y > 1600 || !arnews_hijri_to_days(y, mo, d, &day))
			return false;
		arnews_ds_set_day(&m->it, day);
		m->it.hijri = true;
	}
	else
	{
		if (y < 1800 || y > 2200 || !arnews_valid_civil(y, mo, d))
			return false;
		arnews_ds_set_day(&m->it, arnews_days_from_civil(y, mo, d));
	}
	m->endw = k;
	m->it.end = s->w[k - 1].end;
	return true;
}

/* عام 2022، سنة 1445 هـ، العام 2020، عامي 2014 و2022 */
static bool
match_yearword(const Scan *s, int i, const ArnewsDateLex *e, Match *m)
{
	int			y,
				k,
				era;

	if (i + 1 >= s->n || !gap_plain(s, i + 1) || !arnews_ds_read_year(s, i + 1, 1, 2200, &y) ||
		s->w[i + 1].ndig < 3)
		return false;
	era = arnews_ds_read_era(s, i + 2, &k);
	if (e->ywcount == 2)
	{
		int			y2;
		int			j = k;

		/* عامي 2014 و2022 */
		if (j + 1 < s->n && word_is(s, j, "\xd9\x88") && arnews_ds_read_year(s, j + 1, y + 1, 2200, &y2))
		{
			arnews_ds_match_init(m, s->w[i].cstart, ARNEWS_DK_RANGE);
			arnews_ds_set_year(&m->it, y);
			m->it.hi = arnews_days_from_civil(y2 + 1, 1, 1);
			m->endw = j + 2;
			m->it.end = s->w[j + 1].end;
			return true;
		}
		return false;
	}
	arnews_ds_match_init(m, s->w[i].cstart, ARNEWS_DK_DATE);
	if (era == ARNEWS_ERA_HIJRI)
	{
		if (!set_hijri_year(&m->it, y))
			return false;
	}
	else
	{
		if (y < 1000)
			return false;
		arnews_ds_set_year(&m->it, y);
	}
	m->endw = k;
	m->it.end = s->w[k - 1].end;
	return true;
}

/* A bare year (2014) in a date context, or "1445 هـ" */
static bool
match_bare_year(const Scan *s, int i, Match *m)
{
	const DWord *a = &s->w[i];
	int			k,
				era,
				p = i - 1;
	bool		ok = false;

	if (a->type != ARNEWS_TOK_INT || a->ndig < 3 || a->ndig > 4)
		return false;
	if (!arnews_ds_read_year(s, i, 1, 2200, &k))
		return false;
	era = arnews_ds_read_era(s, i + 1, &k);
	if (era == ARNEWS_ERA_HIJRI)
	{
		arnews_ds_match_init(m, a->start, ARNEWS_DK_DATE);
		if (!set_hijri_year(&m->it, a->ival))
			return false;
		m->endw = k;
		m->it.end = s->w[k - 1].end;
		return true;
	}
	if (a->ival < 1900 || a->ival > 2100 || a->ndig != 4)
		return false;
	/* skip a glued conjunction و */
	if (p >= 0 && word_is(s, p, "\xd9\x88") && s->w[p].end == a->start)
		p--;
	if (p >= 0 && (s->w[p].type == ARNEWS_TOK_INT || s->w[p].type == ARNEWS_TOK_FLOAT ||
				   lex_has(s, p, ARNEWS_DL_NOYEAR | ARNEWS_DL_APPROX | ARNEWS_DL_COUNTED)))
		return false;
	if (era == ARNEWS_ERA_GREG)
		ok = true;
	else if (p >= 0 && gap_char(s, p + 1) == 0 &&
			 lex_has(s, p, ARNEWS_DL_SIGNAL | ARNEWS_DL_SEASON | ARNEWS_DL_PARTOF))
		ok = !(i + 1 < s->n && gap_plain(s, i + 1) &&
			   lex_has(s, i + 1, ARNEWS_DL_COUNTED | ARNEWS_DL_UNIT));
	else
	{
		int32_t		g = i + 1 < s->n ? gap_char(s, i + 1) : -2;

		if (i + 1 >= s->n)
			ok = true;
		else if (g == '%' || g == ',' || g == '$')
			ok = false;
		else if (g != 0)
			ok = true;			/* punctuation or a line break follows */
		else
			ok = lex_has(s, i + 1, ARNEWS_DL_YFOLLOW) != NULL;
	}
	if (!ok)
		return false;
	arnews_ds_match_init(m, a->start, ARNEWS_DK_DATE);
	arnews_ds_set_year(&m->it, a->ival);
	m->endw = k;
	m->it.end = s->w[k - 1].end;
	return true;
}

/* Day of the most recent weekday wd on or before / after the reference */
int32_t
arnews_ds_weekday_day(const Scan *s, int wd, int rel)
{
	int			cur = arnews_weekday(s->ref);
	int			back = (cur - wd + 7) % 7;
	int			fwd = (wd - cur + 7) % 7;

	if (rel > 0)
		return s->ref + (fwd == 0 ? 7 : fwd);
	if (rel < 0)
		return s->ref - (back == 0 ? 7 : back);
	return s->ref - back;
}

/* [يوم] weekday [الماضي/المقبل]; bare_ok allows the ambiguous الاثنين alone */
bool
arnews_ds_match_weekday(const Scan *s, int i, bool after_pod, Match *m)
{
	int			k = i,
				rel = 0;
	bool		has_dayword = false;
	bool		has_rel;
	const ArnewsDateLex *e;

	if (lex_has(s, k, ARNEWS_DL_DAYWORD) && s->w[k].lexc->ywcount == 1 && k + 1 < s->n &&
		gap_plain(s, k + 1) && lex_has(s, k + 1, ARNEWS_DL_WDAY))
	{
		has_dayword = true;
		k++;
	}
	e = lex_has(s, k, ARNEWS_DL_WDAY);
	if (e == NULL || (k > i && s->w[k].cstart != s->w[k].start))
		return false;
	has_rel = arnews_ds_read_rel(s, k + 1, &rel);
	if (e->wday == 1 && !has_dayword && !has_rel && !after_pod)
		return false;			/* الاثنين is also "the two" */
	arnews_ds_match_init(m, s->w[i].cstart, ARNEWS_DK_DATE);
	m->endw = has_rel ? k + 2 : k + 1;
	m->it.end = s->w[m->endw - 1].end;
	m->it.relative = true;
	m->it.grain = ARNEWS_GRAIN_DAY;
	if (s->has_ref)
		arnews_ds_set_day(&m->it, arnews_ds_weekday_day(s, e->wday, has_rel ? rel : 0));
	return true;
}

/* Deictic day (اليوم، أمس، غداً، بعد غد ...) with an apposed weekday */
bool
arnews_ds_match_deixis(const Scan *s, int i, Match *m)
{
	int			k;
	const ArnewsDateLex *e = arnews_ds_lex_multi(s, i, &k);

	if (e == NULL || !(e->mask & ARNEWS_DL_DEIXIS))
		return false;
	/* اليوم التالي: relative to an event, not to the reference */
	if (k < s->n && gap_plain(s, k) && word_is(s, k, "التالي"))
		return false;
	arnews_ds_match_init(m, s->w[i].cstart, ARNEWS_DK_DATE);
	if (k < s->n && gap_plain(s, k) && s->w[k].cstart == s->w[k].start &&
		lex_has(s, k, ARNEWS_DL_WDAY) && !lex_has(s, k, ARNEWS_DL_DEIXIS))
		k++;
	m->endw = k;
	m->it.end = s->w[k - 1].end;
	m->it.relative = true;
	m->it.grain = ARNEWS_GRAIN_DAY;
	if (s->has_ref)
		arnews_ds_set_day(&m->it, s->ref + e->deixis);
	return true;
}

/* Part of day + day: مساء الثلاثاء، صباح اليوم، ليلة أمس */
static bool
match_pod(const Scan *s, int i, Match *m)
{
	Match		in;

	if (!lex_has(s, i, ARNEWS_DL_POD) || i + 1 >= s->n || !gap_plain(s, i + 1))
		return false;
	if (!arnews_ds_match_deixis(s, i + 1, &in) && !arnews_ds_match_weekday(s, i + 1, true, &in))
		return false;
	*m = in;
	m->it.start = s->w[i].cstart;
	return true;
}

/* الأسبوع الماضي، الشهر الجاري، العام المقبل، هذا العام */
bool
arnews_ds_match_unit_rel(const Scan *s, int i, Match *m)
{
	const ArnewsDateLex *u;
	int			rel = 0,
				k;

	if (lex_has(s, i, ARNEWS_DL_THIS) && i + 1 < s->n && gap_plain(s, i + 1) &&
		s->w[i + 1].cstart == s->w[i + 1].start &&
		(u = lex_has(s, i + 1, ARNEWS_DL_UNITDEF)) != NULL)
		k = i + 2;
	else if ((u = lex_has(s, i, ARNEWS_DL_UNITDEF)) != NULL && arnews_ds_read_rel(s, i + 1, &rel))
		k = i + 2;
	else
		return false;
	arnews_ds_match_init(m, s->w[i].cstart, ARNEWS_DK_DATE);
	m->endw = k;
	m->it.end = s->w[k - 1].end;
	m->it.relative = true;
	m->it.grain = u->unit == ARNEWS_U_WEEK ? ARNEWS_GRAIN_WEEK :
		u->unit == ARNEWS_U_MONTH ? ARNEWS_GRAIN_MONTH : ARNEWS_GRAIN_YEAR;
	if (!s->has_ref)
		return true;
	if (u->unit == ARNEWS_U_WEEK)
	{
		int32_t		mon = s->ref - (arnews_weekday(s->ref) + 6) % 7;

		m->it.has_span = true;
		m->it.lo = mon + 7 * rel;
		m->it.hi = m->it.lo + 7;
	}
	else if (u->unit == ARNEWS_U_MONTH)
	{
		int32_t		first = arnews_ds_add_months(arnews_days_from_civil(s->ref_y, s->ref_m, 1), rel);
		int			y,
					mo,
					d;

		arnews_civil_from_days(first, &y, &mo, &d);
		arnews_ds_set_month(&m->it, y, mo);
	}
	else
		arnews_ds_set_year(&m->it, s->ref_y + rel);
	return true;
}

/* Season + year: ربيع 2022، صيف عام 2019، الشتاء الماضي */
static bool
match_season(const Scan *s, int i, Match *m)
{
	const ArnewsDateLex *e = lex_has(s, i, ARNEWS_DL_SEASON);
	int			y,
				k = i + 1,
				rel;
	int			first_month;

	if (e == NULL || k >= s->n || !gap_plain(s, k))
		return false;
	first_month = 3 * e->season;	/* 3, 6, 9, 12 */
	arnews_ds_match_init(m, s->w[i].cstart, ARNEWS_DK_RANGE);
	if (lex_has(s, k, ARNEWS_DL_YEARWORD) && s->w[k].lexc->ywcount == 1 &&
		k + 1 < s->n && gap_plain(s, k + 1) && arnews_ds_read_year(s, k + 1, 1000, 2200, &y))
		k += 2;
	else if (arnews_ds_read_year(s, k, 1000, 2200, &y) && s->w[k].ndig == 4)
		k += 1;
	else if (arnews_ds_read_rel(s, k, &rel))
	{
		k += 1;
		m->it.relative = true;
		m->it.grain = ARNEWS_GRAIN_SEASON;
		if (!s->has_ref)
		{
			m->endw = k;
			m->it.end = s->w[k - 1].end;
			return true;
		}
		y = s->ref_y;
		if (e->season == 4 && s->ref_m <= 2)
			y--;
		{
			int32_t		lo = arnews_days_from_civil(y, first_month, 1);
			int32_t		hi = arnews_ds_add_months(lo, 3);

			if (rel < 0 && hi > s->ref)
				y--;
			else if (rel > 0 && lo <= s->ref)
				y++;
		}
	}
	else
		return false;
	m->endw = k;
	m->it.end = s->w[k - 1].end;
	m->it.has_span = true;
	m->it.lo = arnews_days_from_civil(y, first_month, 1);
	m->it.hi = arnews_ds_add_months(m->it.lo, 3);
	m->it.grain = ARNEWS_GRAIN_SEASON;
	return true;
}

/* Decades: التسعينيات، تسعينيات القرن الماضي، الثمانينات من القرن العشرين */
static bool
match_decade(const Scan *s, int i, Match *m)
{
	const ArnewsDateLex *e = lex_has(s, i, ARNEWS_DL_DECADE);
	const ArnewsDateLex *c;
	int			k = i + 1,
				k2,
				base = 1900;

	if (e == NULL)
		return false;
	if (k < s->n && word_is(s, k, "من") && gap_plain(s, k))
		k++;
	if (k < s->n && gap_plain(s, k) && (c = arnews_ds_lex_multi(s, k, &k2)) != NULL &&
		(c->mask & ARNEWS_DL_CENTURY))
	{
		if (c->century == 0)
			base = 2000;
		else if (c->century > 1)
			base = c->century;
		k = k2;
	}
	else
		k = i + 1;
	arnews_ds_match_init(m, s->w[i].cstart, ARNEWS_DK_DATE);
	m->endw = k;
	m->it.end = s->w[k - 1].end;
	m->it.has_span = true;
	m->it.lo = arnews_days_from_civil(base + e->decade, 1, 1);
	m->it.hi = arnews_days_from_civil(base + e->decade + 10, 1, 1);
	m->it.grain = ARNEWS_GRAIN_DECADE;
	return true;
}

/* Inner date of مطلع/منتصف/أواخر and of "وقت سابق من" */
bool
arnews_ds_match_period(const Scan *s, int k, Match *in)
{
	const ArnewsDateLex *e;

	if (k >= s->n)
		return false;
	if (arnews_ds_match_month_expr(s, k, true, in) || arnews_ds_match_unit_rel(s, k, in) ||
		match_decade(s, k, in) || arnews_ds_match_month_number(s, k, in))
		return true;
	if ((e = lex_has(s, k, ARNEWS_DL_YEARWORD)) != NULL && match_yearword(s, k, e, in))
		return true;
	if (s->w[k].type == ARNEWS_TOK_INT && s->w[k].ndig == 4 && s->w[k].ival >= 1900 &&
		s->w[k].ival <= 2100)
	{
		arnews_ds_match_init(in, s->w[k].start, ARNEWS_DK_DATE);
		arnews_ds_set_year(&in->it, s->w[k].ival);
		in->endw = k + 1;
		in->it.end = s->w[k].end;
		return true;
	}
	return false;
}

/* مطلع/منتصف/أواخر/نهاية + month, year or period */
static bool
match_partof(const Scan *s, int i, Match *m)
{
	const ArnewsDateLex *e = lex_has(s, i, ARNEWS_DL_PARTOF);
	static const char *const names[] = {NULL, "start", "mid", "end"};

	if (e == NULL || i + 1 >= s->n || !gap_plain(s, i + 1) ||
		s->w[i + 1].cstart != s->w[i + 1].start)
		return false;
	if (!arnews_ds_match_period(s, i + 1, m))
		return false;
	m->it.start = s->w[i].cstart;
	m->it.qualifier = names[e->partof];
	return true;
}

/* Vague adverbs and "وقت سابق من فبراير" */
static bool
match_vague(const Scan *s, int i, Match *m)
{
	int			k;
	const ArnewsDateLex *e = arnews_ds_lex_multi(s, i, &k);

	if (e == NULL || !(e->mask & ARNEWS_DL_VAGUE))
		return false;
	/* وقت سابق من فبراير/شباط الحالي */
	if (s->w[i].nlen == 6 && memcmp(WNORM(&s->w[i]), "وقت", 6) == 0)
	{
		Match		in;

		if (k + 1 < s->n && word_is(s, k, "من") && gap_plain(s, k) && gap_plain(s, k + 1) &&
			arnews_ds_match_period(s, k + 1, &in))
		{
			*m = in;
			m->it.start = s->w[i].cstart;
			m->it.qualifier = e->vague < 0 ? "earlier" : "later";
			return true;
		}
	}
	arnews_ds_match_init(m, s->w[i].cstart, ARNEWS_DK_VAGUE);
	m->endw = k;
	m->it.end = s->w[k - 1].end;
	m->it.relative = true;
	m->it.vague_dir = e->vague > 1 ? 1 : e->vague;
	if (s->has_ref)
	{
		m->it.has_span = true;
		if (m->it.vague_dir == 0)
		{
			m->it.lo = s->ref;
			m->it.hi = s->ref + 1;
		}
		else if (m->it.vague_dir < 0)
		{
			m->it.lo = ARNEWS_DAY_UNBOUNDED;
			m->it.hi = s->ref;
		}
		else
		{
			m->it.lo = s->ref + 1;
			m->it.hi = ARNEWS_DAY_UNBOUNDED;
		}
	}
	return true;
}

/* Largest count of a duration: a million centuries still fit the fields */
#define DURATION_MAX_COUNT 1000000.0

/* Fill the duration fields for count units (count < 0: unspecified) */
static void
set_duration(ArnewsDateItem *it, int unit, double count, int frac4)
{
	static const ArnewsDateGrain grains[] = {ARNEWS_GRAIN_NONE, ARNEWS_GRAIN_MINUTE,
		ARNEWS_GRAIN_HOUR, ARNEWS_GRAIN_DAY, ARNEWS_GRAIN_WEEK, ARNEWS_GRAIN_MONTH,
	ARNEWS_GRAIN_YEAR, ARNEWS_GRAIN_DECADE, ARNEWS_GRAIN_DECADE};
	static const ArnewsDateGrain fine[] = {ARNEWS_GRAIN_NONE, ARNEWS_GRAIN_MINUTE,
		ARNEWS_GRAIN_MINUTE, ARNEWS_GRAIN_HOUR, ARNEWS_GRAIN_HOUR, ARNEWS_GRAIN_DAY,
	ARNEWS_GRAIN_MONTH, ARNEWS_GRAIN_YEAR, ARNEWS_GRAIN_YEAR};
	int64_t		n = (int64_t) count;

	it->kind = ARNEWS_DK_DURATION;
	it->grain = grains[unit];
	if (count < 0)
		return;
	it->has_duration = true;
	/* a fractional count (ربع ساعة، نصف يوم): whole units and quarters */
	if (count != (double) n && frac4 == 0 && unit != ARNEWS_U_HOUR)
	{
		frac4 = (int) ((count - (double) n) * 4 + 0.5);
		if (frac4 == 4)
		{
			n++;
			frac4 = 0;
		}
	}
	switch (unit)
	{
		case ARNEWS_U_MINUTE:
			it->dur_minutes = n;
			break;
		case ARNEWS_U_HOUR:
			/* ثلث ساعة = 20 minutes */
			it->dur_minutes = (int64_t) (count * 60 + 0.5) + frac4 * 15;
			if (count != (double) n)
				frac4 = 1;		/* minute grain */
			break;
		case ARNEWS_U_DAY:
			it->dur_days = (int32_t) n;
			it->dur_minutes = frac4 * 360;
			break;
		case ARNEWS_U_WEEK:
			it->dur_days = (int32_t) (n * 7);
			it->dur_minutes = frac4 * 2520;
			break;
		case ARNEWS_U_MONTH:
			it->dur_months = (int32_t) n;
			it->dur_days = frac4 * 7 + (frac4 == 2 ? 1 : 0);
			break;
		case ARNEWS_U_YEAR:
			it->dur_months = (int32_t) (n * 12 + frac4 * 3);
			break;
		case ARNEWS_U_DECADE:
			it->dur_months = (int32_t) (n * 120 + frac4 * 30);
			break;
		default:
			it->dur_months = (int32_t) (n * 1200 + frac4 * 300);
			break;
	}
	if (frac4 != 0)
		it->grain = fine[unit];
}

/* ونصف / وربع after a duration at word k: quarters, or 0 */
static int
read_fraction(const Scan *s, int k)
{
	if (k < s->n && gap_plain(s, k))
	{
		if (word_is(s, k, "ونصف"))
			return 2;
		if (word_is(s, k, "وربع"))
			return 1;
	}
	return 0;
}

static bool from_ago(const Scan *s, int i, int endw);

/*
 * Durations: [approximator] number unit [ونصف]; dual units (يومين); unit +
 * واحد; a bare unit after a signal or an approximator (منذ أسابيع، نحو شهر).
 */
bool
arnews_ds_match_duration(const Scan *s, int i, Match *m)
{
	int			k = i,
				k2;
	const ArnewsDateLex *a = NULL;
	const ArnewsDateLex *u;
	const char *qual = NULL;
	size_t		start = s->w[i].cstart;
	double		count = -1;
	int			frac;

	/* approximator */
	if ((a = arnews_ds_lex_multi(s, i, &k2)) != NULL && (a->mask & ARNEWS_DL_APPROX))
	{
		qual = a->approx < 0 ? "less_than" : a->approx > 0 ? "more_than" : "approx";
		k = k2;
		if (k >= s->n || !gap_plain(s, k))
			return false;
	}
	else
		a = NULL;
	/* number */
	if (s->w[k].type == ARNEWS_TOK_INT && s->w[k].ival >= 0)
	{
		count = s->w[k].ival;
		k++;
	}
	else if (s->w[k].type == ARNEWS_TOK_FLOAT)
	{
		ArnewsNumber num;
		int			j;

		if (!arnews_number_at(s->text, s->len, s->w[k].start, 0, &num) ||
			(j = arnews_ds_word_ending_at(s, k, num.end)) < 0)
			return false;
		count = num.value;
		k = j + 1;
	}
	else if (s->w[k].type == ARNEWS_TOK_ARABIC && !lex_has(s, k, ARNEWS_DL_UNIT))
	{
		ArnewsNumber num;
		int			j;

		if (!arnews_number_at(s->text, s->len, s->w[k].start, ARNEWS_NUMO_CLITIC, &num) ||
			(num.flags & (ARNEWS_NUMF_ORDINAL | ARNEWS_NUMF_VAGUE)) ||
			(j = arnews_ds_word_ending_at(s, k, num.end)) < 0)
			return false;
		count = num.value;
		if (k == i)
			start = num.start;
		if (num.flags & ARNEWS_NUMF_APPROX)
			qual = num.approx_dir < 0 ? "less_than" : num.approx_dir > 0 ? "more_than" : "approx";
		k = j + 1;
	}
	/* a run of digits or an overflowing number is no duration */
	if (count > DURATION_MAX_COUNT || count != count)
		return false;
	if (count >= 0)
	{
		/* the unit follows the number */
		if (k >= s->n || !gap_plain(s, k) || s->w[k].cstart != s->w[k].start)
			return false;
		u = lex_has(s, k, ARNEWS_DL_UNIT);
		if (u == NULL || u->ucount == 2)
			return false;
		k++;
	}
	else
	{
		/* a unit word alone */
		u = lex_has(s, k, ARNEWS_DL_UNIT);
		if (u == NULL || (k > i && s->w[k].cstart != s->w[k].start))
			return false;
		if (k == i)
			start = s->w[k].cstart;
		if (u->ucount == 2)
			count = 2;
		else if (k + 1 < s->n && gap_plain(s, k + 1) &&
				 (word_is(s, k + 1, "واحد") || word_is(s, k + 1, "واحده")))
		{
			count = 1;
			k++;
		}
		else
		{
			int			p = i - 1;
			const ArnewsDateLex *sig = lex_has(s, p, ARNEWS_DL_SIGNAL);

			/* a bare unit needs a signal or an approximator before it */
			if (a == NULL &&
				(sig == NULL || gap_char(s, i) != 0 || sig->signal == ARNEWS_SIG_IN ||
				 sig->signal == ARNEWS_SIG_DURING) &&
				!(u->ucount == 1 && k == i && from_ago(s, i, k + 1)))
				return false;
			if (u->unit >= ARNEWS_U_DECADE && u->ucount == 1)
				return false;	/* عقد is also "held" / "contract" */
			/* عام 2014: a year, not a duration */
			if (k + 1 < s->n && s->w[k + 1].type == ARNEWS_TOK_INT)
				return false;
			count = u->ucount == 1 ? 1 : -1;
		}
		k++;
	}
	frac = read_fraction(s, k);
	if (frac)
		k++;
	arnews_ds_match_init(m, start, ARNEWS_DK_DURATION);
	set_duration(&m->it, u->unit, count, frac);
	m->it.qualifier = qual;
	m->endw = k;
	m->it.end = s->w[k - 1].end;
	return true;
}

/*
 * Anchor a duration governed by منذ/قبل/بعد (or colloquial من) on the
 * reference: the span is the day it points to (قبل أسبوعين, منذ أسبوع: that
 * many days before; بعد شهر: after).  Hours and minutes point to a moment
 * when the reference has a time of day (بعد ساعتين، قبل ربع ساعة).
 */
void
arnews_ds_anchor_duration(const Scan *s, ArnewsDateItem *it, int signal)
{
	int32_t		off;

	if (!s->has_ref || !it->has_duration)
		return;
	if (signal != ARNEWS_SIG_SINCE && signal != ARNEWS_SIG_BEFORE && signal != ARNEWS_SIG_AFTER)
		return;
	if (it->grain == ARNEWS_GRAIN_MINUTE || it->grain == ARNEWS_GRAIN_HOUR)
	{
		int64_t		now = (int64_t) s->ref * 1440 + s->ref_minute;
		int64_t		d = (int64_t) it->dur_days * 1440 + it->dur_minutes;
		int64_t		at;

		if (!s->has_time || it->dur_months != 0 || d > INT64_C(1) << 40)
			return;
		at = signal == ARNEWS_SIG_AFTER ? now + d : now - d;
		it->relative = true;
		it->has_at = true;
		it->at_minutes = at;
		it->has_span = true;
		it->lo = (int32_t) (at >= 0 ? at / 1440 : (at - 1439) / 1440);
		it->hi = it->lo + 1;
		return;
	}
	it->relative = true;
	if (signal == ARNEWS_SIG_AFTER)
		off = arnews_ds_add_months(s->ref, it->dur_months) + it->dur_days - s->ref;
	else
		off = arnews_ds_add_months(s->ref, -it->dur_months) - it->dur_days - s->ref;
	it->has_span = true;
	it->lo = s->ref + off;
	it->hi = it->lo + 1;
}

/*
 * True if the duration over words [i, endw) is governed by a colloquial
 * "من" meaning "ago" (من شهر، من أسبوعين): من just before it, and no
 * "to" after it (من شهر إلى آخر).
 */
static bool
from_ago(const Scan *s, int i, int endw)
{
	if (i == 0 || gap_char(s, i) != 0 || s->w[i].cstart != s->w[i].start ||
		!word_is(s, i - 1, "من"))
		return false;
	if (endw < s->n && gap_plain(s, endw) &&
		(word_is(s, endw, "الي") || word_is(s, endw, "حتي") || word_is(s, endw, "لاخر") ||
		 word_is(s, endw, "لشهر") || word_is(s, endw, "ل")))
		return false;
	return true;
}

/* Keep m as best if it ends later than best */
static void
consider(Match *best, bool *have, const Match *m)
{
	if (!*have || m->it.end > best->it.end)
	{
		*best = *m;
		*have = true;
	}
}

/* Try every pattern at word i; true with the longest match */
static bool
match_at(const Scan *s, int i, Match *best)
{
	const DWord *w = &s->w[i];
	const ArnewsDateLex *e = w->lexc;
	bool		have = false;
	Match		m;
	uint32_t	mm;

	if (w->type == ARNEWS_TOK_INT)
	{
		if (match_numeric(s, i, &m))
			consider(best, &have, &m);
		if (arnews_ds_match_clock(s, i, &m))
			consider(best, &have, &m);
		if (match_day_month(s, i, &m))
			consider(best, &have, &m);
		if (i + 1 < s->n && lex_has(s, i + 1, ARNEWS_DL_REL) && arnews_ds_match_bare_day(s, i, &m))
			consider(best, &have, &m);
		if (arnews_ds_match_digit_hour(s, i, &m))
			consider(best, &have, &m);
		if (!have && match_bare_year(s, i, &m))
			consider(best, &have, &m);
		if (!have && arnews_ds_match_duration(s, i, &m))
			consider(best, &have, &m);
		return have;
	}
	if (w->type == ARNEWS_TOK_FLOAT)
		return arnews_ds_match_duration(s, i, best);
	if (w->type != ARNEWS_TOK_ARABIC)
		return false;
	/* words the lexicon knows only in other senses may still be numbers (أحد عشر) */
	if (e == NULL ||
		(e->mask & ~(ARNEWS_DL_NTH | ARNEWS_DL_WDAYBARE | ARNEWS_DL_TZNAME)) == 0)
	{
		/* maybe a number word: only worth reading before a unit or month */
		bool		near = false;

		/* أول رمضان is the holiday, not day 1 of the last Ramadan */
		if (e != NULL && e->multi_first && arnews_ds_match_holiday(s, i, &m))
			consider(best, &have, &m);
		/* في السادس عشر، الخامس عشر الجاري */
		if (((i > 0 && gap_char(s, i) == 0 && (word_is(s, i - 1, "في") || word_is(s, i - 1, "يوم"))) ||
			 (i + 1 < s->n && lex_has(s, i + 1, ARNEWS_DL_REL))) &&
			arnews_ds_match_bare_day(s, i, &m))
			consider(best, &have, &m);
		/* الخامسة فجراً، الثانية والنصف */
		if (arnews_ds_maybe_hour(w) && arnews_ds_match_ordinal_hour(s, i, &m))
			consider(best, &have, &m);
		for (int k = i + 1; k < s->n && k <= i + 4 && !near; k++)
			near = s->w[k].numcue;
		if (near)
		{
			if (match_day_month(s, i, &m))
				consider(best, &have, &m);
			if (arnews_ds_match_duration(s, i, &m))
				consider(best, &have, &m);
		}
		if (e == NULL)
			return have;
	}
	/* the classes of the word and of a multi-word entry it starts, looked up once */
	mm = e->mask;
	if (e->multi_first)
	{
		int			mk;
		const ArnewsDateLex *me = arnews_ds_lex_multi(s, i, &mk);

		mm |= me ? me->mask : 0;
	}
	/* nth: أول خميس من، الأسبوع الأول من، الأربعاء الثاني من، اليوم الأخير من */
	if ((e->mask & (ARNEWS_DL_NTH | ARNEWS_DL_WDAY | ARNEWS_DL_UNITDEF | ARNEWS_DL_DEIXIS)) &&
		arnews_ds_match_nth(s, i, &m))
		consider(best, &have, &m);
	/* خميس الأسبوع الماضي، [يوم] الأربعاء من هذا الأسبوع */
	if ((e->mask & (ARNEWS_DL_WDAY | ARNEWS_DL_WDAYBARE | ARNEWS_DL_DAYWORD)) &&
		arnews_ds_match_weekday_week(s, i, &m))
		consider(best, &have, &m);
	/* شهر 3، الشهر الخامس */
	if ((e->mask & (ARNEWS_DL_MONTHWORD | ARNEWS_DL_UNITDEF)) &&
		arnews_ds_match_month_number(s, i, &m))
		consider(best, &have, &m);
	if ((e->mask & ARNEWS_DL_DEIXIS) && arnews_ds_match_day_chain(s, i, &m))
		consider(best, &have, &m);
	if ((mm & ARNEWS_DL_HOLIDAY) && arnews_ds_match_holiday(s, i, &m))
		consider(best, &have, &m);
	if ((mm & ARNEWS_DL_CLOCKWORD) && arnews_ds_match_clockword(s, i, &m))
		consider(best, &have, &m);
	/* a weekday in front of a date: الأربعاء، 03 ديسمبر 2025 */
	if (e->mask & (ARNEWS_DL_WDAY | ARNEWS_DL_DAYWORD))
	{
		int			k = i + 1;

		if (k < s->n && (e->mask & ARNEWS_DL_DAYWORD) && lex_has(s, k, ARNEWS_DL_WDAY) &&
			gap_plain(s, k))
			k++;
		if (k < s->n && (gap_char(s, k) == 0 || gap_char(s, k) == 0x060C || gap_char(s, k) == ','))
		{
			if (match_day_month(s, k, &m) || match_numeric(s, k, &m))
			{
				if (e->mask & ARNEWS_DL_DAYWORD && e->ywcount == 2 && m.it.kind != ARNEWS_DK_RANGE)
					;
				else
				{
					m.it.start = w->cstart;
					consider(best, &have, &m);
				}
			}
		}
		if (arnews_ds_match_weekday(s, i, false, &m))
			consider(best, &have, &m);
	}
	if (mm & ARNEWS_DL_MONTH)
	{
		int			p = i - 1;
		bool		ctx = p >= 0 && gap_char(s, i) == 0 &&
			lex_has(s, p, ARNEWS_DL_SIGNAL | ARNEWS_DL_MONTHWORD);

		if (arnews_ds_match_month_expr(s, i, (!e->ambiguous && e->msys != ARNEWS_MS_HIJRI) || ctx, &m))
		{
			/* شهر رمضان: include شهر */
			consider(best, &have, &m);
		}
	}
	if ((e->mask & ARNEWS_DL_MONTHWORD) && i + 1 < s->n && gap_plain(s, i + 1) &&
		arnews_ds_match_month_expr(s, i + 1, true, &m))
	{
		m.it.start = w->cstart;
		consider(best, &have, &m);
	}
	if ((e->mask & ARNEWS_DL_HOURWORD) && arnews_ds_match_hour_word(s, i, &m))
		consider(best, &have, &m);
	if ((e->mask & ARNEWS_DL_YEARWORD) && match_yearword(s, i, e, &m))
		consider(best, &have, &m);
	if ((mm & ARNEWS_DL_DEIXIS) && arnews_ds_match_deixis(s, i, &m))
		consider(best, &have, &m);
	if ((e->mask & ARNEWS_DL_POD) && match_pod(s, i, &m))
		consider(best, &have, &m);
	if ((e->mask & (ARNEWS_DL_UNITDEF | ARNEWS_DL_THIS)) && arnews_ds_match_unit_rel(s, i, &m))
		consider(best, &have, &m);
	if ((e->mask & ARNEWS_DL_SEASON) && match_season(s, i, &m))
		consider(best, &have, &m);
	if ((e->mask & ARNEWS_DL_DECADE) && match_decade(s, i, &m))
		consider(best, &have, &m);
	if ((e->mask & ARNEWS_DL_PARTOF) && match_partof(s, i, &m))
		consider(best, &have, &m);
	if ((mm & ARNEWS_DL_VAGUE) && match_vague(s, i, &m))
		consider(best, &have, &m);
	if ((mm & (ARNEWS_DL_UNIT | ARNEWS_DL_APPROX)) &&
		arnews_ds_match_duration(s, i, &m))
		consider(best, &have, &m);
	/* a day-number word that is also in the lexicon is not expected */
	return have;
}

/* Append an item to the list */
static void
list_push(ArnewsDateList *out, const ArnewsDateItem *it)
{
	if (out->n == out->cap)
	{
		out->cap = out->cap ? out->cap * 2 : 16;
		out->items = out->items ? arnews_realloc(out->items, sizeof(ArnewsDateItem) * out->cap)
			: arnews_alloc(sizeof(ArnewsDateItem) * out->cap);
	}
	out->items[out->n++] = *it;
}

/*
 * The word window: the recognizer reads at most WIN_AHEAD words after the
 * word it matches at (spelled-out numbers included) and one before it, so
 * holding WIN_MAX words at a time, matching while WIN_AHEAD words follow
 * and keeping WIN_BACK words before the current one when sliding gives the
 * same items as holding every word of the text, in constant memory.
 */
/* Read words into the window until it is full; true at the end of text */
static bool
fill_window(Scan *s, ArnewsBuf *nb)
{
	size_t		from = s->pos;

	while (s->n < WIN_MAX)
	{
		if (s->pos - from >= WIN_BYTES)
			return s->pos >= s->len;
		if (!scan_next_word(s, nb, from + WIN_BYTES))
			return s->pos >= s->len;
	}
	return false;
}

/*
 * The words of the last publication-date scan (the opening bytes of an
 * article), kept in static storage: arnews_dates_extract on the same text
 * (arnews_dates(body, arnews_pubdate(body))) starts from them instead of
 * reading those bytes again.  A word is kept only when the next word starts
 * PRE_SAFE bytes before the end of the scanned prefix, since a token's
 * extent depends on a few characters after it; the text is compared byte
 * for byte before the words are used, so a different text never uses them.
 */
#define PRE_BYTES	ARNEWS_PUBDATE_MAX_READ
#define PRE_WORDS	(PRE_BYTES / 2 + 1)
#define PRE_SAFE	32

static struct
{
	size_t		len;			/* bytes of text compared (0 = empty) */
	char		text[PRE_BYTES];
	int			n;				/* words kept */
	DWord		w[PRE_WORDS];
}			pre_memo;

/* Keep the words of a whole prefix text[0..len) just scanned */
static void
pre_memo_save(const Scan *s)
{
	int			k = 0;

	pre_memo.len = 0;
	if (s->len > PRE_BYTES || s->n > PRE_WORDS)
		return;
	while (k + 1 < s->n && s->w[k + 1].start + PRE_SAFE <= s->len)
		k++;
	if (k == 0)
		return;
	memcpy(pre_memo.text, s->text, s->len);
	memcpy(pre_memo.w, s->w, sizeof(DWord) * k);
	pre_memo.n = k;
	pre_memo.len = s->len;
}

/* Start the word window from the kept words if text begins as they did */
static void
pre_memo_use(Scan *s)
{
	int			k = pre_memo.n;

	if (pre_memo.len == 0 || s->len < pre_memo.len ||
		memcmp(pre_memo.text, s->text, pre_memo.len) != 0)
		return;
	if (k > s->cap)
	{
		s->cap = k;
		s->w = arnews_realloc(s->w, sizeof(DWord) * s->cap);
	}
	memcpy(s->w, pre_memo.w, sizeof(DWord) * k);
	s->n = k;
	s->pos = s->w[k - 1].end;
	s->last_end = s->w[k - 1].end;
}

/* Find and resolve every temporal expression (see dates.h) */
void
arnews_dates_extract(const char *text, size_t len, bool has_ref, int32_t ref_day,
					 ArnewsDateList *out)
{
	ArnewsDatesOptions opts;

	memset(&opts, 0, sizeof(opts));
	opts.has_ref = has_ref;
	opts.ref_day = ref_day;
	arnews_dates_extract_opts(text, len, &opts, out);
}

/* True for the items arnews_dates_pubdate accepts: an absolute day */
static inline bool
is_absolute_day(const ArnewsDateItem *it)
{
	return it->kind == ARNEWS_DK_DATE && it->grain == ARNEWS_GRAIN_DAY && it->has_span &&
		!it->relative;
}

/*
 * True if only spaces, at most one من and (with yawm) at most one يوم lie in
 * text[p, e)
 */
static bool
gap_is(const char *text, size_t p, size_t e, bool yawm)
{
	bool		min = false;

	while (p < e)
	{
		if (text[p] == ' ')
			p++;
		else if (yawm && e - p >= 6 && memcmp(text + p, "\xd9\x8a\xd9\x88\xd9\x85", 6) == 0)
			p += 6, yawm = false;	/* يوم */
		else if (!min && e - p >= 4 && memcmp(text + p, "\xd9\x85\xd9\x86", 4) == 0)
			p += 4, min = true;	/* من */
		else
			return false;
	}
	return true;
}

/*
 * True if d is a day that follows the clock time t with only spaces and the
 * words يوم or من between them: الساعة 9 مساء السبت، العاشرة صباح يوم الأحد.
 */
static bool
day_follows(const char *text, const ArnewsDateItem *t, const ArnewsDateItem *d)
{
	return d->kind == ARNEWS_DK_DATE && d->grain == ARNEWS_GRAIN_DAY && d->has_span &&
		d->start >= t->end && d->start - t->end <= 16 && gap_is(text, t->end, d->start, true);
}

/* The day of day in year y (same month and day), or false (29 February) */
static bool
same_day_in_year(int32_t day, int dy, int32_t *out)
{
	int			y,
				m,
				d;

	arnews_civil_from_days(day, &y, &m, &d);
	if (!arnews_valid_civil(y + dy, m, d))
		return false;
	*out = arnews_days_from_civil(y + dy, m, d);
	return true;
}

/*
 * A day or month whose year was not written, followed by a year (شهر شباط
 * من العام الماضي، 5 مارس من عام 2024، مايو من هذا العام): one item in that
 * year.  Items from first on; removes the year items merged.
 */
static void
merge_month_year(const char *text, ArnewsDateList *out, int first)
{
	for (int k = first; k + 1 < out->n; k++)
	{
		ArnewsDateItem *a = &out->items[k];
		ArnewsDateItem *b = &out->items[k + 1];
		int			ay,
					by,
					m,
					d;
		int32_t		lo,
					hi;

		if (a->kind != ARNEWS_DK_DATE || b->kind != ARNEWS_DK_DATE || !a->has_span ||
			!b->has_span || !a->relative || a->hijri || b->hijri ||
			(a->grain != ARNEWS_GRAIN_DAY && a->grain != ARNEWS_GRAIN_MONTH) ||
			b->grain != ARNEWS_GRAIN_YEAR || a->lo == ARNEWS_DAY_UNBOUNDED ||
			a->hi == ARNEWS_DAY_UNBOUNDED || b->lo == ARNEWS_DAY_UNBOUNDED ||
			b->start < a->end || b->start - a->end > 8 || !gap_is(text, a->end, b->start, false))
			continue;
		arnews_civil_from_days(a->lo, &ay, &m, &d);
		arnews_civil_from_days(b->lo, &by, &m, &d);
		if (!same_day_in_year(a->lo, by - ay, &lo) || !same_day_in_year(a->hi, by - ay, &hi))
			continue;
		a->lo = lo;
		a->hi = hi;
		a->end = b->end;
		a->relative = b->relative;
		memmove(b, b + 1, sizeof(ArnewsDateItem) * (out->n - k - 2));
		out->n--;
	}
}

/*
 * The recognizer: appends the items of text[0..len) to out; with
 * first_day, stops after the first absolute day (whose item is then final:
 * only clock times are changed after the scan) and returns whether one was
 * found.
 */
static bool
extract_core(const char *text, size_t len, const ArnewsDatesOptions *opts,
			 ArnewsDateList *out, bool first_day)
{
	Scan		s;
	ArnewsBuf	nb;
	int			first = out->n;
	int			i = 0;
	bool		has_ref = opts != NULL && opts->has_ref;
	int32_t		ref_day = has_ref ? opts->ref_day : 0;
	bool		eof = false;

	if (text == NULL || len == 0)
		return false;
	memset(&s, 0, sizeof(s));
	s.text = text;
	s.len = len;
	s.has_ref = has_ref;
	s.ref = ref_day;
	if (has_ref)
		arnews_civil_from_days(ref_day, &s.ref_y, &s.ref_m, &s.ref_d);
	s.has_time = has_ref && opts->has_time && opts->ref_minute >= 0 && opts->ref_minute < 1440;
	s.ref_minute = s.has_time ? opts->ref_minute : 0;
	s.filter = arnews_dates_lex_filter();
	/* about one word in six bytes of news text: grow at most once or twice */
	s.cap = len / 6 + 16 < WIN_MAX ? (int) (len / 6) + 16 : WIN_MAX;
	s.w = arnews_alloc(sizeof(DWord) * s.cap);
	if (!first_day)
		pre_memo_use(&s);
	arnews_buf_init(&nb, 64);
	for (;;)
	{
		int			limit;

		eof = fill_window(&s, &nb);
		if (first_day && eof && i == 0)
			pre_memo_save(&s);
		limit = eof ? s.n : s.n - WIN_AHEAD;
		while (i < limit)
		{
			Match		m;

			if (match_at(&s, i, &m) && m.endw > i)
			{
				int			p = i - 1;
				const ArnewsDateLex *sig;

				/* the governing signal before the span */
				if (p >= 0 && gap_char(&s, i) == 0 && s.w[i].cstart == s.w[i].start &&
					(sig = lex_has(&s, p, ARNEWS_DL_SIGNAL)) != NULL)
				{
					m.it.modifier = arnews_dates_signal_name(sig->signal);
					if (m.it.kind == ARNEWS_DK_DURATION)
						arnews_ds_anchor_duration(&s, &m.it, sig->signal);
				}
				/* colloquial من شهر / من ساعتين: "a month ago" */
				else if (m.it.kind == ARNEWS_DK_DURATION && from_ago(&s, i, m.endw))
				{
					m.it.modifier = arnews_dates_signal_name(ARNEWS_SIG_SINCE);
					arnews_ds_anchor_duration(&s, &m.it, ARNEWS_SIG_BEFORE);
				}
				if (m.it.relative && !has_ref)
					m.it.has_span = false;
				list_push(out, &m.it);
				if (first_day && is_absolute_day(&m.it))
				{
					arnews_buf_free(&nb);
					arnews_free(s.w);
					return true;
				}
				i = m.endw;
			}
			else
				i++;
		}
		if (eof)
			break;
		if (opts != NULL && opts->tick != NULL)
			opts->tick(opts->tick_arg);
		/* slide: keep WIN_BACK words before the current one */
		if (i - WIN_BACK > 0)
		{
			int			drop = i - WIN_BACK;

			memmove(s.w, s.w + drop, sizeof(DWord) * (s.n - drop));
			s.n -= drop;
			i -= drop;
		}
	}
	arnews_buf_free(&nb);
	merge_month_year(text, out, first);
	/*
	 * clock times take the day named right after them, else the day of a
	 * date (or of a clock time that has one) just before them, else the
	 * reference's
	 */
	for (int k = first, prev_dated = -1; k < out->n; k++)
	{
		ArnewsDateItem *t = &out->items[k];
		int64_t		mins = t->at_minutes;
		bool		dated = false;

		/* now (الآن، في هذه اللحظة) is the reference's moment */
		if (t->kind == ARNEWS_DK_VAGUE && t->vague_dir == 0 && t->has_span && s.has_time)
		{
			t->has_at = true;
			t->at_minutes = (int64_t) ref_day * 1440 + s.ref_minute;
		}
		if (t->kind != ARNEWS_DK_TIME)
			continue;
		if (t->has_span)
		{
			/* its own day: الخامسة من صباح اليوم */
			t->at_minutes = (int64_t) t->lo * 1440 + mins;
			t->has_at = true;
			dated = true;
		}
		else if (k + 1 < out->n && day_follows(text, t, &out->items[k + 1]))
		{
			/* the day named right after it: الساعة 9 مساء السبت، الثالثة فجر الخميس */
			ArnewsDateItem *d = &out->items[k + 1];

			t->at_minutes = (int64_t) d->lo * 1440 + mins;
			t->has_at = true;
			t->has_span = true;
			t->hijri = d->hijri;
			dated = true;
		}
		else if (k > first)
		{
			ArnewsDateItem *d = &out->items[k - 1];

			if (((d->kind == ARNEWS_DK_DATE && d->grain == ARNEWS_GRAIN_DAY && d->has_span) ||
				 prev_dated == k - 1) &&
				t->start - d->end <= 24)
			{
				t->at_minutes = (int64_t) d->lo * 1440 + mins;
				t->has_at = true;
				t->has_span = true;
				t->hijri = d->hijri;
				dated = true;
			}
		}
		if (dated)
			prev_dated = k;
		else
		{
			t->relative = true;
			if (has_ref)
			{
				t->at_minutes = (int64_t) ref_day * 1440 + mins;
				t->has_at = true;
				t->has_span = true;
			}
			else
				t->at_minutes = 0;
		}
		if (t->has_at)
		{
			/* the day of the moment (منتصف الليل is 00:00 of the next day) */
			t->lo = (int32_t) (t->at_minutes >= 0 ? t->at_minutes / 1440 :
							   (t->at_minutes - 1439) / 1440);
			t->hi = t->lo + 1;
			if (t->zone_fixed)
			{
				t->has_utc = true;
				t->utc_minutes = t->at_minutes - t->zone_offset;
			}
			else if (t->zone != NULL)
			{
				int32_t		off;

				if (arnews_zone_offset(t->zone, t->at_minutes, &off))
				{
					t->has_utc = true;
					t->utc_minutes = t->at_minutes - off;
				}
			}
		}
	}
	arnews_free(s.w);
	return false;
}

/* Find and resolve every temporal expression, with options (see dates.h) */
void
arnews_dates_extract_opts(const char *text, size_t len, const ArnewsDatesOptions *opts,
						  ArnewsDateList *out)
{
	(void) extract_core(text, len, opts, out, false);
}

/*
 * The first absolute day among the items of text[0..len) (what
 * arnews_dates_extract would list first), without reading further.
 */
bool
arnews_dates_first_day(const char *text, size_t len, int32_t *day)
{
	ArnewsDateList list = {NULL, 0, 0};
	bool		found = extract_core(text, len, NULL, &list, true);

	if (found)
		*day = list.items[list.n - 1].lo;
	if (list.items)
		arnews_free(list.items);
	return found;
}
