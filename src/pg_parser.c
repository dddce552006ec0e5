/*-------------------------------------------------------------------------
 *
 * pg_parser.c
 *		The text search parser arnews_parser: start/gettoken/end/lextype
 *		callbacks over the pure tokenizer (src/core/tokenize.c).
 *
 * Token ids reuse the default parser's numbers for the shared types
 * (asciiword 1, word 2, numword 3, email 4, url 5, blank 12, float 20,
 * int 21), so pg_catalog.prsd_headline treats them the same way; the
 * Arabic-specific types take ids from 24 up.
 *
 * IDENTIFICATION
 *	  src/pg_parser.c
 *
 *-------------------------------------------------------------------------
 */
#include "arnews.h"

#include "access/xact.h"
#include "miscadmin.h"
#include "tsearch/ts_public.h"
#include "utils/builtins.h"

#include "tokenize.h"

/* PostgreSQL token id of each tokenizer type, and its alias/description */
typedef struct TokenTypeInfo
{
	int			id;
	const char *alias;
	const char *descr;
} TokenTypeInfo;

static const TokenTypeInfo token_types[ARNEWS_TOK__COUNT] = {
	[ARNEWS_TOK_END] = {0, NULL, NULL},
	[ARNEWS_TOK_ARABIC] = {24, "arabic", "Arabic word, clitics attached"},
	[ARNEWS_TOK_ASCIIWORD] = {1, "asciiword", "Word, all ASCII letters"},
	[ARNEWS_TOK_WORD] = {2, "word", "Word, letters of other scripts"},
	[ARNEWS_TOK_NUMWORD] = {3, "numword", "Word, letters and digits"},
	[ARNEWS_TOK_INT] = {21, "int", "Integer, any digit set"},
	[ARNEWS_TOK_FLOAT] = {20, "float", "Decimal number, any digit set"},
	[ARNEWS_TOK_PERCENT] = {27, "percent", "Number with a percent sign"},
	[ARNEWS_TOK_URL] = {5, "url", "URL"},
	[ARNEWS_TOK_EMAIL] = {4, "email", "Email address"},
	[ARNEWS_TOK_HASHTAG] = {25, "hashtag", "Hashtag"},
	[ARNEWS_TOK_MENTION] = {26, "mention", "Mention of a user"},
	[ARNEWS_TOK_BLANK] = {12, "blank", "Space, punctuation or symbol"},
};

/*
 * The input this backend's arnews_parser is parsing, for
 * arnews_parse_one_word(): set by start, forgotten by end and, should a
 * parse be interrupted by an error, at the end of the (sub)transaction.
 */
static const char *parse_buf = NULL;
static size_t parse_len = 0;
static bool parse_one_word = false;
static bool parse_callbacks = false;

static void
forget_parse(void)
{
	parse_buf = NULL;
	parse_len = 0;
}

static void
forget_parse_xact(XactEvent event, void *arg)
{
	forget_parse();
}

static void
forget_parse_subxact(SubXactEvent event, SubTransactionId mySubid,
					 SubTransactionId parentSubid, void *arg)
{
	if (event == SUBXACT_EVENT_ABORT_SUB)
		forget_parse();
}

/*
 * Is the token at tok the only word of the input it comes from?  True for
 * a websearch_to_tsquery word or a one-word text, false for a longer text
 * (a document, plainto_tsquery or phraseto_tsquery of several words).
 * Tokens that do not come from arnews_parser's current input (another
 * parser using arnews_dict) count as one word, as before 0.2.0.
 */
bool
arnews_parse_one_word(const char *tok)
{
	if (parse_buf == NULL || tok < parse_buf || tok >= parse_buf + parse_len)
		return true;
	return parse_one_word;
}

