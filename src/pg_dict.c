/*-------------------------------------------------------------------------
 *
 * pg_dict.c
 *		Text search template arnews_template: init and lexize callbacks.
 *
 * Every token of the arnews parser may reach this dictionary.  Arabic
 * words are normalized and analyzed by the stemmer (src/core/stem.c);
 * numbers get ASCII digits without thousands separators; hashtags are
 * split at "_" and analyzed part by part; other words are lower-cased with
 * ICU's locale-independent simple case mapping.
 *
 * Options (all optional):
 *	StopWords = 'arnews'			stop list <name>.stop in tsearch_data
 *	Lexicon = 'arnews_lexicon'		comma-separated <name>.txt files
 *	Names = 'arnews_names'			comma-separated <name>.txt files
 *	Mode = light | root | none		stemming mode
 *	Variants = true | false			add transliteration-variant keys
 *	Aliases = 'arnews_gazetteer'	comma-separated <name>.txt gazetteers
 *
 * Entity expansion: a mention of a gazetteer entity, one word (بوتين،
 * لروسيا) or several (حلف شمال الأطلسي، دونالد ترمب), is recognized with the
 * multi-token dictionary protocol and indexes, at its position, a marker
 * "+<stem>#<entity tag>" for every word of every name of the entity and the key
 * "=<canonical>".  A word that belongs to some entity name, when it is the
 * only word of its input (every websearch word is), also yields "+<stem>#"
 * flagged TSL_PREFIX: in a tsquery that is the prefix match '+<stem>#':*
 * which finds the mentions' markers of exactly that word (not of longer
 * words sharing its letters); documents do not store it.  So a query for
 * any name of an entity (دونالد ترامب, also split into separate websearch
 * words) finds every mention of it (ترامب alone), while the vectors of two
 * different words (بوتين, فلاديمير) still share no lexeme.
 *
 * Only a one-word input gets the marker (arnews_parse_one_word: the
 * parser tells), not the last word of a longer text: in a plainto_tsquery
 * or phraseto_tsquery of several words, whose multi-word names the alias
 * trie recognizes, it would add to one word only, by position, a GIN
 * partial match that reads the postings of every mention of every entity
 * with that word in a name (for الأميركي: every mention of the United
 * States); that made two-word first pages several times slower.
 *
 * IDENTIFICATION
 *	  src/pg_dict.c
 *
 *-------------------------------------------------------------------------
 */
#include "arnews.h"

#include <unicode/uchar.h>

#include "commands/defrem.h"
#include "tsearch/ts_public.h"
#include "utils/builtins.h"

#include "chars.h"
#include "normalize.h"
#include "pg_dict.h"
#include "stem.h"

/* Tokens longer than this are not indexed (PostgreSQL's limit is 2 kB) */
#define ARNEWS_MAX_TOKEN_BYTES 1024

/* Split a comma-separated option value into basenames and load each file */
static void
load_files(ArnewsDict *d, const char *list, const char *suffix, ArnewsStemData kind)
{
	char	   *copy = pstrdup(list);
	char	   *save = NULL;

	for (char *name = strtok_r(copy, ", ", &save); name != NULL;
		 name = strtok_r(NULL, ", ", &save))
	{
		Size		len;
		char	   *path;
		char	   *buf = arnews_read_data_file(name, suffix, &len, &path);

		/* the stemmer copies what it keeps */
		arnews_stemmer_load(d->stemmer, kind, buf, len, arnews_warn_data_line, path);
		pfree(buf);
	}
	pfree(copy);
}

/* A mention being matched across tokens (DictSubState.private_state) */
typedef struct AliasMatch
{
	int			node;			/* trie node reached so far, or -1 when only
								 * waiting to see if the input ends here */
	int			ntokens;		/* tokens consumed so far */
	TSLexeme   *alone;			/* the first token's lexemes with its
								 * name-word marker, for the end of input */
	int			nacc;			/* lexemes of the words consumed so far */
	int			capacc;
	char	  **acc;
} AliasMatch;

