#!/usr/bin/env bash
# Gate: the quality targets of issues 3-6, measured through SQL against the
# installed extension in the running test cluster (PGHOST/PGPORT/PGUSER set
# by tools/test.sh).  Third-party gold data is read from ../shared (or
# $ARNEWS_SHARED); without it the gate says so and passes.
set -uo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top"
export ARNEWS_SHARED=${ARNEWS_SHARED:-$top/../shared}
if [ ! -d "$ARNEWS_SHARED/gold/seeds" ]; then
    echo "quality gate: skipped, $ARNEWS_SHARED/gold/seeds not found (set ARNEWS_SHARED)"
    exit 0
fi
db=arnews_gates
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'" || exit 1
psql -X -q -d "$db" -c "CREATE EXTENSION arnews" || exit 1
export PGDATABASE=$db
export ARNEWS_PSQL="psql -X -q -d $db"
rc=0
run() {
    echo "-- $*"
    "$@" || { echo "quality gate FAILED: $*"; rc=1; }
}
run python3 test/eval/check_name_safety.py --via sql --quiet
run python3 test/eval/eval_conflation.py --via sql --gate
run python3 test/eval/eval_entities.py --via sql --gate
run python3 test/eval/eval_numex.py --via sql
run python3 test/eval/eval_times.py --via sql
# the probes of our own (issue 15), read from test/fixtures
run python3 test/eval/eval_probe.py --min-date 0.90 --min-time 0.90 --min-quantity 0.95
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db"
exit $rc
