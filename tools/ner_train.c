/*-------------------------------------------------------------------------
 *
 * ner_train.c
 *		Trainer of the arnews named-entity tagger: an averaged structured
 *		perceptron (first-order Viterbi, BIO constraints) over the features
 *		of src/core/ner_feat.c, trained on ANERcorp-style data (one
 *		"word TAG" per line, blank line between sentences, tags PERS/PER,
 *		LOC, ORG, MISC in BIO).
 *
 * Build (from the repository root):
 *	cc -std=c11 -O2 -Wall -Wextra -Isrc/core -o /tmp/ner_train tools/ner_train.c \
 *		src/core/ner_feat.c src/core/ner_model.c src/core/ner_gaz.c \
 *		src/core/ner_clus.c src/core/normalize.c src/core/utf8.c src/core/chars.c \
 *		test/unit/alloc_std.c -licui18n -licuuc -licudata -lm
 *
 * Use:
 *	ner_train [-g gazetteer.txt]... [-l lists.txt] [-c clusters.txt] [-e epochs] [-p prune]
 *			  [-b bias] -o model.txt train.txt
 *		train on the whole file and write the model (-b lowers the score
 *		of O by that much, trading precision for recall; default 0);
 *	ner_train [-g gazetteer.txt]... [-c clusters.txt] [-e epochs] --cv K train.txt
 *		K-fold cross-validation (contiguous folds of sentences: train on
 *		K-1, test on 1), printing CoNLL exact-match precision, recall and
 *		F1 per type and micro-averaged over PER, LOC and ORG;
 *		with --interleave, sentence s goes to fold s % K instead (folds
 *		then share documents, so names recur between train and test);
 *		--dump file writes "token-number<TAB>gold<TAB>predicted" for every
 *		held-out token (blank line between sentences) for error analysis;
 *		--tail K keeps the last K-th of the sentences out of the folds (a
 *		slice untouched while choices are made on the folds), and
 *		--final then trains on everything before that slice and reports
 *		it once ("slice" lines).
 *
 * IDENTIFICATION
 *	  tools/ner_train.c
 *
 *-------------------------------------------------------------------------
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "ner_int.h"

#define T ARNEWS_NER_NTAGS

typedef struct Sent
{
	int			start;			/* first token in the corpus arrays */
	int			n;
} Sent;

/* corpus */
static int	ntoks;
static int *gold;				/* gold tag per token */
static int *featoff;			/* feature ids of token i: feats[featoff[i]
								 * .. featoff[i+1]) */
static int *feats;
static Sent *sents;
static int	nsents;

/* feature dictionary: hash -> id, with the feature text */
static uint64_t *fkeys;
static int *fids;
static size_t fcap;
static int	nfeat;
static char **fnames;

/* model */
static float *W;				/* (nfeat + T + 1) x T; transitions last */
static float *U;				/* averaging accumulators */

/* Read a whole file */
static char *
slurp(const char *path, size_t *len)
{
	FILE	   *f = fopen(path, "rb");
	char	   *buf;
	long		n;

	if (!f)
	{
		perror(path);
		exit(2);
	}
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	buf = malloc((size_t) n + 1);
	if (fread(buf, 1, (size_t) n, f) != (size_t) n)
	{
		perror(path);
		exit(2);
	}
	buf[n] = 0;
	fclose(f);
	*len = (size_t) n;
	return buf;
}

/* Copy a string */
static char *
xstrdup(const char *s)
{
	size_t		n = strlen(s) + 1;
	char	   *d = malloc(n);

	memcpy(d, s, n);
	return d;
}

