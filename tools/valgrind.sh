#!/usr/bin/env bash
# valgrind.sh: run the pg_regress suite once with the server under valgrind
# (memcheck) and report errors in arnews code.  Slow (tens of minutes): a
# documented step before each release, not part of "make test".
#
#   tools/valgrind.sh            build + install arnews (as make test does),
#                                run the suite, print the summary
#
# Environment:
#   PG_CONFIG                 the server's pg_config (default: tools/common.sh)
#   ARNEWS_VALGRIND_NO_INSTALL=1   use the arnews already installed there
#   ARNEWS_VALGRIND_LEAK=full      leak check at each backend's exit (default
#                             "no", as PostgreSQL recommends: palloc memory is
#                             released by memory contexts, not free())
#   ARNEWS_VALGRIND_SUPP      extra suppression files (space-separated), e.g.
#                             src/tools/valgrind.supp of a PostgreSQL source tree
#   ARNEWS_VALGRIND_PORT      port of the private cluster (default 54339)
#   ARNEWS_VALGRIND_TESTS     pg_regress tests to run (default: all of sql/)
#
# The cluster "valgrind" lives next to the test cluster (see pgcluster.sh);
# valgrind logs go to <cluster>/valgrind/<pid>.log.  Exit status 1 when an
# error report has a frame in arnews code (or when the suite fails).
#
# The Debian server is built without USE_VALGRIND, so memcheck sees palloc
# chunks only as parts of larger malloc blocks: it finds uses of
# uninitialised memory, accesses outside malloc'd blocks (every palloc
# above 8 kB is its own block) and, with leak checking, memory lost by
# malloc/ICU calls, but not overruns inside a small palloc chunk (the
# ASan/UBSan unit tests and the fuzz targets cover those in the engines).
set -uo pipefail
source "$(dirname "$0")/common.sh"
cd "$top"

leak=${ARNEWS_VALGRIND_LEAK:-no}
port=${ARNEWS_VALGRIND_PORT:-54339}
name=valgrind

command -v valgrind >/dev/null || { echo "valgrind.sh: valgrind is not installed (apt-get install valgrind)" >&2; exit 2; }

if [ "${ARNEWS_VALGRIND_NO_INSTALL:-}" != 1 ]; then
    arnews_build_install || exit 1
fi

# the cluster directory, as pgcluster.sh chooses it
eval "$(ARNEWS_PGPORT=$port "$top/tools/pgcluster.sh" env $name)"
base=$(dirname "$PGHOST")
data=$base/data
logdir=$base/valgrind
if [ "$(id -u)" = 0 ]; then
    run_as=(runuser -u postgres --)
else
    run_as=()
fi

# initdb (first time) through pgcluster.sh, then stop: the server is
# started below under valgrind instead
ARNEWS_PGPORT=$port "$top/tools/pgcluster.sh" start $name || exit 1
ARNEWS_PGPORT=$port "$top/tools/pgcluster.sh" stop $name

rm -rf "$logdir"
"${run_as[@]}" mkdir -p "$logdir" "$PGHOST"
supp=(--suppressions="$top/tools/valgrind.supp")
for f in ${ARNEWS_VALGRIND_SUPP:-}; do supp+=(--suppressions="$f"); done
vg=(valgrind --quiet --tool=memcheck --trace-children=yes --leak-check="$leak"
    --track-origins=yes --num-callers=40
    --error-markers=VALGRINDERROR-BEGIN,VALGRINDERROR-END
    "${supp[@]}" --log-file="$logdir/%p.log")
[ "$leak" != no ] && vg+=(--show-leak-kinds=definite --errors-for-leak-kinds=definite)

# jit=off: LLVM's dynamic loading is slow and noisy under valgrind
echo "== starting the server under valgrind (port $port, logs in $logdir)"
"${run_as[@]}" "${vg[@]}" "$PG_BINDIR/postgres" -D "$data" \
    -c listen_addresses='' -c unix_socket_directories="$PGHOST" -p "$port" \
    -c fsync=off -c max_worker_processes=4 -c max_parallel_workers_per_gather=0 \
    -c autovacuum=off -c statement_timeout=0 -c jit=off \
    >"$base/server-valgrind.log" 2>&1 &
