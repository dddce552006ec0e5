#!/usr/bin/env bash
# citus_test.sh (make citus-test): arnews on a Citus cluster, compared with
# one plain node.
#
# Builds Citus 13.2.2 from ../shared/vendor (tests only; tools/citus_build.sh,
# build reused when present), installs it and arnews from this tree into a
# private copy of the PostgreSQL installation (never the system one), starts
# a coordinator, two workers and a plain single node on Unix sockets, and runs
# the distributed corpus workflow on the first 3,000 ANT articles: every
# result (articles, side tables filled by the trigger and by the batch
# INSERT ... SELECT, search, LATERAL extraction, the README reports,
# arnews_analyze, edits followed by the trigger, ranking when it exists) must
# be the same on Citus as on the single node.  Prints "citus: N passed, M
# failed" last; exits non-zero on any failure.
#
# Environment:
#   ARNEWS_CITUS_BUILD     Citus build directory (default /var/tmp/arnews-citus-build)
#   ARNEWS_CITUS_PG        root of the private PostgreSQL copy, made from the
#                          system install when missing (default /var/tmp/arnews-citus-pg);
#                          a PG_CONFIG that is not the system's is used instead
#   ARNEWS_CITUS_PORT      first of four ports (default 54350: coordinator,
#                          workers +1 and +2, single node +3; Unix sockets only)
#   ARNEWS_CITUS_ARTICLES  articles loaded (default 3000)
#   ARNEWS_CITUS_KEEP=1    leave the four servers running at the end
#   ARNEWS_CITUS_BREAK=refdate  shift the reference date of arnews_dates by
#                          one day on the Citus side only: the comparison must
#                          then fail (a check of the test itself)
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
t0=$(date +%s)
ver=$( (pg_config --version 2>/dev/null || echo 15) | sed 's/[^0-9]*\([0-9]*\).*/\1/')
sysbin=/usr/lib/postgresql/$ver/bin

# 1. Dependencies (apt-get as root, nothing when present)
"$top/tools/deps.sh"
source "$top/tools/common.sh"

# 2. The private PostgreSQL copy
if [ -n "${PG_CONFIG:-}" ] && [ "$("$PG_CONFIG" --bindir)" != "$sysbin" ]; then
    pgc=$PG_CONFIG
else
    root=${ARNEWS_CITUS_PG:-/var/tmp/arnews-citus-pg}
    arnews_private_copy "$root" "$ver"
    pgc=$root/usr/lib/postgresql/$ver/bin/pg_config
fi
export PG_CONFIG=$pgc PG_BINDIR=$("$pgc" --bindir)
export PATH="$PG_BINDIR:$PATH"
echo "citus: PostgreSQL copy $("$pgc" --bindir)"

# 3. Citus and arnews into it
"$top/tools/citus_build.sh" "$pgc"
arnews_build_install
echo "citus: built and installed ($(( $(date +%s) - t0 )) s so far)"

# 4. Four servers: coordinator, two workers (Citus preloaded), one plain node
port=${ARNEWS_CITUS_PORT:-54350}
nodes=(citus-coord citus-w1 citus-w2 citus-single)
keep=${ARNEWS_CITUS_KEEP:-0}
stop_all() {
    [ "$keep" = 1 ] && return 0
    for i in 0 1 2 3; do
        ARNEWS_PGPORT=$((port + i)) "$top/tools/pgcluster.sh" stop "${nodes[$i]}" || true
    done
}
trap stop_all EXIT
declare -A host
for i in 0 1 2 3; do
    n=${nodes[$i]}
    ARNEWS_PGPORT=$((port + i)) "$top/tools/pgcluster.sh" stop "$n"
    opts="-c shared_preload_libraries=citus -c max_connections=200"
    [ "$n" = citus-single ] && opts=""
    ARNEWS_PGOPTS="$opts" ARNEWS_PGPORT=$((port + i)) "$top/tools/pgcluster.sh" start "$n"
    eval "$(ARNEWS_PGPORT=$((port + i)) "$top/tools/pgcluster.sh" env "$n")"
    host[$n]=$PGHOST