/* Dense id of a feature hash, adding it (with its text) if new */
static int
feat_id(uint64_t h, const char *name, bool add)
{
	size_t		i;

	if ((size_t) (nfeat + 1) * 2 > fcap)
	{
		uint64_t   *ok = fkeys;
		int		   *oi = fids;
		size_t		oc = fcap;

		fcap = fcap ? fcap * 2 : 1 << 20;
		fkeys = calloc(fcap, sizeof(uint64_t));
		fids = calloc(fcap, sizeof(int));
		for (size_t k = 0; k < oc; k++)
			if (ok[k])
			{
				size_t		j = (size_t) (ok[k] ^ (ok[k] >> 29)) & (fcap - 1);

				while (fkeys[j])
					j = (j + 1) & (fcap - 1);
				fkeys[j] = ok[k];
				fids[j] = oi[k];
			}
		free(ok);
		free(oi);
	}
	i = (size_t) (h ^ (h >> 29)) & (fcap - 1);
	while (fkeys[i] && fkeys[i] != h)
		i = (i + 1) & (fcap - 1);
	if (fkeys[i])
		return fids[i];
	if (!add)
		return -1;
	fkeys[i] = h;
	fids[i] = nfeat;
	if ((nfeat & (nfeat - 1)) == 0)
		fnames = realloc(fnames, (size_t) (nfeat ? nfeat * 2 : 1) * sizeof(char *));
	fnames[nfeat] = xstrdup(name);
	return nfeat++;
}

/* Load the corpus and compute features */
static void
load_corpus(const char *path, ArnewsNerGaz *gaz, ArnewsNerGaz *lists, ArnewsNerClus *clus)
{
	size_t		len;
	char	   *buf = slurp(path, &len);
	size_t		pos = 0;
	int			cap = 1 << 17;
	int			fcapt = 1 << 22;
	int			nf = 0;
	ArnewsNerTok *st = malloc(sizeof(ArnewsNerTok) * 4096);
	int			stg[4096];
	int			sn = 0;
	ArnewsBuf	nbuf,
				names;

	arnews_buf_init(&nbuf, 4096);
	arnews_buf_init(&names, 4096);
	gold = malloc(sizeof(int) * cap);
	featoff = malloc(sizeof(int) * (cap + 1));
	feats = malloc(sizeof(int) * fcapt);
	sents = malloc(sizeof(Sent) * 20000);
	featoff[0] = 0;
	while (pos <= len)
	{
		size_t		e = pos;
		bool		blank;

		while (e < len && buf[e] != '\n')
			e++;
		blank = (e == pos) || pos >= len;
		if (!blank && sn < 4096)
		{
			size_t		sp = e;

			while (sp > pos && buf[sp - 1] != ' ' && buf[sp - 1] != '\t')
				sp--;
			if (sp > pos)
			{
				int			tag = arnews_ner_tag_parse(buf + sp, e - sp);

				if (tag < 0)
					tag = 0;
				arnews_ner_tok_fill(&st[sn], buf + pos, sp - 1 - pos, &nbuf);
				stg[sn++] = tag;
			}
		}
		if ((blank || sn == 4096) && sn > 0)
		{
			arnews_ner_gaz_annotate(gaz, st, sn, nbuf.data);
			arnews_ner_lists_annotate(lists, st, sn, nbuf.data);
			arnews_ner_clus_annotate(clus, st, sn, nbuf.data);
			if (ntoks + sn >= cap)
			{
				cap *= 2;
				gold = realloc(gold, sizeof(int) * cap);
				featoff = realloc(featoff, sizeof(int) * (cap + 1));
			}
			if (nsents % 20000 == 19999)
				sents = realloc(sents, sizeof(Sent) * (nsents + 20001));
			sents[nsents].start = ntoks;
			sents[nsents].n = sn;
			nsents++;
			for (int i = 0; i < sn; i++)
			{
				uint64_t	h[ARNEWS_NER_MAX_FEATS];
				int			k;
				const char *nm;

				arnews_buf_reset(&names);
				k = arnews_ner_features(st, sn, i, nbuf.data, h, &names);
				if (nf + k >= fcapt)
				{
					fcapt *= 2;
					feats = realloc(feats, sizeof(int) * fcapt);
				}
				nm = names.data;
				for (int j = 0; j < k; j++)
				{
					feats[nf++] = feat_id(h[j], nm, true);
					nm += strlen(nm) + 1;
				}
				gold[ntoks] = stg[i];
				ntoks++;
				featoff[ntoks] = nf;
			}
			sn = 0;
			arnews_buf_reset(&nbuf);
		}
		pos = e + 1;
	}
	arnews_buf_free(&nbuf);
	arnews_buf_free(&names);
	free(st);
	free(buf);
}