static bool add_word(ArnewsDict *d, TSLexeme **res, int *n, int *cap, const char *w,
					 size_t len, bool primary_only, unsigned flags);

/* Load the entity names of the gazetteer files */
static void
load_aliases(ArnewsDict *d, const char *list)
{
	char	   *copy = pstrdup(list);
	char	   *save = NULL;

	for (char *name = strtok_r(copy, ", ", &save); name != NULL;
		 name = strtok_r(NULL, ", ", &save))
	{
		Size		len;
		char	   *path;
		char	   *buf = arnews_read_data_file(name, "txt", &len, &path);

		if (d->aliases == NULL)
			d->aliases = arnews_aliases_new();
		arnews_aliases_load(d->aliases, buf, len, arnews_warn_data_line, path);
		pfree(buf);
	}
	pfree(copy);
}

/* Bit of the name-word prefilter for a stem: a hash of its last 4 bytes */
static inline unsigned int
nameword_bit(const char *stem, size_t len)
{
	unsigned int h = 0;

	for (size_t i = len > 4 ? len - 4 : 0; i < len; i++)
		h = h * 31 + (unsigned char) stem[i];
	return (h ^ (h >> 16)) & (ARNEWS_NAMEWORD_BITS - 1);
}

/* Remember the query marker "+stem#" of name word number id */
static void
add_nameword_marker(ArnewsDict *d, int32_t id, const char *stem)
{
	if (id >= d->nmarkers)
	{
		int			cap = Max(64, d->nmarkers * 2);

		while (cap <= id)
			cap *= 2;
		d->markers = d->markers ? repalloc(d->markers, sizeof(char *) * cap)
			: palloc(sizeof(char *) * cap);
		d->nmarkers = cap;
	}
	d->markers[id] = psprintf("+%s#", stem);
	{
		unsigned int bit = nameword_bit(stem, strlen(stem));

		d->nameword_filter[bit >> 3] |= (unsigned char) (1 << (bit & 7));
	}
}

/* A short stable tag of an entity: 24 bits of FNV-1a over its key */
static unsigned int
entity_tag(const char *key)
{
	unsigned int h = 2166136261u;

	for (const char *c = key; *c; c++)
		h = (h ^ (unsigned char) *c) * 16777619u;
	return (h ^ (h >> 24)) & 0xFFFFFF;
}

/*
 * For each entity, the lexemes a mention indexes: the primary stems of all
 * the words of all its names, and the entity key.
 */
static void
compile_entity_lexemes(ArnewsDict *d)
{
	int			nent = arnews_alias_entity_count(d->aliases);

	d->entity_lexemes = palloc0(sizeof(char **) * (nent + 1));
	d->namewords = arnews_wtab_new();
	for (int e = 0; e < nent; e++)
	{
		const char *const *words;
		int			nwords = arnews_alias_words(d->aliases, e, &words);
		int			cap = 4;
		int			n = 0;
		TSLexeme   *res = palloc0(sizeof(TSLexeme) * cap);
		char	   *key;
		char	  **out;

		for (int i = 0; i < nwords; i++)
			(void) add_word(d, &res, &n, &cap, words[i], strlen(words[i]), true, 0);
		key = psprintf("=%s", arnews_alias_canonical(d->aliases, e));
		for (char *c = key; *c; c++)
			if (*c == ' ')
				*c = '_';
		out = palloc(sizeof(char *) * (n + 2));
		for (int i = 0; i < n; i++)
		{
			/*
			 * The stem is a name word; a mention carries its marker, tagged
			 * with the entity so that two entities sharing a word (المملكة
			 * المتحدة, الولايات المتحدة) share no lexeme.
			 */
			bool		added;
			int32_t		id = arnews_wtab_add(d->namewords, res[i].lexeme,
											 strlen(res[i].lexeme), 0, &added);

			if (added)
				add_nameword_marker(d, id, res[i].lexeme);
			out[i] = psprintf("+%s#%06x", res[i].lexeme, entity_tag(key));
		}
		out[n] = key;
		out[n + 1] = NULL;
		d->entity_lexemes[e] = out;
		pfree(res);
	}
}

