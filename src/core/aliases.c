/*-------------------------------------------------------------------------
 *
 * aliases.c
 *		Entity-name trie for search expansion (see aliases.h).
 *
 * Trie edges live in one open-addressing hash table keyed by (parent node,
 * word); nodes carry the entity they complete and whether longer names
 * continue.  Everything is allocated with arnews_alloc when loading and is
 * read-only afterwards.
 *
 * IDENTIFICATION
 *	  src/core/aliases.c
 *
 *-------------------------------------------------------------------------
 */
#include <string.h>

#include "alloc.h"
#include "aliases.h"
#include "normalize.h"
#include "utf8.h"

#define ALEF_LAM "\xd8\xa7\xd9\x84"	/* ال */
#define MAX_NAME_WORDS 12

typedef struct Edge
{
	int			parent;			/* -1 marks an empty slot */
	int			child;
	char	   *word;
} Edge;

typedef struct Node
{
	int			entity;			/* -1 if no name ends here */
	bool		has_next;
} Node;

typedef struct Entity
{
	char	   *canonical;
	char	  **words;
	int			nwords;
	int			capwords;
} Entity;

#define SUFFIX_BITS 65536			/* prefilter on a word's last 4 bytes */

struct ArnewsAliases
{
	unsigned char suffix_seen[SUFFIX_BITS / 8];	/* first words' endings */
	Edge	   *edges;
	int			nedges;
	int			capedges;		/* power of two */
	Node	   *nodes;
	int			nnodes;
	int			capnodes;
	Entity	   *entities;
	int			nentities;
	int			capentities;
};

/* FNV-1a over the word, mixed with the parent node */
static unsigned int
edge_hash(int parent, const char *w, size_t len)
{
	unsigned int h = 2166136261u ^ (unsigned int) (parent * 16777619);

	for (size_t i = 0; i < len; i++)
		h = (h ^ (unsigned char) w[i]) * 16777619u;
	return h;
}

/* Slot of edge (parent, word): the existing edge or the empty slot */
static int
edge_slot(const ArnewsAliases *a, int parent, const char *w, size_t len)
{
	unsigned int mask = (unsigned int) a->capedges - 1;
	unsigned int i = edge_hash(parent, w, len) & mask;

	for (;;)
	{
		const Edge *e = &a->edges[i];

		if (e->parent < 0)
			return (int) i;
		if (e->parent == parent && strlen(e->word) == len && memcmp(e->word, w, len) == 0)
			return (int) i;
		i = (i + 1) & mask;
	}
}

/* 16-bit hash of the last (up to) 4 bytes of a word */
static inline unsigned int
suffix_hash(const char *w, size_t len)
{
	unsigned int h = 0;
	size_t		from = len > 4 ? len - 4 : 0;

	for (size_t i = from; i < len; i++)
		h = h * 31 + (unsigned char) w[i];
	return (h ^ (h >> 16)) & (SUFFIX_BITS - 1);
}

/* Strip a leading ال (but keep a word that would become too short) */
static void
strip_article(const char **w, size_t *len)
{
	if (*len > 6 && memcmp(*w, ALEF_LAM, 4) == 0)
	{
		*w += 4;
		*len -= 4;
	}
}

static int
new_node(ArnewsAliases *a)
{
	if (a->nnodes == a->capnodes)
	{
		a->capnodes *= 2;
		a->nodes = arnews_realloc(a->nodes, sizeof(Node) * a->capnodes);
	}
	a->nodes[a->nnodes].entity = -1;
	a->nodes[a->nnodes].has_next = false;
	return a->nnodes++;
}

/* Double the edge table */
static void
grow_edges(ArnewsAliases *a)
{
	Edge	   *old = a->edges;
	int			oldcap = a->capedges;

	a->capedges *= 2;
	a->edges = arnews_alloc(sizeof(Edge) * a->capedges);
	for (int i = 0; i < a->capedges; i++)
		a->edges[i].parent = -1;
	for (int i = 0; i < oldcap; i++)
		if (old[i].parent >= 0)
			a->edges[edge_slot(a, old[i].parent, old[i].word, strlen(old[i].word))] = old[i];
	arnews_free(old);
}