/* Emission scores of a sentence with weights w */
static void
emit_sent(const float *w, const Sent *s, float *emit)
{
	for (int i = 0; i < s->n; i++)
	{
		float	   *o = emit + i * T;
		int			tok = s->start + i;

		memset(o, 0, sizeof(float) * T);
		for (int f = featoff[tok]; f < featoff[tok + 1]; f++)
		{
			const float *wf = w + (size_t) feats[f] * T;

			for (int t = 0; t < T; t++)
				o[t] += wf[t];
		}
	}
}

/* Add v to weight (f, t) with averaging counter c */
static inline void
upd(size_t f, int t, float v, float c)
{
	W[f * T + t] += v;
	U[f * T + t] += c * v;
}

static FILE *dump_file;		/* --dump: held-out "gold pred" per token */
static float prune_at = 0.05f;	/* -p: features with every |weight| below are dropped */
static float o_bias = 0;		/* subtracted from the O score of every token */
static int cv_k = 0;			/* interleaved folds: sentence s is in fold s % cv_k */
static int use_n = -1;			/* sentences [use_n, nsents) are never trained on nor tested */

/* Is sentence s in the held-out range/fold [lo, hi)? */
static bool
held_out(int s, int lo, int hi)
{
	if (cv_k > 0)
		return s % cv_k == lo;
	return s >= lo && s < hi;
}

/* Train on sentences not held out */
static void
train(int epochs, int skip_lo, int skip_hi)
{
	size_t		nw = (size_t) (nfeat + T + 1) * T;
	int		   *order = malloc(sizeof(int) * nsents);
	int			norder = 0;
	float		c = 1;
	float	   *emit = malloc(sizeof(float) * 4096 * T);
	float	   *score = malloc(sizeof(float) * 4096 * T);
	int		   *back = malloc(sizeof(int) * 4096 * T);
	int			pred[4096];
	unsigned int rng = 12345;

	free(W);
	free(U);
	W = calloc(nw, sizeof(float));
	U = calloc(nw, sizeof(float));
	for (int s = 0; s < use_n; s++)
		if (!held_out(s, skip_lo, skip_hi))
			order[norder++] = s;
	for (int ep = 0; ep < epochs; ep++)
	{
		/* deterministic shuffle */
		for (int i = norder - 1; i > 0; i--)
		{
			int			j,
						tmp;

			rng = rng * 1103515245u + 12345u;
			j = (int) ((rng >> 8) % (unsigned) (i + 1));
			tmp = order[i];
			order[i] = order[j];
			order[j] = tmp;
		}
		for (int k = 0; k < norder; k++)
		{
			const Sent *s = &sents[order[k]];
			const float *trans = W + (size_t) nfeat * T;

			emit_sent(W, s, emit);
			arnews_ner_viterbi(emit, s->n, trans, pred, back, score);
			for (int i = 0; i < s->n; i++)
			{
				int			tok = s->start + i;
				int			g = gold[tok];
				int			p = pred[i];
				int			gp = i ? gold[tok - 1] : T;
				int			pp = i ? pred[i - 1] : T;

				if (g != p)
					for (int f = featoff[tok]; f < featoff[tok + 1]; f++)
					{
						upd((size_t) feats[f], g, 1, c);
						upd((size_t) feats[f], p, -1, c);
					}
				if (g != p || gp != pp)
				{
					upd((size_t) nfeat + gp, g, 1, c);
					upd((size_t) nfeat + pp, p, -1, c);
				}
			}
			c++;
		}
	}
	for (size_t i = 0; i < nw; i++)
		W[i] -= U[i] / c;
	/* drop weak features as write_model() does, so that CV measures the shipped model */
	for (int f = 0; f < nfeat; f++)
	{
		bool		keep = false;

		for (int t = 0; t < T; t++)
			keep |= fabsf(W[(size_t) f * T + t]) >= prune_at;
		if (!keep)
			memset(W + (size_t) f * T, 0, sizeof(float) * T);
	}
	/* recall bias: lower the score of O through the always-on feature "b" */
	{
		int			fb = feat_id(arnews_ner_feat_hash("b", 1, "", 0), "b=", false);

		if (fb >= 0)
			W[(size_t) fb * T] -= o_bias;
	}
	free(order);
	free(emit);
	free(score);
	free(back);
}

