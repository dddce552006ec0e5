/*-------------------------------------------------------------------------
 *
 * tokenize.c
 *		The arnews tokenizer (see tokenize.h).
 *
 * Scanning decides on the class of the first character and then consumes
 * the longest run that belongs to that kind of token.  Invisible format
 * characters (ZWNJ, bidi marks) inside a word stay in it; at a word's edge
 * they become blanks.
 *
 * IDENTIFICATION
 *	  src/core/tokenize.c
 *
 *-------------------------------------------------------------------------
 */
#include <string.h>

#include "chars.h"
#include "tokenize.h"
#include "utf8.h"

static const char *const type_names[ARNEWS_TOK__COUNT] = {
	"end", "arabic", "asciiword", "word", "numword", "int", "float",
	"percent", "url", "email", "hashtag", "mention", "blank"
};

const char *
arnews_token_type_name(ArnewsTokenType type)
{
	if ((int) type < 0 || type >= ARNEWS_TOK__COUNT)
		return "unknown";
	return type_names[type];
}

void
arnews_tokenizer_init(ArnewsTokenizer *t, const char *s, size_t len)
{
	t->s = s;
	t->len = len;
	t->pos = 0;
}

/* Code point and class at byte offset pos; *next gets the following offset */
static inline int32_t
peek(const ArnewsTokenizer *t, size_t pos, size_t *next, ArnewsCharClass *cls)
{
	int32_t		cp;

	if (pos >= t->len)
	{
		*next = pos;
		*cls = ARNEWS_CC_SPACE;
		return -1;
	}
	*next = pos;
	cp = arnews_utf8_next(t->s, t->len, next);
	*cls = arnews_char_class(cp);
	return cp;
}

/*
 * Skip a run of format characters starting at pos; return the offset after
 * it.  Used to look through ZWNJ/bidi marks glued inside words.
 */
static size_t
skip_format(const ArnewsTokenizer *t, size_t pos)
{
	size_t		next;
	ArnewsCharClass cls;

	while (pos < t->len)
	{
		peek(t, pos, &next, &cls);
		if (cls != ARNEWS_CC_FORMAT)
			break;
		pos = next;
	}
	return pos;
}

/* Case-insensitive ASCII prefix test at pos */
static bool
has_prefix_ci(const ArnewsTokenizer *t, size_t pos, const char *prefix)
{
	size_t		n = strlen(prefix);

	if (t->len - pos < n)
		return false;
	for (size_t i = 0; i < n; i++)
	{
		char		c = t->s[pos + i];

		if (c >= 'A' && c <= 'Z')
			c += 'a' - 'A';
		if (c != prefix[i])
			return false;
	}
	return true;
}

static inline bool
is_email_local(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		(c >= '0' && c <= '9') || c == '.' || c == '_' || c == '%' ||
		c == '+' || c == '-';
}

static inline bool
is_host_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		(c >= '0' && c <= '9') || c == '.' || c == '-';
}

/* Length of an e-mail address starting at pos, or 0 */
static size_t
scan_email(const ArnewsTokenizer *t, size_t pos)
{
	size_t		p = pos;
	size_t		at,
				last_dot = 0,
				end;

	while (p < t->len && is_email_local(t->s[p]))
		p++;
	if (p == pos || p >= t->len || t->s[p] != '@')
		return 0;
	at = p++;
	while (p < t->len && is_host_char(t->s[p]))
	{
		if (t->s[p] == '.')
			last_dot = p;
		p++;
	}
	/* the host may not end with a dot or hyphen */
	while (p > at + 1 && (t->s[p - 1] == '.' || t->s[p - 1] == '-'))
		p--;
	end = p;
	if (last_dot == 0 || last_dot >= end - 2 || last_dot == at + 1)
		return 0;
	for (size_t i = last_dot + 1; i < end; i++)
		if (!((t->s[i] >= 'a' && t->s[i] <= 'z') || (t->s[i] >= 'A' && t->s[i] <= 'Z')))
			return 0;
	return end - pos;
}

/* Length of a URL starting at pos, or 0 */
static size_t
scan_url(const ArnewsTokenizer *t, size_t pos)
{
	size_t		p = pos;

	if (has_prefix_ci(t, pos, "http://"))
		p += 7;
	else if (has_prefix_ci(t, pos, "https://"))
		p += 8;
	else if (has_prefix_ci(t, pos, "ftp://"))
		p += 6;
	else if (has_prefix_ci(t, pos, "www.") && pos + 4 < t->len && is_host_char(t->s[pos + 4]))
		p += 4;
	else
		return 0;
	if (p >= t->len || !is_host_char(t->s[p]))
		return 0;
	/* a URL runs to the next white space or quote/bracket */
	while (p < t->len)
	{
		size_t		next;
		ArnewsCharClass cls;
		int32_t		cp = peek(t, p, &next, &cls);

		if (cls == ARNEWS_CC_SPACE || cp == '"' || cp == '<' || cp == '>' ||
			cp == 0x00AB || cp == 0x00BB || cp == '\'' || cp == 0x060C)
			break;
		p = next;
	}
	/* trailing sentence punctuation is not part of it */
	while (p > pos)
	{
		size_t		start;
		int32_t		cp = arnews_utf8_prev(t->s, p, &start);

		if (cp == '.' || cp == ',' || cp == ';' || cp == ':' || cp == '!' ||
			cp == '?' || cp == ')' || cp == ']' || cp == 0x061B || cp == 0x061F)
			p = start;
		else
			break;
	}
	return p - pos;
}

