-- quantities: arnews_quantities(text), one construction per line
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS arnews;
RESET client_min_messages;
SET client_min_messages = warning;
SET extra_float_digits = 0;

-- number words, every gender and case form (one construction per line)
SELECT v.input, q.kind, q.surface, q.start, q.length, q.value, q.unit, q.approximate
FROM (VALUES
    (1, 'واحد'),
    (2, 'واحدة'),
    (3, 'اثنان'),
    (4, 'اثنين'),
    (5, 'اثنتان'),
    (6, 'اثنتين'),
    (7, 'ثلاث'),
    (8, 'ثلاثة'),
    (9, 'أربع'),
    (10, 'أربعة'),
    (11, 'خمس'),
    (12, 'خمسة'),
    (13, 'ست'),
    (14, 'ستة'),
    (15, 'سبع'),
    (16, 'سبعة'),
    (17, 'ثمان'),
    (18, 'ثماني'),
    (19, 'ثمانية'),
    (20, 'تسع'),
    (21, 'تسعة'),
    (22, 'عشر'),
    (23, 'عشرة'),
    (24, 'أحد عشر'),
    (25, 'إحدى عشرة'),
    (26, 'احدى عشرة'),
    (27, 'اثنا عشر'),
    (28, 'اثني عشر'),
    (29, 'اثنتا عشرة'),
    (30, 'ثلاثة عشر'),
    (31, 'خمس عشرة'),
    (32, 'تسعة عشر'),
    (33, 'عشرون'),
    (34, 'عشرين'),
    (35, 'ثلاثون'),
    (36, 'أربعين'),
    (37, 'خمسون'),
    (38, 'ستين'),
    (39, 'سبعون'),
    (40, 'ثمانين'),
    (41, 'تسعون'),
    (42, 'مئة'),
    (43, 'مائة'),
    (44, 'مئتان'),
    (45, 'مئتين'),
    (46, 'مئتا ألف'),
    (47, 'ثلاثمئة'),
    (48, 'ثلاثمائة'),
    (49, 'ثلاث مئة'),
    (50, 'أربعمئة'),
    (51, 'خمسمائة'),
    (52, 'ستمئة'),
    (53, 'سبعمائة'),
    (54, 'ثمانمئة'),
    (55, 'تسعمائة'),
    (56, 'ألف'),
    (57, 'ألفا'),
    (58, 'ألفان'),
    (59, 'ألفين'),
    (60, 'ثلاثة آلاف'),
    (61, 'مليون'),
    (62, 'مليونان'),
    (63, 'مليوني'),
    (64, 'خمسة ملايين'),
    (65, 'مليار'),
    (66, 'ملياران'),
    (67, 'سبعة مليارات'),
    (68, 'بليون'),
    (69, 'تريليون'),
    (70, 'صفر'),
    (71, 'خمسة وعشرون'),
    (72, 'واحد وعشرين'),
    (73, 'سبعمئة وثمانون'),
    (74, 'ثلاثة آلاف وخمسمئة'),
    (75, 'مئة وخمسة وعشرون ألفا'),
    (76, 'مليون وخمسمئة ألف'),
    (77, 'مليونان ونصف'),
    (78, 'مليون ونصف'),
    (79, 'ثلاثة ونصف'),
    (80, 'خمسة وربع'),
    (81, 'نصف مليون'),
    (82, 'ثلث مليون'),
    (83, 'ثلاثة أرباع'),
    (84, 'حوالى مائة'),
    (85, 'وخمسة')
) AS v(n, input)
LEFT JOIN LATERAL arnews_quantities(v.input) AS q ON true
ORDER BY v.n, q.start;

-- digits of every script, separators, digits with scale words
SELECT v.input, q.kind, q.surface, q.start, q.length, q.value, q.unit, q.approximate
FROM (VALUES
    (1, '1,250,000'),
    (2, '١٢٣٫٥'),
    (3, '١٬٢٥٠'),
    (4, '۱۲۳'),
    (5, '0.05'),
    (6, '2.5 مليون'),
    (7, '5 مليارات'),
    (8, '14 ألف'),
    (9, '300 مليار'),
    (10, '12.5 تريليون'),
    (11, '2 مليون و500 ألف'),
    (12, 'بـ50 مليار دولار')
) AS v(n, input)
LEFT JOIN LATERAL arnews_quantities(v.input) AS q ON true
ORDER BY v.n, q.start;

-- ordinals
SELECT v.input, q.kind, q.surface, q.start, q.length, q.value, q.unit, q.approximate
FROM (VALUES
    (1, 'الأول'),
    (2, 'الأولى'),
    (3, 'الثاني'),
    (4, 'الثالثة'),
    (5, 'العاشر'),
    (6, 'الحادي عشر'),
    (7, 'الحادية عشرة'),
    (8, 'الثاني عشر'),
    (9, 'الخامس عشر'),
    (10, 'العشرون'),
    (11, 'الحادي والعشرون'),
    (12, 'الخامس والعشرين')
) AS v(n, input)
LEFT JOIN LATERAL arnews_quantities(v.input) AS q ON true
ORDER BY v.n, q.start;

