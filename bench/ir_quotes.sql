-- ir_quotes.sql: how much the titles with quotes lose to phrase matching.
-- Run from the repository root after bench/ir.sh (it leaves ir_docs and ir_q
-- in arnews_bench; the statistics of ir_docs are refreshed here):
--   eval "$(tools/pgcluster.sh env bench)"; psql -X -d arnews_bench -f bench/ir_quotes.sql
-- For every title holding " « or », MRR@10 of arnews_rank with the title as
-- written (quoted parts are phrases) and with the quotes removed (every word
-- an alternative), each ranking every article its query matches.
\set ON_ERROR_STOP on
SET max_parallel_workers_per_gather = 2;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET client_min_messages = warning;
SELECT arnews_stats_refresh('ir_docs', 'tsv') AS documents \g /dev/null
CREATE TEMP TABLE ir_quotes_qrel (qid text, z text, docno text, r int);
\copy ir_quotes_qrel FROM '../shared/eval/ir/ant-title-known-item/qrels.txt' WITH (DELIMITER ' ')
CREATE TEMP TABLE ir_quotes_q AS
    SELECT qid, arnews_query(title) AS q1,
           arnews_query(translate(title, '"«»', '   ')) AS q2
    FROM ir_q WHERE title ~ '["«»]';
CREATE TEMP TABLE ir_quotes_pairs AS
    SELECT q.qid, d.docno,
           CASE WHEN d.t @@ q.q1 THEN arnews_rank(d.t, q.q1) END AS s1,
           CASE WHEN d.t @@ q.q2 THEN arnews_rank(d.t, q.q2) END AS s2
    FROM (SELECT docno, tsv || ''::tsvector AS t FROM ir_docs OFFSET 0) d
    JOIN ir_quotes_q q ON (d.t @@ q.q1 OR d.t @@ q.q2);
-- rank() gives ties the best rank, like "1 + the number of higher scores"
WITH ranked AS (
    SELECT qid, docno, s1, s2,
           rank() OVER (PARTITION BY qid ORDER BY s1 DESC NULLS LAST) AS r1,
           rank() OVER (PARTITION BY qid ORDER BY s2 DESC NULLS LAST) AS r2
    FROM ir_quotes_pairs),
tgt AS (    -- the best-placed relevant article of each title
    SELECT k.qid, min(k.r1) FILTER (WHERE k.s1 IS NOT NULL) AS r1,
           min(k.r2) FILTER (WHERE k.s2 IS NOT NULL) AS r2
    FROM ranked k JOIN ir_quotes_qrel r ON r.qid = k.qid AND r.docno = k.docno
    GROUP BY k.qid)
SELECT (SELECT count(*) FROM ir_quotes_q) AS titles,
       round(sum(CASE WHEN r1 <= 10 THEN 1.0 / r1 ELSE 0 END)
             / (SELECT count(*) FROM ir_quotes_q), 3) AS mrr10_as_written,
       round(sum(CASE WHEN r2 <= 10 THEN 1.0 / r2 ELSE 0 END)
             / (SELECT count(*) FROM ir_quotes_q), 3) AS mrr10_quotes_removed
FROM tgt;
