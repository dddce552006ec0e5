-- arnews_dates / arnews_pubdate: temporal expressions of Arabic news
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS arnews;
RESET client_min_messages;
SET client_min_messages = warning;
SET datestyle = 'ISO, YMD';
SET intervalstyle = 'iso_8601';

-- one construction per line: input text, reference date
CREATE TEMP TABLE t(id serial, body text, ref date);
INSERT INTO t(body, ref) VALUES
-- absolute dates in every news format
('موسكو، المنشر الاخباري – 23 يناير 2026 كشف', NULL),
('الأربعاء، 03 ديسمبر 2025', NULL),
(' date 2026-02-04 شرع', NULL),
('صدر بتاريخ 03/12/2025 قرار', NULL),
('صدر بتاريخ 29-02-2024 قرار', NULL),
('في ٢٣ يناير ٢٠٢٦', NULL),
('في الخامس عشر من فبراير 2024', NULL),
('في 5 مارس 2024م', NULL),
('في نوفمبر 2024، حين', NULL),
('اندلعت عام 2022.', NULL),
('في سنة 1990 وقعت', NULL),
('أعلنت روسيا ضمه في 2022.', NULL),
('قتالا عنيفا منذ 2014، متسببا', NULL),
-- every month system, paired names
('في 15 شباط 2024', NULL),
('في 1 كانون الثاني 2020', NULL),
('في 10 تشرين الأول 2023', NULL),
('في 4 جويلية 2019', NULL),
('في 20 أوت 2018', NULL),
('في 18 فبراير/شباط 2025', NULL),
('منتصف يناير/كانون الثاني', '2025-02-27'),
-- Hijri dates (Umm al-Qura)
('1 رمضان 1447 هـ', NULL),
('1 محرم 1447 هـ', NULL),
('10 ذو الحجة 1446 هـ', NULL),
('14-09-1432 هـ', NULL),
('عام 1445 هـ', NULL),
('1 رمضان 1447 هـ الموافق 18 فبراير 2026 م', NULL),
-- relative expressions, references across month/year ends and leap days
('اليوم', '2025-02-27'),
('اليوم', NULL),
('أمس', '2025-01-01'),
('أول أمس', '2024-03-01'),
('غداً', '2024-02-28'),
('بعد غد', '2025-12-31'),
('اليوم الخميس', '2025-02-27'),
('أمس الأربعاء', '2025-02-27'),
('غداً الجمعة', '2025-02-27'),
('مساء الثلاثاء', '2025-12-03'),
('صباح اليوم', '2026-01-01'),
('وعين بوتين، الأحد، مبعوثا', '2025-02-27'),
('الخميس المقبل', '2025-12-29'),
('الجمعة الماضي', '2026-01-02'),
('الأسبوع الماضي', '2026-02-04'),
('الأسبوع المقبل', '2025-12-30'),
('الشهر الجاري', '2026-01-14'),
('الشهر الماضي', '2026-01-14'),
('الشهر المقبل', '2025-12-15'),
('العام الماضي', '2026-02-04'),
('العام المقبل', '2025-12-31'),
('هذا العام', '2024-02-29'),
('في نوفمبر', '2025-12-03'),
('في ديسمبر', '2025-11-03'),
('في 12 فبراير/شباط الحالي', '2025-02-27'),
('يومي 23 و24 يناير', '2026-02-04'),
('في 29 فبراير', '2024-03-10'),
('وفي وقت سابق من فبراير/شباط الحالي', '2025-02-27'),
('مطلع العام المقبل', '2025-12-31'),
('أواخر 2019', NULL),
('في ربيع 2022', NULL),
('شتاء 2023', NULL),
('الصيف الماضي', '2025-07-15'),
('في التسعينيات', NULL),
('ثمانينيات القرن الماضي', NULL),
('قبل 3 أيام', '2024-03-02'),
('منذ ثلاثة أسابيع', '2026-01-14'),
('بعد شهرين', '2025-12-31'),
('خلال الأيام المقبلة', '2026-01-14'),
-- ranges
('من 1 إلى 5 مارس 2024', NULL),
('23-24 يناير 2026', NULL),
('بين عامي 2014 و2022', NULL),
('بين 2014-2022', NULL),
-- clock times
('12:48 م', '2025-12-03'),
('6 يناير، 2015، الساعة 05:16 مساءً', NULL),
('الساعة الثالثة مساءً', '2026-01-14'),
('الساعة 10 صباحاً بتوقيت غرينتش', '2026-01-14'),
('الساعة 9 والنصف ليلا', '2026-01-14'),
-- durations
('الاجتماعات التي تستمر يومين', NULL),
('استمرت ست ساعات ونصف، وركزت', NULL),
('استمرت نحو ست ساعات ونصف', NULL),
('لأربع سنوات', NULL),
('لمدة 60 يوما', NULL),
('في أقل من عشرة أيام', NULL),
('منذ نحو أربع سنوات', '2025-12-03'),
('منذ أسابيع', '2026-01-14'),
('بعد ساعات من تأكيد', NULL),
('فترة هدوء استمرت نحو شهر', NULL),
('خلال شهر واحد', NULL),
-- vague
('حتى الآن', '2026-01-14'),
('في الوقت الراهن', '2026-01-14'),
('حالياً', '2026-01-14'),
('جرت أخيراً', '2026-01-14'),
('تجتمع لاحقاً', '2026-01-14'),
('ضمانات للمستقبل', '2026-01-14'),
('خلال الفترة المقبلة', NULL),
-- no false dates
('أيدت 99% و70% من السكان', '2026-01-14'),
('لـ"فرانس 24" قتل 14 ألف شخص و2000 جندي', '2026-01-14'),
('اتصل على 0123-456-7890 أو الصفحة 2019 بمبلغ 1,500 دولار', '2026-01-14'),
('مارس الضغط على الرئيس رجب طيب أردوغان في الرأي العام', '2026-01-14'),
('بين الاثنين', '2026-01-14');

