#!/usr/bin/env bash
# matrix.sh (make matrix PG=N): build and test arnews on PostgreSQL N in a
# fresh root of the Debian release that ships it, as a new user would.
#
#   tools/matrix.sh 15|17|18
#
# 15: bookworm, 17: trixie, 18: sid (ARNEWS_MATRIX_SUITE overrides).  In a
# fresh debootstrap root (tools/droot.sh) it runs, with ARNEWS_PG_VERSION=N:
#   make test          deps, build with -Werror, every test; the fuzz runs are
#                      shortened to ARNEWS_FUZZ_SECONDS (default 5 s here)
#   tools/digests.sh   digests of the corpus outputs, kept as
#                      $ARNEWS_MATRIX_OUT/digests-pgN.txt (default .matrix/)
#   ARNEWS_MATRIX_DEB=1 also: build the Debian package there (make deb) and
#                      keep it in $ARNEWS_MATRIX_OUT
# Compare the digests of several versions with make matrix-compare.
#
#   ARNEWS_ROOTS   where the root is made (default /var/tmp/arnews-roots);
#                  it is deleted afterwards (ARNEWS_KEEP_ROOT=1 keeps it)
set -euo pipefail

pg=${1:?usage: matrix.sh 15|17|18}
top=$(cd "$(dirname "$0")/.." && pwd)
case $pg in
    15) suite=bookworm ;;
    17) suite=trixie ;;
    18) suite=sid ;;
    *) suite= ;;
esac
suite=${ARNEWS_MATRIX_SUITE:-$suite}
[ -n "$suite" ] || { echo "matrix.sh: no Debian release known for PostgreSQL $pg (set ARNEWS_MATRIX_SUITE)" >&2; exit 2; }

out=${ARNEWS_MATRIX_OUT:-$top/.matrix}
mkdir -p "$out"
out=$(cd "$out" && pwd)
rm -f "$out/digests-pg$pg.txt"
roots=${ARNEWS_ROOTS:-/var/tmp/arnews-roots}
root=$roots/pg$pg-$suite-$(date -u +%Y%m%d%H%M%S)-$$

export ARNEWS_PG_VERSION=$pg
export ARNEWS_FUZZ_SECONDS=${ARNEWS_FUZZ_SECONDS:-5}
cmd="make test && tools/digests.sh /root/out/digests-pg$pg.txt"
if [ "${ARNEWS_MATRIX_DEB:-0}" = 1 ]; then
    cmd="$cmd && make deb && cp ../postgresql-$pg-arnews_*.deb /root/out/"
fi

echo "== matrix: PostgreSQL $pg in a fresh $suite root ($root)"
start=$(date +%s)
ARNEWS_ROOT_OUT=$out "$top/tools/droot.sh" "$suite" "$root" "$cmd"
echo "== matrix: PostgreSQL $pg on $suite passed in $(( $(date +%s) - start )) s; digests in $out/digests-pg$pg.txt"
