-- scale.sql: the scale figures of bench/scale.sh, run by it against a
-- database holding the ANT corpus in table articles (tools/arnews_ingest.py).
-- Variables: copies (replication factor), queries (queries per kind),
-- reuse (when set: keep table scale and its indexes, only sample queries).
-- Appends rows to table scale_results(ord, metric, arnews, arabic, note).
\set ON_ERROR_STOP on
SET client_min_messages = warning;
SET maintenance_work_mem = '1GB';
SET work_mem = '64MB';

\if :{?reuse}
\echo == reusing the replicated table and its indexes
DROP TABLE IF EXISTS scale_queries;
\else
-- 1. parallel sequential scan speed-up over the 31k articles, 2 workers
\echo == parallel speed-up (articles, serial vs 2 workers)
SET max_parallel_workers_per_gather = 0;
SELECT clock_timestamp() AS t0 \gset
SELECT sum(length(to_tsvector('arnews', body))) AS ser_tsv FROM articles \gset
SELECT extract(epoch FROM clock_timestamp() - :'t0'::timestamptz) AS s_tsv0 \gset
SELECT clock_timestamp() AS t0 \gset
SELECT sum(length(to_tsvector('arabic', body))) AS ser_tsv_ar FROM articles \gset
SELECT extract(epoch FROM clock_timestamp() - :'t0'::timestamptz) AS s_tsv0_ar \gset
SELECT clock_timestamp() AS t0 \gset
SELECT count(*) AS ser_ent FROM articles a, arnews_entities(a.body) e \gset
SELECT extract(epoch FROM clock_timestamp() - :'t0'::timestamptz) AS s_ent0 \gset
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SELECT clock_timestamp() AS t0 \gset
SELECT sum(length(to_tsvector('arnews', body))) AS par_tsv FROM articles \gset
SELECT extract(epoch FROM clock_timestamp() - :'t0'::timestamptz) AS s_tsv2 \gset
SELECT clock_timestamp() AS t0 \gset
SELECT sum(length(to_tsvector('arabic', body))) AS par_tsv_ar FROM articles \gset
SELECT extract(epoch FROM clock_timestamp() - :'t0'::timestamptz) AS s_tsv2_ar \gset
SELECT clock_timestamp() AS t0 \gset
SELECT count(*) AS par_ent FROM articles a, arnews_entities(a.body) e \gset
SELECT extract(epoch FROM clock_timestamp() - :'t0'::timestamptz) AS s_ent2 \gset
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;
INSERT INTO scale_results (metric, arnews, arabic, note) VALUES
    ('to_tsvector serial / 2 workers (s)', round(:s_tsv0, 2) || ' / ' || round(:s_tsv2, 2),
     round(:s_tsv0_ar, 2) || ' / ' || round(:s_tsv2_ar, 2), '31k articles; same result: '
     || (:ser_tsv = :par_tsv AND :ser_tsv_ar = :par_tsv_ar)),
    ('to_tsvector parallel speed-up', round(:s_tsv0 / :s_tsv2, 2) || 'x', round(:s_tsv0_ar / :s_tsv2_ar, 2) || 'x',
     '2 workers + leader on 2 cores'),
    ('arnews_entities serial / 2 workers (s)', round(:s_ent0, 2) || ' / ' || round(:s_ent2, 2), '',
     round(:s_ent0 / :s_ent2, 2) || 'x; same count: ' || (:ser_ent = :par_ent));

-- 2. replicate to >= 1M rows: the tsvectors of each article, copied, only id varies
\echo == replicating the corpus :copies times
DROP TABLE IF EXISTS scale_base, scale, scale_queries;
SELECT clock_timestamp() AS t0 \gset
CREATE TABLE scale_base AS
    SELECT id, tsv AS tsv_arnews,
           to_tsvector('arabic', coalesce(title, '') || ' ' || body) AS tsv_arabic
    FROM articles;
SELECT max(id) AS maxid FROM scale_base \gset
CREATE TABLE scale (id bigint, article_id bigint, tsv_arnews tsvector, tsv_arabic tsvector);
INSERT INTO scale
    SELECT (g - 1) * :maxid + b.id, b.id, b.tsv_arnews, b.tsv_arabic
    FROM scale_base b, generate_series(1, :copies) g;