/*
 * Scan a number at pos (first char is a digit).  Thousands separators
 * ("," and "٬" before exactly three digits) and one decimal separator
 * ("." or "٫" before a digit) are part of it.  Sets *is_float.
 */
static size_t
scan_number(const ArnewsTokenizer *t, size_t pos, bool *is_float)
{
	size_t		p = pos;
	bool		seen_decimal = false;

	*is_float = false;
	for (;;)
	{
		size_t		next;
		ArnewsCharClass cls;
		int32_t		cp = peek(t, p, &next, &cls);

		if (cls == ARNEWS_CC_DIGIT)
		{
			p = next;
			continue;
		}
		if ((cp == '.' || cp == 0x066B) && !seen_decimal)
		{
			size_t		n2;
			ArnewsCharClass c2;

			peek(t, next, &n2, &c2);
			if (c2 == ARNEWS_CC_DIGIT)
			{
				seen_decimal = true;
				*is_float = true;
				p = next;
				continue;
			}
		}
		if ((cp == ',' || cp == 0x066C) && !seen_decimal)
		{
			/* thousands separator: exactly three digits follow */
			size_t		q = next;
			int			digits = 0;
			size_t		n2;
			ArnewsCharClass c2;

			while (digits < 4)
			{
				peek(t, q, &n2, &c2);
				if (c2 != ARNEWS_CC_DIGIT)
					break;
				digits++;
				q = n2;
			}
			if (digits == 3)
			{
				p = q;
				continue;
			}
		}
		break;
	}
	return p;
}

/* Consume word characters of a Latin/other-script word; may become numword */
static size_t
scan_latin_word(const ArnewsTokenizer *t, size_t pos, bool *ascii, bool *has_digit)
{
	size_t		p = pos;

	for (;;)
	{
		size_t		next;
		ArnewsCharClass cls;

		peek(t, p, &next, &cls);
		if (cls == ARNEWS_CC_FORMAT)
		{
			size_t		q = skip_format(t, p);
			ArnewsCharClass c2;

			peek(t, q, &next, &c2);
			if (c2 == ARNEWS_CC_ASCII_LETTER || c2 == ARNEWS_CC_LETTER || c2 == ARNEWS_CC_MARK)
			{
				*ascii = false;
				p = q;
				continue;
			}
			break;
		}
		if (cls == ARNEWS_CC_ASCII_LETTER)
			p = next;
		else if (cls == ARNEWS_CC_LETTER || cls == ARNEWS_CC_MARK)
		{
			*ascii = false;
			p = next;
		}
		else if (cls == ARNEWS_CC_DIGIT)
		{
			*has_digit = true;
			p = next;
		}
		else
			break;
	}
	return p;
}

/* Consume an Arabic word: Arabic letters, marks, tatweel, in-word format */
static size_t
scan_arabic_word(const ArnewsTokenizer *t, size_t pos)
{
	size_t		p = pos;

	for (;;)
	{
		size_t		next;
		ArnewsCharClass cls;

		peek(t, p, &next, &cls);
		if (cls == ARNEWS_CC_ARABIC || cls == ARNEWS_CC_MARK)
			p = next;
		else if (cls == ARNEWS_CC_FORMAT)
		{
			size_t		q = skip_format(t, p);
			ArnewsCharClass c2;

			peek(t, q, &next, &c2);
			if (c2 != ARNEWS_CC_ARABIC && c2 != ARNEWS_CC_MARK)
				break;
			p = q;
		}
		else
			break;
	}
	return p;
}

/* Hashtag body: letters, digits, marks and underscores */
static size_t
scan_tag_body(const ArnewsTokenizer *t, size_t pos)
{
	size_t		p = pos;

	for (;;)
	{
		size_t		next;
		ArnewsCharClass cls;
		int32_t		cp = peek(t, p, &next, &cls);

		if (arnews_is_word_class(cls) || cp == '_')
			p = next;
		else if (cls == ARNEWS_CC_FORMAT)
		{
			size_t		q = skip_format(t, p);
			ArnewsCharClass c2;

			peek(t, q, &next, &c2);
			if (!arnews_is_word_class(c2))
				break;
			p = q;
		}
		else
			break;
	}
	return p;
}

