/*
 * test_normalize.c
 *		Unit tests of the arnews normalizer: one line per rule.
 */
#include "normalize.h"
#include "unit.h"

static char result[4096];

/* Normalize a C string and return a static copy of the result */
static const char *
norm(const char *s)
{
	ArnewsBuf	b;

	arnews_buf_init(&b, 16);
	arnews_normalize(s, strlen(s), &b);
	snprintf(result, sizeof(result), "%s", b.data);
	arnews_buf_free(&b);
	return result;
}

int
main(void)
{
	/* harakat, shadda, sukun, tanwin, dagger alef */
	CHECK_STR(norm("الرَّئِيسُ"), "الرءيس");
	CHECK_STR(norm("كِتَابٌ"), "كتاب");
	CHECK_STR(norm("هٰذا"), "هذا");
	CHECK_STR(norm("حالياً"), "حاليا");
	/* tatweel */
	CHECK_STR(norm("الرئيـــس"), "الرءيس");
	CHECK_STR(norm("بـ50"), "ب50");
	/* alef forms */
	CHECK_STR(norm("أحمد"), "احمد");
	CHECK_STR(norm("إسطنبول"), "اسطنبول");
	CHECK_STR(norm("آسيا"), "اسيا");
	CHECK_STR(norm("ٱلله"), "الله");
	/* hamza on carriers */
	CHECK_STR(norm("مسؤول"), "مسءول");
	CHECK_STR(norm("مسئول"), "مسءول");
	CHECK_STR(norm("شيء"), "شيء");
	/* decomposed hamza (waw + U+0654) equals the precomposed form */
	CHECK_STR(norm("مسو\xd9\x94ول"), "مسءول");
	CHECK_STR(norm("ا\xd9\x94حمد"), "احمد");
	/* alef maqsura and ta marbuta */
	CHECK_STR(norm("مستشفى"), "مستشفي");
	CHECK_STR(norm("مدرسة"), "مدرسه");
	/* Persian and Urdu letters */
	CHECK_STR(norm("کتاب"), "كتاب");
	CHECK_STR(norm("گاز"), "كاز");
	CHECK_STR(norm("ایران"), "ايران");
	CHECK_STR(norm("ۀ"), "ه");
	CHECK_STR(norm("ہ"), "ه");
	CHECK_STR(norm("ھ"), "ه");
	CHECK_STR(norm("پاکستان"), "باكستان");
	CHECK_STR(norm("ڤيينا"), "فيينا");
	CHECK_STR(norm("چ"), "ج");
	CHECK_STR(norm("ژ"), "ز");
	/* digits and number signs */
	CHECK_STR(norm("٢٠٢٦"), "2026");
	CHECK_STR(norm("۱۴۰۳"), "1403");
	CHECK_STR(norm("٢٫٥"), "2.5");
	CHECK_STR(norm("١٬٠٠٠"), "1,000");
	CHECK_STR(norm("٧٠٪"), "70%");
	/* presentation forms and ligatures */
	CHECK_STR(norm("\xef\xbb\xbb"), "لا");	/* U+FEFB lam-alef */
	CHECK_STR(norm("\xef\xbb\xb7"), "لا");	/* U+FEF7 lam-alef hamza above */
	CHECK_STR(norm("\xef\xb7\xb2"), "الله");	/* U+FDF2 */
	CHECK_STR(norm("\xef\xba\x8d\xef\xbb\x9f"), "ال");	/* isolated alef + initial lam */
	CHECK_STR(norm("\xef\xb9\xb0"), "");	/* U+FE70 isolated fathatan */
	CHECK_STR(norm("\xef\xba\x86"), "ء");	/* U+FE86 waw with hamza final */
	/* invisible marks */
	CHECK_STR(norm("مو\xe2\x80\x8cسكو"), "موسكو");	/* ZWNJ */
	CHECK_STR(norm("مو\xe2\x80\x8dسكو"), "موسكو");	/* ZWJ */
	CHECK_STR(norm("\xe2\x80\x8fموسكو\xe2\x80\x8e"), "موسكو");	/* RLM, LRM */
	CHECK_STR(norm("\xe2\x80\xabموسكو\xe2\x80\xac"), "موسكو");	/* RLE, PDF */
	CHECK_STR(norm("\xe2\x81\xa7موسكو\xe2\x81\xa9"), "موسكو");	/* FSI, PDI */
	CHECK_STR(norm("\xef\xbb\xbfموسكو"), "موسكو");	/* BOM */
	CHECK_STR(norm("\xd8\x9cموسكو"), "موسكو");	/* ALM */
	CHECK_STR(norm("co\xc2\xadoperate"), "cooperate");	/* soft hyphen */
	/* Arabic punctuation is kept */
	CHECK_STR(norm("«قضايا»، لماذا؟ نعم؛"), "«قضايا»، لماذا؟ نعم؛");
	/* non-Arabic passes unchanged: Latin case, CJK, emoji and ZWJ sequences */
	CHECK_STR(norm("Moscow MOSCOW café"), "Moscow MOSCOW café");
	CHECK_STR(norm("北京"), "北京");
	CHECK_STR(norm("👍"), "👍");
	CHECK_STR(norm("👨\xe2\x80\x8d👩\xe2\x80\x8d👧"), "👨\xe2\x80\x8d👩\xe2\x80\x8d👧");
	CHECK_STR(norm("\xc2\xa0"), "\xc2\xa0");	/* NBSP unchanged */
	/* invalid UTF-8 becomes U+FFFD, never crashes */
	CHECK_STR(norm("a\xff" "b"), "a\xef\xbf\xbd" "b");
	CHECK_STR(norm("\xd9"), "\xef\xbf\xbd");
	/* idempotent */
	CHECK_STR(norm("الرءيس مسءول مدرسه"), "الرءيس مسءول مدرسه");
	return unit_report("normalize");
}