VACUUM ANALYZE scale;
SELECT extract(epoch FROM clock_timestamp() - :'t0'::timestamptz) AS s_rep \gset
SELECT count(*) AS nrows, pg_size_pretty(pg_total_relation_size('scale')) AS tsize FROM scale \gset
INSERT INTO scale_results (metric, arnews, arabic, note) VALUES
    ('replicated table rows', :nrows, :nrows, :'tsize' || ' (both tsvector columns), built in ' || round(:s_rep, 1) || ' s');

-- 3. GIN index build time and size
\echo == GIN index builds
SELECT clock_timestamp() AS t0 \gset
CREATE INDEX scale_arnews_idx ON scale USING gin (tsv_arnews);
SELECT extract(epoch FROM clock_timestamp() - :'t0'::timestamptz) AS s_gin \gset
SELECT clock_timestamp() AS t0 \gset
CREATE INDEX scale_arabic_idx ON scale USING gin (tsv_arabic);
SELECT extract(epoch FROM clock_timestamp() - :'t0'::timestamptz) AS s_gin_ar \gset
ANALYZE scale;
INSERT INTO scale_results (metric, arnews, arabic, note) VALUES
    ('GIN build time (s)', round(:s_gin, 1), round(:s_gin_ar, 1), 'maintenance_work_mem 1GB'),
    ('GIN index size', pg_size_pretty(pg_relation_size('scale_arnews_idx')),
     pg_size_pretty(pg_relation_size('scale_arabic_idx')),
     'arnews/arabic ' || round(pg_relation_size('scale_arnews_idx')::numeric / pg_relation_size('scale_arabic_idx'), 2));

\endif

-- 4. queries: real words of randomly chosen articles (fixed seed)
\echo == sampling :queries queries of each kind
SELECT setseed(0.2026) \g /dev/null
-- w: every word of 3+ letters; cw: the content words among them (words that
-- are no stop word in either configuration), for the two-content-word kind
CREATE TEMP TABLE sample_words AS
    SELECT a.id, array_agg(m.w[1] ORDER BY m.n) AS w,
           array_agg(m.w[1] ORDER BY m.n) FILTER (
               WHERE numnode(plainto_tsquery('arnews', m.w[1])) > 0
                 AND numnode(plainto_tsquery('arabic', m.w[1])) > 0) AS cw
    FROM (SELECT id, body FROM articles ORDER BY random() LIMIT 4 * :queries) a,
         regexp_matches(a.body, '[ء-ي]{3,}', 'g') WITH ORDINALITY AS m(w, n)
    GROUP BY a.id HAVING count(*) >= 10;
DELETE FROM sample_words WHERE coalesce(cardinality(cw), 0) < 2;
CREATE TABLE scale_queries AS
    SELECT kind, q FROM (
        SELECT kind, q, row_number() OVER (PARTITION BY kind ORDER BY id) AS r
        FROM (SELECT s.id, v.kind, v.q
              FROM sample_words s,
                   LATERAL (SELECT 1 + floor(random() * (cardinality(s.w) - 1))::int AS k,
                                   1 + floor(random() * cardinality(s.w))::int AS j,
                                   1 + floor(random() * cardinality(s.w))::int AS l,
                                   1 + floor(random() * cardinality(s.cw))::int AS ck,
                                   1 + floor(random() * cardinality(s.cw))::int AS cj) p,
                   LATERAL (VALUES ('1 single word', s.w[p.k]),
                                   ('2 two words', s.w[p.k] || ' ' || s.w[p.j]),
                                   ('2 two content words', s.cw[p.ck] || ' ' || s.cw[p.cj]),
                                   ('3 phrase', s.w[p.k] || ' ' || s.w[p.k + 1]),
                                   ('4 websearch', '"' || s.w[p.k] || ' ' || s.w[p.k + 1] || '" ' || s.w[p.l])) v(kind, q)) x
        WHERE numnode(CASE WHEN kind LIKE '1%' OR kind LIKE '2%' THEN plainto_tsquery('arnews', q)
                           WHEN kind = '3 phrase' THEN phraseto_tsquery('arnews', q)
                           ELSE websearch_to_tsquery('arnews', q) END) > 0
          AND numnode(CASE WHEN kind LIKE '1%' OR kind LIKE '2%' THEN plainto_tsquery('arabic', q)
                           WHEN kind = '3 phrase' THEN phraseto_tsquery('arabic', q)
                           ELSE websearch_to_tsquery('arabic', q) END) > 0) y
    WHERE r <= :queries;
-- the queries are timed by bench/scale_latency.py (client side, one psql session, the two
-- configurations interleaved)
