/*-------------------------------------------------------------------------
 *
 * normalize.c
 *		The arnews normalizer (rules in normalize.h).
 *
 * ASCII is copied as is; the Arabic block goes through a 256-entry table;
 * presentation forms are expanded with ICU's NFKC decomposition mapping and
 * each resulting character is mapped again.  Output is valid UTF-8 even on
 * invalid input (bad bytes become U+FFFD).
 *
 * IDENTIFICATION
 *	  src/core/normalize.c
 *
 *-------------------------------------------------------------------------
 */
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/utf16.h>

#include "chars.h"
#include "normalize.h"

#define MAP_KEEP	0			/* code point unchanged */
#define MAP_DROP	1			/* removed */
#define MAP_HAMZA_ABOVE 2		/* combining hamza above: contextual */

/*
 * Mapping of U+0600..U+06FF: MAP_KEEP, MAP_DROP, MAP_HAMZA_ABOVE or the
 * target code point (ASCII digits and signs included).
 */
static const uint16_t arabic_block[256] = {
	/* signs and small high marks */
	[0x10] = MAP_DROP,[0x11] = MAP_DROP,[0x12] = MAP_DROP,[0x13] = MAP_DROP,
	[0x14] = MAP_DROP,[0x15] = MAP_DROP,[0x16] = MAP_DROP,[0x17] = MAP_DROP,
	[0x18] = MAP_DROP,[0x19] = MAP_DROP,[0x1A] = MAP_DROP,
	[0x1C] = MAP_DROP,			/* ARABIC LETTER MARK (bidi) */
	/* alef with madda / hamza above / hamza below */
	[0x22] = 0x0627,[0x23] = 0x0627,[0x25] = 0x0627,
	/* waw and yeh with hamza */
	[0x24] = 0x0621,[0x26] = 0x0621,
	[0x29] = 0x0647,			/* ta marbuta */
	[0x40] = MAP_DROP,			/* tatweel */
	[0x49] = 0x064A,			/* alef maqsura */
	/* harakat, tanwin, shadda, sukun and other marks */
	[0x4B] = MAP_DROP,[0x4C] = MAP_DROP,[0x4D] = MAP_DROP,[0x4E] = MAP_DROP,
	[0x4F] = MAP_DROP,[0x50] = MAP_DROP,[0x51] = MAP_DROP,[0x52] = MAP_DROP,
	[0x53] = MAP_DROP,[0x54] = MAP_HAMZA_ABOVE,[0x55] = MAP_DROP,[0x56] = MAP_DROP,
	[0x57] = MAP_DROP,[0x58] = MAP_DROP,[0x59] = MAP_DROP,[0x5A] = MAP_DROP,
	[0x5B] = MAP_DROP,[0x5C] = MAP_DROP,[0x5D] = MAP_DROP,[0x5E] = MAP_DROP,
	[0x5F] = MAP_DROP,
	/* Arabic-Indic digits and number signs */
	[0x60] = '0',[0x61] = '1',[0x62] = '2',[0x63] = '3',[0x64] = '4',
	[0x65] = '5',[0x66] = '6',[0x67] = '7',[0x68] = '8',[0x69] = '9',
	[0x6A] = '%',[0x6B] = '.',[0x6C] = ',',
	[0x70] = MAP_DROP,			/* superscript (dagger) alef */
	/* wasla and other alef forms */
	[0x71] = 0x0627,[0x72] = 0x0627,[0x73] = 0x0627,[0x75] = 0x0627,
	[0x76] = 0x0621,			/* high hamza waw */
	[0x77] = 0x0621,			/* u with hamza above */
	[0x78] = 0x0621,			/* high hamza yeh */
	[0x79] = 0x062A,			/* tteh */
	[0x7A] = 0x062A,[0x7B] = 0x0628,[0x7C] = 0x062A,[0x7D] = 0x062A,
	[0x7E] = 0x0628,			/* peh */
	[0x7F] = 0x062A,[0x80] = 0x0628,
	[0x81] = 0x062D,[0x82] = 0x062D,[0x83] = 0x062C,[0x84] = 0x062C,
	[0x85] = 0x062D,
	[0x86] = 0x062C,			/* tcheh */
	[0x87] = 0x062C,
	[0x88] = 0x062F,			/* ddal */
	[0x89] = 0x062F,[0x8A] = 0x062F,[0x8B] = 0x062F,[0x8C] = 0x062F,
	[0x8D] = 0x062F,[0x8E] = 0x062F,[0x8F] = 0x062F,[0x90] = 0x062F,
	[0x91] = 0x0631,			/* rreh */
	[0x92] = 0x0631,[0x93] = 0x0631,[0x94] = 0x0631,[0x95] = 0x0631,
	[0x96] = 0x0631,[0x97] = 0x0631,
	[0x98] = 0x0632,			/* jeh */
	[0x99] = 0x0631,
	[0x9A] = 0x0633,[0x9B] = 0x0633,[0x9C] = 0x0633,
	[0x9D] = 0x0635,[0x9E] = 0x0635,
	[0x9F] = 0x0637,
	[0xA0] = 0x0639,
	[0xA1] = 0x0641,[0xA2] = 0x0641,[0xA3] = 0x0641,
	[0xA4] = 0x0641,			/* veh */
	[0xA5] = 0x0641,[0xA6] = 0x0641,
	[0xA7] = 0x0642,
	[0xA8] = 0x0642,			/* qaf with three dots (Maghrebi g) */
	[0xA9] = 0x0643,			/* keheh */
	[0xAA] = 0x0643,[0xAB] = 0x0643,[0xAC] = 0x0643,[0xAD] = 0x0643,
	[0xAE] = 0x0643,
	[0xAF] = 0x0643,			/* gaf */
	[0xB0] = 0x0643,[0xB1] = 0x0643,[0xB2] = 0x0643,[0xB3] = 0x0643,
	[0xB4] = 0x0643,
	[0xB5] = 0x0644,[0xB6] = 0x0644,[0xB7] = 0x0644,[0xB8] = 0x0644,
	[0xB9] = 0x0646,[0xBA] = 0x0646,[0xBB] = 0x0646,[0xBC] = 0x0646,
	[0xBD] = 0x0646,
	[0xBE] = 0x0647,			/* heh doachashmee */
	[0xBF] = 0x062C,
	[0xC0] = 0x0647,			/* heh with yeh above */
	[0xC1] = 0x0647,[0xC2] = 0x0647,[0xC3] = 0x0647,
	[0xC4] = 0x0648,[0xC5] = 0x0648,[0xC6] = 0x0648,[0xC7] = 0x0648,
	[0xC8] = 0x0648,[0xC9] = 0x0648,[0xCA] = 0x0648,[0xCB] = 0x0648,
	[0xCC] = 0x064A,			/* Farsi yeh */
	[0xCD] = 0x064A,[0xCE] = 0x064A,[0xCF] = 0x0648,
	[0xD0] = 0x064A,[0xD1] = 0x064A,[0xD2] = 0x064A,[0xD3] = 0x0621,
	[0xD5] = 0x0647,			/* ae */
	/* Qur'anic annotation marks U+06D6..U+06ED */
	[0xD6] = MAP_DROP,[0xD7] = MAP_DROP,[0xD8] = MAP_DROP,[0xD9] = MAP_DROP,
	[0xDA] = MAP_DROP,[0xDB] = MAP_DROP,[0xDC] = MAP_DROP,[0xDD] = MAP_DROP,
	[0xDE] = MAP_DROP,[0xDF] = MAP_DROP,[0xE0] = MAP_DROP,[0xE1] = MAP_DROP,
	[0xE2] = MAP_DROP,[0xE3] = MAP_DROP,[0xE4] = MAP_DROP,[0xE5] = MAP_DROP,
	[0xE6] = MAP_DROP,[0xE7] = MAP_DROP,[0xE8] = MAP_DROP,[0xE9] = MAP_DROP,
	[0xEA] = MAP_DROP,[0xEB] = MAP_DROP,[0xEC] = MAP_DROP,[0xED] = MAP_DROP,
	/* extended Arabic-Indic digits */
	[0xF0] = '0',[0xF1] = '1',[0xF2] = '2',[0xF3] = '3',[0xF4] = '4',
	[0xF5] = '5',[0xF6] = '6',[0xF7] = '7',[0xF8] = '8',[0xF9] = '9',
};

