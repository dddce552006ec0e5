/*-------------------------------------------------------------------------
 *
 * numlex.c
 *		Phrase tables over normalized Arabic words (see numlex.h).
 *
 * IDENTIFICATION
 *	  src/core/numlex.c
 *
 *-------------------------------------------------------------------------
 */
#include <string.h>

#include "chars.h"
#include "normalize.h"
#include "numlex.h"
#include "utf8.h"

/* FNV-1a hash of a key */
static uint32_t
hash_key(const char *key, int klen)
{
	uint32_t	h = 2166136261u;

	for (int i = 0; i < klen; i++)
	{
		h ^= (unsigned char) key[i];
		h *= 16777619u;
	}
	return h;
}

/* Find the slot of key, or of the empty slot where it would go */
static int
find_slot(const ArnewsNumlex *lex, const char *key, int klen)
{
	uint32_t	mask = (uint32_t) lex->nslots - 1;
	uint32_t	i = hash_key(key, klen) & mask;

	for (;;)
	{
		int32_t		s = lex->slots[i];

		if (s == 0)
			return (int) i;
		if (lex->entries[s - 1].len == klen &&
			memcmp(lex->entries[s - 1].form, key, klen) == 0)
			return (int) i;
		i = (i + 1) & mask;
	}
}

/* Get or create the entry for key; NULL when the table is full */
static ArnewsNumlexEntry *
intern(ArnewsNumlex *lex, const char *key, int klen)
{
	int			slot = find_slot(lex, key, klen);
	ArnewsNumlexEntry *e;

	if (lex->slots[slot] != 0)
		return &lex->entries[lex->slots[slot] - 1];
	if (lex->n >= lex->cap)
		return NULL;
	e = &lex->entries[lex->n];
	memset(e, 0, sizeof(*e));
	memcpy(e->form, key, klen);
	e->len = (uint8_t) klen;
	lex->slots[slot] = ++lex->n;
	return e;
}

/* True if the bytes at s are the two-byte Arabic letter cp */
static inline bool
ends_with(const char *s, int len, const char *suffix, int slen)
{
	return len >= slen && memcmp(s + len - slen, suffix, slen) == 0;
}

void
arnews_numlex_stem(char *norm, int *len)
{
	int			n = *len;

	/* all letters here are two-byte Arabic letters: n / 2 letters */
	if (n >= 8 && memcmp(norm, "ال", 4) == 0)
	{
		memmove(norm, norm + 4, n - 4);
		n -= 4;
	}
	if (n >= 8 && ends_with(norm, n, "ات", 4))
		n -= 4;
	else if (n >= 10 && (ends_with(norm, n, "ين", 4) || ends_with(norm, n, "ون", 4) ||
						 ends_with(norm, n, "ان", 4)))
		n -= 4;
	if (n >= 6 && (ends_with(norm, n, "ا", 2) || ends_with(norm, n, "ه", 2)))
		n -= 2;
	*len = n;
}

/*
 * The letters U+0600-U+067F (UTF-8 lead byte D8 or D9) that are Arabic
 * letters which arnews_normalize leaves as they are: most letters of a word,
 * copied without the per-character lookups.  Filled once from the
 * normalizer and the character classes themselves.
 */
static bool plain_letter[128];
static bool plain_ready = false;

static void
init_plain(void)
{
	for (int i = 0; i < 128; i++)
	{
		int32_t		cp = 0x600 + i;
		int32_t		mapped[ARNEWS_NORM_MAX_EXPANSION];

		plain_letter[i] = cp != 0x0640 && arnews_char_class(cp) == ARNEWS_CC_ARABIC &&
			arnews_normalize_cp(cp, mapped) == 1 && mapped[0] == cp;
	}
	plain_ready = true;
}