typedef struct Counts
{
	long		tp[4],
				fp[4],
				fn[4];
} Counts;

/* Chunks of a tag sequence: kind*1e6 + start*1e3 + end, collected in out */
static int
chunks(const int *tags, int n, long *out)
{
	int			k = 0;

	for (int i = 0; i < n;)
	{
		if (tags[i] == 0)
		{
			i++;
			continue;
		}
		{
			int			kind = ARNEWS_NER_TAG_KIND(tags[i]);
			int			j = i + 1;

			while (j < n && tags[j] == ARNEWS_NER_TAG_I(kind))
				j++;
			out[k++] = (long) kind * 100000000L + (long) i * 10000L + j;
			i = j;
		}
	}
	return k;
}

/* Decode test sentences [lo, hi) with the averaged weights; count chunks */
static void
evaluate(int lo, int hi, Counts *cnt)
{
	float	   *emit = malloc(sizeof(float) * 4096 * T);
	float	   *score = malloc(sizeof(float) * 4096 * T);
	int		   *back = malloc(sizeof(int) * 4096 * T);
	int			pred[4096];
	long		gc[4096],
				pc[4096];

	for (int si = 0; si < nsents; si++)
	{
		const Sent *s = &sents[si];
		int			ng,
					np;

		if (!held_out(si, lo, hi) || (cv_k > 0 && si >= use_n))
			continue;
		emit_sent(W, s, emit);
		arnews_ner_viterbi(emit, s->n, W + (size_t) nfeat * T, pred, back, score);
		ng = chunks(gold + s->start, s->n, gc);
		np = chunks(pred, s->n, pc);
		if (dump_file)
		{
			for (int i = 0; i < s->n; i++)
				fprintf(dump_file, "%d\t%s\t%s\n", s->start + i,
						arnews_ner_tag_name(gold[s->start + i]), arnews_ner_tag_name(pred[i]));
			fprintf(dump_file, "\n");
		}
		for (int a = 0; a < np; a++)
		{
			bool		hit = false;

			for (int b = 0; b < ng; b++)
				hit |= gc[b] == pc[a];
			if (hit)
				cnt->tp[pc[a] / 100000000L]++;
			else
				cnt->fp[pc[a] / 100000000L]++;
		}
		for (int b = 0; b < ng; b++)
		{
			bool		hit = false;

			for (int a = 0; a < np; a++)
				hit |= gc[b] == pc[a];
			if (!hit)
				cnt->fn[gc[b] / 100000000L]++;
		}
	}
	free(emit);
	free(score);
	free(back);
}

/* Print P/R/F1 per type and micro over PER LOC ORG */
static void
report(const Counts *c, const char *label)
{
	const char *names[] = {"PER", "LOC", "ORG"};
	long		tp = 0,
				fp = 0,
				fn = 0;

	for (int k = 0; k < 3; k++)
	{
		double		p = c->tp[k] + c->fp[k] ? (double) c->tp[k] / (c->tp[k] + c->fp[k]) : 0;
		double		r = c->tp[k] + c->fn[k] ? (double) c->tp[k] / (c->tp[k] + c->fn[k]) : 0;

		printf("%-8s %-4s  P %.4f  R %.4f  F1 %.4f  (gold %ld)\n", label, names[k], p, r,
			   p + r ? 2 * p * r / (p + r) : 0, c->tp[k] + c->fn[k]);
		tp += c->tp[k];
		fp += c->fp[k];
		fn += c->fn[k];
	}
	{
		double		p = tp + fp ? (double) tp / (tp + fp) : 0;
		double		r = tp + fn ? (double) tp / (tp + fn) : 0;

		printf("%-8s %-4s  P %.4f  R %.4f  F1 %.4f  (gold %ld)\n", label, "ALL", p, r,
			   p + r ? 2 * p * r / (p + r) : 0, tp + fn);
	}
}

