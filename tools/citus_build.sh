#!/usr/bin/env bash
# citus_build.sh: build Citus from ../shared/vendor (tests only: AGPL, never
# linked or shipped) and install it into a private PostgreSQL copy.
#
#   tools/citus_build.sh PG_CONFIG
#
# The build directory ($ARNEWS_CITUS_BUILD, default /var/tmp/arnews-citus-build)
# lies outside the source tree and is reused when it holds a finished build of
# the same tarball and patch (a stamp with their checksums); else it is rebuilt
# (make -j$ARNEWS_CITUS_JOBS, default 2).  As root on Debian the build
# dependencies are installed first with apt-get (nothing when present).
set -euo pipefail
pgc=${1:?usage: citus_build.sh PG_CONFIG}
top=$(cd "$(dirname "$0")/.." && pwd)
vendor=${ARNEWS_SHARED:-$top/../shared}/vendor
build=${ARNEWS_CITUS_BUILD:-/var/tmp/arnews-citus-build}
tarball=$vendor/citus-13.2.2.tar.gz
patchf=$vendor/citus-13.2.2-pg15-minor.patch
for f in "$tarball" "$patchf"; do
    [ -r "$f" ] || { echo "citus: $f not found (../shared beside the clone?)" >&2; exit 1; }
done

# Citus's build dependencies (README of ../shared/vendor)
"$top/tools/deps.sh" libkrb5-dev liblz4-dev libzstd-dev libcurl4-openssl-dev

stamp="$(sha256sum "$tarball" "$patchf" | cut -d' ' -f1 | tr '\n' ' ')pg$("$pgc" --version | sed 's/[^0-9]*\([0-9]*\).*/\1/')"
src=$build/citus-13.2.2
if [ "$(cat "$build/stamp" 2>/dev/null)" = "$stamp" ] && [ -f "$src/src/backend/distributed/citus.so" ]; then
    echo "citus: reusing the build in $build"
else
    echo "citus: building Citus 13.2.2 in $build (a few minutes)"
    start=$(date +%s)
    rm -rf "$build" && mkdir -p "$build"
    tar -xzf "$tarball" -C "$build"     # citus-13.2.2/
    (cd "$src" && patch -s -p1 <"$patchf")
    (cd "$src" && ./configure -q PG_CONFIG="$pgc" >"$build/configure.log" 2>&1) \
        || { tail -30 "$build/configure.log"; exit 1; }
    # with_llvm=no: no JIT bitcode (halves the build; JIT does not need it)
    make -C "$src" -s -j"${ARNEWS_CITUS_JOBS:-2}" with_llvm=no >"$build/make.log" 2>&1 \
        || { tail -30 "$build/make.log"; exit 1; }
    echo "$stamp" >"$build/stamp"
    echo "citus: built in $(( $(date +%s) - start )) s"
fi
make -C "$src" -s PG_CONFIG="$pgc" with_llvm=no install >"$build/install.log" 2>&1 \
    || { tail -30 "$build/install.log"; exit 1; }
