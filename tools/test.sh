#!/usr/bin/env bash
# test.sh (make test): build, install, and run every test against a
# throwaway cluster: C unit tests, sanitizer unit tests, a short run of every
# fuzz target (ARNEWS_FUZZ_SECONDS, default 20 s each), pg_regress, TAP tests
# and the quality gates on the gold data in ../shared.
set -uo pipefail
source "$(dirname "$0")/common.sh"
cd "$top"

"$top/tools/deps.sh" || exit 1
set -e
arnews_build_install
set +e

passed=0
failed=0
# record NAME STATUS
record() {
    if [ "$2" = 0 ]; then
        passed=$((passed + 1)); echo "ok: $1"
    else
        failed=$((failed + 1)); echo "FAILED: $1"
    fi
}

echo "== C unit tests"
make -s unit; record "unit tests" $?
echo "== C unit tests under ASan/UBSan"
make -s sanitize; record "sanitizer unit tests" $?

echo "== fuzz targets, ${ARNEWS_FUZZ_SECONDS:-20} s each (make fuzz FUZZ_SECONDS=1800 for a release)"
fuzz_corpus=$(mktemp -d /tmp/arnews-fuzz.XXXXXX)
make -s -j2 fuzz-build >/dev/null && make -s fuzz FUZZ_SECONDS="${ARNEWS_FUZZ_SECONDS:-20}" FUZZ_CORPUS="$fuzz_corpus"
rc=$?
[ $rc = 0 ] || ls -l "$fuzz_corpus"/crash-* "$fuzz_corpus"/leak-* "$fuzz_corpus"/timeout-* 2>/dev/null
record "fuzz targets" $rc
[ $rc = 0 ] && rm -rf "$fuzz_corpus"

echo "== pg_regress"
arnews_cluster test
trap '"$top/tools/pgcluster.sh" stop test' EXIT
make -s PG_CONFIG="$PG_CONFIG" installcheck
rc=$?
[ $rc = 0 ] || { [ -f regression.diffs ] && head -300 regression.diffs; }
record "pg_regress" $rc

if ls test/t/*.pl >/dev/null 2>&1; then
    echo "== TAP tests"
    prove -I test/t test/t/*.pl; record "TAP tests" $?
fi

if ls test/gates/*.sh >/dev/null 2>&1; then
    echo "== quality gates"
    for g in test/gates/*.sh; do
        bash "$g"; record "gate $(basename "$g" .sh)" $?
    done
fi

echo
echo "test: $passed passed, $failed failed"
[ $failed = 0 ]
