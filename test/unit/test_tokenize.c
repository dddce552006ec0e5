/*
 * test_tokenize.c
 *		Unit tests of the arnews tokenizer.
 */
#include <stdlib.h>

#include "tokenize.h"
#include "unit.h"

static char result[8192];

/*
 * Render the tokens of s as "type:text|type:text|..." (blanks shown as
 * "_"), and check that the tokens cover the input exactly.
 */
static const char *
toks(const char *s)
{
	ArnewsTokenizer t;
	ArnewsToken tok;
	size_t		expect = 0;
	size_t		n = 0;

	result[0] = '\0';
	arnews_tokenizer_init(&t, s, strlen(s));
	while (arnews_tokenizer_next(&t, &tok))
	{
		CHECK(tok.start == expect && tok.len > 0);
		expect = tok.start + tok.len;
		if (tok.type == ARNEWS_TOK_BLANK)
			n += snprintf(result + n, sizeof(result) - n, "_|");
		else
			n += snprintf(result + n, sizeof(result) - n, "%s:%.*s|",
						  arnews_token_type_name(tok.type), (int) tok.len, s + tok.start);
	}
	CHECK(expect == strlen(s));
	return result;
}

int
main(void)
{
	/* Arabic punctuation never sticks to words */
	CHECK_STR(toks("بموسكو، «قضايا» لماذا؟"), "arabic:بموسكو|_|arabic:قضايا|_|arabic:لماذا|_|");
	CHECK_STR(toks("نعم؛ لا"), "arabic:نعم|_|arabic:لا|");
	/* harakat, tatweel and ZWNJ stay inside the word */
	CHECK_STR(toks("الرَّئِيسُ الرئيـــس"), "arabic:الرَّئِيسُ|_|arabic:الرئيـــس|");
	CHECK_STR(toks("مو\xe2\x80\x8cسكو"), "arabic:مو\xe2\x80\x8cسكو|");
	/* a bidi mark at a word edge is a blank */
	CHECK_STR(toks("\xe2\x80\x8fموسكو\xe2\x80\x8f "), "_|arabic:موسكو|_|");
	/* Latin, other scripts, alphanumerics */
	CHECK_STR(toks("Moscow café Київ G20 4G"), "asciiword:Moscow|_|word:café|_|word:Київ|_|numword:G20|_|numword:4G|");
	/* numbers in every digit set */
	CHECK_STR(toks("2026 ٢٠٢٦ ۱۴۰۳"), "int:2026|_|int:٢٠٢٦|_|int:۱۴۰۳|");
	CHECK_STR(toks("2.5 ٢٫٥ 1,000,000 ١٬٠٠٠"), "float:2.5|_|float:٢٫٥|_|int:1,000,000|_|int:١٬٠٠٠|");
	CHECK_STR(toks("70% ٧٠٪"), "percent:70%|_|percent:٧٠٪|");
	CHECK_STR(toks("12,5"), "int:12|_|int:5|");
	/* digits glued to Arabic letters split */
	CHECK_STR(toks("2026م بـ50"), "int:2026|arabic:م|_|arabic:بـ|int:50|");
	/* dates and times are numbers and blanks */
	CHECK_STR(toks("2026-02-04 12:48"), "int:2026|_|int:02|_|int:04|_|int:12|_|int:48|");
	/* URLs, e-mail, hashtags, mentions */
	CHECK_STR(toks("https://example.com/a?b=1."), "url:https://example.com/a?b=1|_|");
	CHECK_STR(toks("www.aljazeera.net، "), "url:www.aljazeera.net|_|");
	CHECK_STR(toks("news@example.org"), "email:news@example.org|");
	CHECK_STR(toks("#غزة #breaking_news @user_1"), "hashtag:#غزة|_|hashtag:#breaking_news|_|mention:@user_1|");
	CHECK_STR(toks("# @ #"), "_|");
	/* emoji and symbols are blanks */
	CHECK_STR(toks("سلام👍!"), "arabic:سلام|_|");
	/* hostile: invalid bytes, lone marks, empty */
	CHECK_STR(toks("\xff\xfe"), "_|");
	CHECK_STR(toks("\xd9\x8e\xd9\x8e"), "_|");
	CHECK_STR(toks(""), "");
	{
		/* a long run of tatweel is one token, scanned in linear time */
		size_t		n = 200000;
		char	   *big = malloc(n * 2 + 1);

		for (size_t i = 0; i < n; i++)
		{
			big[2 * i] = '\xd9';
			big[2 * i + 1] = '\x80';
		}
		big[2 * n] = '\0';
		{
			ArnewsTokenizer t;
			ArnewsToken tok;

			arnews_tokenizer_init(&t, big, 2 * n);
			CHECK(arnews_tokenizer_next(&t, &tok));
			CHECK(tok.type == ARNEWS_TOK_ARABIC && tok.len == 2 * n);
			CHECK(!arnews_tokenizer_next(&t, &tok));
		}
		free(big);
	}
	return unit_report("tokenize");
}