/* True for Arabic presentation forms A and B, which NFKC expands */
static inline int
is_presentation_form(int32_t cp)
{
	return (cp >= 0xFB50 && cp <= 0xFDFF) || (cp >= 0xFE70 && cp <= 0xFEFE);
}

/* Map one non-presentation-form code point: MAP_* or a target */
static inline int32_t
map_simple(int32_t cp)
{
	if (cp < 0x80)
		return cp;
	if (cp >= 0x0600 && cp <= 0x06FF)
	{
		uint16_t	m = arabic_block[cp - 0x0600];

		if (m == MAP_KEEP)
			return cp;
		if (m == MAP_DROP)
			return -1;
		if (m == MAP_HAMZA_ABOVE)
			return -2;
		return m;
	}
	if (cp >= 0x08D3 && cp <= 0x08FF)
		return -1;				/* Arabic Extended-A marks and U+08E2 */
	if (arnews_char_class(cp) == ARNEWS_CC_FORMAT)
		return -3;				/* removed unless inside an emoji sequence */
	return cp;
}

/* Expand a presentation form through ICU's NFKC mapping (UTF-16 → cps) */
static int
expand_presentation(int32_t cp, int32_t *out)
{
	UErrorCode	status = U_ZERO_ERROR;
	const UNormalizer2 *nfkc = unorm2_getNFKCInstance(&status);
	UChar		dec[ARNEWS_NORM_MAX_EXPANSION];
	int32_t		n;
	int			count = 0;

	if (cp >= 0xFE70 && cp <= 0xFE7F)
		return 0;				/* isolated/medial harakat and tatweel forms */
	if (U_FAILURE(status))
	{
		out[0] = cp;
		return 1;
	}
	n = unorm2_getDecomposition(nfkc, cp, dec, ARNEWS_NORM_MAX_EXPANSION, &status);
	if (U_FAILURE(status) || n < 0)
	{
		out[0] = cp;
		return 1;
	}
	for (int32_t i = 0; i < n && count < ARNEWS_NORM_MAX_EXPANSION;)
	{
		UChar32		c;

		U16_NEXT(dec, i, n, c);
		out[count++] = c;
	}
	return count;
}

