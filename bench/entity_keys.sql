-- entity_keys.sql: arnews_entities over table ant (bench/load_ant.sql) with
-- the built-in arabic configuration as the anchor in the same run, then
-- the PER keys arnews_resolve_keys merges across the corpus and a fixed
-- sample of 100 merges for a hand check (table ant_mentions is kept).
--   psql -d arnews_bench -f bench/entity_keys.sql
\set ON_ERROR_STOP on
SET max_parallel_workers_per_gather = 0;
SELECT count(*) FROM arnews_entities('بوتين') \g /dev/null
\timing on
CREATE TEMP TABLE anchor AS SELECT docno, to_tsvector('arabic', body) AS tsv FROM ant;
DROP TABLE IF EXISTS ant_mentions;
CREATE UNLOGGED TABLE ant_mentions AS
    SELECT a.docno AS article_id, e.* FROM ant a, arnews_entities(a.body) e;
\timing off
SELECT round(sum(octet_length(body)) / 1e6, 1) AS mb, count(*) AS articles FROM ant;
SELECT kind, count(*) AS mentions, count(DISTINCT canonical) AS keys
FROM ant_mentions GROUP BY 1 ORDER BY 1;
CREATE TEMP TABLE ant_merges AS SELECT * FROM arnews_resolve_keys('ant_mentions');
SELECT count(*) AS per_keys_merged,
       (SELECT count(DISTINCT canonical) FROM ant_mentions WHERE kind = 'PER') AS per_keys,
       count(DISTINCT resolved) AS full_keys,
       (SELECT count(*) FROM ant_mentions m JOIN ant_merges r USING (kind, canonical)) AS mentions_moved
FROM ant_merges;
-- 100 merges for the hand check: a fixed pseudo-random order
SELECT canonical, resolved FROM ant_merges ORDER BY md5(canonical) LIMIT 100;