/* Parse one boolean option value */
static bool
parse_bool_option(DefElem *def)
{
	bool		result;

	if (!parse_bool(defGetString(def), &result))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid value for arnews parameter \"%s\": \"%s\"",
						def->defname, defGetString(def))));
	return result;
}

PG_FUNCTION_INFO_V1(arnews_dict_init);
Datum
arnews_dict_init(PG_FUNCTION_ARGS)
{
	List	   *options = (List *) PG_GETARG_POINTER(0);
	ArnewsDict *d = palloc0(sizeof(ArnewsDict));
	const char *stop = "arnews";
	const char *lexicon = "arnews_lexicon";
	const char *names = "arnews_names";
	const char *aliases = "arnews_gazetteer";
	bool		seen_aliases = false;
	bool		seen_stop = false,
				seen_lexicon = false,
				seen_names = false,
				seen_mode = false,
				seen_variants = false;
	ListCell   *l;

	arnews_check_encoding();
	d->mode = ARNEWS_STEM_LIGHT;
	d->variants = true;

	foreach(l, options)
	{
		DefElem    *def = (DefElem *) lfirst(l);
		bool	   *seen;

		if (strcmp(def->defname, "stopwords") == 0)
		{
			seen = &seen_stop;
			stop = defGetString(def);
		}
		else if (strcmp(def->defname, "lexicon") == 0)
		{
			seen = &seen_lexicon;
			lexicon = defGetString(def);
		}
		else if (strcmp(def->defname, "names") == 0)
		{
			seen = &seen_names;
			names = defGetString(def);
		}
		else if (strcmp(def->defname, "aliases") == 0)
		{
			seen = &seen_aliases;
			aliases = defGetString(def);
		}
		else if (strcmp(def->defname, "mode") == 0)
		{
			const char *v = defGetString(def);

			seen = &seen_mode;
			if (pg_strcasecmp(v, "light") == 0)
				d->mode = ARNEWS_STEM_LIGHT;
			else if (pg_strcasecmp(v, "root") == 0)
				d->mode = ARNEWS_STEM_ROOT;
			else if (pg_strcasecmp(v, "none") == 0)
				d->mode = ARNEWS_STEM_NONE;
			else
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
						 errmsg("invalid value for arnews parameter \"mode\": \"%s\"", v),
						 errhint("Valid values are \"light\", \"root\" and \"none\".")));
		}
		else if (strcmp(def->defname, "variants") == 0)
		{
			seen = &seen_variants;
			d->variants = parse_bool_option(def);
		}
		else
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("unrecognized arnews parameter: \"%s\"", def->defname)));
		if (*seen)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("duplicate arnews parameter: \"%s\"", def->defname)));
		*seen = true;
	}

	d->stemmer = arnews_stemmer_new();
	if (*stop)
		load_files(d, stop, "stop", ARNEWS_STEM_DATA_STOP);
	if (*lexicon)
		load_files(d, lexicon, "txt", ARNEWS_STEM_DATA_LEXICON);
	if (*names)
		load_files(d, names, "txt", ARNEWS_STEM_DATA_NAMES);
	arnews_buf_init(&d->buf, 256);
	if (*aliases)
	{
		load_aliases(d, aliases);
		if (d->aliases)
			compile_entity_lexemes(d);
	}

	PG_RETURN_POINTER(d);
}