-- approximations and vague amounts
SELECT v.input, q.kind, q.surface, q.start, q.length, q.value, q.unit, q.approximate
FROM (VALUES
    (1, 'نحو 5 مليارات دولار'),
    (2, 'بنحو 100 مليون دولار'),
    (3, 'وبنحو 100 مليون دولار'),
    (4, 'حوالي 300 شخص'),
    (5, 'حوالى 300 شخص'),
    (6, 'قرابة 20%'),
    (7, 'زهاء ألف جندي'),
    (8, 'أكثر من عشرة آلاف جندي'),
    (9, 'أقل من 5%'),
    (10, 'ما يزيد على 200 قتيل'),
    (11, 'ما يزيد عن 200 قتيل'),
    (12, 'ما لا يقل عن 50 لاجئا'),
    (13, 'نحو من ألف شخص'),
    (14, 'عشرات'),
    (15, 'مئات'),
    (16, 'آلاف'),
    (17, 'عشرات الآلاف'),
    (18, 'مئات الملايين'),
    (19, 'بضعة آلاف'),
    (20, 'ملايين الدولارات'),
    (21, 'الخسائر البشرية التي تقدر بعشرات الآلاف')
) AS v(n, input)
LEFT JOIN LATERAL arnews_quantities(v.input) AS q ON true
ORDER BY v.n, q.start;

-- currencies (ISO 4217)
SELECT v.input, q.kind, q.surface, q.start, q.length, q.value, q.unit, q.approximate
FROM (VALUES
    (1, '100 دولار'),
    (2, '100 دولار أمريكي'),
    (3, '100 دولار كندي'),
    (4, '100 دولار أسترالي'),
    (5, '100 دولار هونغ كونغ'),
    (6, '100 يورو'),
    (7, '100 جنيه مصري'),
    (8, '100 جنيه إسترليني'),
    (9, '100 ريال سعودي'),
    (10, '100 ريال قطري'),
    (11, '100 ريال عماني'),
    (12, '100 ريال يمني'),
    (13, '100 ريال إيراني'),
    (14, '100 درهم إماراتي'),
    (15, '100 درهم مغربي'),
    (16, '100 دينار كويتي'),
    (17, '100 دينار أردني'),
    (18, '100 دينار عراقي'),
    (19, '100 دينار بحريني'),
    (20, '100 دينار ليبي'),
    (21, '100 دينار تونسي'),
    (22, '100 دينار جزائري'),
    (23, '100 ليرة تركية'),
    (24, '100 ليرة لبنانية'),
    (25, '100 ليرة سورية'),
    (26, '100 روبل'),
    (27, '100 شيكل'),
    (28, '100 يوان'),
    (29, '100 ين'),
    (30, '100 روبية'),
    (31, '100 فرنك سويسري'),
    (32, '100 وون'),
    (33, '100 كرونة سويدية'),
    (34, '100 دولارات'),
    (35, 'مليونا دولار'),
    (36, '$100'),
    (37, '100 €'),
    (38, '100 ليرة')
) AS v(n, input)
LEFT JOIN LATERAL arnews_quantities(v.input) AS q ON true
ORDER BY v.n, q.start;

-- percent
SELECT v.input, q.kind, q.surface, q.start, q.length, q.value, q.unit, q.approximate
FROM (VALUES
    (1, '70%'),
    (2, '٧٠٪'),
    (3, '70 %'),
    (4, '15 بالمئة'),
    (5, '15 بالمائة'),
    (6, '15 في المئة'),
    (7, '15 في المائة'),
    (8, 'نصف نقطة مئوية')
) AS v(n, input)
LEFT JOIN LATERAL arnews_quantities(v.input) AS q ON true
ORDER BY v.n, q.start;

-- quantities and counted nouns
SELECT v.input, q.kind, q.surface, q.start, q.length, q.value, q.unit, q.approximate
FROM (VALUES
    (1, '701 كيلومتر مربع'),
    (2, '725 كيلومترًا مربعًا'),
    (3, '5 كم'),
    (4, '3 أطنان'),
    (5, 'مليون برميل'),
    (6, '500 ميغاواط'),
    (7, '200 هكتار'),
    (8, '14 ألف شخص'),
    (9, 'مليوني شخص'),
    (10, '300 قتيل'),
    (11, 'ثلاثة لاجئين'),
    (12, '10 صواريخ'),
    (13, 'عشرات الآلاف من الجنود')
) AS v(n, input)
LEFT JOIN LATERAL arnews_quantities(v.input) AS q ON true
ORDER BY v.n, q.start;

