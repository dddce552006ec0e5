/*-------------------------------------------------------------------------
 *
 * utf8.h
 *		UTF-8 decoding/encoding and a growable byte buffer for the pure
 *		arnews engines.
 *
 * Decoding never reads past the given length and never fails: an invalid
 * or truncated sequence decodes as U+FFFD consuming one byte, so every
 * engine makes progress on hostile input.
 *
 * IDENTIFICATION
 *	  src/core/utf8.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef ARNEWS_UTF8_H
#define ARNEWS_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define ARNEWS_REPLACEMENT_CHAR 0xFFFD

/*
 * Decode the code point at s[*pos] (pos < len) and advance *pos past it.
 */
static inline int32_t
arnews_utf8_next(const char *s, size_t len, size_t *pos)
{
	const unsigned char *p = (const unsigned char *) s + *pos;
	size_t		avail = len - *pos;
	unsigned char c = p[0];
	int32_t		cp;
	int			n;

	if (c < 0x80)
	{
		(*pos)++;
		return c;
	}
	if (c >= 0xC2 && c <= 0xDF)
	{
		n = 2;
		cp = c & 0x1F;
	}
	else if (c >= 0xE0 && c <= 0xEF)
	{
		n = 3;
		cp = c & 0x0F;
	}
	else if (c >= 0xF0 && c <= 0xF4)
	{
		n = 4;
		cp = c & 0x07;
	}
	else
	{
		(*pos)++;
		return ARNEWS_REPLACEMENT_CHAR;
	}
	if (avail < (size_t) n)
	{
		(*pos)++;
		return ARNEWS_REPLACEMENT_CHAR;
	}
	for (int i = 1; i < n; i++)
	{
		if ((p[i] & 0xC0) != 0x80)
		{
			(*pos)++;
			return ARNEWS_REPLACEMENT_CHAR;
		}
		cp = (cp << 6) | (p[i] & 0x3F);
	}
	/* reject overlongs, surrogates and values above U+10FFFF */
	if ((n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
		(cp >= 0xD800 && cp <= 0xDFFF))
	{
		(*pos)++;
		return ARNEWS_REPLACEMENT_CHAR;
	}
	*pos += n;
	return cp;
}

/*
 * Decode the code point that ends just before s[pos] (pos > 0) and return
 * it, setting *start to its first byte.
 */
static inline int32_t
arnews_utf8_prev(const char *s, size_t pos, size_t *start)
{
	size_t		b = pos - 1;
	size_t		q;
	int32_t		cp;

	while (b > 0 && pos - b < 4 && (((const unsigned char *) s)[b] & 0xC0) == 0x80)
		b--;
	q = b;
	cp = arnews_utf8_next(s, pos, &q);
	if (q != pos)
	{
		/* invalid tail: treat the last byte alone */
		*start = pos - 1;
		return ARNEWS_REPLACEMENT_CHAR;
	}
	*start = b;
	return cp;
}

/*
 * The code point at pos, or 0 at or past len; *next (may be NULL) is set
 * past it (len past the end).
 */
static inline int32_t
arnews_utf8_at(const char *s, size_t len, size_t pos, size_t *next)
{
	size_t		q = pos;
	int32_t		cp;

	if (pos >= len)
	{
		if (next)
			*next = len;
		return 0;
	}
	cp = arnews_utf8_next(s, len, &q);
	if (next)
		*next = q;
	return cp;
}

/* Encode cp into out (at least 4 bytes); return the number of bytes */
static inline int
arnews_utf8_encode(int32_t cp, char *out)
{
	unsigned char *o = (unsigned char *) out;

	if (cp < 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		cp = ARNEWS_REPLACEMENT_CHAR;
	if (cp < 0x80)
	{
		o[0] = (unsigned char) cp;
		return 1;
	}
	if (cp < 0x800)
	{
		o[0] = (unsigned char) (0xC0 | (cp >> 6));
		o[1] = (unsigned char) (0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000)
	{
		o[0] = (unsigned char) (0xE0 | (cp >> 12));
		o[1] = (unsigned char) (0x80 | ((cp >> 6) & 0x3F));
		o[2] = (unsigned char) (0x80 | (cp & 0x3F));
		return 3;
	}
	o[0] = (unsigned char) (0xF0 | (cp >> 18));
	o[1] = (unsigned char) (0x80 | ((cp >> 12) & 0x3F));
	o[2] = (unsigned char) (0x80 | ((cp >> 6) & 0x3F));
	o[3] = (unsigned char) (0x80 | (cp & 0x3F));
	return 4;
}

/* Number of code points in s[0..len) (invalid bytes count one each) */
extern size_t arnews_utf8_count(const char *s, size_t len);

/*
 * A growable byte buffer.  data is always NUL-terminated after any append,
 * so engines may hand it to C string functions.
 */
typedef struct ArnewsBuf
{
	char	   *data;
	size_t		len;
	size_t		cap;
} ArnewsBuf;

extern void arnews_buf_init(ArnewsBuf *buf, size_t initial);
extern void arnews_buf_reserve(ArnewsBuf *buf, size_t extra);
extern void arnews_buf_append(ArnewsBuf *buf, const char *s, size_t n);
extern void arnews_buf_append_cp(ArnewsBuf *buf, int32_t cp);
extern void arnews_buf_reset(ArnewsBuf *buf);
extern void arnews_buf_free(ArnewsBuf *buf);

#endif							/* ARNEWS_UTF8_H */
