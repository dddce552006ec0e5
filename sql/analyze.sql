-- arnews_analyze(body, reference): one-call analysis as jsonb.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS arnews;
RESET client_min_messages;

-- labels: IMMUTABLE PARALLEL SAFE, not STRICT (a NULL reference means arnews_pubdate(body))
SELECT p.provolatile, p.proparallel, p.proisstrict, pg_get_function_arguments(p.oid) AS args,
       pg_get_function_result(p.oid) AS result
FROM pg_proc p WHERE p.oid = 'arnews_analyze(text, date)'::regprocedure;

\set article 'موسكو 12 مارس 2026 (رويترز) - قال الرئيس فلاديمير بوتين يوم الثلاثاء إن روسيا ستدفع 5 مليارات دولار خلال ثلاثة أشهر، بزيادة 10% منذ 2024، وإن الاجتماع سيعقد الساعة 10:30 صباحاً.'
SELECT jsonb_pretty(arnews_analyze(:'article'));

-- the reference defaults to the dateline: explicit arnews_pubdate(body) gives the same
SELECT arnews_analyze(:'article') = arnews_analyze(:'article', arnews_pubdate(:'article')) AS default_is_pubdate,
       arnews_analyze(:'article') = arnews_analyze(:'article', '2026-03-12') AS same_as_explicit;
-- another reference moves the relative dates only
SELECT d->>'surface' AS surface, d->>'span' AS span
FROM jsonb_array_elements(arnews_analyze(:'article', '2020-01-01')->'dates') d;
-- the arrays hold the rows of each function, in text order
SELECT jsonb_array_length(j->'entities') = (SELECT count(*) FROM arnews_entities(:'article')) AS entities,
       jsonb_array_length(j->'dates') = (SELECT count(*) FROM arnews_dates(:'article', '2026-03-12')) AS dates,
       jsonb_array_length(j->'quantities') = (SELECT count(*) FROM arnews_quantities(:'article')) AS quantities,
       (j->>'lexemes')::int = length(to_tsvector('arnews', :'article')) AS lexemes,
       (SELECT array_agg(e->>'surface') FROM jsonb_array_elements(j->'entities') e)
         = (SELECT array_agg(surface ORDER BY start) FROM arnews_entities(:'article')) AS entity_order,
       (SELECT array_agg(k ORDER BY k) FROM jsonb_object_keys(j) k) AS keys
FROM arnews_analyze(:'article') j;
-- span strings read back as the daterange of arnews_dates
SELECT bool_and((d->>'span')::daterange IS NOT DISTINCT FROM x.span) AS spans_round_trip
FROM jsonb_array_elements(arnews_analyze(:'article')->'dates') WITH ORDINALITY AS j(d, n)
JOIN (SELECT row_number() OVER (ORDER BY start, length) AS n, span
      FROM arnews_dates(:'article', '2026-03-12')) x USING (n);
-- durations in ISO 8601 read back as the interval of arnews_dates
\set durations 'استمر الاجتماع ثلاث ساعات ونصف، بعد مفاوضات دامت أسبوعين، وسيبقى الاتفاق ساريا لمدة عام و6 أشهر، وقد توقف البث 90 دقيقة و30 ثانية.'
SELECT d->>'surface' AS surface, d->>'duration' AS iso, (d->>'duration')::interval = x.duration AS round_trip
FROM jsonb_array_elements(arnews_analyze(:'durations', '2026-01-01')->'dates') WITH ORDINALITY AS j(d, n)
JOIN (SELECT row_number() OVER (ORDER BY start, length) AS n, duration
      FROM arnews_dates(:'durations', '2026-01-01')) x USING (n)
WHERE d->>'kind' = 'duration';

-- edge cases: NULL body, empty text, no findings, a reference but no dateline
SELECT arnews_analyze(NULL) IS NULL AS null_body, arnews_analyze(NULL, '2026-01-01') IS NULL AS null_body_ref;
SELECT arnews_analyze('');
SELECT arnews_analyze('   ، . ؟ ');
SELECT arnews_analyze('Hello world 42');
SELECT arnews_analyze('سيصل الوفد غداً', '2026-11-23')->'dates';
SELECT arnews_analyze('سيصل الوفد غداً')->'dates';

-- the result does not depend on display settings or on search_path
SELECT arnews_analyze(:'article')::text AS reference_text \gset
SET DateStyle = 'German, DMY';
SET IntervalStyle = 'sql_standard';
SET TimeZone = 'Asia/Tokyo';
SET extra_float_digits = 0;
SET search_path = pg_catalog;
SELECT public.arnews_analyze(:'article')::text = :'reference_text' AS unchanged;
RESET DateStyle;
RESET IntervalStyle;
RESET TimeZone;
RESET extra_float_digits;
RESET search_path;

-- usable where IMMUTABLE is required: an expression index and a generated column
CREATE TABLE analyze_test (id int, body text,
    info jsonb GENERATED ALWAYS AS (arnews_analyze(body)) STORED);
CREATE INDEX ON analyze_test ((arnews_analyze(body)->'tokens'));
INSERT INTO analyze_test (id, body) VALUES (1, :'article'), (2, 'التقى ترمب بوتين');
SELECT id, info->'tokens' AS tokens, jsonb_path_query_array(info, '$.entities[*].canonical') AS canonicals
FROM analyze_test ORDER BY id;
DROP TABLE analyze_test;
