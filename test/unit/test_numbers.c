/*-------------------------------------------------------------------------
 *
 * test_numbers.c
 *		Unit tests of the number engine (src/core/numbers.c).
 *
 * IDENTIFICATION
 *	  test/unit/test_numbers.c
 *
 *-------------------------------------------------------------------------
 */
#include <stdlib.h>
#include <string.h>

#include "normalize.h"
#include "numbers.h"
#include "numlex.h"
#include "unit.h"
#include "utf8.h"

#define ALL (ARNEWS_NUMO_APPROX | ARNEWS_NUMO_ORDINALS | ARNEWS_NUMO_CLITIC | \
			 ARNEWS_NUMO_CLITIC2 | ARNEWS_NUMO_SIGN)

static char span_buf[512];
static char exact_buf[512];

/* Read the number at 0 of s; the span into span_buf, exact into exact_buf */
static double
num(const char *s, int options, int *flags)
{
	ArnewsNumber n;
	size_t		len = strlen(s);

	span_buf[0] = exact_buf[0] = '\0';
	if (!arnews_number_at(s, len, 0, options, &n))
		return -1;
	snprintf(span_buf, sizeof(span_buf), "%.*s", (int) (n.end - n.start), s + n.start);
	arnews_number_exact(s, len, &n, exact_buf, sizeof(exact_buf));
	if (flags)
		*flags = n.flags;
	return n.value;
}

/* The value of s as an exact decimal string */
static const char *
exact(const char *s)
{
	num(s, ALL, NULL);
	return exact_buf;
}

/*
 * The word reader's fast path (letters copied as they are) gives what the
 * normalizer gives, letter by letter: every code point U+0600-U+06FF between
 * two ب, with a tatweel and a fatha beside it.
 */
static int
check_word_reader(void)
{
	int			bad = 0;

	for (int32_t cp = 0x600; cp < 0x700; cp++)
	{
		char		text[32];
		char		want[ARNEWS_NUMLEX_FORM_MAX];
		int			tl = 0,
					wl = 0;
		const int32_t cps[] = {0x628, cp, 0x640, cp, 0x64E, 0x628};
		ArnewsNumWord w;

		for (int i = 0; i < 6; i++)
		{
			int32_t		mapped[ARNEWS_NORM_MAX_EXPANSION];
			int			nm = arnews_normalize_cp(cps[i], mapped);

			tl += arnews_utf8_encode(cps[i], text + tl);
			for (int j = 0; j < nm; j++)
				wl += arnews_utf8_encode(mapped[j], want + wl);
		}
		if (!arnews_numlex_read_word(text, tl, 0, false, &w))
			continue;			/* cp ends the word: the slow path decides */
		if (w.end == (size_t) tl && (w.len != wl || memcmp(w.norm, want, wl) != 0))
			bad++;
	}
	return bad;
}