pm=$!

stop_server() {
    if kill -0 $pm 2>/dev/null; then
        "${run_as[@]}" "$PG_BINDIR/pg_ctl" -D "$data" -m fast -w -t 300 stop >/dev/null 2>&1 \
            || kill -INT $pm 2>/dev/null
        wait $pm 2>/dev/null
    fi
}
trap stop_server EXIT

for _ in $(seq 1 300); do
    "$PG_BINDIR/pg_isready" -q -h "$PGHOST" -p "$port" && break
    kill -0 $pm 2>/dev/null || { cat "$base/server-valgrind.log"; exit 1; }
    sleep 1
done
"$PG_BINDIR/pg_isready" -q -h "$PGHOST" -p "$port" || { echo "server did not start"; exit 1; }

tests=${ARNEWS_VALGRIND_TESTS:-$(ls sql/*.sql | sed 's|sql/||; s|\.sql$||' | sort | tr '\n' ' ')}
echo "== pg_regress under valgrind: $tests"
start=$(date +%s)
outdir=$base/regress
rm -rf "$outdir"; mkdir -p "$outdir"
"$($PG_CONFIG --pkglibdir)/pgxs/src/test/regress/pg_regress" --inputdir=. --outputdir="$outdir" \
    --bindir="$PG_BINDIR" --host="$PGHOST" --port="$port" --user="$PGUSER" \
    --encoding=UTF8 --no-locale --dbname=arnews_valgrind $tests
regress_rc=$?
echo "pg_regress exit status $regress_rc ($(( $(date +%s) - start )) s)"
[ $regress_rc = 0 ] || { [ -f "$outdir/regression.diffs" ] && head -100 "$outdir/regression.diffs"; }

stop_server
trap - EXIT

# ---------------------------------------------------------------------------
# Summary: every error block between the markers; "arnews" blocks have a
# frame in arnews.so or in an arnews_* function.
echo "== valgrind summary"
python3 - "$logdir" "$leak" <<'PY'
import glob, os, re, sys
logdir, leak = sys.argv[1], sys.argv[2]
kinds = {}
arnews = []
total = 0
files = sorted(glob.glob(os.path.join(logdir, "*.log")))
for f in files:
    text = open(f, errors="replace").read()
    for block in re.findall(r"VALGRINDERROR-BEGIN\n(.*?)VALGRINDERROR-END", text, re.S):
        lines = [re.sub(r"^==\d+==\s?", "", l) for l in block.splitlines()]
        head = next((l for l in lines if l.strip()), "?").strip()
        kind = re.sub(r"\d+ bytes", "N bytes", head)
        kind = re.sub(r"size \d+", "size N", kind)
        kind = re.sub(r" in loss record .*", "", kind)
        kind = re.sub(r"\d[\d,]* \(.*?\) bytes", "N bytes", kind)
        total += 1
        kinds[kind] = kinds.get(kind, 0) + 1
        if re.search(r"arnews\.so|\barnews_\w+\s*\(|/src/core/|/src/pg_\w+\.c", block):
            arnews.append((os.path.basename(f), "\n".join(lines)))
print(f"logs: {len(files)} processes; error reports: {total} (after suppressions)")
for k, n in sorted(kinds.items(), key=lambda x: -x[1]):
    print(f"  {n:6d}  {k}")
inv = sum(1 for _, b in arnews if re.search(r"Invalid (read|write)", b))
unin = sum(1 for _, b in arnews if re.search(r"uninitialised|Uninitialised", b))
lost = sum(1 for _, b in arnews if "definitely lost" in b)
print(f"arnews code: {len(arnews)} error reports: invalid reads/writes {inv}, "
      f"uninitialised values {unin}, definitely lost "
      + (str(lost) if leak != "no" else "not checked (ARNEWS_VALGRIND_LEAK=full to check)"))
for f, b in arnews[:20]:
    print(f"--- {f}\n{b}\n")
sys.exit(1 if arnews else 0)
PY
sum_rc=$?
[ $regress_rc = 0 ] && [ $sum_rc = 0 ]
