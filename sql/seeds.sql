-- The five seed articles of ../shared (read client-side; skipped when absent).
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS arnews;
RESET client_min_messages;
\set shared `echo "${ARNEWS_SHARED:-../shared}"`
\set have_seeds `test -d "${ARNEWS_SHARED:-../shared}/corpus/seeds" && test -f "${ARNEWS_SHARED:-../shared}/gold/seeds/entities.jsonl" && echo true || echo false`
\if :have_seeds
\else
\echo 'skipping: ../shared/corpus/seeds not found (set ARNEWS_SHARED)'
\quit
\endif
CREATE TEMP TABLE seeds (doc text PRIMARY KEY, body text);
\set f :shared/corpus/seeds/000_e5adec21c244a17a.txt
\set b `cat :f`
INSERT INTO seeds VALUES ('000_e5adec21c244a17a.txt', :'b');
\set f :shared/corpus/seeds/001_43e95fa589c62df9.txt
\set b `cat :f`
INSERT INTO seeds VALUES ('001_43e95fa589c62df9.txt', :'b');
\set f :shared/corpus/seeds/002_1e0c58cecf50c41f.txt
\set b `cat :f`
INSERT INTO seeds VALUES ('002_1e0c58cecf50c41f.txt', :'b');
\set f :shared/corpus/seeds/003_03c613089145a0fb.txt
\set b `cat :f`
INSERT INTO seeds VALUES ('003_03c613089145a0fb.txt', :'b');
\set f :shared/corpus/seeds/004_6d3ffcae8a24b35a.txt
\set b `cat :f`
INSERT INTO seeds VALUES ('004_6d3ffcae8a24b35a.txt', :'b');
SELECT count(*) AS seeds FROM seeds;

-- normalization leaves no harakat, Qur'anic marks, tatweel, alef variants or invisible marks
SELECT doc,
       body ~ '[\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u0622\u0623\u0625\u0671\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u061C]' AS raw_has_marks,
       arnews_normalize(body) ~ '[\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u0622\u0623\u0625\u0671\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u061C]' AS normalized_has_marks
FROM seeds ORDER BY doc;

-- a query for الرئيس finds every seed that has the word in any spelling
SELECT doc, to_tsvector('arnews', body) @@ websearch_to_tsquery('arnews', 'الرئيس') AS has_president
FROM seeds ORDER BY doc;

-- Gold entities: searching for every canonical name and every surface form
-- finds every article that mentions the entity (issue 3: recall 1.0).
CREATE TEMP TABLE gold (g jsonb);
\set f :shared/gold/seeds/entities.jsonl
\set g `cat :f`
INSERT INTO gold SELECT line::jsonb FROM regexp_split_to_table(:'g', E'\n') AS line WHERE line <> '';
CREATE TEMP TABLE mention AS
    SELECT g->>'doc' AS doc, g->>'text' AS surface, g->>'canonical' AS canonical FROM gold;
CREATE TEMP TABLE seed_tsv AS SELECT doc, to_tsvector('arnews', body) AS tsv FROM seeds;
CREATE TEMP TABLE probe AS
    SELECT DISTINCT canonical, q FROM mention, LATERAL (VALUES (canonical), (surface)) v(q);
SELECT count(*) AS queries,
       count(*) FILTER (WHERE NOT found_all) AS queries_missing_an_article
FROM (SELECT p.canonical, p.q,
             bool_and(t.tsv @@ websearch_to_tsquery('arnews', p.q)) AS found_all
      FROM probe p JOIN (SELECT DISTINCT canonical, doc FROM mention) m USING (canonical)
      JOIN seed_tsv t USING (doc)
      GROUP BY 1, 2) s;
-- the misses, if any, one per line
SELECT p.canonical, p.q, m.doc
FROM probe p JOIN (SELECT DISTINCT canonical, doc FROM mention) m USING (canonical)
JOIN seed_tsv t USING (doc)
WHERE NOT t.tsv @@ websearch_to_tsquery('arnews', p.q)
ORDER BY 1, 2, 3;
-- the built-in arabic configuration on the same probes, for comparison
SELECT count(*) FILTER (WHERE NOT to_tsvector('arabic', s.body) @@ websearch_to_tsquery('arabic', p.q)) AS arabic_misses,
       count(*) AS probes
FROM probe p JOIN (SELECT DISTINCT canonical, doc FROM mention) m USING (canonical) JOIN seeds s USING (doc);
-- ts_headline highlights clitic-attached and variant mentions
SELECT ts_headline('arnews', body, websearch_to_tsquery('arnews', 'ترامب'), 'MaxFragments=2, MaxWords=12, MinWords=5')
FROM seeds WHERE doc LIKE '001%';
SELECT ts_headline('arnews', body, websearch_to_tsquery('arnews', 'موسكو'), 'MaxFragments=3, MaxWords=10, MinWords=4')
FROM seeds WHERE doc LIKE '000%';
