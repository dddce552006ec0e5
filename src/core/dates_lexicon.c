/*-------------------------------------------------------------------------
 *
 * dates_lexicon.c
 *		The word lexicon of the date engine: month names of every system
 *		and the temporal words, parsed lazily from the compiled-in lists
 *		data/builtin_months.txt and data/builtin_time_words.txt into static
 *		tables (nothing allocated survives the call that loads them).
 *
 * Keys are stored in arnews normalized form, several words separated by a
 * single space.  The first word of a multi-word key is marked so that the
 * recognizer only builds word pairs where one can match.
 *
 * IDENTIFICATION
 *	  src/core/dates_lexicon.c
 *
 *-------------------------------------------------------------------------
 */
#include <string.h>

#include "builtin_data.h"
#include "dates_int.h"
#include "normalize.h"
#include "utf8.h"

ARNEWS_BUILTIN(months);
ARNEWS_BUILTIN(time_words);

#define LEX_MAX_ENTRIES 1024
#define LEX_POOL_SIZE	24576
#define LEX_SLOTS		4096	/* power of two, > 2 * LEX_MAX_ENTRIES */

typedef struct LexSlot
{
	uint16_t	key_off;		/* offset in lex_pool */
	uint16_t	key_len;
	int16_t		entry;			/* index in lex_entries, -1 = empty */
} LexSlot;

static bool lex_loaded = false;
static ArnewsDateLex lex_entries[LEX_MAX_ENTRIES];
static void lex_load(void);
static int	lex_nentries = 0;
static char lex_pool[LEX_POOL_SIZE];
static size_t lex_pool_used = 0;
static LexSlot lex_slots[LEX_SLOTS];

/* the filter over the one-word keys (dates_int.h) */
static uint64_t lex_filter[ARNEWS_DATES_FILTER_BITS / 64];

/* normalized month names that are also common words or names */
static const char *const ambiguous_months[] = {
	"مارس", "ماي", "اب", "اوت", "جوان", "نيسان", "تموز", "ايار", "غشت",
	"محرم", "صفر", "رجب", "شعبان", "رمضان", "شوال", NULL
};

/* Find the slot of a key (empty slot if absent) */
static LexSlot *
lex_slot(const char *key, size_t len)
{
	uint32_t	h = arnews_dates_hash(key, len) & (LEX_SLOTS - 1);

	for (;;)
	{
		LexSlot    *s = &lex_slots[h];

		if (s->entry < 0)
			return s;
		if (s->key_len == len && memcmp(lex_pool + s->key_off, key, len) == 0)
			return s;
		h = (h + 1) & (LEX_SLOTS - 1);
	}
}

/* Return the entry of a key, creating an empty one if needed (NULL if full) */
static ArnewsDateLex *
lex_get(const char *key, size_t len)
{
	LexSlot    *s = lex_slot(key, len);

	if (s->entry >= 0)
		return &lex_entries[s->entry];
	if (lex_nentries >= LEX_MAX_ENTRIES || lex_pool_used + len > LEX_POOL_SIZE ||
		len > 0xFFFF)
		return NULL;
	memcpy(lex_pool + lex_pool_used, key, len);
	s->key_off = (uint16_t) lex_pool_used;
	s->key_len = (uint16_t) len;
	s->entry = (int16_t) lex_nentries;
	lex_pool_used += len;
	memset(&lex_entries[lex_nentries], 0, sizeof(ArnewsDateLex));
	return &lex_entries[lex_nentries++];
}

/* Small decimal parser for the value column (accepts a leading '-') */
static int
lex_atoi(const char *s, size_t len)
{
	int			v = 0;
	int			sign = 1;
	size_t		i = 0;

	if (len > 0 && s[0] == '-')
	{
		sign = -1;
		i = 1;
	}
	for (; i < len && s[i] >= '0' && s[i] <= '9'; i++)
		v = v * 10 + (s[i] - '0');
	return sign * v;
}

/* True if the value column equals the given word */
static bool
val_is(const char *v, size_t vlen, const char *word)
{
	return strlen(word) == vlen && memcmp(v, word, vlen) == 0;
}

