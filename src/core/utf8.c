/*-------------------------------------------------------------------------
 *
 * utf8.c
 *		Code point counting and the growable buffer of the pure engines.
 *
 * IDENTIFICATION
 *	  src/core/utf8.c
 *
 *-------------------------------------------------------------------------
 */
#include <string.h>

#include "alloc.h"
#include "utf8.h"

/* Count code points the same way arnews_utf8_next walks them */
size_t
arnews_utf8_count(const char *s, size_t len)
{
	size_t		pos = 0;
	size_t		n = 0;

	while (pos < len)
	{
		if ((unsigned char) s[pos] < 0x80)
			pos++;
		else
			(void) arnews_utf8_next(s, len, &pos);
		n++;
	}
	return n;
}

/* Start an empty buffer with room for initial bytes */
void
arnews_buf_init(ArnewsBuf *buf, size_t initial)
{
	if (initial < 16)
		initial = 16;
	buf->data = arnews_alloc(initial);
	buf->data[0] = '\0';
	buf->len = 0;
	buf->cap = initial;
}

/* Make room for extra more bytes plus the terminating NUL */
void
arnews_buf_reserve(ArnewsBuf *buf, size_t extra)
{
	size_t		need = buf->len + extra + 1;

	if (need <= buf->cap)
		return;
	while (buf->cap < need)
		buf->cap *= 2;
	buf->data = arnews_realloc(buf->data, buf->cap);
}

/* Append n bytes */
void
arnews_buf_append(ArnewsBuf *buf, const char *s, size_t n)
{
	arnews_buf_reserve(buf, n);
	memcpy(buf->data + buf->len, s, n);
	buf->len += n;
	buf->data[buf->len] = '\0';
}

/* Append one code point as UTF-8 */
void
arnews_buf_append_cp(ArnewsBuf *buf, int32_t cp)
{
	arnews_buf_reserve(buf, 4);
	buf->len += arnews_utf8_encode(cp, buf->data + buf->len);
	buf->data[buf->len] = '\0';
}

/* Empty the buffer, keeping its storage */
void
arnews_buf_reset(ArnewsBuf *buf)
{
	buf->len = 0;
	buf->data[0] = '\0';
}

/* Release the storage */
void
arnews_buf_free(ArnewsBuf *buf)
{
	arnews_free(buf->data);
	buf->data = NULL;
	buf->len = buf->cap = 0;
}
