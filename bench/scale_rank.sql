-- scale_rank.sql: the ranking figures of bench/scale.sh (issue 13), run by it
-- after scale.sql against the same database: arnews_rank statistics of the
-- replicated table (arnews_stats_refresh, timed) and a sample of 2 to 4-word
-- queries for ranked first pages, timed by bench/scale_latency.py.
-- Variables: queries (how many), reuse (when set: keep statistics that exist).
-- Appends a row to scale_results; writes table scale_ranked_queries(q).
\set ON_ERROR_STOP on
SET client_min_messages = warning;
SET work_mem = '64MB';

SELECT (:{?reuse} AND EXISTS (SELECT FROM arnews_stats WHERE corpus = 'scale'::regclass
                              AND col = 'tsv_arnews')) AS keep_stats \gset
\if :keep_stats
\echo == keeping the arnews_rank statistics of the replicated table
\else
\echo == arnews_stats_refresh on the replicated table
SELECT clock_timestamp() AS t0 \gset
SELECT arnews_stats_refresh('scale', 'tsv_arnews') AS stats_docs \gset
SELECT extract(epoch FROM clock_timestamp() - :'t0'::timestamptz) AS s_stats \gset
SELECT count(*) AS stats_lexemes FROM arnews_stats_df d JOIN arnews_stats s ON s.id = d.stats_id
WHERE s.corpus = 'scale'::regclass \gset
DELETE FROM scale_results WHERE metric LIKE 'arnews_stats_refresh%';
INSERT INTO scale_results (metric, arnews, arabic, note) VALUES
    ('arnews_stats_refresh time (s)', round(:s_stats, 1), '',
     :stats_docs || ' documents, ' || :stats_lexemes || ' distinct lexemes');
\endif

-- 2 to 4 consecutive words of random articles (fixed seed), stop words too,
-- as a title typed into a search box: arnews_query drops the stop words
\echo == sampling :queries ranked queries
SELECT setseed(0.1313) \g /dev/null
DROP TABLE IF EXISTS scale_ranked_queries;
CREATE TABLE scale_ranked_queries AS
    SELECT q FROM (
        SELECT a.id, array_to_string(w[k:k + n - 1], ' ') AS q
        FROM (SELECT id, array_remove(regexp_split_to_array(body, '[^ء-ي]+'), '') AS w
              FROM articles ORDER BY random() LIMIT 4 * :queries) a,
             LATERAL (SELECT 2 + floor(random() * 3)::int AS n) c,
             LATERAL (SELECT 1 + floor(random() * greatest(cardinality(a.w) - c.n, 1))::int AS k) p
        WHERE cardinality(a.w) >= 10) x
    WHERE numnode(arnews_query(q)) > 0 AND numnode(plainto_tsquery('arabic', q)) > 0
      AND array_length(regexp_split_to_array(q, ' '), 1) >= 2
    ORDER BY id LIMIT :queries;