/* The IANA zone names of the tzname entries (static storage) */
#define ZONES_MAX	64
#define ZONE_NAME_MAX 32
static char zone_names[ZONES_MAX][ZONE_NAME_MAX];
static int	zone_count = 0;

/* Index of a zone name, added on first sight (0 if the table is full) */
static int
zone_intern(const char *v, size_t vlen)
{
	if (vlen == 0 || vlen >= ZONE_NAME_MAX)
		return 0;
	for (int z = 0; z < zone_count; z++)
		if (strlen(zone_names[z]) == vlen && memcmp(zone_names[z], v, vlen) == 0)
			return z;
	if (zone_count >= ZONES_MAX)
		return 0;
	memcpy(zone_names[zone_count], v, vlen);
	zone_names[zone_count][vlen] = '\0';
	return zone_count++;
}

/* IANA name of a zone index (dates_int.h) */
const char *
arnews_dates_zone_name(int zone)
{
	if (!lex_loaded)
		lex_load();
	return zone >= 0 && zone < zone_count ? zone_names[zone] : NULL;
}

/* Apply one class/value pair to an entry */
static void
lex_apply(ArnewsDateLex *e, const char *cls, size_t clen, const char *v, size_t vlen,
		  bool months_file)
{
	static const char *const units[] = {"", "minute", "hour", "day", "week", "month",
	"year", "decade", "century", NULL};

#define CLS(w) (strlen(w) == clen && memcmp(cls, w, clen) == 0)
	if (months_file)
	{
		e->mask |= ARNEWS_DL_MONTH;
		e->month = (int8_t) lex_atoi(v, vlen);
		e->msys = CLS("hijri") ? ARNEWS_MS_HIJRI : CLS("levant") ? ARNEWS_MS_LEVANT :
			CLS("maghreb") ? ARNEWS_MS_MAGHREB : ARNEWS_MS_GREG;
		return;
	}
	if (CLS("wday"))
	{
		e->mask |= ARNEWS_DL_WDAY;
		e->wday = (int8_t) lex_atoi(v, vlen);
	}
	else if (CLS("deixis"))
	{
		e->mask |= ARNEWS_DL_DEIXIS;
		e->deixis = (int8_t) lex_atoi(v, vlen);
	}
	else if (CLS("vague"))
	{
		e->mask |= ARNEWS_DL_VAGUE;
		e->vague = (int8_t) lex_atoi(v, vlen);
	}
	else if (CLS("unit") || CLS("unitdef"))
	{
		size_t		sp = 0;

		while (sp < vlen && v[sp] != ' ')
			sp++;
		for (int u = 1; units[u]; u++)
			if (val_is(v, sp, units[u]))
				e->unit = (int8_t) u;
		if (CLS("unit"))
		{
			e->mask |= ARNEWS_DL_UNIT;
			e->ucount = (int8_t) (sp < vlen ? lex_atoi(v + sp + 1, vlen - sp - 1) : 1);
		}
		else
			e->mask |= ARNEWS_DL_UNITDEF;
	}
	else if (CLS("yearword"))
	{
		e->mask |= ARNEWS_DL_YEARWORD;
		e->ywcount = (int8_t) lex_atoi(v, vlen);
	}
	else if (CLS("dayword"))
	{
		e->mask |= ARNEWS_DL_DAYWORD;
		e->ywcount = (int8_t) lex_atoi(v, vlen);
	}
	else if (CLS("hourword"))
		e->mask |= ARNEWS_DL_HOURWORD;
	else if (CLS("tz"))
		e->mask |= ARNEWS_DL_TZ;
	else if (CLS("monthword"))
		e->mask |= ARNEWS_DL_MONTHWORD;
	else if (CLS("rel"))
	{
		e->mask |= ARNEWS_DL_REL;
		e->rel = (int8_t) lex_atoi(v, vlen);
	}
	else if (CLS("this"))
		e->mask |= ARNEWS_DL_THIS;
	else if (CLS("pod") || CLS("mark"))
	{
		e->mask |= CLS("pod") ? ARNEWS_DL_POD : ARNEWS_DL_MARK;
		e->hour = (int8_t) lex_atoi(v, vlen);
	}
	else if (CLS("signal"))
	{
		e->mask |= ARNEWS_DL_SIGNAL;
		e->signal = val_is(v, vlen, "since") ? ARNEWS_SIG_SINCE :
			val_is(v, vlen, "before") ? ARNEWS_SIG_BEFORE :
			val_is(v, vlen, "after") ? ARNEWS_SIG_AFTER :
			val_is(v, vlen, "until") ? ARNEWS_SIG_UNTIL :
			val_is(v, vlen, "during") ? ARNEWS_SIG_DURING :
			val_is(v, vlen, "for") ? ARNEWS_SIG_FOR : ARNEWS_SIG_IN;
	}
	else if (CLS("approx"))
	{
		e->mask |= ARNEWS_DL_APPROX;
		e->approx = (int8_t) lex_atoi(v, vlen);
	}
	else if (CLS("partof"))
	{
		e->mask |= ARNEWS_DL_PARTOF;
		e->partof = val_is(v, vlen, "start") ? 1 : val_is(v, vlen, "mid") ? 2 : 3;
	}
	else if (CLS("season"))
	{
		e->mask |= ARNEWS_DL_SEASON;
		e->season = val_is(v, vlen, "spring") ? 1 : val_is(v, vlen, "summer") ? 2 :
			val_is(v, vlen, "autumn") ? 3 : 4;
	}
	else if (CLS("decade"))
	{
		e->mask |= ARNEWS_DL_DECADE;
		e->decade = (int16_t) lex_atoi(v, vlen);
	}
	else if (CLS("century"))
	{
		e->mask |= ARNEWS_DL_CENTURY;
		e->century = (int16_t) lex_atoi(v, vlen);
	}
	else if (CLS("era"))
	{
		e->mask |= ARNEWS_DL_ERA;
		e->era = val_is(v, vlen, "hijri") ? ARNEWS_ERA_HIJRI :
			val_is(v, vlen, "greg") ? ARNEWS_ERA_GREG : ARNEWS_ERA_CORR;
	}
	else if (CLS("counted"))
		e->mask |= ARNEWS_DL_COUNTED;
	else if (CLS("noyear"))
		e->mask |= ARNEWS_DL_NOYEAR;
	else if (CLS("yfollow"))
		e->mask |= ARNEWS_DL_YFOLLOW;
	else if (CLS("wdaybare"))
	{
		e->mask |= ARNEWS_DL_WDAYBARE;
		e->wday = (int8_t) lex_atoi(v, vlen);
	}
	else if (CLS("nth"))
	{
		e->mask |= ARNEWS_DL_NTH;
		e->nth = (int8_t) lex_atoi(v, vlen);
	}
	else if (CLS("holiday"))
	{
		/* "hijri M D", "greg M D" or "easter 0 0" */
		size_t		a = 0,
					b;

		while (a < vlen && v[a] != ' ')
			a++;
		b = a + 1;
		while (b < vlen && v[b] != ' ')
			b++;
		e->mask |= ARNEWS_DL_HOLIDAY;
		e->hol_cal = val_is(v, a, "hijri") ? ARNEWS_HOL_HIJRI :
			val_is(v, a, "greg") ? ARNEWS_HOL_GREG : ARNEWS_HOL_EASTER;
		if (b < vlen)
		{
			e->hol_month = (int8_t) lex_atoi(v + a + 1, b - a - 1);
			e->hol_day = (int8_t) lex_atoi(v + b + 1, vlen - b - 1);
		}
	}
	else if (CLS("clockword"))
	{
		e->mask |= ARNEWS_DL_CLOCKWORD;
		e->clock = (int16_t) lex_atoi(v, vlen);
	}
	else if (CLS("tzname"))
	{
		e->mask |= ARNEWS_DL_TZNAME;
		e->zone = (int16_t) zone_intern(v, vlen);
	}
#undef CLS
}

