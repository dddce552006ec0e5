/*-------------------------------------------------------------------------
 *
 * test_ner.c
 *		Unit tests of the named-entity recognizer (src/core/ner*.c) with the
 *		shipped model and gazetteer from data/.
 *
 * IDENTIFICATION
 *	  test/unit/test_ner.c
 *
 *-------------------------------------------------------------------------
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ner.h"
#include "ner_int.h"
#include "unit.h"

static ArnewsNer *ner;

/* Read a data file into the recognizer */
static void
load(ArnewsNerData kind, const char *name)
{
	char		path[1024];
	FILE	   *f;
	char	   *buf;
	long		n;

	snprintf(path, sizeof(path), "%s/%s", ARNEWS_DATA_DIR, name);
	f = fopen(path, "rb");
	CHECK(f != NULL);
	if (!f)
		return;
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	buf = malloc((size_t) n + 1);
	CHECK(fread(buf, 1, (size_t) n, f) == (size_t) n);
	fclose(f);
	CHECK(arnews_ner_load(ner, kind, buf, (size_t) n, NULL, NULL) > 100);
	free(buf);
}

/* Find the entity whose surface is want; returns its index or -1 */
static int
find(const ArnewsEntityList *l, const char *text, const char *want)
{
	for (int i = 0; i < l->n; i++)
		if (l->items[i].end - l->items[i].start == strlen(want) &&
			memcmp(text + l->items[i].start, want, strlen(want)) == 0)
			return i;
	return -1;
}

/* Check that surface want is found with kind and canonical */
static void
expect(const char *text, const char *want, ArnewsNerKind kind, const char *canon)
{
	ArnewsEntityList l;
	int			i;

	arnews_entity_list_init(&l);
	arnews_ner_extract(ner, text, strlen(text), NULL, NULL, &l);
	i = find(&l, text, want);
	CHECK(i >= 0);
	if (i < 0)
		fprintf(stderr, "  missing \"%s\" in \"%s\"\n", want, text);
	else
	{
		CHECK_STR(arnews_ner_kind_name(l.items[i].kind), arnews_ner_kind_name(kind));
		CHECK_STR(l.items[i].canonical, canon);
	}
	arnews_entity_list_free(&l);
}

/* Check that surface never comes out as an entity of text */
static void
expect_none(const char *text, const char *surface)
{
	ArnewsEntityList l;

	arnews_entity_list_init(&l);
	arnews_ner_extract(ner, text, strlen(text), NULL, NULL, &l);
	CHECK(find(&l, text, surface) < 0);
	arnews_entity_list_free(&l);
}

static int	ticks;

/* Interrupt hook that counts calls */
static void
tick(void *arg)
{
	(void) arg;
	ticks++;
}

/* Check the key arnews_ner_key() gives a name */
static void
expect_key(const char *name, const char *want)
{
	ArnewsBuf	out;

	arnews_buf_init(&out, 16);
	arnews_ner_key(ner, name, strlen(name), NULL, NULL, &out);
	CHECK_STR(out.data, want);
	CHECK_INT((int) out.len, (int) strlen(want));
	arnews_buf_free(&out);
}