bool
arnews_numlex_read_word(const char *text, size_t len, size_t pos, bool stem,
						ArnewsNumWord *w)
{
	size_t		p = pos;
	int			n = 0;
	bool		any_letter = false;

	w->start = pos;
	w->len = 0;
	if (!plain_ready)
		init_plain();
	while (p < len)
	{
		size_t		q = p;
		unsigned char c0 = (unsigned char) text[p];
		int32_t		cp;
		ArnewsCharClass cc;
		int32_t		mapped[ARNEWS_NORM_MAX_EXPANSION];
		int			nm;

		/* fast path: a two-byte Arabic letter that normalization keeps */
		if ((c0 == 0xD8 || c0 == 0xD9) && p + 1 < len &&
			((unsigned char) text[p + 1] & 0xC0) == 0x80 &&
			plain_letter[((c0 & 0x01) << 6) | ((unsigned char) text[p + 1] & 0x3F)])
		{
			any_letter = true;
			if (n >= 0 && n + 2 >= ARNEWS_NUMLEX_FORM_MAX)
				n = -1;
			else if (n >= 0)
			{
				w->norm[n] = text[p];
				w->norm[n + 1] = text[p + 1];
				n += 2;
			}
			p += 2;
			continue;
		}
		cp = arnews_utf8_next(text, len, &q);

		if (cp < 0x80)
			break;
		cc = arnews_char_class(cp);
		if (cc != ARNEWS_CC_ARABIC && cc != ARNEWS_CC_MARK && cc != ARNEWS_CC_FORMAT)
			break;
		if (cc == ARNEWS_CC_ARABIC && !any_letter)
			any_letter = (cp != 0x0640);
		if (!any_letter && cc != ARNEWS_CC_ARABIC)
			break;				/* a word starts with a letter */
		nm = arnews_normalize_cp(cp, mapped);
		for (int i = 0; i < nm && n >= 0; i++)
		{
			char		enc[4];
			int			el = arnews_utf8_encode(mapped[i], enc);

			if (n + el >= ARNEWS_NUMLEX_FORM_MAX)
				n = -1;
			else
			{
				memcpy(w->norm + n, enc, el);
				n += el;
			}
		}
		p = q;
	}
	if (!any_letter)
		return false;
	w->end = p;
	if (n >= 0 && stem)
		arnews_numlex_stem(w->norm, &n);
	w->len = n;
	if (n >= 0)
		w->norm[n] = '\0';
	return true;
}

const ArnewsNumlexEntry *
arnews_numlex_get(const ArnewsNumlex *lex, const char *key, int klen)
{
	int			slot;

	if (klen <= 0 || klen >= ARNEWS_NUMLEX_FORM_MAX || lex->n == 0)
		return NULL;
	slot = find_slot(lex, key, klen);
	if (lex->slots[slot] == 0)
		return NULL;
	return &lex->entries[lex->slots[slot] - 1];
}

size_t
arnews_numlex_skip_blank(const char *text, size_t len, size_t pos)
{
	while (pos < len)
	{
		unsigned char c = (unsigned char) text[pos];

		if (c == ' ' || c == '\t')
			pos++;
		else if (c == 0xC2 && pos + 1 < len && (unsigned char) text[pos + 1] == 0xA0)
			pos += 2;
		else
			break;
	}
	return pos;
}

const ArnewsNumlexEntry *
arnews_numlex_match(const ArnewsNumlex *lex, const char *text, size_t len,
					size_t pos, size_t *end)
{
	char		key[ARNEWS_NUMLEX_FORM_MAX];
	int			klen = 0;
	const ArnewsNumlexEntry *best = NULL;
	size_t		p = pos;

	for (int nw = 0; nw < ARNEWS_NUMLEX_MAX_WORDS; nw++)
	{
		ArnewsNumWord w;
		const ArnewsNumlexEntry *e;

		if (nw > 0)
		{
			size_t		q = arnews_numlex_skip_blank(text, len, p);

			if (q == p)
				break;
			p = q;
		}
		if (!arnews_numlex_read_word(text, len, p, lex->stem, &w) || w.len <= 0)
			break;
		if (klen + (nw > 0) + w.len >= ARNEWS_NUMLEX_FORM_MAX)
			break;
		if (nw > 0)
			key[klen++] = ' ';
		memcpy(key + klen, w.norm, w.len);
		klen += w.len;
		e = arnews_numlex_get(lex, key, klen);
		if (e == NULL)
			break;
		p = w.end;
		if (e->is_entry)
		{
			best = e;
			*end = p;
		}
		if (!e->is_prefix)
			break;
	}
	return best;
}