bool
arnews_tokenizer_next(ArnewsTokenizer *t, ArnewsToken *tok)
{
	size_t		pos = t->pos;
	size_t		next,
				end;
	ArnewsCharClass cls;
	int32_t		cp;

	if (pos >= t->len)
	{
		tok->type = ARNEWS_TOK_END;
		tok->start = t->len;
		tok->len = 0;
		return false;
	}
	cp = peek(t, pos, &next, &cls);
	tok->start = pos;

	if (cls == ARNEWS_CC_ASCII_LETTER || cls == ARNEWS_CC_DIGIT)
	{
		size_t		n;

		if (cls == ARNEWS_CC_ASCII_LETTER && (n = scan_url(t, pos)) > 0)
		{
			tok->type = ARNEWS_TOK_URL;
			end = pos + n;
			goto done;
		}
		if (cp < 0x80 && (n = scan_email(t, pos)) > 0)
		{
			tok->type = ARNEWS_TOK_EMAIL;
			end = pos + n;
			goto done;
		}
	}

	if (cls == ARNEWS_CC_ARABIC)
	{
		tok->type = ARNEWS_TOK_ARABIC;
		end = scan_arabic_word(t, pos);
	}
	else if (cls == ARNEWS_CC_ASCII_LETTER || cls == ARNEWS_CC_LETTER)
	{
		bool		ascii = (cls == ARNEWS_CC_ASCII_LETTER);
		bool		has_digit = false;

		end = scan_latin_word(t, pos, &ascii, &has_digit);
		tok->type = has_digit ? ARNEWS_TOK_NUMWORD :
			ascii ? ARNEWS_TOK_ASCIIWORD : ARNEWS_TOK_WORD;
	}
	else if (cls == ARNEWS_CC_DIGIT)
	{
		bool		is_float;
		size_t		n2;
		ArnewsCharClass c2;
		int32_t		cp2;

		end = scan_number(t, pos, &is_float);
		cp2 = peek(t, end, &n2, &c2);
		if (cp2 == '%' || cp2 == 0x066A)
		{
			tok->type = ARNEWS_TOK_PERCENT;
			end = n2;
		}
		else if (c2 == ARNEWS_CC_ASCII_LETTER || c2 == ARNEWS_CC_LETTER)
		{
			/* 4G, 3D, 5km: a Latin alphanumeric word */
			bool		ascii = true;
			bool		has_digit = true;

			end = scan_latin_word(t, pos, &ascii, &has_digit);
			tok->type = ARNEWS_TOK_NUMWORD;
		}
		else
			tok->type = is_float ? ARNEWS_TOK_FLOAT : ARNEWS_TOK_INT;
	}
	else if ((cp == '#' || cp == '@') && next < t->len)
	{
		size_t		n2;
		ArnewsCharClass c2;
		int32_t		cp2 = peek(t, next, &n2, &c2);

		if (cp == '#' && (c2 == ARNEWS_CC_ARABIC || c2 == ARNEWS_CC_ASCII_LETTER ||
						  c2 == ARNEWS_CC_LETTER || c2 == ARNEWS_CC_DIGIT || cp2 == '_'))
		{
			tok->type = ARNEWS_TOK_HASHTAG;
			end = scan_tag_body(t, next);
		}
		else if (cp == '@' && (c2 == ARNEWS_CC_ASCII_LETTER || c2 == ARNEWS_CC_DIGIT || cp2 == '_'))
		{
			tok->type = ARNEWS_TOK_MENTION;
			end = next;
			while (end < t->len &&
				   (is_email_local(t->s[end]) && t->s[end] != '.' &&
					t->s[end] != '%' && t->s[end] != '+' && t->s[end] != '-'))
				end++;
		}
		else
		{
			tok->type = ARNEWS_TOK_BLANK;
			end = next;
		}
	}
	else
	{
		tok->type = ARNEWS_TOK_BLANK;
		end = next;
	}

	if (tok->type == ARNEWS_TOK_BLANK)
	{
		/* one blank token for the whole run of non-word characters */
		for (;;)
		{
			size_t		n2;
			ArnewsCharClass c2;
			int32_t		cp2 = peek(t, end, &n2, &c2);

			if (cp2 == '#' || cp2 == '@')
			{
				/* stop only where a hashtag or mention really starts */
				size_t		n3;
				ArnewsCharClass c3;
				int32_t		cp3 = peek(t, n2, &n3, &c3);

				if (cp3 == '_' || (c3 != ARNEWS_CC_MARK && arnews_is_word_class(c3)))
					break;
				end = n2;
				continue;
			}
			if (cp2 < 0 || arnews_is_word_class(c2))
			{
				/* a stray mark is not a word start: keep it blank */
				if (c2 == ARNEWS_CC_MARK)
				{
					end = n2;
					continue;
				}
				break;
			}
			end = n2;
		}
	}

done:
	tok->len = end - pos;
	t->pos = end;
	return true;
}