/* Parse one compiled-in list into the tables */
static void
lex_load_list(const char *text, size_t len, bool months_file)
{
	size_t		p = 0;
	ArnewsBuf	norm;

	arnews_buf_init(&norm, 64);
	while (p < len)
	{
		size_t		eol = p;
		size_t		t1,
					t2;

		while (eol < len && text[eol] != '\n')
			eol++;
		if (eol > p && text[p] != '#')
		{
			t1 = p;
			while (t1 < eol && text[t1] != '\t')
				t1++;
			t2 = t1 + 1;
			while (t2 < eol && text[t2] != '\t')
				t2++;
			if (t2 < eol)
			{
				ArnewsDateLex *e;

				arnews_buf_reset(&norm);
				arnews_normalize(text + p, t1 - p, &norm);
				e = lex_get(norm.data, norm.len);
				if (e != NULL)
				{
					lex_apply(e, text + t1 + 1, t2 - t1 - 1, text + t2 + 1, eol - t2 - 1,
							  months_file);
					if (months_file)
						for (int a = 0; ambiguous_months[a]; a++)
							if (strcmp(norm.data, ambiguous_months[a]) == 0)
								e->ambiguous = true;
				}
				/* mark the first word of a multi-word key */
				for (size_t k = 0; k < norm.len; k++)
					if (norm.data[k] == ' ')
					{
						ArnewsDateLex *f = lex_get(norm.data, k);

						if (f != NULL)
						{
							f->multi_first = true;
							if (months_file)
								f->month_first = true;
						}
						break;
					}
			}
		}
		p = eol + 1;
	}
	arnews_buf_free(&norm);
}

