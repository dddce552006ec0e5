#!/usr/bin/env python3
# make_seeds.py - write the seed corpora of the arnews fuzz targets.
#
# Every text below was written for arnews (news-like Arabic snippets and
# hostile strings); nothing is copied from elsewhere.  Run from the repo
# root:  python3 test/fuzz/make_seeds.py   (rewrites test/fuzz/seeds/*).
#
# Targets whose first bytes are parameters get them prepended:
#   stem     1 byte: mode (% 3) and variant flag
#   numbers  1 byte: ARNEWS_NUMO_* options
#   dates    5 bytes: reference selector + little-endian reference day
#
# PostgreSQL licence, written for arnews.

import datetime
import os
import struct

TEXTS = {
    "statement": "قال الرئيس الروسي فلاديمير بوتين، يوم الثلاثاء 23 يناير 2026، "
                 "إن المحادثات مع واشنطن «بناءة».",
    "money": "أعلنت وزارة المالية المصرية أن العجز بلغ نحو 5 مليارات دولار، "
             "أي ما يعادل 3.5% من الناتج المحلي، مقابل 300 مليون يورو.",
    "visit": "وصل وزير الخارجية الأمريكي إلى بيروت مساء الأربعاء، "
             "في أول زيارة له منذ عام 2022.",
    "harakat": "الرَّئِيسُ الفِلَسْطِينِيُّ يَلْتَقِي بِالوَفْدِ المِصْرِيِّ فِي القَاهِرَةِ.",
    "tatweel": "الرئيـــــس والحكومـــــة تبحثـــان الأزمـــة",
    "refugees": "ارتفع عدد اللاجئين إلى ١٤ ألف شخص خلال الأيام الثلاثة الماضية، "
                "بحسب الأمم المتحدة.",
    "hijri": "في ١٢ رمضان ١٤٤٧ هـ الموافق ٢ مارس ٢٠٢٦ م، وفي محرم المقبل.",
    "numwords": "ثلاثة آلاف وخمسمئة جندي، وأكثر من عشرة آلاف مدني، "
                "ومليوني شخص، وعشرات الآلاف، وست ساعات ونصف.",
    "persian": "یک گزارش با ی و ک و پ و چ و ژ و ڤ و ۀ و ۱۲۳۴",
    "presentation": "ﻻ ﷲ ﻹ ﺍﻟﺮﺋﻴﺲ ﷺ",
    "bidi": "\u200f\u202eabc\u202c \u2066\u0645\u0635\u0631\u2069\ufeff\u00ad"
            "\u200d\u200c\u061c\u2060\u2064\u206f",
    "emoji": "🇵🇸 👨‍👩‍👧 🏴󠁧󠁢󠁳󠁣󠁴󠁿 #غزة @user http://example.org/ar?q=1 user@example.org",
    "clock": "2026-02-04 12:48 م و03/12/2025 والساعة الثالثة مساءً بتوقيت غرينتش",
    "people": "والتقى الرئيس ترمب مع زيلينسكي، وقال دميتري بيسكوف المتحدث باسم "
              "الكرملين إن بيسكوف لن يعلق.\nموسكو - وكالة رويترز",
    "currency": "انخفضت الليرة التركية بنسبة ٪٧٫٥ أمام اليورو، وبلغت الصفقة "
                "2,500,000 ريال سعودي و12 مليار دينار كويتي.",
    "ranges": "يومي 23 و24 يناير/كانون الثاني، ومن 1 إلى 5 مارس، وبين عامي 2014 و2022، "
              "و23-24 فبراير/شباط الحالي.",
    "relative": "الخامس عشر من فبراير، العام الماضي، قبل 3 أيام، الأسبوع المقبل، "
                "منتصف يناير، ربيع 2022، التسعينيات، أمس، بعد غد، الآن.",
    "clitics": "وبالمحادثات ولبوتين فللحكومة وسيقولون بموسكو وللأمريكيين كتابهم",
    "mixed": "Москва موسكو 東京 Tokyo G20 4G فرانس 24 e-mail: a@b.c",
    "digits": "1" * 300,
    "marks": "ب" + "\u064e" * 200 + "ت" + "\u0651\u0670" * 50,
    "tatweel_flood": "\u0640" * 400,
    "punct": "،؛؟«»!?.,;:()[]{}-–—…\"'/\\|*&^%$#@~`" * 4,
    "invalid": "\udcff\udcfe\udcc0\udc80\udced\udca0\udc80 نص \udce2\udc82",
    "dateline": "القاهرة - 18 فبراير/شباط 2026 (رويترز)\nقال مسؤولون اليوم إن "
                "المفاوضات ستستأنف غدا في جنيف.",
    "maghreb": "في 5 جانفي و12 جويلية و3 أوت 2025، وفي أفريل الماضي",
    "empty": "",
    "newlines": "\n\r\n\u2028\u2029\n" * 5,
}


def encode(text):
    """UTF-8 with lone surrogate escapes turned back into raw bytes."""
    return text.encode("utf-8", "surrogateescape")


def main():
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "seeds")
    ref = (datetime.date(2026, 2, 4) - datetime.date(1900, 1, 1)).days
    prefixes = {
        "normalize": [b""],
        "tokenize": [b""],
        "quantities": [b""],
        "ner": [b""],
        "stem": [b"\x00", b"\x01", b"\x06"],
        "numbers": [b"\x0f", b"\x00"],
        # with a 1900-2100 reference, without one, with an extreme one
        "dates": [b"\x00" + struct.pack("<I", ref), b"\x01" + struct.pack("<I", ref),
                  b"\x02" + struct.pack("<I", 0xFFFFFFF0)],
    }
    for target, heads in prefixes.items():
        d = os.path.join(root, target)
        os.makedirs(d, exist_ok=True)
        for name in os.listdir(d):
            os.unlink(os.path.join(d, name))
        for i, head in enumerate(heads):
            for name, text in sorted(TEXTS.items()):
                fname = name if i == 0 else "%s_%d" % (name, i)
                with open(os.path.join(d, fname), "wb") as f:
                    f.write(head + encode(text))


if __name__ == "__main__":
    main()
