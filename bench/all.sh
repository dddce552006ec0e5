#!/usr/bin/env bash
# bench/all.sh (make bench): the whole benchmark suite in one command, all
# figures from the same run on the same machine.
#   1. bench/run.sh: MB/s of to_tsvector for arnews, arabic, simple and of
#      arnews_entities, arnews_dates, arnews_quantities over the ANT corpus
#      (31,525 articles), serial, best of N rounds;
#   2. bench/scale.sh: load time with tools/arnews_ingest.py, parallel
#      speed-up on 2 workers, the corpus replicated to >= 1,000,000 rows, GIN
#      build time and size (arnews vs arabic), query latency p50/p99, first-call
#      latency and backend memory.
# Then it prints both tables again with the total wall time.  About 25
# minutes on 2 cores; needs ~10 GB of disk.  Environment: see run.sh and
# scale.sh (ARNEWS_SHARED, ARNEWS_SCALE_COPIES, ARNEWS_SCALE_QUERIES).
# Not part of make test: timings never decide pass/fail.
set -euo pipefail
source "$(dirname "$0")/../tools/common.sh"
cd "$top"
shared=${ARNEWS_SHARED:-$top/../shared}
if [ ! -f "$shared/bench/ant_v2.1_multisource.jsonl.xz" ]; then
    echo "bench: skipping, $shared/bench/ant_v2.1_multisource.jsonl.xz not found (set ARNEWS_SHARED)"
    exit 0
fi
out=$top/bench/out
mkdir -p "$out"
start=$(date +%s)
load_before=$(cut -d" " -f1-3 /proc/loadavg)
bench/run.sh "${1:-3}" 2>&1 | tee "$out/run.txt"
# free the first cluster's memory before the scale run
"$top/tools/pgcluster.sh" stop bench >/dev/null 2>&1 || true
ARNEWS_SKIP_INSTALL=1 bench/scale.sh 2>&1 | tee "$out/scale.txt"
end=$(date +%s)
{
    echo
    echo "== arnews benchmark suite, $(date -u +%Y-%m-%d), $(nproc) cores, commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
    echo "-- throughput over the ANT corpus (bench/run.sh)"
    sed -n '/^== to_tsvector throughput/,$p' "$out/run.txt"
    echo "-- scale (bench/scale.sh)"
    sed -n '/^== arnews scale benchmark/,$p' "$out/scale.txt"
    echo "total wall time of bench/all.sh: $((end - start)) s (load average before $load_before, after $(cut -d" " -f1-3 /proc/loadavg))"
} | tee "$out/summary.txt"
echo "(logs in bench/out/)"