int
arnews_normalize_cp(int32_t cp, int32_t *out)
{
	int32_t		raw[ARNEWS_NORM_MAX_EXPANSION];
	int			nraw;
	int			count = 0;

	if (is_presentation_form(cp))
		nraw = expand_presentation(cp, raw);
	else
	{
		raw[0] = cp;
		nraw = 1;
	}
	for (int i = 0; i < nraw; i++)
	{
		int32_t		m = map_simple(raw[i]);

		if (m >= 0)
			out[count++] = m;
	}
	return count;
}

int
arnews_is_ignorable(int32_t cp)
{
	int32_t		m;

	if (cp < 0x80)
		return 0;
	m = map_simple(cp);
	return m == -1 || m == -2 || m == -3;
}

/*
 * Emit one mapped code point, applying the contextual rules that need the
 * previous output character (*last, whose encoding starts at *last_at).
 */
static void
emit(ArnewsBuf *out, int32_t m, int32_t orig, int32_t next_cp,
	 int32_t *last, size_t *last_at)
{
	if (m == -1)
		return;
	if (m == -2)
	{
		/* combining hamza above: و+ٔ and ي/ى+ٔ are a seated hamza */
		if (*last == 0x0648 || *last == 0x064A)
		{
			out->len = *last_at;
			*last = 0x0621;
			arnews_buf_append_cp(out, 0x0621);
		}
		return;
	}
	if (m == -3)
	{
		/* keep ZWJ and tags that join emoji; drop other format chars */
		/*
		 * A ZWJ joins two emoji only when a real pictograph follows (a tag
		 * or modifier after it would leave a dangling ZWJ on the next pass,
		 * breaking idempotence).
		 */
		if (!((orig == 0x200D || (orig >= 0xE0020 && orig <= 0xE007F)) &&
			  arnews_is_pictographic(*last) &&
			  (orig != 0x200D ||
			   (next_cp > 0 && u_hasBinaryProperty(next_cp, UCHAR_EXTENDED_PICTOGRAPHIC)))))
			return;
		m = orig;
	}
	*last_at = out->len;
	*last = m;
	arnews_buf_append_cp(out, m);
}

void
arnews_normalize(const char *s, size_t len, ArnewsBuf *out)
{
	size_t		pos = 0;
	int32_t		last = 0;
	size_t		last_at = out->len;

	arnews_buf_reserve(out, len);
	while (pos < len)
	{
		unsigned char b = (unsigned char) s[pos];
		int32_t		cp;
		int32_t		next_cp = 0;

		if (b < 0x80)
		{
			/* ASCII run: copy as is */
			size_t		start = pos;

			while (pos < len && (unsigned char) s[pos] < 0x80)
				pos++;
			arnews_buf_append(out, s + start, pos - start);
			last = (unsigned char) s[pos - 1];
			last_at = out->len - 1;
			continue;
		}
		cp = arnews_utf8_next(s, len, &pos);
		if (is_presentation_form(cp))
		{
			int32_t		raw[ARNEWS_NORM_MAX_EXPANSION];
			int			nraw = expand_presentation(cp, raw);

			for (int i = 0; i < nraw; i++)
				emit(out, map_simple(raw[i]), raw[i],
					 i + 1 < nraw ? raw[i + 1] : 0, &last, &last_at);
			continue;
		}
		if (pos < len && (cp == 0x200D))
		{
			size_t		q = pos;

			next_cp = arnews_utf8_next(s, len, &q);
		}
		emit(out, map_simple(cp), cp, next_cp, &last, &last_at);
	}
}
