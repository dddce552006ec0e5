/*-------------------------------------------------------------------------
 *
 * test_dates.c
 *		Unit tests of the date engine (src/core/dates*.c).
 *
 * IDENTIFICATION
 *	  test/unit/test_dates.c
 *
 *-------------------------------------------------------------------------
 */
#include <string.h>

#include "alloc.h"
#include "dates.h"
#include "unit.h"

static char value_buf[128];
static char kind_buf[16];
static char surf_buf[256];
static char mod_buf[64];
static int	item_count;

/* Run the engine on s with reference ref ("" = none); describe item idx */
static const char *
run(const char *s, const char *ref, int idx)
{
	ArnewsDateList l = {NULL, 0, 0};
	int			y,
				m,
				d;
	bool		has = ref[0] != '\0';

	value_buf[0] = kind_buf[0] = surf_buf[0] = mod_buf[0] = '\0';
	if (has)
	{
		y = (ref[0] - '0') * 1000 + (ref[1] - '0') * 100 + (ref[2] - '0') * 10 + (ref[3] - '0');
		m = (ref[5] - '0') * 10 + (ref[6] - '0');
		d = (ref[8] - '0') * 10 + (ref[9] - '0');
	}
	else
		y = m = d = 1;
	arnews_dates_extract(s, strlen(s), has, arnews_days_from_civil(y, m, d), &l);
	item_count = l.n;
	if (idx < l.n)
	{
		const ArnewsDateItem *it = &l.items[idx];

		arnews_date_value(it, value_buf, sizeof(value_buf));
		strcpy(kind_buf, arnews_date_kind_name(it->kind));
		memcpy(surf_buf, s + it->start, it->end - it->start);
		surf_buf[it->end - it->start] = '\0';
		strcpy(mod_buf, it->modifier ? it->modifier : "");
		if (it->qualifier)
		{
			strcat(mod_buf, mod_buf[0] ? "," : "");
			strcat(mod_buf, it->qualifier);
		}
	}
	if (l.items)
		arnews_free(l.items);
	return value_buf;
}

/* Value of the only item of s */
static const char *
one(const char *s, const char *ref)
{
	run(s, ref, 0);
	return item_count == 1 ? value_buf : "(not one item)";
}