/* Append a lexeme to the result array */
static void
add_lexeme(TSLexeme **res, int *n, int *cap, const char *s, size_t len, int nvariant)
{
	if (len == 0)
		return;
	for (int i = 0; i < *n; i++)
		if ((*res)[i].nvariant == nvariant && strncmp((*res)[i].lexeme, s, len) == 0 &&
			(*res)[i].lexeme[len] == '\0')
			return;				/* no duplicates within one group */
	if (*n + 1 >= *cap)
	{
		*cap *= 2;
		*res = repalloc(*res, sizeof(TSLexeme) * *cap);
	}
	(*res)[*n].lexeme = pnstrdup(s, len);
	(*res)[*n].nvariant = (uint16) nvariant;
	(*res)[*n].flags = 0;
	(*n)++;
	memset(&(*res)[*n], 0, sizeof(TSLexeme));
}

/* Lower-case a non-Arabic word with ICU's simple case mapping */
static void
add_folded(TSLexeme **res, int *n, int *cap, const char *s, size_t len, int nvariant)
{
	ArnewsBuf	out;
	size_t		pos = 0;

	arnews_buf_init(&out, len + 8);
	while (pos < len)
		arnews_buf_append_cp(&out, u_tolower(arnews_utf8_next(s, len, &pos)));
	add_lexeme(res, n, cap, out.data, out.len, nvariant);
	arnews_buf_free(&out);
}

/*
 * Analyze one normalized word and add its lexemes.  A whole word keeps the
 * analyzer's alternative groups (stem OR variant key); a part of a hashtag
 * (primary_only) adds only its first group, in group 1, so that a hashtag
 * query needs every part.  Returns false if it is a stop word.
 */
static bool
add_word(ArnewsDict *d, TSLexeme **res, int *n, int *cap, const char *w, size_t len,
		 bool primary_only, unsigned flags)
{
	size_t		pos = 0;
	int32_t		first;
	ArnewsStemResult sr;

	if (len == 0)
		return false;
	first = arnews_utf8_next(w, len, &pos);
	if (arnews_char_class(first) != ARNEWS_CC_ARABIC)
	{
		add_folded(res, n, cap, w, len, 1);
		return true;
	}
	arnews_stem_word_flags(d->stemmer, w, len, d->mode, d->variants, flags, &sr);
	if (sr.is_stop)
		return false;
	for (int i = 0; i < sr.nlexemes; i++)
	{
		if (primary_only && sr.nvariant[i] != sr.nvariant[0])
			continue;
		add_lexeme(res, n, cap, sr.lexemes[i], strlen(sr.lexemes[i]),
				   primary_only ? 1 : sr.nvariant[i]);
	}
	return true;
}

/* Add a number: thousands separators dropped, percent sign kept apart */
static void
add_number(TSLexeme **res, int *n, int *cap, const char *s, size_t len)
{
	char	   *digits = palloc(len + 1);
	size_t		k = 0;
	bool		percent = false;

	for (size_t i = 0; i < len; i++)
	{
		if (s[i] == ',')
			continue;
		if (s[i] == '%')
		{
			percent = true;
			continue;
		}
		digits[k++] = s[i];
	}
	/* "70%" indexes both 70 and 70%: a query for 70% needs both */
	add_lexeme(res, n, cap, digits, k, 1);
	if (percent)
	{
		digits[k++] = '%';
		add_lexeme(res, n, cap, digits, k, 1);
	}
	pfree(digits);
}

/*
 * Add an entity's expansion as one more alternative group, after the
 * group of the words of a multi-word mention (acc) if any: so that in a
 * query (plainto_tsquery 'فلاديمير بوتين') the name is either its words
 * or any mention of the entity (بوتين alone).
 */
static void
add_entity(ArnewsDict *d, TSLexeme **res, int *n, int *cap, int entity, char **acc, int nacc)
{
	int			group = 1;

	for (int i = 0; i < *n; i++)
		if ((*res)[i].nvariant >= group)
			group = (*res)[i].nvariant + 1;
	for (int i = 0; i < nacc; i++)
		add_lexeme(res, n, cap, acc[i], strlen(acc[i]), group);
	if (nacc > 0)
		group++;
	for (char **l = d->entity_lexemes[entity]; *l; l++)
		add_lexeme(res, n, cap, *l, strlen(*l), group);
}