PG_FUNCTION_INFO_V1(arnews_prs_start);
Datum
arnews_prs_start(PG_FUNCTION_ARGS)
{
	ArnewsTokenizer *t = palloc(sizeof(ArnewsTokenizer));
	ArnewsTokenizer probe;
	ArnewsToken tok;
	int			words = 0;

	arnews_check_encoding();
	arnews_tokenizer_init(t, (const char *) PG_GETARG_POINTER(0), (size_t) PG_GETARG_INT32(1));
	if (!parse_callbacks)
	{
		RegisterXactCallback(forget_parse_xact, NULL);
		RegisterSubXactCallback(forget_parse_subxact, NULL);
		parse_callbacks = true;
	}
	/* one word or more: the tokenizer stops at the second word */
	probe = *t;
	while (words < 2 && arnews_tokenizer_next(&probe, &tok))
		if (tok.type != ARNEWS_TOK_BLANK)
			words++;
	parse_buf = t->s;
	parse_len = t->len;
	parse_one_word = words == 1;
	PG_RETURN_POINTER(t);
}

PG_FUNCTION_INFO_V1(arnews_prs_gettoken);
Datum
arnews_prs_gettoken(PG_FUNCTION_ARGS)
{
	ArnewsTokenizer *t = (ArnewsTokenizer *) PG_GETARG_POINTER(0);
	char	  **tok_text = (char **) PG_GETARG_POINTER(1);
	int		   *tok_len = (int *) PG_GETARG_POINTER(2);
	ArnewsToken tok;

	/* to_tsvector and ts_headline loop over the tokens without checking */
	CHECK_FOR_INTERRUPTS();
	if (!arnews_tokenizer_next(t, &tok))
	{
		*tok_len = 0;
		PG_RETURN_INT32(0);
	}
	*tok_text = (char *) t->s + tok.start;
	*tok_len = (int) tok.len;
	PG_RETURN_INT32(token_types[tok.type].id);
}

PG_FUNCTION_INFO_V1(arnews_prs_end);
Datum
arnews_prs_end(PG_FUNCTION_ARGS)
{
	forget_parse();
	pfree(PG_GETARG_POINTER(0));
	PG_RETURN_VOID();
}

PG_FUNCTION_INFO_V1(arnews_prs_lextype);
Datum
arnews_prs_lextype(PG_FUNCTION_ARGS)
{
	LexDescr   *descr = palloc0(sizeof(LexDescr) * ARNEWS_TOK__COUNT);
	int			n = 0;

	for (int i = 1; i < ARNEWS_TOK__COUNT; i++)
	{
		descr[n].lexid = token_types[i].id;
		descr[n].alias = pstrdup(token_types[i].alias);
		descr[n].descr = pstrdup(token_types[i].descr);
		n++;
	}
	descr[n].lexid = 0;
	PG_RETURN_POINTER(descr);
}

/*
 * Headline: the default parser's headline generator, with two fixes for
 * words that carry many lexemes (entity expansion, variant keys):
 *	- a word matching several query items gets one extra "repeated" entry
 *	  per item; those entries are never printed, but the default generator
 *	  counts them against MaxWords, so a fragment around بوتين would shrink
 *	  to the name alone.  They are marked as blanks first: they still
 *	  satisfy the cover test, which looks only at their query item.
 *	- blanks are never selected: a multi-word entity name (حلف شمال
 *	  الأطلسي) is one match, so its inner blanks would otherwise be wrapped
 *	  in StartSel/StopSel like words.
 */
PG_FUNCTION_INFO_V1(arnews_prs_headline);
Datum
arnews_prs_headline(PG_FUNCTION_ARGS)
{
	HeadlineParsedText *prs = (HeadlineParsedText *) PG_GETARG_POINTER(0);
	Datum		result;
	int			blank = token_types[ARNEWS_TOK_BLANK].id;

	for (int i = 0; i < prs->curwords; i++)
		if (prs->words[i].repeated)
			prs->words[i].type = (uint8) blank;
	result = DirectFunctionCall3(prsd_headline, PG_GETARG_DATUM(0),
								 PG_GETARG_DATUM(1), PG_GETARG_DATUM(2));
	for (int i = 0; i < prs->curwords; i++)
		if (prs->words[i].type == blank)
			prs->words[i].selected = 0;
	return result;
}