/* Set the filter bit of every one-word key */
static void
lex_filter_build(void)
{
	memset(lex_filter, 0, sizeof(lex_filter));
	for (int i = 0; i < LEX_SLOTS; i++)
	{
		const LexSlot *sl = &lex_slots[i];
		const char *key = lex_pool + sl->key_off;
		uint32_t	b;

		if (sl->entry < 0 || sl->key_len == 0 || memchr(key, ' ', sl->key_len) != NULL)
			continue;
		b = arnews_dates_filter_bit(key, sl->key_len);
		lex_filter[b / 64] |= UINT64_C(1) << (b % 64);
	}
}

/* Load the lists once (static storage only) */
static void
lex_load(void)
{
	for (int i = 0; i < LEX_SLOTS; i++)
		lex_slots[i].entry = -1;
	lex_nentries = 0;
	lex_pool_used = 0;
	zone_count = 0;
	(void) zone_intern("UTC", 3);	/* index 0 */
	lex_load_list(arnews_builtin_months, arnews_builtin_months_len, true);
	lex_load_list(arnews_builtin_time_words, arnews_builtin_time_words_len, false);
	lex_filter_build();
	lex_loaded = true;
}

/* Look up a normalized word or word sequence */
const ArnewsDateLex *
arnews_dates_lex_lookup(const char *norm, size_t len)
{
	LexSlot    *s;

	if (!lex_loaded)
		lex_load();
	if (len == 0 || len > 0xFFFF)
		return NULL;
	s = lex_slot(norm, len);
	return s->entry >= 0 ? &lex_entries[s->entry] : NULL;
}

/* The bits of the filter over the one-word keys (dates_int.h) */
const uint64_t *
arnews_dates_lex_filter(void)
{
	if (!lex_loaded)
		lex_load();
	return lex_filter;
}

/* Name of a signal, as reported in the modifier column */
const char *
arnews_dates_signal_name(int signal)
{
	switch (signal)
	{
		case ARNEWS_SIG_SINCE:
			return "since";
		case ARNEWS_SIG_BEFORE:
			return "before";
		case ARNEWS_SIG_AFTER:
			return "after";
		case ARNEWS_SIG_UNTIL:
			return "until";
		case ARNEWS_SIG_DURING:
			return "during";
		case ARNEWS_SIG_FOR:
			return "for";
		default:
			return NULL;
	}
}

/* True if a normalized word is a month or weekday name of any calendar */
bool
arnews_dates_is_calendar_name(const char *norm, size_t len)
{
	const ArnewsDateLex *lx = arnews_dates_lex_lookup(norm, len);

	return lx != NULL && (lx->mask & (ARNEWS_DL_MONTH | ARNEWS_DL_WDAY)) != 0;
}
