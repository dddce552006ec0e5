#!/usr/bin/env bash
# bench/run.sh: the benchmark suite over the ANT corpus in ../shared/bench.
# Builds and installs arnews, starts a throwaway cluster "bench", loads the
# corpus once (kept between runs), and prints MB/s of to_tsvector for the
# arnews, arabic and simple configurations, measured in the same run.
#   bench/run.sh [rounds]          (default 3 rounds, best one counts)
# Not part of make test: timings never decide pass/fail.
set -euo pipefail
source "$(dirname "$0")/../tools/common.sh"
cd "$top"
rounds=${1:-3}
shared=${ARNEWS_SHARED:-$top/../shared}
corpus=$shared/bench/ant_v2.1_multisource.jsonl.xz
if [ ! -f "$corpus" ]; then
    echo "bench: skipping, $corpus not found (set ARNEWS_SHARED)"
    exit 0
fi
"$top/tools/deps.sh"
arnews_build_install
arnews_cluster bench
psql -X -q -d postgres -tc "SELECT 1 FROM pg_database WHERE datname = 'arnews_bench'" | grep -q 1 ||
    psql -X -q -d postgres -c "CREATE DATABASE arnews_bench TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'"
psql -X -q -d arnews_bench -c "DROP EXTENSION IF EXISTS arnews CASCADE" -c "CREATE EXTENSION arnews"
if [ "$(psql -X -tA -d arnews_bench -c "SELECT to_regclass('ant') IS NOT NULL")" != t ]; then
    echo "== loading the ANT corpus"
    xz -dc "$corpus" | psql -X -q -d arnews_bench -f bench/load_ant.sql
fi
echo "== to_tsvector throughput (best of $rounds rounds, serial)"
psql -X -q -d arnews_bench -v rounds="$rounds" -f bench/tsvector.sql
echo "== extractor throughput (best of 2 rounds, serial)"
psql -X -q -d arnews_bench -v rounds=2 -f bench/extractors.sql
