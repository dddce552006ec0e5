#!/usr/bin/env bash
# bench/ir.sh: ranking quality on the news search collection
# ../shared/eval/ir/ant-title-known-item (2,000 article titles as queries over
# the 31,523 ANT articles, the article is the answer), every system in one run:
#   arnews_rank + arnews_query     BM25 over arnews word groups (this extension)
#   ts_rank (arnews)               ts_rank over the same arnews_query candidates
#   ts_rank (arabic)               the built-in configuration, OR of the title's words
#   ES-style BM25 (script)         Lucene's arabic analyzer chain and BM25 k1 1.2,
#                                  b 0.75, re-implemented in bench/ir_eval.py
# Each SQL system ranks every article that matches its query (OR of the words),
# so Recall@100 sees the full ranking.  Prints MRR@10, nDCG@10, Success@10 and
# Recall@100 for all queries and for the odd and even qids separately (tune on
# one half, check on the other).
#   bench/ir.sh                 (about 15 minutes on 2 quiet cores; 35 on a shared machine)
#   IR_QUERIES=400 bench/ir.sh  (the first N queries only, for a quick look)
# Builds and installs arnews, uses the throwaway cluster "bench" and its
# database arnews_bench like bench/run.sh (the corpus is loaded once).  Extra
# settings for arnews_rank can be passed as IR_SETTINGS='SET arnews.bm25_k1 = 1.5;'.
set -euo pipefail
source "$(dirname "$0")/../tools/common.sh"
cd "$top"
shared=${ARNEWS_SHARED:-$top/../shared}
coll=$shared/eval/ir/ant-title-known-item
corpus=$shared/bench/ant_v2.1_multisource.jsonl.xz
if [ ! -f "$coll/queries.tsv" ] || [ ! -f "$coll/qrels.txt" ] || [ ! -f "$corpus" ]; then
    echo "ir: skipped: the collection ($coll) or the corpus ($corpus) is absent (set ARNEWS_SHARED)"
    exit 0
fi
nq=${IR_QUERIES:-0}
settings=${IR_SETTINGS:-}
out=$(mktemp -d /tmp/arnews-ir.XXXXXX)
chmod 777 "$out"
trap 'rm -rf "$out"' EXIT
start=$(date +%s)

"$top/tools/deps.sh" >/dev/null
arnews_build_install
arnews_cluster bench
db=arnews_bench
psql -X -q -d postgres -tc "SELECT 1 FROM pg_database WHERE datname = '$db'" | grep -q 1 ||
    psql -X -q -d postgres -c "CREATE DATABASE $db TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'"
psql -X -q -d $db -c "DROP EXTENSION IF EXISTS arnews CASCADE" -c "CREATE EXTENSION arnews"
if [ "$(psql -X -tA -d $db -c "SELECT to_regclass('ant') IS NOT NULL")" != t ]; then
    echo "== loading the ANT corpus"
    xz -dc "$corpus" | psql -X -q -d $db -f bench/load_ant.sql
fi

echo "== indexing (text field only, as the collection requires) and statistics"
psql -X -q -d $db -v ON_ERROR_STOP=1 <<SQL
SET client_min_messages = warning;
DROP TABLE IF EXISTS ir_docs, ir_q, ir_pairs;
RESET client_min_messages;
\timing on
CREATE TABLE ir_docs AS
    SELECT docno, to_tsvector('arnews', body) AS tsv, to_tsvector('arabic', body) AS tsv_arabic
    FROM ant WHERE body <> '';
SELECT arnews_stats_refresh('ir_docs', 'tsv') AS documents;
\timing off
CREATE TABLE ir_q (qid text PRIMARY KEY, title text);
\copy ir_q FROM '$coll/queries.tsv'
DELETE FROM ir_q WHERE $nq > 0 AND qid NOT IN (SELECT qid FROM ir_q ORDER BY qid LIMIT $nq);
-- arnews: unquoted words are alternatives; arabic: the OR of the title's words
-- (websearch's AND between words turned into OR).
ALTER TABLE ir_q ADD COLUMN q_arnews tsquery, ADD COLUMN q_arabic tsquery;
SET client_min_messages = warning;
UPDATE ir_q SET q_arnews = arnews_query(title),
    q_arabic = replace(websearch_to_tsquery('arabic', title)::text, ' & ', ' | ')::tsquery;
SQL

# Every (document, query) pair: each document's tsvector is read once and
# matched against every query; parallel workers share the documents.
rank_sql() {    # $1 = tsvector column, $2 = query column, $3 = score expressions
    cat <<SQL
SET max_parallel_workers_per_gather = 2;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET client_min_messages = warning;
$settings
DROP TABLE IF EXISTS ir_pairs;
CREATE UNLOGGED TABLE ir_pairs AS
    SELECT q.qid, d.docno, $3
    FROM (SELECT docno, $1 || ''::tsvector AS t FROM ir_docs OFFSET 0) d
    JOIN ir_q q ON d.t @@ q.$2;
SQL
}
top100() {    # $1 = score column, $2 = output file
    echo "\\copy (SELECT qid, docno, rn FROM (SELECT qid, docno, row_number() OVER (PARTITION BY qid ORDER BY $1 DESC, docno) AS rn FROM ir_pairs) s WHERE rn <= 100 ORDER BY qid, rn) TO '$2'"
}

echo "== ranking with arnews_query: arnews_rank and ts_rank"
t0=$(date +%s)
{ rank_sql tsv q_arnews "arnews_rank(d.t, q.q_arnews) AS bm25, ts_rank(d.t, q.q_arnews) AS tsr"
  top100 bm25 "$out/arnews_rank.run"; top100 tsr "$out/ts_rank_arnews.run"; } |
    psql -X -q -d $db -v ON_ERROR_STOP=1
echo "   $(( $(date +%s) - t0 )) s"
echo "== ranking with arabic: ts_rank"
t0=$(date +%s)
{ rank_sql tsv_arabic q_arabic "ts_rank(d.t, q.q_arabic) AS tsr"
  top100 tsr "$out/ts_rank_arabic.run"
  echo "DROP TABLE ir_pairs;"; } | psql -X -q -d $db -v ON_ERROR_STOP=1
echo "   $(( $(date +%s) - t0 )) s"
psql -X -q -d $db -c "\\copy (SELECT qid FROM ir_q ORDER BY qid) TO '$out/qids'"

echo "== ES-style baseline and scores"
python3 bench/ir_eval.py --queries "$coll/queries.tsv" --qrels "$coll/qrels.txt" \
    --corpus "$corpus" --qids "$out/qids" \
    "arnews_rank + arnews_query=$out/arnews_rank.run" \
    "ts_rank (arnews)=$out/ts_rank_arnews.run" \
    "ts_rank (arabic)=$out/ts_rank_arabic.run" \
    "ES-style BM25 (Lucene arabic chain)=es"
echo "ir: $(( $(date +%s) - start )) s in all"