done
user=$PGUSER
db=arnews_citus
# psql on node $1 (database $db unless $2), quiet, unaligned, stop on error
q() {
    local n=$1 d=${2:-$db}
    shift; [ $# -gt 0 ] && shift
    local i
    for i in 0 1 2 3; do [ "${nodes[$i]}" = "$n" ] && break; done
    psql -X -q -At -v ON_ERROR_STOP=1 -h "${host[$n]}" -p $((port + i)) -U "$user" -d "$d" "$@"
}
for n in "${nodes[@]}"; do
    q "$n" postgres -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db"
done
for n in citus-coord citus-w1 citus-w2; do
    # the trigger on a distributed table needs this on every node
    q "$n" postgres -c "ALTER SYSTEM SET citus.enable_unsafe_triggers = on" -c "SELECT pg_reload_conf()" >/dev/null
    q "$n" "" -c "CREATE EXTENSION citus"
done
q citus-coord "" >/dev/null <<SQL
SELECT citus_set_coordinator_host('${host[citus-coord]}', $port);
SELECT citus_add_node('${host[citus-w1]}', $((port + 1)));
SELECT citus_add_node('${host[citus-w2]}', $((port + 2)));
SQL
echo "citus: coordinator and 2 workers up, plain node up ($(( $(date +%s) - t0 )) s so far)"

# 5. Checks
out=$top/test/citus/results
rm -rf "$out" && mkdir -p "$out/single" "$out/citus"
pass=0; fail=0
shift_citus=0
if [ "${ARNEWS_CITUS_BREAK:-}" = refdate ]; then
    shift_citus=1
    echo "citus: ARNEWS_CITUS_BREAK=refdate: reference dates one day later on Citus (this run must fail)"
fi
ok() { pass=$((pass + 1)); echo "ok   $*"; }
bad() { fail=$((fail + 1)); echo "FAIL $*"; }
# run SQL file $2 on both sides into results/{single,citus}/$1.out
run_both() {
    q citus-single "" -v citus=0 -v refshift=0 -f "$2" >"$out/single/$1.out" 2>"$out/single/$1.err" &
    local pid=$!
    local rc=0 rs=0
    q citus-coord "" -v citus=1 -v refshift=$shift_citus -f "$2" >"$out/citus/$1.out" 2>"$out/citus/$1.err" || rc=$?
    wait $pid || rs=$?
    if [ $rc != 0 ] || [ $rs != 0 ]; then
        bad "$1: psql failed (single $rs, citus $rc)"
        cat "$out/single/$1.err" "$out/citus/$1.err" | head -5 | sed 's/^/     /'
        return 1
    fi
}
# compare the outputs of the two sides for check $1
same() {
    local a=$out/single/$1.out b=$out/citus/$1.out
    if cmp -s "$a" "$b"; then
        ok "$1: $(wc -l <"$a") rows, md5 $(md5sum <"$a" | cut -c1-12) on both"
    else
        bad "$1: single $(wc -l <"$a") rows md5 $(md5sum <"$a" | cut -c1-12), citus $(wc -l <"$b") rows md5 $(md5sum <"$b" | cut -c1-12)"
        diff "$a" "$b" | head -6 | cut -c1-200 | sed 's/^/     /'
    fi
}
check() { run_both "$1" "${2:-$top/test/citus/checks/$1.sql}" && same "$1" || true; }
# the three side tables, dumped under a label
sides() {
    local t
    for t in mentions dates quantities; do
        check "$t-$1" "$top/test/citus/checks/$t.sql" || true
    done
}

# schema and extension
run_both schema "$top/test/citus/schema.sql" && ok "schema: CREATE EXTENSION arnews VERSION '0.2.0', tables, trigger" || true
for n in citus-coord citus-w1 citus-w2; do
    v=$(q "$n" "" -c "SELECT extversion FROM pg_extension WHERE extname = 'arnews'")
    [ "$v" = 0.2.0 ] && ok "extension on $n: arnews $v" || bad "extension on $n: arnews '$v', expected 0.2.0"
done
layout=$(q citus-coord "" -c "SELECT count(DISTINCT colocation_id), min(shard_count), count(*) FROM citus_tables
                              WHERE table_name::text IN ('articles', 'mentions', 'dates', 'quantities')
                                AND distribution_column IN ('id', 'article_id')") || true
[ "$layout" = "1|32|4" ] && ok "layout: 4 tables distributed, 32 shards, co-located" \
    || bad "layout: colocations|shards|tables = $layout, expected 1|32|4"

# upgrades: ALTER EXTENSION arnews UPDATE on the coordinator reaches the
# workers (a database of its own, from the released 0.1.1)
up=arnews_upgrade
for n in citus-coord citus-w1 citus-w2; do
    q "$n" postgres -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS $up WITH (FORCE)" -c "CREATE DATABASE $up"
    q "$n" "$up" -c "CREATE EXTENSION citus"
done
vers=$(q citus-coord "$up" 2>&1 <<SQL
SELECT citus_set_coordinator_host('${host[citus-coord]}', $port);
SELECT citus_add_node('${host[citus-w1]}', $((port + 1)));
SELECT citus_add_node('${host[citus-w2]}', $((port + 2)));
SET client_min_messages = warning;
CREATE EXTENSION arnews VERSION '0.1.1';
SELECT string_agg(result, ' ' ORDER BY nodeport) FROM run_command_on_workers(\$\$SELECT extversion FROM pg_extension WHERE extname = 'arnews'\$\$);
ALTER EXTENSION arnews UPDATE TO '0.2.0';
SELECT string_agg(result, ' ' ORDER BY nodeport) FROM run_command_on_workers(\$\$SELECT extversion FROM pg_extension WHERE extname = 'arnews'\$\$);
SQL
) || true
vers=$(echo "$vers" | grep -v '^$' | tail -2 | tr '\n' '|')
[ "$vers" = "0.1.1 0.1.1|0.2.0 0.2.0|" ] && ok "upgrade: ALTER EXTENSION arnews UPDATE 0.1.1 -> 0.2.0 on the coordinator updates both workers" \
    || bad "upgrade: workers' versions before|after: $vers, expected 0.1.1 0.1.1|0.2.0 0.2.0|"

# load (the trigger fills the side tables on the workers)
n_art=${ARNEWS_CITUS_ARTICLES:-3000}
corpus=${ARNEWS_SHARED:-$top/../shared}/bench/ant_v2.1_multisource.jsonl.xz
[ -r "$corpus" ] || { echo "citus: $corpus not found (../shared beside the clone?)" >&2; exit 1; }
load() {
    local n=$1 i
    for i in 0 1 2 3; do [ "${nodes[$i]}" = "$n" ] && break; done
    # (xz stops on a broken pipe once head has its lines)
    { xz -dc "$corpus" 2>/dev/null || true; } | head -n "$n_art" | PGHOST=${host[$n]} PGPORT=$((port + i)) PGUSER=$user PGDATABASE=$db \
        python3 "$top/tools/arnews_ingest.py" --quiet --table articles -
}
ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
s=$(date +%s%N); load citus-single >"$out/single/load.out"; ls=$(ms $s)
s=$(date +%s%N); load citus-coord >"$out/citus/load.out"; lc=$(ms $s)
echo "     load of $n_art articles with the trigger: single node $ls ms, Citus $lc ms"
same load
per_node=$(q citus-coord "" -c "SELECT string_agg(result, ' ') FROM run_command_on_workers(\$\$SELECT count(*) FROM pg_class c
           JOIN pg_trigger t ON t.tgrelid = c.oid WHERE c.relname ~ '^articles_[0-9]+\$' AND t.tgname ~ '^articles_index'\$\$)")
rows=$(q citus-coord "" -c "SELECT string_agg(x::text, ' ' ORDER BY x) FROM (SELECT count(*) AS x FROM citus_shards
           WHERE table_name = 'articles'::regclass GROUP BY nodename, nodeport) z")
[ "$per_node" = "16 16" ] && [ "$rows" = "16 16" ] && ok "shards: 16 articles shards with the trigger on each worker" \
    || bad "shards: triggers per worker '$per_node', shards per worker '$rows', expected 16 16"
check articles
sides trigger

# batch filling: pushed down, same rows as the trigger
plan_ok=1
while IFS= read -r stmt; do
    plan=$(q citus-coord "" -v refshift=0 -c "EXPLAIN (COSTS OFF) $stmt" 2>&1) || true
    tbl=$(echo "$stmt" | awk '{print $3}')
    if echo "$plan" | grep -q "Task Count: 32" && ! echo "$plan" | grep -qi "INSERT/SELECT method\|pull to coordinator\|repartition"; then
        ok "plan: batch INSERT INTO $tbl ... SELECT pushed down to the 32 shards"
    else
        bad "plan: batch INSERT INTO $tbl ... SELECT not pushed down:"
        echo "$plan" | head -8 | sed 's/^/     /'
    fi
done < <(awk '/^INSERT/{s=$0; next} s!=""{s=s" "$0; if ($0 ~ /;$/) {print s; s=""}}' "$top/test/citus/batch.sql" \
         | sed 's/:refshift/0/; s/;$//')
# a stable argument (current_date) is evaluated on the workers, and keeps
# INSERT ... SELECT from being pushed down (README, "Scaling out with Citus")
plan=$(q citus-coord "" -c "EXPLAIN (COSTS OFF) INSERT INTO dates (article_id, kind, surface, start, length, span, grain, at, duration, modifier, calendar)
                              SELECT a.id, d.* FROM articles a, arnews_dates(a.body, current_date) d" 2>&1) || true
echo "$plan" | grep -q "INSERT/SELECT method: repartition" \
    && ok "plan: with current_date as reference the batch INSERT ... SELECT is repartitioned, not pushed down" \
    || { bad "plan: with current_date, expected the repartition method (README says so):"; echo "$plan" | head -4 | sed 's/^/     /'; }
# extraction throughput: the batch fill, one side after the other, beside the
# anchor (to_tsvector with the built-in arabic configuration) on the same rows
throughput() {
    local n=$1 s t1 t2 d=citus
    [ "$n" = citus-single ] && d=single
    s=$(date +%s%N)
    q "$n" "" -c "SELECT sum(length(to_tsvector('arabic', body))) FROM articles" >/dev/null
    t1=$(ms "$s")
    s=$(date +%s%N)
    q "$n" "" -v refshift="$2" -f "$top/test/citus/batch.sql" >"$out/$d/batch.out" 2>"$out/$d/batch.err" \
        || { bad "batch on $n: psql failed"; head -3 "$out/$d/batch.err"; }
    t2=$(ms "$s")
    echo "     $3: extraction (batch fill of mentions, dates, quantities) $t2 ms, $(( n_art * 1000 / (t2 > 0 ? t2 : 1) )) articles/s;" \
         "anchor to_tsvector('arabic') $t1 ms, $(( n_art * 1000 / (t1 > 0 ? t1 : 1) )) articles/s"
}
echo "     throughput on $n_art articles (load average $(cut -d' ' -f1 /proc/loadavg)):"
throughput citus-single 0 "single node     "
throughput citus-coord "$shift_citus" "Citus, 2 workers"
sides batch
for t in mentions dates quantities; do
    if cmp -s "$out/citus/$t-trigger.out" "$out/citus/$t-batch.out"; then
        ok "$t: batch rows = trigger rows on Citus ($(wc -l <"$out/citus/$t-batch.out"))"
    else
        bad "$t: batch rows differ from trigger rows on Citus"
    fi
done

# queries
check lateral
check search
check analyze
# the reports of README ("Corpus workflow" > "Reports"), as written there
awk '/^### 4\. Reports/{r=1} r && /^```sql/{c=1; next} c && /^```/{exit} c' "$top/README.md" \
    | awk -v dir="$out" '/^-- Report [0-9]+/{n=$3; sub(":", "", n); f=dir "/report" n ".sql"} f{print > f}'
nrep=0
for f in "$out"/report*.sql; do
    [ -e "$f" ] || break
    nrep=$((nrep + 1))
    check "$(basename "$f" .sql)" "$f"
done
[ "$nrep" -ge 5 ] && ok "reports: $nrep found in README" || bad "reports: $nrep found in README, expected at least 5"
if [ "$(q citus-single "" -c "SELECT to_regprocedure('arnews_stats_refresh(regclass,name)') IS NOT NULL")" = t ]; then
    check ranking "$top/test/citus/ranking.sql"
else
    echo "skip ranking: arnews_stats_refresh(regclass, name) does not exist in this version"
fi

# edits followed by the trigger, then the side tables and reports again
run_both update "$top/test/citus/update.sql" && ok "update: bodies, dates, deletions, a new article" || true
check articles-updated "$top/test/citus/checks/articles.sql"
sides updated
check report2-updated "$out/report2.sql"

echo "citus: took $(( $(date +%s) - t0 )) s; outputs in $out"
echo "citus: $pass passed, $fail failed"
[ "$fail" = 0 ]