/* Child of parent by word, created if missing */
static int
add_edge(ArnewsAliases *a, int parent, const char *w, size_t len)
{
	int			slot;
	Edge	   *e;

	if ((a->nedges + 1) * 2 > a->capedges)
		grow_edges(a);
	slot = edge_slot(a, parent, w, len);
	e = &a->edges[slot];
	if (e->parent >= 0)
		return e->child;
	e->parent = parent;
	e->word = arnews_alloc(len + 1);
	memcpy(e->word, w, len);
	e->word[len] = '\0';
	e->child = new_node(a);
	a->nedges++;
	a->nodes[parent].has_next = true;
	return e->child;
}

ArnewsAliases *
arnews_aliases_new(void)
{
	ArnewsAliases *a = arnews_alloc0(sizeof(ArnewsAliases));

	a->capedges = 1024;
	a->edges = arnews_alloc(sizeof(Edge) * a->capedges);
	for (int i = 0; i < a->capedges; i++)
		a->edges[i].parent = -1;
	a->capnodes = 512;
	a->nodes = arnews_alloc(sizeof(Node) * a->capnodes);
	a->nnodes = 0;
	(void) new_node(a);			/* the root */
	a->capentities = 128;
	a->entities = arnews_alloc(sizeof(Entity) * a->capentities);
	return a;
}

/* Remember a distinct word of an entity's names */
static void
add_entity_word(Entity *e, const char *w, size_t len)
{
	for (int i = 0; i < e->nwords; i++)
		if (strlen(e->words[i]) == len && memcmp(e->words[i], w, len) == 0)
			return;
	if (e->nwords == e->capwords)
	{
		e->capwords = e->capwords ? e->capwords * 2 : 8;
		e->words = arnews_realloc(e->words, sizeof(char *) * e->capwords);
	}
	e->words[e->nwords] = arnews_alloc(len + 1);
	memcpy(e->words[e->nwords], w, len);
	e->words[e->nwords][len] = '\0';
	e->nwords++;
}

/* Insert one name (normalized, space-separated words) for entity */
static void
add_name(ArnewsAliases *a, int entity, const char *name, size_t len)
{
	int			node = 0;
	size_t		pos = 0;
	int			nwords = 0;

	while (pos < len && nwords < MAX_NAME_WORDS)
	{
		size_t		start;
		const char *w;
		size_t		wl;

		while (pos < len && name[pos] == ' ')
			pos++;
		start = pos;
		while (pos < len && name[pos] != ' ')
			pos++;
		if (pos == start)
			break;
		add_entity_word(&a->entities[entity], name + start, pos - start);
		w = name + start;
		wl = pos - start;
		strip_article(&w, &wl);
		if (node == 0)
		{
			unsigned int h = suffix_hash(w, wl);

			a->suffix_seen[h >> 3] |= (unsigned char) (1 << (h & 7));
		}
		node = add_edge(a, node, w, wl);
		nwords++;
	}
	/* the first entity to claim a name keeps it */
	if (node > 0 && a->nodes[node].entity < 0)
		a->nodes[node].entity = entity;
}

int
arnews_aliases_load(ArnewsAliases *a, const char *buf, size_t len,
					ArnewsAliasWarnFn warn, void *warn_arg)
{
	size_t		pos = 0;
	int			lineno = 0;
	int			added = 0;
	ArnewsBuf	norm;

	arnews_buf_init(&norm, 256);
	while (pos < len)
	{
		const char *line = buf + pos;
		const char *eol = memchr(line, '\n', len - pos);
		size_t		linelen = eol ? (size_t) (eol - line) : len - pos;
		const char *f[3] = {NULL, NULL, NULL};
		size_t		flen[3] = {0, 0, 0};
		int			nf = 0;
		int			entity;

		pos += linelen + (eol ? 1 : 0);
		lineno++;
		if (linelen == 0 || line[0] == '#')
			continue;
		/* TYPE <TAB> canonical <TAB> variants */
		f[0] = line;
		for (size_t i = 0; i <= linelen && nf < 3; i++)
		{
			if (i == linelen || line[i] == '\t')
			{
				flen[nf] = (size_t) (line + i - f[nf]);
				nf++;
				if (nf < 3 && i < linelen)
					f[nf] = line + i + 1;
			}
		}
		if (nf < 2 || flen[1] == 0)
		{
			if (warn)
				warn(warn_arg, lineno, "expected TYPE<TAB>canonical[<TAB>variants]");
			continue;
		}
		if (!((flen[0] == 3 && (memcmp(f[0], "PER", 3) == 0 || memcmp(f[0], "LOC", 3) == 0 ||
								memcmp(f[0], "ORG", 3) == 0))))
			continue;

		if (a->nentities == a->capentities)
		{
			a->capentities *= 2;
			a->entities = arnews_realloc(a->entities, sizeof(Entity) * a->capentities);
		}
		entity = a->nentities++;
		memset(&a->entities[entity], 0, sizeof(Entity));
		arnews_buf_reset(&norm);
		arnews_normalize(f[1], flen[1], &norm);
		a->entities[entity].canonical = arnews_alloc(norm.len + 1);
		memcpy(a->entities[entity].canonical, norm.data, norm.len + 1);
		add_name(a, entity, norm.data, norm.len);
		added++;
		if (nf == 3)
		{
			size_t		vstart = 0;

			for (size_t i = 0; i <= flen[2]; i++)
			{
				if (i == flen[2] || f[2][i] == '|')
				{
					if (i > vstart)
					{
						arnews_buf_reset(&norm);
						arnews_normalize(f[2] + vstart, i - vstart, &norm);
						add_name(a, entity, norm.data, norm.len);
						added++;
					}
					vstart = i + 1;
				}
			}
		}
	}
	arnews_buf_free(&norm);
	return added;
}