int
main(void)
{
	ner = arnews_ner_new();
	load(ARNEWS_NER_DATA_MODEL, "arnews_ner_model.txt");
	load(ARNEWS_NER_DATA_GAZETTEER, "arnews_gazetteer.txt");
	load(ARNEWS_NER_DATA_CLUSTERS, "arnews_ner_clusters.txt");
	load(ARNEWS_NER_DATA_LISTS, "arnews_ner_lists.txt");

	/* proclitics stripped, canonical through the gazetteer */
	expect("التقى لبوتين في الكرملين.", "بوتين", ARNEWS_NER_PER, "فلاديمير بوتين");
	expect("وصل الوفد بموسكو أمس.", "موسكو", ARNEWS_NER_LOC, "موسكو");
	expect("قال ترمب إن الحرب ستنتهي.", "ترمب", ARNEWS_NER_PER, "دونالد ترامب");
	expect("قال ديمتري بيسكوف للصحفيين.", "ديمتري بيسكوف", ARNEWS_NER_PER, "دميتري بيسكوف");
	expect("اجتماع وحلف شمال الأطلسي غدا.", "حلف شمال الأطلسي", ARNEWS_NER_ORG, "حلف شمال الاطلسي");
	expect("أعلن حلف الناتو ذلك.", "الناتو", ARNEWS_NER_ORG, "حلف شمال الاطلسي");
	expect("التقى الرئيس بالولايات المتحدة.", "الولايات المتحدة", ARNEWS_NER_LOC, "الولايات المتحده");
	/* titles and descriptors outside the span */
	expect("قال المتحدث باسم الكرملين دميتري بيسكوف إن.", "دميتري بيسكوف", ARNEWS_NER_PER, "دميتري بيسكوف");
	expect("نقلت وكالة «تاس» الخبر.", "تاس", ARNEWS_NER_ORG, "تاس");
	expect("نقلت وكالة «نوفا برس» الخبر.", "نوفا برس", ARNEWS_NER_ORG, "نوفا برس");
	/* NORP with the country as canonical */
	expect("قال مسؤولون روس وأميركيون.", "أميركيون", ARNEWS_NER_NORP, "الولايات المتحده");
	expect("الجيش الروسي يتقدم.", "الروسي", ARNEWS_NER_NORP, "روسيا");
	expect("الصحف الكورية الشمالية نشرت.", "الكورية الشمالية", ARNEWS_NER_NORP, "كوريا الشماليه");
	/* document consistency: a partial name takes the full form */
	expect("التقى الرئيس فلاديمير بوتين نظيره. وقال بوتين إن.", "بوتين", ARNEWS_NER_PER, "فلاديمير بوتين");

	/* no entity crosses a sentence boundary; spans are inside the text */
	{
		const char *t = "وصل إلى موسكو.\nواشنطن تراقب! كييف؟ الرياض";
		ArnewsEntityList l;

		arnews_entity_list_init(&l);
		arnews_ner_extract(ner, t, strlen(t), NULL, NULL, &l);
		CHECK_INT(l.n, 4);
		for (int i = 0; i < l.n; i++)
		{
			CHECK(l.items[i].end <= strlen(t));
			CHECK(memchr(t + l.items[i].start, '\n', l.items[i].end - l.items[i].start) == NULL);
			CHECK(memchr(t + l.items[i].start, '.', l.items[i].end - l.items[i].start) == NULL);
			if (i > 0)
				CHECK(l.items[i].start >= l.items[i - 1].end);
		}
		arnews_entity_list_free(&l);
	}

	/* odd input never fails; output is deterministic; the hook is called */
	{
		char		junk[20000];
		ArnewsEntityList a,
					b;

		for (size_t i = 0; i < sizeof(junk); i++)
			junk[i] = (char) ((i * 7919 + 13) % 251 + 1);
		arnews_entity_list_init(&a);
		arnews_entity_list_init(&b);
		arnews_ner_extract(ner, junk, sizeof(junk), tick, NULL, &a);
		arnews_ner_extract(ner, junk, sizeof(junk), NULL, NULL, &b);
		CHECK_INT(a.n, b.n);
		CHECK(ticks > 0);
		arnews_ner_extract(ner, "", 0, NULL, NULL, &a);
		arnews_ner_extract(ner, "و", 2, NULL, NULL, &a);
		arnews_entity_list_free(&a);
		arnews_entity_list_free(&b);
	}

	/* loading reports malformed lines */
	{
		ArnewsNer  *n2 = arnews_ner_new();
		const char *bad = "# c\nPER\nXYZ\tفلان\t\nLOC\tمكان\t\n";

		const char *badc = "# c\nكلمة\t0101\nكلمة\nكلمة\t01010101010101012\nكلمة\t0101x10101010101\nبوتين\t0001000011010001\n";

		CHECK_INT(arnews_ner_load(n2, ARNEWS_NER_DATA_GAZETTEER, bad, strlen(bad), NULL, NULL), 1);
		/* clusters: only the line with exactly 16 bits is kept */
		CHECK_INT(arnews_ner_load(n2, ARNEWS_NER_DATA_CLUSTERS, badc, strlen(badc), NULL, NULL), 1);
		arnews_ner_free(n2);
	}
	/* name lists: features only, never mentions by themselves */
	{
		ArnewsNer  *n2 = arnews_ner_new();
		ArnewsNerGaz *g = arnews_ner_gaz_new();
		const char *lists = "# c\nLOC\tوادي عربة\nNAME\tكريم\nPER\tسمير\n";
		const char *words[] = {"زار", "وكريم", "وادي", "عربة", "أمس"};
		ArnewsNerTok toks[5];
		ArnewsBuf	nb;
		ArnewsEntityList out;
		const char *text = "زار كريم وادي عربة أمس مع سمير.";

		CHECK_INT(arnews_ner_load(n2, ARNEWS_NER_DATA_LISTS, lists, strlen(lists), NULL, NULL), 3);
		arnews_entity_list_init(&out);
		arnews_ner_extract(n2, text, strlen(text), NULL, NULL, &out);
		CHECK_INT(out.n, 0);
		arnews_entity_list_free(&out);
		arnews_ner_free(n2);

		arnews_ner_gaz_load(g, lists, strlen(lists), NULL, NULL);
		arnews_buf_init(&nb, 64);
		for (int i = 0; i < 5; i++)
			arnews_ner_tok_fill(&toks[i], words[i], strlen(words[i]), &nb);
		arnews_ner_lists_annotate(g, toks, 5, nb.data);
		CHECK_INT(toks[0].lgaz, 0);
		CHECK(!toks[0].lname);
		CHECK(toks[1].lname);	/* و + a name word */
		CHECK_INT(toks[2].lgaz, ARNEWS_NER_TAG_B(ARNEWS_NER_LOC));
		CHECK_INT(toks[3].lgaz, ARNEWS_NER_TAG_I(ARNEWS_NER_LOC));
		CHECK_INT(toks[4].lgaz, 0);
		CHECK(!toks[2].lname);
		arnews_buf_free(&nb);
		arnews_ner_gaz_free(g);
	}
	/* a word longer than any name is never a tagger mention */
	{
		char		text[1024];
		ArnewsEntityList out;
		size_t		o = 0;

		for (int i = 0; i < 300; i++)
		{
			memcpy(text + o, "\xd8\xa8", 2);	/* ب */
			o += 2;
		}
		arnews_entity_list_init(&out);
		arnews_ner_extract(ner, text, o, NULL, NULL, &out);
		CHECK_INT(out.n, 0);
		arnews_entity_list_free(&out);
	}
	/* month names in dates are not names; the given name رجب still is */
	expect_none("وصل الوفد في جوان 2026 إلى العاصمة.", "جوان");
	expect_none("يبدأ العام في 1 محرم 1448 هـ حسب التقويم.", "محرم");
	expect_none("بلغت الصادرات ذروتها بين شهري جوان وأوت.", "جوان");
	expect("وقال الرئيس التركي رجب طيب أردوغان إن بلاده مستعدة.", "رجب طيب أردوغان",
		   ARNEWS_NER_PER, "رجب طيب اردوغان");
	{
		/* found by fuzzing: a URL or e-mail address is never inside a name */
		const char *t =
			"\x23\xd8\xaa\xd8\xd9\x88\xd8\xb1\xd9\x8a\xd9\x82"
			"\xd9\x88\x68\x74\x74\x70\x3a\x2f\x2f\x65\x78\x61"
			"\x6d\x70\x6c\x65\x2e\x6f\x72\x67\x2f\x61\x72\x3f"
			"\x71\x3d\x31\x20\xd9\x8a\xd9\x88\x33\x20\xd9\x88"
			"\x32\x34\x20\xd9\x8a\xd9\x86\xd8\xa7\xd9\x8a\xd8"
			"\xb1\x2f\xd9\x83\x75\x73\x65\x72\x40\x65\x68\x61"
			"\x6d\x70\x6c\x65\x70\x6c\x65";
		ArnewsEntityList l;

		arnews_entity_list_init(&l);
		arnews_ner_extract(ner, t, strlen(t), NULL, NULL, &l);
		for (int i = 0; i < l.n; i++)
		{
			size_t		n = l.items[i].end - l.items[i].start;
			const char *e = t + l.items[i].start;

			CHECK(memchr(e, '/', n) == NULL && memchr(e, '@', n) == NULL);
		}
		arnews_entity_list_free(&l);
	}
	/* keys of names given on their own join to the mentions' canonicals */
	expect_key("بوتين", "فلاديمير بوتين");
	expect_key("لبوتين", "فلاديمير بوتين");
	expect_key("الرئيس فلاديمير بوتين", "فلاديمير بوتين");
	expect_key("ترمب", "دونالد ترامب");
	expect_key("دونالد ترامب", "دونالد ترامب");
	expect_key("الناتو", "حلف شمال الاطلسي");
	expect_key("بموسكو", "موسكو");
	expect_key("الولايات المتحدة", "الولايات المتحده");
	/* no entity or several: the normalized name, white space collapsed */
	expect_key("  فلانُ \t  الفلانيّ ", "فلان الفلاني");
	expect_key("موسكو وواشنطن", "موسكو وواشنطن");
	expect_key("", "");
	expect_key(" \n ", "");
	arnews_ner_free(ner);
	return unit_report("ner");
}
