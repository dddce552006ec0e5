#!/usr/bin/env bash
# bench/scale.sh: the scale benchmark over the ANT corpus in ../shared/bench.
# Builds and installs arnews, starts a throwaway cluster "scale", loads the
# corpus with tools/arnews_ingest.py (load time), measures the parallel
# speed-up on 2 workers, replicates the corpus to >= 1,000,000 rows, builds
# GIN indexes for the arnews and arabic configurations (time, size), times
# single-word, two-word, phrase and websearch queries (p50/p99), computes the
# arnews_rank statistics of the 1M-row table (arnews_stats_refresh, timed)
# and times ranked first pages of 2-4-word queries (bench/scale_rank.sql),
# first-call latency in new backends and backend memory, and prints one table.
#   bench/scale.sh            (about 15 minutes on 2 cores; needs ~10 GB disk)
# Environment: ARNEWS_SHARED (default ../shared), ARNEWS_SCALE_COPIES
# (default 32: 32 x 31,523 = 1,008,736 rows), ARNEWS_SCALE_QUERIES (per kind,
# default 200), ARNEWS_SKIP_INSTALL=1 to use the arnews already installed in
# PG_CONFIG's installation, ARNEWS_SCALE_REUSE=1 to keep the loaded corpus and
# the 1M-row table of a previous run and its arnews_rank statistics (redo
# only the query, first-call and memory figures), ARNEWS_SCALE_RANKED_FULL
# (default 50) how many ranked queries are also timed with the plain
# arnews_query filter.  Stop the cluster with tools/pgcluster.sh stop scale.
# Not part of make test: timings never decide pass/fail.
set -euo pipefail
source "$(dirname "$0")/../tools/common.sh"
cd "$top"
shared=${ARNEWS_SHARED:-$top/../shared}
corpus=$shared/bench/ant_v2.1_multisource.jsonl.xz
copies=${ARNEWS_SCALE_COPIES:-32}
queries=${ARNEWS_SCALE_QUERIES:-200}
if [ ! -f "$corpus" ]; then
    echo "scale: skipping, $corpus not found (set ARNEWS_SHARED)"
    exit 0
fi
start=$(date +%s)
load_before=$(cut -d" " -f1-3 /proc/loadavg)
if [ "${ARNEWS_SKIP_INSTALL:-}" != 1 ]; then
    "$top/tools/deps.sh"
    arnews_build_install
fi
arnews_cluster scale
# 2 GB of shared buffers so that both 1M-row GIN indexes and the heap fit (the
# cluster's default is 128 MB); persistent for this cluster only
if [ "$(psql -X -tA -d postgres -c 'SHOW shared_buffers')" != 2GB ]; then
    psql -X -q -d postgres -c "ALTER SYSTEM SET shared_buffers = '2GB'"
    "$top/tools/pgcluster.sh" stop scale
    "$top/tools/pgcluster.sh" start scale
fi
db=arnews_scale
res() { psql -X -q -d "$db" -v ON_ERROR_STOP=1 -c "INSERT INTO scale_results (metric, arnews, arabic, note) VALUES ($1)"; }
reuse=${ARNEWS_SCALE_REUSE:-}
if [ -n "$reuse" ] && [ "$(psql -X -tA -d "$db" -c "SELECT to_regclass('scale_arabic_idx') IS NOT NULL" 2>/dev/null)" = t ]; then
    # keep the corpus, the 1M-row table and its indexes: redo queries, first calls, memory
    psql -X -q -d "$db" -c "DELETE FROM scale_results WHERE metric LIKE 'p50%' OR metric LIKE 'first call%' OR metric LIKE 'backend memory%' OR metric LIKE 'total wall%'" \
        -c "DROP TABLE IF EXISTS scale_first"
else
reuse=
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" \
    -c "CREATE DATABASE $db TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'"
psql -X -q -d "$db" -c "CREATE EXTENSION arnews" \
    -c "CREATE TABLE scale_results (ord serial, metric text, arnews text, arabic text, note text)"