int
main(void)
{
	int32_t		day;
	int			y,
				m,
				d;

	/* calendar */
	CHECK_INT(arnews_days_from_civil(1970, 1, 1), 0);
	CHECK_INT(arnews_days_from_civil(2000, 3, 1), 11017);
	arnews_civil_from_days(arnews_days_from_civil(2024, 2, 29), &y, &m, &d);
	CHECK(y == 2024 && m == 2 && d == 29);
	CHECK_INT(arnews_weekday(arnews_days_from_civil(2025, 12, 3)), 3);
	CHECK(!arnews_valid_civil(2025, 2, 29));
	CHECK(arnews_valid_civil(2024, 2, 29));
	/* Hijri (Umm al-Qura) */
	CHECK(arnews_hijri_to_days(1447, 9, 1, &day));
	CHECK_INT(day, arnews_days_from_civil(2026, 2, 18));
	CHECK(arnews_hijri_to_days(1447, 1, 1, &day));
	CHECK_INT(day, arnews_days_from_civil(2025, 6, 26));
	CHECK(arnews_days_to_hijri(arnews_days_from_civil(2026, 2, 18), &y, &m, &d));
	CHECK(y == 1447 && m == 9 && d == 1);

	/* absolute dates */
	CHECK_STR(one("موسكو – 23 يناير 2026 كشف", ""), "2026-01-23");
	CHECK_STR(kind_buf, "date");
	CHECK_STR(one(" date 2026-02-04 شرع", ""), "2026-02-04");
	CHECK_STR(one("الأربعاء، 03 ديسمبر 2025", ""), "2025-12-03");
	CHECK_STR(surf_buf, "الأربعاء، 03 ديسمبر 2025");
	CHECK_STR(one("في ٢٣ يناير ٢٠٢٦", ""), "2026-01-23");
	CHECK_STR(one("بتاريخ 03/12/2025 صدر", ""), "2025-12-03");
	CHECK_STR(one("في 15 شباط 2024", ""), "2024-02-15");
	CHECK_STR(one("في 4 جويلية 2019", ""), "2019-07-04");
	CHECK_STR(one("في 1 كانون الثاني 2020", ""), "2020-01-01");
	CHECK_STR(one("في 18 فبراير/شباط 2025", ""), "2025-02-18");
	CHECK_STR(surf_buf, "18 فبراير/شباط 2025");
	CHECK_STR(one("في الخامس عشر من فبراير 2024", ""), "2024-02-15");
	CHECK_STR(one("نوفمبر 2024، حين", ""), "2024-11");
	CHECK_STR(one("عام 2022.", ""), "2022");
	CHECK_STR(surf_buf, "عام 2022");
	CHECK_STR(one("منذ 2014، متسببا", ""), "2014");
	CHECK_STR(mod_buf, "since");
	CHECK_STR(one("1 رمضان 1447 هـ", ""), "2026-02-18");
	CHECK_STR(one("14-09-1432 هـ", ""), "2011-08-14");

	/* relative expressions */
	CHECK_STR(one("اليوم الخميس", "2025-02-27"), "2025-02-27");
	CHECK_STR(one("أمس الأربعاء", "2025-02-27"), "2025-02-26");
	CHECK_STR(one("غداً الجمعة", "2025-02-27"), "2025-02-28");
	CHECK_STR(one("بعد غد", "2025-12-31"), "2026-01-02");
	CHECK_STR(one("أول أمس", "2024-03-01"), "2024-02-28");
	CHECK_STR(one("مساء الثلاثاء", "2025-12-03"), "2025-12-02");
	CHECK_STR(one("وعين بوتين، الأحد، دميترييف", "2025-02-27"), "2025-02-23");
	CHECK_STR(one("الخميس المقبل", "2025-02-27"), "2025-03-06");
	CHECK_STR(one("الأسبوع الماضي", "2026-02-04"), "2026-W05");
	CHECK_STR(one("الشهر الجاري", "2026-01-14"), "2026-01");
	CHECK_STR(one("الشهر الماضي", "2026-01-14"), "2025-12");
	CHECK_STR(one("العام المقبل", "2025-12-31"), "2026");
	CHECK_STR(one("في نوفمبر", "2025-12-03"), "2025-11");
	CHECK_STR(one("في ديسمبر", "2025-11-03"), "2024-12");
	CHECK_STR(one("في 12 فبراير/شباط الحالي", "2025-02-27"), "2025-02-12");
	CHECK_STR(surf_buf, "12 فبراير/شباط الحالي");
	CHECK_STR(one("منذ منتصف يناير/كانون الثاني", "2025-02-27"), "2025-01");
	CHECK_STR(mod_buf, "since,mid");
	CHECK_STR(one("في ربيع 2022", ""), "2022-03-01/2022-05-31");
	CHECK_STR(kind_buf, "range");
	CHECK_STR(one("في التسعينيات", ""), "199");
	CHECK_STR(one("اليوم", ""), "UNRESOLVED");

	/* ranges */
	CHECK_STR(one("يومي 23 و24 يناير", "2026-02-04"), "2026-01-23/2026-01-24");
	CHECK_STR(one("23-24 يناير 2026", ""), "2026-01-23/2026-01-24");
	CHECK_STR(one("بين عامي 2014 و2022", ""), "2014-01-01/2022-12-31");
	CHECK_STR(surf_buf, "عامي 2014 و2022");

	/* times */
	CHECK_STR(one("12:48 م", "2025-12-03"), "2025-12-03T12:48");
	CHECK_STR(one("الساعة 10 صباحاً بتوقيت غرينتش", "2025-12-03"), "2025-12-03T10:00");
	CHECK_STR(surf_buf, "الساعة 10 صباحاً بتوقيت غرينتش");
	CHECK_STR(one("05:16 مساءً", "2015-01-06"), "2015-01-06T17:16");

	/* durations */
	CHECK_STR(one("استمرت ست ساعات ونصف، وركزت", ""), "PT6H30M");
	CHECK_STR(one("نحو ست ساعات ونصف", ""), "PT6H30M");
	CHECK_STR(mod_buf, "approx");
	CHECK_STR(one("لمدة 60 يوما", ""), "P60D");
	CHECK_STR(mod_buf, "for");
	CHECK_STR(one("في أقل من عشرة أيام", ""), "P10D");
	CHECK_STR(surf_buf, "أقل من عشرة أيام");
	CHECK_STR(one("تستمر يومين", ""), "P2D");
	CHECK_STR(one("منذ أسابيع", ""), "PXW");
	CHECK_STR(one("منذ نحو أربع سنوات", ""), "P4Y");
	CHECK_STR(mod_buf, "since,approx");
	CHECK_STR(one("قبل 3 أيام", "2024-03-01"), "P3D");
	CHECK_STR(mod_buf, "before");

	/* vague */
	CHECK_STR(one("حتى الآن", "2026-01-14"), "PRESENT_REF");
	CHECK_STR(mod_buf, "until");
	CHECK_STR(one("في الوقت الراهن", "2026-01-14"), "PRESENT_REF");
	CHECK_STR(one("ضمانات للمستقبل", "2026-01-14"), "FUTURE_REF");
	CHECK_STR(surf_buf, "مستقبل");

	/* no false dates */
	run("أيدت 99% و70% من السكان", "2026-01-14", 0);
	CHECK_INT(item_count, 0);
	run("لـ\"فرانس 24\" وقتل 14 ألف شخص و2000 جندي", "2026-01-14", 0);
	CHECK_INT(item_count, 0);
	run("اتصل على 0123-456-7890 أو الصفحة 2019 بمبلغ 1,500 دولار", "2026-01-14", 0);
	CHECK_INT(item_count, 0);
	run("مارس الضغط على الرئيس رجب طيب أردوغان", "2026-01-14", 0);
	CHECK_INT(item_count, 0);

	/* publication date */
	{
		const char *art = "اختتام محادثات\n\n27 فبراير 2025\nمن جولة 18 فبراير 2025";

		CHECK(arnews_dates_pubdate(art, strlen(art), &day));
		CHECK_INT(day, arnews_days_from_civil(2025, 2, 27));
		CHECK(!arnews_dates_pubdate("لا تاريخ هنا اليوم", strlen("لا تاريخ هنا اليوم"), &day));
	}
	/* hostile input: truncated UTF-8, lone digits */
	run("\xd9 2026-\xff 12:", "2026-01-14", 0);
	CHECK(item_count >= 0);
	return unit_report("dates");
}