int
main(void)
{
	int			f = 0;

	/* digits of every script and separators */
	CHECK_STR(exact("1,250,000"), "1250000");
	CHECK_STR(exact("١٢٣٫٥"), "123.5");
	CHECK_STR(exact("١٬٢٥٠"), "1250");
	CHECK_STR(exact("۱۲۳"), "123");
	CHECK_STR(exact("0.05"), "0.05");
	CHECK_STR(exact("12,34"), "12");	/* a group needs three digits */
	num("2026-02-04", ALL, NULL);
	CHECK_STR(span_buf, "2026");

	/* digits with scale words */
	CHECK_STR(exact("5 مليارات دولار"), "5000000000");
	CHECK_STR(span_buf, "5 مليارات");
	CHECK_STR(exact("2.5 مليون"), "2500000");
	CHECK_STR(exact("14 ألف شخص"), "14000");
	CHECK_STR(exact("12.5 تريليون"), "12500000000000");
	CHECK_STR(exact("2 مليون و500 ألف"), "2500000");
	CHECK_INT(check_word_reader(), 0);
	/* the -ا form of a scale: construct dual first, singular after a number or with tanwin */
	CHECK(num("مليونا شخص", ALL, NULL) == 2e6);
	CHECK_STR(span_buf, "مليونا");
	CHECK(num("مليارا دولار", ALL, NULL) == 2e9);
	CHECK(num("مليوناً من الدولارات", ALL, NULL) == 1e6);
	CHECK(num("أحد عشر مليونا", ALL, NULL) == 11e6);
	/* مليار ونصف المليار: the scale said again after the fraction */
	CHECK_STR(exact("مليار ونصف المليار دولار"), "1500000000");
	CHECK_STR(span_buf, "مليار ونصف المليار");
	CHECK_STR(exact("مليار ونصف المليون"), "1500000000");
	CHECK_STR(span_buf, "مليار ونصف");

	/* words, genders and cases */
	CHECK(num("واحد", ALL, NULL) == 1);
	CHECK(num("اثنتين", ALL, NULL) == 2);
	CHECK(num("ثماني", ALL, NULL) == 8);
	CHECK(num("إحدى عشرة", ALL, NULL) == 11);
	CHECK(num("احدى عشرة", ALL, NULL) == 11);
	CHECK(num("اثنا عشر", ALL, NULL) == 12);
	CHECK(num("تسعة عشر", ALL, NULL) == 19);
	CHECK(num("عشرين", ALL, NULL) == 20);
	CHECK(num("خمسة وعشرون", ALL, NULL) == 25);
	CHECK(num("مئة", ALL, NULL) == 100);
	CHECK(num("مائة", ALL, NULL) == 100);
	CHECK(num("مئتين", ALL, NULL) == 200);
	CHECK(num("ثلاثمائة", ALL, NULL) == 300);
	CHECK(num("ثلاث مئة", ALL, NULL) == 300);
	CHECK(num("ألفين", ALL, NULL) == 2000);
	CHECK(num("ثلاثة آلاف وخمسمئة", ALL, NULL) == 3500);
	CHECK(num("مئة وخمسة وعشرون ألفا", ALL, NULL) == 125000);
	CHECK(num("مليوني شخص", ALL, NULL) == 2000000);
	CHECK_STR(span_buf, "مليوني");
	CHECK(num("مليون وخمسمئة ألف", ALL, NULL) == 1500000);
	CHECK(num("سبعة مليارات", ALL, NULL) == 7e9);
	CHECK(num("ملياري", ALL, NULL) == 2e9);
	CHECK(num("تريليون", ALL, NULL) == 1e12);
	CHECK(num("أحد", ALL, NULL) == -1);	/* أحد alone is not a number */

	/* fractions */
	CHECK(num("مليون ونصف", ALL, &f) == 1500000);
	CHECK(f & ARNEWS_NUMF_FRACTION);
	CHECK(num("ثلاثة ونصف", ALL, NULL) == 3.5);
	CHECK(num("خمسة وربع", ALL, NULL) == 5.25);
	CHECK(num("نصف مليون", ALL, NULL) == 500000);
	CHECK(num("ثلاثة أرباع", ALL, NULL) == 0.75);

	/* coordination of digits is not addition */
	CHECK(num("23 و24 يناير", ALL, NULL) == 23);
	CHECK_STR(span_buf, "23");

	/* ordinals, only with ARNEWS_NUMO_ORDINALS */
	CHECK(num("الخامس عشر من فبراير", ALL, &f) == 15);
	CHECK(f & ARNEWS_NUMF_ORDINAL);
	CHECK_STR(span_buf, "الخامس عشر");
	CHECK(num("الخامس عشر", 0, NULL) == -1);
	CHECK(num("الحادي عشر", ALL, NULL) == 11);
	CHECK(num("الحادي والعشرون", ALL, NULL) == 21);
	CHECK(num("العشرون", ALL, NULL) == 20);
	CHECK(num("الأولى", ALL, NULL) == 1);
	CHECK(num("ثانية", ALL, NULL) == -1);	/* a second of time */

	/* approximations and vague amounts */
	CHECK(num("نحو 5 مليارات دولار", ALL, &f) == 5e9);
	CHECK(f & ARNEWS_NUMF_APPROX);
	CHECK_STR(span_buf, "نحو 5 مليارات");
	CHECK(num("نحو 5", 0, NULL) == -1);	/* approximators only on request */
	{
		ArnewsNumber n;
		const char *s = "أكثر من عشرة آلاف جندي";

		CHECK(arnews_number_at(s, strlen(s), 0, ALL, &n));
		CHECK_INT(n.approx_dir, 1);
		CHECK(n.value == 10000);
		s = "أقل من 5%";
		CHECK(arnews_number_at(s, strlen(s), 0, ALL, &n));
		CHECK_INT(n.approx_dir, -1);
	}
	CHECK(num("حوالى مائة", ALL, NULL) == 100);
	CHECK(num("ما يزيد على 300", ALL, NULL) == 300);
	CHECK(num("ما لا يقل عن خمسين", ALL, NULL) == 50);
	CHECK(num("عشرات الآلاف", ALL, &f) == 10000);
	CHECK(f & ARNEWS_NUMF_VAGUE);
	CHECK(num("مئات الملايين", ALL, NULL) == 1e8);
	CHECK(num("بضعة آلاف", ALL, NULL) == 3000);

	/* proclitics: excluded from the span, only when asked */
	CHECK(num("بنحو 100 مليون دولار", ALL, NULL) == 1e8);
	CHECK_STR(span_buf, "نحو 100 مليون");
	CHECK(num("بنحو 100", ARNEWS_NUMO_APPROX, NULL) == -1);
	CHECK(num("وبنحو 100", ALL, NULL) == 100);
	CHECK(num("وبنحو 100", ARNEWS_NUMO_APPROX | ARNEWS_NUMO_CLITIC, NULL) == -1);
	CHECK(num("بـ50 مليار دولار", ALL, NULL) == 5e10);
	CHECK_STR(span_buf, "50 مليار");
	CHECK(num("وخمسة", ALL, NULL) == 5);
	CHECK(num("لست", ALL, NULL) == -1);	/* "I am not", not ل + ست */

	/* hostile input */
	{
		size_t		n = 10000;
		char	   *big = malloc(n + 1);
		ArnewsNumber nb;
		size_t		need;
		char	   *out;

		memset(big, '9', n);
		big[n] = '\0';
		CHECK(arnews_number_at(big, n, 0, ALL, &nb));
		CHECK(nb.flags & ARNEWS_NUMF_OVERFLOW);
		need = arnews_number_exact(big, n, &nb, NULL, 0);
		CHECK_INT(need, 10000);
		out = malloc(need + 1);
		arnews_number_exact(big, n, &nb, out, need + 1);
		CHECK(memcmp(out, big, n) == 0 && out[n] == '\0');
		/* a short buffer is truncated and terminated */
		arnews_number_exact(big, n, &nb, exact_buf, 8);
		CHECK_STR(exact_buf, "9999999");
		free(out);
		free(big);
	}
	/* signs and point-first decimals (issue 15): only with ARNEWS_NUMO_SIGN */
	CHECK_STR(exact("-7.25 نقطة"), "-7.25");
	CHECK_STR(span_buf, "-7.25");
	CHECK(num("-7.25", ALL, &f) == -7.25 && (f & ARNEWS_NUMF_NEGATIVE));
	CHECK(num("-7.25", ALL & ~ARNEWS_NUMO_SIGN, NULL) == -1);
	CHECK_STR(exact("−١٢٫٥"), "-12.5");
	CHECK_STR(exact("-٦ ملايين"), "-6000000");
	CHECK_STR(exact(".75 غرام"), "0.75");
	CHECK_STR(exact("٫٠٨"), "0.08");
	CHECK(num("-", ALL, NULL) == -1);
	CHECK(num("- 5", ALL, NULL) == -1);
	CHECK(num("-خمسة", ALL, NULL) == -1);
	CHECK(num(".", ALL, NULL) == -1);
	CHECK_STR(exact("٧٬٢٠٠٬٥٠٠"), "7200500");

	/* a spoken decimal point: فاصلة */
	CHECK_STR(exact("3 فاصلة 75"), "3.75");
	CHECK_STR(span_buf, "3 فاصلة 75");
	CHECK_STR(exact("4 فاصلة 05 مليار"), "4050000000");
	CHECK_STR(exact("ثلاثة فاصلة ستة"), "3.6");
	CHECK_STR(exact("سبعة فاصلة خمسة وعشرين"), "7.25");
	CHECK_STR(exact("صفر فاصلة صفر ثلاثة"), "0.03");
	CHECK_STR(exact("اثنان فاصلة ثمانية مليون"), "2800000");
	CHECK_STR(exact("9 فاصلة"), "9");	/* no digits after it */
	CHECK_STR(span_buf, "9");
	CHECK_STR(exact("9 فاصلة زمنية"), "9");

	/* colloquial numerals */
	CHECK(num("حداشر", ALL, NULL) == 11);
	CHECK(num("اطناشر", ALL, NULL) == 12);
	CHECK(num("تلتاشر", ALL, NULL) == 13);
	CHECK(num("اربعتاشر", ALL, NULL) == 14);
	CHECK(num("خمستاشر", ALL, NULL) == 15);
	CHECK(num("سطاشر", ALL, NULL) == 16);
	CHECK(num("سبعطاشر", ALL, NULL) == 17);
	CHECK(num("تمنتاشر", ALL, NULL) == 18);
	CHECK(num("تسعتاشر", ALL, NULL) == 19);
	CHECK(num("تلاتين", ALL, NULL) == 30);
	CHECK(num("تمانين", ALL, NULL) == 80);
	CHECK(num("تسعة وتلاتين", ALL, NULL) == 39);
	CHECK(num("ميتين", ALL, NULL) == 200);
	CHECK(num("تلاتمية", ALL, NULL) == 300);
	CHECK(num("ربعمية", ALL, NULL) == 400);
	CHECK(num("تسعمية وحداشر", ALL, NULL) == 911);
	CHECK(num("سبعمية وخمسة وتمانين", ALL, NULL) == 785);
	CHECK(num("تلات ملايين", ALL, NULL) == 3e6);
	CHECK(num("تمانية آلاف", ALL, NULL) == 8000);
	CHECK(num("ستاشر ألف", ALL, NULL) == 16000);
	CHECK(num("تلات مية", ALL, NULL) == 300);
	/* weak words: a number, flagged, when alone */
	CHECK(num("متين", ALL, &f) == 200 && (f & ARNEWS_NUMF_WEAK));
	CHECK(num("مية", ALL, &f) == 100 && (f & ARNEWS_NUMF_WEAK));
	CHECK(num("مية وخمسين", ALL, &f) == 150 && !(f & ARNEWS_NUMF_WEAK));
	CHECK(num("ستمية", ALL, &f) == 600 && !(f & ARNEWS_NUMF_WEAK));

	/* ordinals, both genders */
	CHECK(num("الحادية عشرة", ALL, &f) == 11 && (f & ARNEWS_NUMF_ORDINAL));
	CHECK(num("الثاني عشر", ALL, NULL) == 12);
	CHECK(num("الثالثة عشرة", ALL, NULL) == 13);
	CHECK(num("التاسع عشر", ALL, NULL) == 19);
	CHECK(num("الثلاثون", ALL, &f) == 30 && (f & ARNEWS_NUMF_ORDINAL));
	CHECK(num("الخامسة والأربعين", ALL, NULL) == 45);
	CHECK(num("الحادي والستون", ALL, NULL) == 61);
	CHECK(num("العاشرة", ALL, NULL) == 10);

	/* bounds: approximator directions */
	{
		ArnewsNumber b;

		CHECK(arnews_number_at("لا يقل عن 8", strlen("لا يقل عن 8"), 0, ALL, &b));
		CHECK_INT(b.approx_dir, 2);
		CHECK(arnews_number_at("تحت 9", strlen("تحت 9"), 0, ALL, &b));
		CHECK_INT(b.approx_dir, -1);
		CHECK(arnews_number_at("على الأكثر 4", strlen("على الأكثر 4"), 0, ALL, &b));
		CHECK_INT(b.approx_dir, -2);
	}

	CHECK(num("\xff\xfe\x80 مليون", ALL, NULL) == -1);
	CHECK(!arnews_number_at("", 0, 0, ALL, &(ArnewsNumber) {0}));
	CHECK(!arnews_number_at("123", 3, 3, ALL, &(ArnewsNumber) {0}));
	{
		/* the engine never reads past len */
		const char *s = "5 مليارات";
		ArnewsNumber n;

		CHECK(arnews_number_at(s, 1, 0, ALL, &n));
		CHECK_INT(n.end, 1);
		CHECK(n.value == 5);
	}
	return unit_report("numbers");
}