echo "== loading the ANT corpus with tools/arnews_ingest.py"
t0=$(date +%s.%N)
python3 "$top/tools/arnews_ingest.py" --dsn "dbname=$db" --no-index "$corpus" | tee /tmp/arnews-scale-load.$$
t1=$(date +%s.%N)
psql -X -q -d "$db" -c "SET maintenance_work_mem = '1GB'" \
    -c "CREATE INDEX articles_tsv_idx ON articles USING gin (tsv)" -c "ANALYZE articles"
t2=$(date +%s.%N)
bad=$(grep -o '[0-9]* bad rows skipped' /tmp/arnews-scale-load.$$ || true)
psql -X -q -d "$db" -v ON_ERROR_STOP=1 -v t_load="$(python3 -c "print($t1 - $t0)")" \
    -v t_idx="$(python3 -c "print($t2 - $t1)")" -v bad="$bad" <<'SQL'
INSERT INTO scale_results (metric, arnews, arabic, note)
SELECT 'load with arnews_ingest.py', count(*) || ' rows, ' || round(:t_load, 1) || ' s, '
       || round(sum(octet_length(body)) / 1e6 / :t_load, 2) || ' MB/s', '',
       round(sum(octet_length(body)) / 1e6, 1) || ' MB of text; COPY + generated tsv (arnews); '
       || :'bad' || '; then GIN on 31k rows ' || round(:t_idx, 1) || ' s'
FROM articles;
SQL
rm -f /tmp/arnews-scale-load.$$
fi

psql -X -q -d "$db" -v ON_ERROR_STOP=1 -v copies="$copies" -v queries="$queries" ${reuse:+-v reuse=1} -f bench/scale.sql
psql -X -q -d "$db" -v ON_ERROR_STOP=1 -v queries="$queries" ${reuse:+-v reuse=1} -f bench/scale_rank.sql
echo "== query latency ($queries queries per kind, GIN index, one backend, indexes and heap prewarmed)"
psql -X -q -d "$db" -c "CREATE EXTENSION IF NOT EXISTS pg_prewarm" \
    -c "SELECT pg_prewarm('scale_arnews_idx') + pg_prewarm('scale_arabic_idx') + pg_prewarm('scale') AS pages_prewarmed"
python3 bench/scale_latency.py "$db"

echo "== first-call latency and backend memory (new backends, median of 3)"
psql -X -q -d "$db" <<'SQL'
CREATE OR REPLACE FUNCTION scale_first_call(expr text)
RETURNS TABLE(first_ms numeric, second_ms numeric, mem_before bigint, mem_after bigint)
LANGUAGE plpgsql AS $$
DECLARE
    t0 timestamptz;
    t1 timestamptz;
    t2 timestamptz;
    dummy int;
BEGIN
    SELECT sum(total_bytes) INTO mem_before FROM pg_backend_memory_contexts;
    t0 := clock_timestamp();
    EXECUTE 'SELECT length((' || expr || ')::text)' INTO dummy;
    t1 := clock_timestamp();
    EXECUTE 'SELECT length((' || expr || ')::text)' INTO dummy;
    t2 := clock_timestamp();
    SELECT sum(total_bytes) INTO mem_after FROM pg_backend_memory_contexts;
    RETURN QUERY SELECT round(extract(epoch FROM t1 - t0)::numeric * 1000, 2),
                        round(extract(epoch FROM t2 - t1)::numeric * 1000, 2), mem_before, mem_after;