/* Remember the primary lexemes of a consumed token of a mention */
static void
accumulate(AliasMatch *m, TSLexeme *res, int n)
{
	for (int i = 0; i < n; i++)
	{
		if (res[i].nvariant != res[0].nvariant)
			continue;
		if (m->nacc == m->capacc)
		{
			m->capacc = m->capacc ? m->capacc * 2 : 8;
			m->acc = m->acc ? repalloc(m->acc, sizeof(char *) * m->capacc)
				: palloc(sizeof(char *) * m->capacc);
		}
		m->acc[m->nacc++] = pstrdup(res[i].lexeme);
	}
}

/* Cheap test before the hash lookup: could this stem be a name word? */
static inline bool
is_nameword_candidate(const ArnewsDict *d, const char *stem, size_t *len)
{
	unsigned int bit;

	*len = strlen(stem);
	bit = nameword_bit(stem, *len);
	return (d->nameword_filter[bit >> 3] & (1 << (bit & 7))) != 0;
}

/* The query marker "+stem#" if the primary stem is an entity-name word */
static const char *
nameword_marker(const ArnewsDict *d, const TSLexeme *res, int n)
{
	size_t		len;
	int32_t		id;

	if (d->namewords == NULL || n == 0 || !is_nameword_candidate(d, res[0].lexeme, &len))
		return NULL;
	id = arnews_wtab_find(d->namewords, res[0].lexeme, len);
	return id >= 0 ? d->markers[id] : NULL;
}

/* Copy of res[0..n) plus the name-word marker, flagged as a query prefix */
static TSLexeme *
with_marker(const TSLexeme *res, int n, const char *marker)
{
	int			cap = 4;
	int			k = 0;
	TSLexeme   *out = palloc0(sizeof(TSLexeme) * cap);

	for (int i = 0; i < n; i++)
	{
		add_lexeme(&out, &k, &cap, res[i].lexeme, strlen(res[i].lexeme), res[i].nvariant);
		out[k - 1].flags = res[i].flags;
	}
	add_lexeme(&out, &k, &cap, marker, strlen(marker), n > 0 ? res[n - 1].nvariant + 1 : 1);
	out[k - 1].flags = TSL_PREFIX;
	return out;
}

/*
 * Lexemes of one token on its own (no entity expansion); flags: the
 * ARNEWS_STEM_* flags of the written token (final ة)
 */
static TSLexeme *
lexize_token(ArnewsDict *d, const char *w, size_t len, unsigned flags, int *nout)
{
	int			cap = 4;
	int			n = 0;
	TSLexeme   *res = palloc0(sizeof(TSLexeme) * cap);

	if (len == 0)
		;
	else if (w[0] >= '0' && w[0] <= '9')
		add_number(&res, &n, &cap, w, len);
	else if (w[0] == '#' && len > 1)
	{
		/* hashtag: each "_"-separated part analyzed as a word */
		size_t		start = 1;

		for (size_t i = 1; i <= len; i++)
		{
			if (i == len || w[i] == '_')
			{
				if (i > start)
					(void) add_word(d, &res, &n, &cap, w + start, i - start, true,
									i == len ? flags : 0);
				start = i + 1;
			}
		}
	}
	else if (w[0] == '@')
		add_folded(&res, &n, &cap, w, len, 1);
	else
		(void) add_word(d, &res, &n, &cap, w, len, false, flags);
	*nout = n;
	return res;
}