-- not quantities: dates, times, durations, names, phones
SELECT v.input, q.kind, q.surface, q.start, q.length, q.value, q.unit, q.approximate
FROM (VALUES
    (1, 'فرانس 24'),
    (2, 'لـ"فرانس 24"'),
    (3, '2026-02-04'),
    (4, '04/02/2026'),
    (5, '12:48 م'),
    (6, '23 يناير 2026'),
    (7, 'يومي 23 و24 يناير'),
    (8, '18 فبراير/شباط'),
    (9, '3 كانون الثاني'),
    (10, 'الخامس عشر من فبراير'),
    (11, 'عام 2022'),
    (12, 'لعام 2025'),
    (13, 'في 2022'),
    (14, '1445 هـ'),
    (15, 'G20'),
    (16, 'كوفيد-19'),
    (17, '60 يوما'),
    (18, 'ست ساعات ونصف'),
    (19, 'منذ نحو أربع سنوات'),
    (20, 'شهر واحد'),
    (21, '+44 20 7946 0958'),
    (22, 'نصف')
) AS v(n, input)
LEFT JOIN LATERAL arnews_quantities(v.input) AS q ON true
ORDER BY v.n, q.start;

-- every span is the text at its position
SELECT bool_and(substr(b, start, length) = surface) AS spans_ok, count(*) AS n
FROM (SELECT 'قالت الوزارة إنّ نحو 5 مليارات دولار و٧٠٪ من 14 ألف شخص، وبـ50 مليون يورو عام 2022 في 23 يناير.' AS b) t,
     arnews_quantities(b);

-- hostile input: empty string, NULL, random text, a 10,000-digit number, mixed scripts
SELECT count(*) AS empty_rows FROM arnews_quantities('');
SELECT count(*) AS null_rows FROM arnews_quantities(NULL);
SELECT count(*) AS random_rows, bool_and(substr(b, start, length) = surface) AS spans_ok
FROM (SELECT string_agg(chr(CASE WHEN i % 11 = 0 THEN 32 WHEN i % 17 = 0 THEN 48 + i % 10
                                 ELSE 1536 + (i * 7919) % 256 END), '') AS b
      FROM generate_series(1, 20000) AS i) t,
     arnews_quantities(b);
SELECT kind, length, length(value::text) AS digits, value = repeat('9', 10000)::numeric AS exact, unit
FROM arnews_quantities(repeat('9', 10000) || ' دولار');
SELECT kind, length(value::text) AS chars, value = ('1' || repeat('0', 4999) || '.5')::numeric AS exact
FROM arnews_quantities('1' || repeat('0', 4999) || '.5');
SELECT kind, surface, value, unit FROM arnews_quantities('Moscow ٥ مليون dollars، 3個، ۵۰٪ and 7 km 😀 ٣ ملايين');
SELECT count(*) AS rows FROM arnews_quantities(repeat('و', 5000) || repeat(' ونصف', 2000) || repeat('٬', 3000));
SELECT count(*) AS rows FROM arnews_quantities(repeat('1,', 5000) || repeat('.', 100) || repeat('2:', 100));

-- signs, decimals and thousands separators
SELECT v.input, q.kind, q.surface, q.value, q.unit
FROM (VALUES
    (1, 'هبط المؤشر -1.25% في الجلسة'),
    (2, 'بلغت الحرارة −٣٫٢ درجة مئوية'),
    (3, 'نصيب .6 من الأرباح'),
    (4, 'نصيب ٫٨٥ من الأرباح'),
    (5, 'أنفقت ٤٬٦٠٠٬٠٠٠ دولار'),
    (6, 'نما الاقتصاد 1 فاصلة 8 بالمئة'),
    (7, 'ستة فاصلة خمسة وسبعين مليار'),
    (8, 'الفترة 2015 -2017 والرقم 8 -9'),
    (9, 'الفيروس كوفيد-19')
) AS v(n, input)
LEFT JOIN LATERAL arnews_quantities(v.input) AS q ON true
ORDER BY v.n, q.start;

-- colloquial numerals (Egyptian, Levantine, Gulf spellings)
SELECT v.input, q.kind, q.surface, q.value, q.unit
FROM (VALUES
    (1, 'حداشر'),
    (2, 'اتناشر'),
    (3, 'سبعتاشر'),
    (4, 'تلاتين'),
    (5, 'ستة وتمانين'),
    (6, 'خمسمية'),
    (7, 'ستمية وتلاتة'),
    (8, 'تلات ملايين جنيه'),
    (9, 'متين دولار'),
    (10, 'متين'),
    (11, 'حائط متين'),
    (12, 'كوباية مية'),
    (13, 'ميتين وخمسين ألف')
) AS v(n, input)
LEFT JOIN LATERAL arnews_quantities(v.input) AS q ON true
ORDER BY v.n, q.start;