END $$;
CREATE TABLE scale_first (fn text, cfg text, first_ms numeric, second_ms numeric, mem_before bigint, mem_after bigint);
SQL
sample="قال الرئيس الروسي فلاديمير بوتين في موسكو يوم الثلاثاء 12 مارس 2024 إن الصادرات بلغت 5 مليارات دولار"
first() {   # $1 label, $2 config column, $3 SQL expression; three new backends
    for _ in 1 2 3; do
        echo "INSERT INTO scale_first SELECT :'label', :'cfg', * FROM scale_first_call(:'expr');" |
            psql -X -q -d "$db" -v ON_ERROR_STOP=1 -v expr="$3" -v label="$1" -v cfg="$2" >/dev/null
    done
}
first "to_tsvector" arnews "to_tsvector('arnews', '$sample')"
first "to_tsvector" arabic "to_tsvector('arabic', '$sample')"
first "arnews_entities" arnews "SELECT string_agg(canonical, ',') FROM arnews_entities('$sample')"
first "arnews_dates" arnews "SELECT string_agg(surface, ',') FROM arnews_dates('$sample', '2024-03-14')"
first "arnews_quantities" arnews "SELECT string_agg(surface, ',') FROM arnews_quantities('$sample')"
first "all" arnews "to_tsvector('arnews', '$sample')::text || (SELECT string_agg(canonical, ',') FROM arnews_entities('$sample')) || (SELECT string_agg(surface, ',') FROM arnews_dates('$sample', '2024-03-14')) || (SELECT string_agg(surface, ',') FROM arnews_quantities('$sample'))"
first "all" arabic "to_tsvector('arabic', '$sample')"
psql -X -q -d "$db" -v ON_ERROR_STOP=1 <<'SQL'
INSERT INTO scale_results (metric, arnews, arabic, note)
SELECT 'first call ms: ' || fn, max(first_ms) FILTER (WHERE cfg = 'arnews') || ' (then ' || max(second_ms) FILTER (WHERE cfg = 'arnews') || ')',
       coalesce(max(first_ms) FILTER (WHERE cfg = 'arabic') || ' (then ' || max(second_ms) FILTER (WHERE cfg = 'arabic') || ')', ''),
       'new backend, median of 3; second call in ( )'
FROM (SELECT fn, cfg, percentile_disc(0.5) WITHIN GROUP (ORDER BY first_ms) AS first_ms,
             percentile_disc(0.5) WITHIN GROUP (ORDER BY second_ms) AS second_ms
      FROM scale_first WHERE fn <> 'all' GROUP BY fn, cfg) s
GROUP BY fn ORDER BY min(CASE fn WHEN 'to_tsvector' THEN 1 WHEN 'arnews_entities' THEN 2 WHEN 'arnews_dates' THEN 3 ELSE 4 END);
INSERT INTO scale_results (metric, arnews, arabic, note)
SELECT 'backend memory after loading',
       pg_size_pretty(max(mem_after) FILTER (WHERE cfg = 'arnews')) || ' (+' || pg_size_pretty(max(mem_after - mem_before) FILTER (WHERE cfg = 'arnews')) || ')',
       pg_size_pretty(max(mem_after) FILTER (WHERE cfg = 'arabic')) || ' (+' || pg_size_pretty(max(mem_after - mem_before) FILTER (WHERE cfg = 'arabic')) || ')',
       'sum of pg_backend_memory_contexts after all functions (arnews) / to_tsvector (arabic); growth in ( )'
FROM scale_first WHERE fn = 'all';
SQL
end=$(date +%s)
res "'total wall time of bench/scale.sh', '$((end - start)) s', '', '$(nproc) cores, shared_buffers $(psql -X -tA -d "$db" -c 'SHOW shared_buffers'), PostgreSQL $(psql -X -tA -d "$db" -c 'SHOW server_version' | cut -d' ' -f1); load average before $load_before, after $(cut -d" " -f1-3 /proc/loadavg)'"
echo
echo "== arnews scale benchmark: $(psql -X -tA -d "$db" -c "SELECT to_char(count(*), 'FM9,999,999') FROM scale") rows, $(date -u +%Y-%m-%d)"
psql -X -d "$db" -P pager=off -c "SELECT metric, arnews, arabic, note FROM scale_results ORDER BY ord"
echo "The cluster is still running (database $db); stop it with: tools/pgcluster.sh stop scale"