PG_FUNCTION_INFO_V1(arnews_dict_lexize);
Datum
arnews_dict_lexize(PG_FUNCTION_ARGS)
{
	ArnewsDict *d = (ArnewsDict *) PG_GETARG_POINTER(0);
	const char *in = (const char *) PG_GETARG_POINTER(1);
	int32		inlen = PG_GETARG_INT32(2);
	DictSubState *ds = (DictSubState *) PG_GETARG_POINTER(3);
	AliasMatch *m = ds ? (AliasMatch *) ds->private_state : NULL;
	TSLexeme   *res;
	int			n;
	int			cap;
	int			node;
	int			entity;

	if (m != NULL)
	{
		/* continuing a possible multi-word mention */
		ds->getnext = false;
		if (ds->isend && m->ntokens == 1 && m->alone)
			PG_RETURN_POINTER(m->alone);	/* a query word: add its marker */
		if (ds->isend || m->node < 0 || in == NULL || inlen <= 0 ||
			inlen > ARNEWS_MAX_TOKEN_BYTES)
			PG_RETURN_POINTER(NULL);	/* fall back to the best match so far */
		m->ntokens++;
		arnews_buf_reset(&d->buf);
		arnews_normalize(in, (size_t) inlen, &d->buf);
		node = arnews_alias_next(d->aliases, m->node, d->buf.data, d->buf.len);
		if (node < 0)
			PG_RETURN_POINTER(NULL);
		m->node = node;
		res = lexize_token(d, d->buf.data, d->buf.len,
						   arnews_stem_flags_of(in, (size_t) inlen), &n);
		accumulate(m, res, n);
		pfree(res);
		ds->getnext = arnews_alias_has_next(d->aliases, node);
		entity = arnews_alias_entity(d->aliases, node);
		if (entity < 0)
			PG_RETURN_POINTER(NULL);
		/* a complete name: the words consumed plus the entity's expansion */
		cap = 4;
		n = 0;
		res = palloc0(sizeof(TSLexeme) * cap);
		add_entity(d, &res, &n, &cap, entity, m->acc, m->nacc);
		PG_RETURN_POINTER(res);
	}

	if (inlen <= 0 || inlen > ARNEWS_MAX_TOKEN_BYTES)
		PG_RETURN_POINTER(palloc0(sizeof(TSLexeme)));	/* nothing to index */

	arnews_buf_reset(&d->buf);
	arnews_normalize(in, (size_t) inlen, &d->buf);
	res = lexize_token(d, d->buf.data, d->buf.len,
					   arnews_stem_flags_of(in, (size_t) inlen), &n);

	/*
	 * Does an entity name start with this word?  And is it a word of some
	 * entity name (not a whole name by itself)?  Such a word gets the
	 * marker '+stem#':* only when it is the only word of its input, which
	 * is how every websearch word is parsed: so queries find the mentions'
	 * markers, while documents never store the marker (a prefix query over
	 * every occurrence of a common word like عام would be slow).
	 */
	if (d->aliases && ds && n > 0 && (unsigned char) d->buf.data[0] >= 0x80)
	{
		const char *marker = nameword_marker(d, res, n);

		/* the marker is for an input of one word: see the file header */
		if (marker && !arnews_parse_one_word(in))
			marker = NULL;

		node = arnews_alias_first(d->aliases, d->buf.data, d->buf.len);
		entity = arnews_alias_entity(d->aliases, node);
		if (node >= 0 || marker)
		{
			cap = n + 1;
			while (cap & (cap - 1))
				cap++;			/* add_lexeme doubles cap: keep a power of 2 */
			res = repalloc(res, sizeof(TSLexeme) * cap);
		}
		if ((node >= 0 && arnews_alias_has_next(d->aliases, node)) ||
			(marker && entity < 0))
		{
			m = palloc0(sizeof(AliasMatch));
			m->node = arnews_alias_has_next(d->aliases, node) ? node : -1;
			m->ntokens = 1;
			accumulate(m, res, n);
			if (marker && entity < 0)
				m->alone = with_marker(res, n, marker);
			ds->private_state = m;
			ds->getnext = true;
		}
		if (entity >= 0)
			add_entity(d, &res, &n, &cap, entity, NULL, 0);
	}
	PG_RETURN_POINTER(res);
}