/* Lookup of edge (node, word) */
static int
find_edge(const ArnewsAliases *a, int node, const char *w, size_t len)
{
	const Edge *e;

	strip_article(&w, &len);
	if (len == 0)
		return -1;
	e = &a->edges[edge_slot(a, node, w, len)];
	return e->parent >= 0 ? e->child : -1;
}

int
arnews_alias_next(const ArnewsAliases *a, int node, const char *word, size_t len)
{
	if (node < 0 || node >= a->nnodes || !a->nodes[node].has_next)
		return -1;
	return find_edge(a, node, word, len);
}

/* Proclitic letters: و ف ب ك ل (two bytes each, 0xD9/0xD8 lead) */
static bool
is_proclitic(const char *w)
{
	return (w[0] == '\xd9' && (w[1] == '\x88' || w[1] == '\x81' || w[1] == '\x83' ||
							   w[1] == '\x84')) ||
		(w[0] == '\xd8' && w[1] == '\xa8');
}

int
arnews_alias_first(const ArnewsAliases *a, const char *word, size_t len)
{
	int			node;
	unsigned int h = suffix_hash(word, len);

	/* proclitics change only the start: no name ends like this word */
	if (!(a->suffix_seen[h >> 3] & (1 << (h & 7))))
		return -1;
	node = find_edge(a, 0, word, len);

	/* up to two proclitic letters: و، ب، وب، ول، فب ...; لل stands for ل+ال */
	for (int k = 1; node < 0 && k <= 2 && len > (size_t) 2 * k + 4; k++)
	{
		if (!is_proclitic(word + 2 * (k - 1)))
			break;
		node = find_edge(a, 0, word + 2 * k, len - 2 * k);
		if (node < 0 && word[2 * k] == '\xd9' && word[2 * k + 1] == '\x84' &&
			word[2 * k - 2] == '\xd9' && word[2 * k - 1] == '\x84')
		{
			/* لل + word: the article lost its alef after ل */
			char		tmp[256];

			if (len - 2 * k + 2 < sizeof(tmp))
			{
				memcpy(tmp, "\xd8\xa7", 2);
				memcpy(tmp + 2, word + 2 * k, len - 2 * k);
				node = find_edge(a, 0, tmp, len - 2 * k + 2);
			}
		}
	}
	return node;
}

int
arnews_alias_entity(const ArnewsAliases *a, int node)
{
	return (node < 0 || node >= a->nnodes) ? -1 : a->nodes[node].entity;
}

bool
arnews_alias_has_next(const ArnewsAliases *a, int node)
{
	return node >= 0 && node < a->nnodes && a->nodes[node].has_next;
}

int
arnews_alias_entity_count(const ArnewsAliases *a)
{
	return a->nentities;
}

const char *
arnews_alias_canonical(const ArnewsAliases *a, int entity)
{
	return a->entities[entity].canonical;
}

int
arnews_alias_words(const ArnewsAliases *a, int entity, const char *const **words)
{
	*words = (const char *const *) a->entities[entity].words;
	return a->entities[entity].nwords;
}