/* qsort comparator on line text */
static int
cmp_lines(const void *a, const void *b)
{
	return strcmp(*(char *const *) a, *(char *const *) b);
}

/* Format one model line: name, a tab and the weights of row r */
static char *
format_line(const char *name, size_t r)
{
	char		tmp[1200];
	int			o = snprintf(tmp, sizeof(tmp), "%s\t", name);

	for (int t = 0; t < T && o < (int) sizeof(tmp) - 16; t++)
		o += snprintf(tmp + o, sizeof(tmp) - o, "%s%ld", t ? " " : "",
					  lroundf(W[r * T + t] * 1000));
	return xstrdup(tmp);
}

/* Write the averaged model as text (lines sorted), dropping weak features */
static void
write_model(const char *path, int epochs, float prune)
{
	FILE	   *f = fopen(path, "w");
	char	  **lines = malloc(sizeof(char *) * (nfeat + T + 1));
	int			nl = 0;

	if (!f)
	{
		perror(path);
		exit(2);
	}
	fprintf(f, "# arnews_ner_model.txt: averaged-perceptron weights of the arnews named-entity\n"
			"# tagger (src/core/ner_model.c), written by tools/ner_train.c (%d epochs, %d sentences,\n"
			"# %d tokens, features with every |weight| < %.3f dropped).\n"
			"# Format: template=value<TAB>nine weights x1000 for O B-PER I-PER B-LOC I-LOC B-ORG\n"
			"# I-ORG B-MISC I-MISC; T=<tag> lines are transition weights from <tag>.\n"
			"# Features k<n>... are word-cluster prefixes, l... and n... name-list features:\n"
			"# load data/arnews_ner_clusters.txt, data/arnews_gazetteer.txt and\n"
			"# data/arnews_ner_lists.txt with this model.\n"
			"# Licence: CC BY-SA 4.0.  This model is derived from ANERcorp (Benajiba, Rosso and\n"
			"# Benedi Ruiz 2007, \"ANERsys: An Arabic Named Entity Recognition System Based on\n"
			"# Maximum Entropy\"), training split after Obeid et al. 2020 (CAMeL Tools), which is\n"
			"# licensed CC BY-SA 4.0; the model is distributed under the same licence.\n",
			epochs, nsents, ntoks, prune);
	for (int i = 0; i < nfeat; i++)
	{
		bool		keep = false;

		for (int t = 0; t < T; t++)
			keep |= W[(size_t) i * T + t] >= prune || W[(size_t) i * T + t] <= -prune;
		/* a feature text with a tab or newline cannot be written */
		if (keep && strpbrk(fnames[i], "\t\n\r") == NULL)
			lines[nl++] = format_line(fnames[i], (size_t) i);
	}
	for (int p = 0; p <= T; p++)
	{
		char		nm[16];

		snprintf(nm, sizeof(nm), "T=%s", p == T ? "START" : arnews_ner_tag_name(p));
		lines[nl++] = format_line(nm, (size_t) (nfeat + p));
	}
	qsort(lines, nl, sizeof(char *), cmp_lines);
	for (int i = 0; i < nl; i++)
	{
		/* duplicates cannot happen: feature texts are unique per hash */
		fprintf(f, "%s\n", lines[i]);
		free(lines[i]);
	}
	fclose(f);
	fprintf(stderr, "wrote %s: %d lines of %d features\n", path, nl, nfeat);
	free(lines);
}