SELECT t.id, d.kind, d.surface, d.start, d.length, d.span, d.grain, d.at, d.duration,
       d.modifier, d.calendar
FROM t LEFT JOIN LATERAL arnews_dates(t.body, t.ref) d ON true
ORDER BY t.id, d.start;

-- substr(body, start, length) = surface everywhere
SELECT count(*) AS bad_offsets
FROM t, arnews_dates(t.body, t.ref) d
WHERE substr(t.body, d.start, d.length) <> d.surface;

-- NULL body: no rows; NULL reference: relative spans are NULL
SELECT count(*) FROM arnews_dates(NULL);
SELECT kind, span IS NULL AS unresolved FROM arnews_dates('اليوم وفي 23 يناير 2026');

-- publication dates
SELECT arnews_pubdate(E'موسكو، المنشر الاخباري – 23 يناير 2026 كشف الكرملين، اليوم'),
       arnews_pubdate(E' date 2026-02-04 شرع مفاوضون'),
       arnews_pubdate(E'الأربعاء، 03 ديسمبر 2025\n\n12:48 م\n\nالكرملين'),
       arnews_pubdate(E'اختتام محادثات\n\n27 فبراير 2025\nمن جولة في الرياض، 18 فبراير 2025'),
       arnews_pubdate('لا تاريخ هنا اليوم'),
       arnews_pubdate(NULL);

-- the reference given by arnews_pubdate
SELECT surface, span FROM arnews_dates(E'27 فبراير 2025\nقال اليوم الخميس إن', arnews_pubdate(E'27 فبراير 2025\nقال اليوم الخميس إن'));

-- issue 15: dates as people write them (reference Wednesday 2026-05-13)
CREATE TEMP TABLE t15 (id serial, body text);
INSERT INTO t15 (body) VALUES
('عاد الوزير في الرابع والعشرين من نيسان'),
('يجتمع المجلس الأحد الحادي والثلاثين من الشهر الجاري'),
('وقعت الحادثة في الثاني عشر.'),
('تبدأ العطلة في 20 الحالي'),
('الأرقام عن شهر 2 ثم شهر ثمانية ثم الشهر العاشر من عام 2024 ومطلع شهر 4'),
('التقرير عن 7/2025 صدر'),
('الأسبوع التالي، السنة الفائتة، الشهر الجاي، هذه السنة'),
('خميس الأسبوع الماضي ثم الأحد من هذا الأسبوع ثم ثلاثاء الأسبوع القادم'),
('أول ثلاثاء من شهر مارس وآخر أحد من أيلول 2025 والاثنين الثالث من يونيو 2026'),
('آخر يوم من الشهر ثم الأسبوع الأخير من فبراير 2026'),
('اليوم الذي يلي الغد، بعد بكرة، امبارح، أول امبارح، قبل أمس'),
('قبل خمسة أسابيع ومنذ شهرين ورجع من أسبوع'),
('عيد الفطر وعيد الأضحى 2024 ورأس السنة الهجرية والمولد النبوي وأول رمضان وعاشوراء'),
('عيد الميلاد ورأس السنة وعيد الفصح 2026 وثالث سبت بعد عيد الأضحى 2026'),
('صوت 70% وعمره 99 عاماً وحل الثالث في السباق');

