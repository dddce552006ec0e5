/*-------------------------------------------------------------------------
 *
 * fuzz_stem.c
 *		libFuzzer target for the word analyzer (src/core/stem.h).
 *
 * The stop words, lexicon and names of data/ (or $ARNEWS_DATA_DIR) are
 * loaded once.  The first input byte picks the mode, the variant option
 * and (bit 0x08) the final-ة flag (arnews_stem_word_flags); the rest is normalized and tokenized, and every word token is
 * analyzed, as the dictionary does; the whole normalized input (when short)
 * is analyzed too as one long odd "word".
 *
 * Invariants checked on every analysis:
 *	- a non-stop word gives 1..ARNEWS_STEM_MAX_LEXEMES lexemes;
 *	- every lexeme is non-empty, NUL-terminated inside its slot (so shorter
 *	  than ARNEWS_STEM_MAX_BYTES) and valid UTF-8, with a variant group >= 1;
 *	- every debug stage (proclitics, enclitic, stripped, stem, variant) is
 *	  NUL-terminated valid UTF-8;
 *	- the analysis is deterministic.
 *
 * Build and run: make fuzz (or see test/fuzz/README.md).
 *
 * IDENTIFICATION
 *	  test/fuzz/fuzz_stem.c
 *
 *-------------------------------------------------------------------------
 */
#include "normalize.h"
#include "stem.h"
#include "tokenize.h"
#include "utf8.h"

#include "fuzz_util.h"

static ArnewsStemmer *stemmer;

/* Load one data file into the stemmer */
static void
load(ArnewsStemData kind, const char *name)
{
	size_t		len;
	char	   *buf = fuzz_read_data(name, &len);

	if (arnews_stemmer_load(stemmer, kind, buf, len, NULL, NULL) <= 0)
	{
		fprintf(stderr, "fuzz_stem: no entries in %s\n", name);
		exit(2);
	}
	free(buf);
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void) argc;
	(void) argv;
	stemmer = arnews_stemmer_new();
	load(ARNEWS_STEM_DATA_STOP, "arnews.stop");
	load(ARNEWS_STEM_DATA_LEXICON, "arnews_lexicon.txt");
	load(ARNEWS_STEM_DATA_NAMES, "arnews_names.txt");
	return 0;
}

/* Check one NUL-terminated stage field of ARNEWS_STEM_MAX_BYTES */
static void
check_field(const char *f, const char *what)
{
	const char *nul = memchr(f, '\0', ARNEWS_STEM_MAX_BYTES);

	FUZZ_ASSERT(nul != NULL, what);
	FUZZ_ASSERT(fuzz_valid_utf8(f, (size_t) (nul - f)), what);
}

/* Analyze one word twice and check the result */
static void
check_word(const char *w, size_t len, ArnewsStemMode mode, bool variants,
		   unsigned flags)
{
	static ArnewsStemResult r1,
				r2;

	memset(&r1, 0x5A, sizeof(r1));
	arnews_stem_word_flags(stemmer, w, len, mode, variants, flags, &r1);
	FUZZ_ASSERT(r1.nlexemes >= 0 && r1.nlexemes <= ARNEWS_STEM_MAX_LEXEMES,
				"lexeme count out of range");
	if (!r1.is_stop)
		FUZZ_ASSERT(r1.nlexemes >= 1, "non-stop word without a lexeme");
	for (int i = 0; i < r1.nlexemes; i++)
	{
		const char *lx = r1.lexemes[i];

		check_field(lx, "lexeme not NUL-terminated valid UTF-8");
		FUZZ_ASSERT(lx[0] != '\0', "empty lexeme");
		FUZZ_ASSERT(strlen(lx) < ARNEWS_STEM_MAX_BYTES, "lexeme too long");
		FUZZ_ASSERT(r1.nvariant[i] >= 1, "variant group < 1");
	}
	check_field(r1.proclitics, "proclitics stage");
	check_field(r1.enclitic, "enclitic stage");
	check_field(r1.stripped, "stripped stage");
	check_field(r1.stem, "stem stage");
	check_field(r1.variant, "variant stage");

	memset(&r2, 0xA5, sizeof(r2));
	arnews_stem_word_flags(stemmer, w, len, mode, variants, flags, &r2);
	FUZZ_ASSERT(r2.is_stop == r1.is_stop && r2.nlexemes == r1.nlexemes,
				"analysis is not deterministic");
	for (int i = 0; i < r1.nlexemes; i++)
		FUZZ_ASSERT(strcmp(r1.lexemes[i], r2.lexemes[i]) == 0 &&
					r1.nvariant[i] == r2.nvariant[i],
					"lexemes are not deterministic");
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	ArnewsStemMode mode;
	bool		variants;
	unsigned	flags;
	ArnewsBuf	norm;
	ArnewsTokenizer t;
	ArnewsToken tok;

	if (size < 1)
		return 0;
	mode = (ArnewsStemMode) (data[0] % 3);
	variants = (data[0] & 0x04) == 0;
	flags = (data[0] & 0x08) ? ARNEWS_STEM_TA_MARBUTA : 0;
	data++;
	size--;

	arnews_buf_init(&norm, size + 1);
	arnews_normalize((const char *) data, size, &norm);
	arnews_tokenizer_init(&t, norm.data, norm.len);
	while (arnews_tokenizer_next(&t, &tok))
	{
		if (tok.type == ARNEWS_TOK_BLANK)
			continue;
		check_word(norm.data + tok.start, tok.len, mode, variants, flags);
	}
	/* the whole input as one odd word (PostgreSQL text never holds NUL) */
	if (norm.len > 0 && norm.len <= 4096 && memchr(norm.data, '\0', norm.len) == NULL)
		check_word(norm.data, norm.len, mode, variants, flags);
	arnews_buf_free(&norm);
	return 0;
}