-- ordinals in both genders, and digits with the article
SELECT v.input, q.kind, q.surface, q.value
FROM (VALUES
    (1, 'الفصل الحادي عشر'),
    (2, 'الدورة الحادية عشرة'),
    (3, 'الحلقة الثانية عشرة'),
    (4, 'الاجتماع العشرون'),
    (5, 'الذكرى الخامسة والسبعين'),
    (6, 'النسخة الـ13 للبطولة'),
    (7, 'المركز الـ 4 عالمياً'),
    (8, 'دورته ال15'),
    (9, 'عدد الضحايا الـ30'),
    (10, 'الـ20 مليون دولار'),
    (11, 'في الـ5 من أيار')
) AS v(n, input)
LEFT JOIN LATERAL arnews_quantities(v.input) AS q ON true
ORDER BY v.n, q.start;

-- currencies: ISO codes, symbols, abbreviations, plural names, minor units
SELECT v.input, q.kind, q.surface, q.value, q.unit
FROM (VALUES
    (1, 'دفع 250 AED نقداً'),
    (2, 'سعر الصرف JPY 150'),
    (3, 'الغرامة 20 د.ج'),
    (4, 'الرسم 3 ر. ع'),
    (5, 'الإيجار 900 ل.س شهرياً'),
    (6, '€ 45 للتذكرة و30£ للوجبة'),
    (7, 'ارتفع السهم 80¢'),
    (8, 'تبرع بعشرة دنانير عراقية'),
    (9, 'تكلف 75 شيكلاً و20 شواقل'),
    (10, 'باعه بـ 6 دولارات و99 سنتاً'),
    (11, 'سعر اللتر 2 ريال و18 هللة'),
    (12, 'سعره 35 قرشاً'),
    (13, 'سعره 35 قرشاً في مصر'),
    (14, 'وافق البرلمان العراقي على 9 ملايين دينار'),
    (15, 'بلغ 300 درهم في أبوظبي ودبي'),
    (16, 'تراجع إلى 4 ليرات في أنقرة ودمشق')
) AS v(n, input)
LEFT JOIN LATERAL arnews_quantities(v.input) AS q ON true
ORDER BY v.n, q.start;

-- ranges and bounds: value is the lower figure (or the bound), value_max the
-- upper figure of a range, bound says which
SELECT v.input, q.kind, q.surface, q.value, q.value_max, q.bound, q.unit, q.approximate
FROM (VALUES
    (1, 'يتراوح السعر 60-75 دولاراً للبرميل'),
    (2, 'بنسبة ٣–٤٪ سنوياً'),
    (3, 'يكلف بين سبعة وتسعة يوروهات'),
    (4, 'تتراوح الأجور بين 200 دينار كويتي و350 ديناراً كويتياً'),
    (5, 'يتراوح العمق من 12 إلى 18 متراً'),
    (6, 'تبلغ الكلفة ما بين 4 و6 مليارات دولار'),
    (7, 'ارتفع السعر من 5 دولارات إلى 8 دولارات'),
    (8, 'يزيد على 9 دولارات'),
    (9, 'أكثر من 120 راكباً'),
    (10, 'أقل من 3% من الناخبين'),
    (11, 'تحت ستة جنيهات إسترلينية'),
    (12, 'لا يقل عن 70 ريالاً قطرياً'),
    (13, 'لا تزيد عن 15 كيلومتراً'),
    (14, 'اشترى 40 طناً على الأقل'),
    (15, 'غرامة 900 يورو كحد أقصى'),
    (16, '18 عاماً فأكثر'),
    (17, 'من 3 إلى 7 آذار'),
    (18, 'بين 2018 و2020'),
    (19, 'بين 40 و30 دولاراً')
) AS v(n, input)
LEFT JOIN LATERAL arnews_quantities(v.input) AS q ON true
ORDER BY v.n, q.start;

-- a range never overlaps a date span
SELECT count(*) AS overlaps
FROM (SELECT 'عرض من 10 إلى 20 دولاراً بين 3 و5 أيار، و30-40 يورو في 2024-05-06 ومن 7 إلى 9 حزيران' AS b) t,
     arnews_quantities(b) q, arnews_dates(b, '2024-01-01') d
WHERE int4range(q.start, q.start + q.length) && int4range(d.start, d.start + d.length);
-- the -ا form of a scale word (dual first, singular after a number or with
-- tanwin) and a scale said again after its fraction
SELECT kind, surface, value, unit
FROM arnews_quantities('نجا مليونا شخص، وربح مليوناً من الدولارات، وأحد عشر مليونا، وكلفة السد مليار ونصف المليار دولار');