SELECT t.id, d.kind, d.surface, d.span, d.grain, d.duration, d.modifier
FROM t15 t LEFT JOIN LATERAL arnews_dates(t.body, date '2026-05-13') d ON true
ORDER BY t.id, d.start;

-- times with a part of day; the date form gives at on the reference day
CREATE TEMP TABLE t15t (id serial, body text);
INSERT INTO t15t (body) VALUES
('وصلت الطائرة الثالثة فجراً وغادرت الساعة 6 المساء'),
('الساعة التاسعة و15 دقيقة صباحاً ثم 4 و 10 دقائق العصر'),
('السابعة إلا ربعاً ثم الثانية عشرة والنصف ظهراً'),
('عند الظهيرة وحتى منتصف الليل'),
('السادسة من مساء أمس'),
('الساعة الحادية عشرة صباحاً بتوقيت القدس و14:00 بتوقيت غرينتش و20:15 GMT+3'),
('الآن وفي هذه اللحظة وبعد ساعتين وقبل ربع ساعة');

SELECT t.id, d.kind, d.surface, d.grain, d.at, d.zone, d.at_utc
FROM t15t t LEFT JOIN LATERAL arnews_dates(t.body, timestamp '2026-05-13 10:20') d ON true
ORDER BY t.id, d.start;
SELECT t.id, d.kind, d.surface, d.at
FROM t15t t LEFT JOIN LATERAL arnews_dates(t.body, date '2026-05-13') d ON true
WHERE t.id IN (1, 4, 7)
ORDER BY t.id, d.start;

-- which form a call picks: literals and NULL keep the date form's ten columns
SELECT count(*) FROM arnews_dates('الآن', '2026-05-13') AS d(kind, surface, start, length, span, grain, at, duration, modifier, calendar);
SELECT at FROM arnews_dates('الآن', '2026-05-13 08:45');
SELECT at FROM arnews_dates('الآن', '2026-05-13');
SELECT at FROM arnews_dates('الآن', NULL);
SELECT at FROM arnews_dates('الآن', date '2026-05-13');
SELECT at, zone FROM arnews_dates('الآن', timestamp '2026-05-13 08:45');
SELECT count(*) FROM arnews_dates('الآن', current_date);
SELECT count(*) FROM arnews_dates('الآن', now());
SELECT count(*) FROM arnews_dates('الآن', localtimestamp);
SET TimeZone = 'Asia/Riyadh';
SELECT at FROM arnews_dates('الآن', timestamptz '2026-05-13 08:45+00');
RESET TimeZone;
SELECT count(*) FROM arnews_dates('الآن', 'infinity'::timestamp);
SELECT count(*) FROM arnews_dates('الآن', 'no date');
-- offsets stay inside the text for every form
SELECT count(*) AS bad_offsets
FROM t15t t, arnews_dates(t.body, timestamp '2026-05-13 10:20') d
WHERE substr(t.body, d.start, d.length) <> d.surface;
-- dates and quantities never share a character (numbers inside the new patterns)
SELECT count(*) AS overlaps
FROM (SELECT body FROM t15 UNION ALL SELECT body FROM t15t
      UNION ALL SELECT 'ارتفع 3 مرات في شهر 3 و70% في الأسبوع الثالث من مارس ودفع 5 دولارات الساعة 5 مساءً') b,
     arnews_dates(b.body, timestamp '2026-05-13 10:20') d, arnews_quantities(b.body) q
WHERE int4range(d.start, d.start + d.length) && int4range(q.start, q.start + q.length);
-- a part of day in two words, a clock time followed by its day, a day or
-- month followed by its year (reference Wednesday 2026-03-18)
SELECT d.kind, d.surface, d.span, d.grain, d.at
FROM unnest(ARRAY[
    'تصل القافلة في الرابعة والربع بعد الظهر وتغادر عند الساعة 3:15 بعد الظهيرة',
    'تقام الحفلة الساعة 9 مساء السبت المقبل ثم الساعة 10 صباحاً، الأحد المقبل',
    'ارتفعت الصادرات في شهر شباط من العام الماضي و5 مارس من عام 2024 ومايو من هذا العام',
    'في مايو، العام المقبل',
    'استؤنفت الرحلات صباح اليوم عند السابعة وجرت الجولة مساء أمس في التاسعة',
    'وصل الموكب قرابة الواحدة بعد الظهر وفتحت الأسواق عند التاسعة صباح الإثنين']) WITH ORDINALITY AS b(body, n),
    arnews_dates(b.body, timestamp '2026-03-18 09:30') d
ORDER BY b.n, d.start;