/* Copy a tab-separated field into a fixed buffer (truncating) */
static void
copy_field(char *dst, const char *s, size_t n)
{
	if (n >= ARNEWS_NUMLEX_TAG_MAX)
		n = ARNEWS_NUMLEX_TAG_MAX - 1;
	memcpy(dst, s, n);
	dst[n] = '\0';
}

/* Read a plain decimal such as "1000000", "-1" or "0.25" (no locale) */
static double
parse_value(const char *s, size_t n)
{
	double		v = 0;
	double		scale = 0;
	bool		neg = false;
	size_t		i = 0;

	if (i < n && s[i] == '-')
	{
		neg = true;
		i++;
	}
	for (; i < n; i++)
	{
		if (s[i] >= '0' && s[i] <= '9')
		{
			if (scale > 0)
			{
				v += (s[i] - '0') / scale;
				scale *= 10;
			}
			else
				v = v * 10 + (s[i] - '0');
		}
		else if (s[i] == '.' && scale == 0)
			scale = 10;
		else if (s[i] == 'e' && i + 1 < n)
		{
			int			e = 0;

			for (size_t j = i + 1; j < n && s[j] >= '0' && s[j] <= '9'; j++)
				e = e * 10 + (s[j] - '0');
			while (e-- > 0)
				v *= 10;
			break;
		}
		else
			break;
	}
	return neg ? -v : v;
}

/* Normalize the phrase s[0..n) word by word into key; return its length */
static int
phrase_key(const ArnewsNumlex *lex, const char *s, size_t n, char *key,
		   int *prefix_ends, int *nwords)
{
	size_t		p = 0;
	int			klen = 0;

	*nwords = 0;
	while (p < n)
	{
		ArnewsNumWord w;

		while (p < n && s[p] == ' ')
			p++;
		if (p >= n)
			break;
		if (!arnews_numlex_read_word(s, n, p, lex->stem, &w) || w.len <= 0 ||
			(w.end < n && s[w.end] != ' ') || *nwords >= ARNEWS_NUMLEX_MAX_WORDS)
			return -1;
		if (klen + (klen > 0) + w.len >= ARNEWS_NUMLEX_FORM_MAX)
			return -1;
		if (klen > 0)
			key[klen++] = ' ';
		memcpy(key + klen, w.norm, w.len);
		klen += w.len;
		prefix_ends[(*nwords)++] = klen;
		p = w.end;
	}
	return *nwords > 0 ? klen : -1;
}

void
arnews_numlex_load(ArnewsNumlex *lex, const char *data, size_t len)
{
	size_t		p = 0;

	if (lex->loaded)
		return;
	memset(lex->slots, 0, sizeof(int32_t) * lex->nslots);
	lex->n = 0;
	while (p < len)
	{
		size_t		eol = p;
		size_t		t1,
					t2;
		char		key[ARNEWS_NUMLEX_FORM_MAX];
		int			ends[ARNEWS_NUMLEX_MAX_WORDS];
		int			nwords;
		int			klen;
		ArnewsNumlexEntry *e;

		while (eol < len && data[eol] != '\n')
			eol++;
		if (eol == p || data[p] == '#')
		{
			p = eol + 1;
			continue;
		}
		for (t1 = p; t1 < eol && data[t1] != '\t'; t1++)
			;
		if (t1 >= eol)
		{
			p = eol + 1;
			continue;
		}
		for (t2 = t1 + 1; t2 < eol && data[t2] != '\t'; t2++)
			;
		klen = phrase_key(lex, data + p, t1 - p, key, ends, &nwords);
		if (klen > 0)
		{
			for (int i = 0; i + 1 < nwords; i++)
			{
				e = intern(lex, key, ends[i]);
				if (e)
					e->is_prefix = true;
			}
			e = intern(lex, key, klen);
			if (e && !e->is_entry)
			{
				e->is_entry = true;
				copy_field(e->tag, data + t1 + 1, t2 - t1 - 1);
				if (t2 < eol)
				{
					copy_field(e->tag2, data + t2 + 1, eol - t2 - 1);
					e->value = parse_value(data + t2 + 1, eol - t2 - 1);
				}
			}
		}
		p = eol + 1;
	}
	lex->loaded = true;
}
