/*-------------------------------------------------------------------------
 *
 * utf8_check.h
 *		An independent strict UTF-8 validator for the tests and fuzz targets
 *		(deliberately not the engines' own decoder, which it checks).
 *
 * IDENTIFICATION
 *	  test/unit/utf8_check.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef ARNEWS_UTF8_CHECK_H
#define ARNEWS_UTF8_CHECK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/*
 * Strict UTF-8 check of s[0..len): no stray continuation bytes, no
 * overlongs, no surrogates, nothing above U+10FFFF, no truncation.
 */
static inline bool
test_valid_utf8(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *) s;
	size_t		i = 0;

	while (i < len)
	{
		unsigned char c = p[i];
		int			n;
		uint32_t	cp;

		if (c < 0x80)
		{
			i++;
			continue;
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
			return false;
		if (len - i < (size_t) n)
			return false;
		for (int k = 1; k < n; k++)
		{
			if ((p[i + k] & 0xC0) != 0x80)
				return false;
			cp = (cp << 6) | (p[i + k] & 0x3F);
		}
		if ((n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
			(cp >= 0xD800 && cp <= 0xDFFF))
			return false;
		i += n;
	}
	return true;
}

#endif							/* ARNEWS_UTF8_CHECK_H */