/* Entry point */
int
main(int argc, char **argv)
{
	ArnewsNerGaz *gaz = arnews_ner_gaz_new();
	ArnewsNerGaz *lists = arnews_ner_gaz_new();
	ArnewsNerClus *clus = arnews_ner_clus_new();
	const char *out = NULL;
	const char *train_path = NULL;
	int			epochs = 10;
	int			cv = 0;
	int			tail = 0;
	bool		final = false;
	bool		interleave = false;

	for (int i = 1; i < argc; i++)
	{
		if (strcmp(argv[i], "-g") == 0 && i + 1 < argc)
		{
			size_t		len;
			char	   *b = slurp(argv[++i], &len);

			arnews_ner_gaz_load(gaz, b, len, NULL, NULL);
			free(b);
		}
		else if (strcmp(argv[i], "-l") == 0 && i + 1 < argc)
		{
			size_t		len;
			char	   *b = slurp(argv[++i], &len);

			arnews_ner_gaz_load(lists, b, len, NULL, NULL);
			free(b);
		}
		else if (strcmp(argv[i], "-c") == 0 && i + 1 < argc)
		{
			size_t		len;
			char	   *b = slurp(argv[++i], &len);

			arnews_ner_clus_load(clus, b, len, NULL, NULL);
			free(b);
		}
		else if (strcmp(argv[i], "-o") == 0 && i + 1 < argc)
			out = argv[++i];
		else if (strcmp(argv[i], "-e") == 0 && i + 1 < argc)
			epochs = atoi(argv[++i]);
		else if (strcmp(argv[i], "-p") == 0 && i + 1 < argc)
			prune_at = (float) atof(argv[++i]);
		else if (strcmp(argv[i], "-b") == 0 && i + 1 < argc)
			o_bias = (float) atof(argv[++i]);
		else if (strcmp(argv[i], "--dump") == 0 && i + 1 < argc)
		{
			dump_file = fopen(argv[++i], "w");
			if (!dump_file)
			{
				perror(argv[i]);
				return 2;
			}
		}
		else if (strcmp(argv[i], "--tail") == 0 && i + 1 < argc)
			tail = atoi(argv[++i]);
		else if (strcmp(argv[i], "--final") == 0)
			final = true;
		else if (strcmp(argv[i], "--interleave") == 0)
			interleave = true;
		else if (strcmp(argv[i], "--cv") == 0 && i + 1 < argc)
			cv = atoi(argv[++i]);
		else
			train_path = argv[i];
	}
	if (!train_path || (!out && cv < 2 && !final) || (final && tail < 2))
	{
		fprintf(stderr, "usage: ner_train [-g gaz]... [-c clusters] [-e epochs] [-p prune] (-o model | --cv K) train.txt\n");
		return 2;
	}
	load_corpus(train_path, gaz, lists, clus);
	fprintf(stderr, "%d sentences, %d tokens, %d features\n", nsents, ntoks, nfeat);
	/* --tail K: the last K-th of the sentences is a slice kept out of CV */
	use_n = tail >= 2 ? nsents - nsents / tail : nsents;
	if (final)
	{
		Counts		c = {{0}, {0}, {0}};

		/* train on everything before the slice, test on the slice once */
		train(epochs, use_n, nsents);
		evaluate(use_n, nsents, &c);
		report(&c, "slice");
	}
	if (cv >= 2)
	{
		Counts		all = {{0}, {0}, {0}};

		if (interleave)
			cv_k = cv;
		for (int k = 0; k < cv; k++)
		{
			int			lo = interleave ? k : (int) ((long) use_n * k / cv);
			int			hi = interleave ? k + 1 : (int) ((long) use_n * (k + 1) / cv);
			Counts		c = {{0}, {0}, {0}};
			char		label[16];

			train(epochs, lo, hi);
			evaluate(lo, hi, &c);
			snprintf(label, sizeof(label), "fold%d", k + 1);
			report(&c, label);
			for (int t = 0; t < 4; t++)
			{
				all.tp[t] += c.tp[t];
				all.fp[t] += c.fp[t];
				all.fn[t] += c.fn[t];
			}
			fflush(stdout);
		}
		report(&all, "total");
	}
	if (out)
	{
		cv_k = 0;
		use_n = nsents;
		train(epochs, 0, 0);
		write_model(out, epochs, prune_at);
	}
	arnews_ner_gaz_free(gaz);
	arnews_ner_gaz_free(lists);
	arnews_ner_clus_free(clus);
	return 0;
}
