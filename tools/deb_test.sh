#!/usr/bin/env bash
# deb_test.sh (make deb-test DEB=...): install a postgresql-NN-arnews .deb in
# a fresh Debian root and run the pg_regress suite against the installed
# package.
#
#   tools/deb_test.sh path/to/postgresql-NN-arnews_*.deb
#
# The root is the release that ships PostgreSQL NN (15 bookworm, 17 trixie,
# 18 sid; ARNEWS_MATRIX_SUITE overrides), made by tools/droot.sh with a clone
# of HEAD (for sql/ and expected/) and ../shared.  Inside, as root: apt-get
# installs the .deb with its dependencies, plus what pg_regress needs
# (postgresql-server-dev-NN, make) and the en_US.UTF-8 locale of the locale
# test; nothing is built: the test fails if arnews.so is not the package's.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)

if [ "${1:-}" = --inside ]; then
    deb=$2
    v=$(basename "$deb" | sed -n 's/^postgresql-\([0-9]*\)-arnews_.*/\1/p')
    [ -n "$v" ] || { echo "deb_test.sh: $deb is not a postgresql-NN-arnews package" >&2; exit 2; }
    echo "== deb-test: apt-get install $(basename "$deb") postgresql-server-dev-$v make locales"
    log=$(mktemp)
    export DEBIAN_FRONTEND=noninteractive
    { apt-get update -qq && apt-get install -y -qq --no-install-recommends "$deb" "postgresql-server-dev-$v" make locales; } \
        >"$log" 2>&1 || { cat "$log"; exit 1; }
    sed -i 's/^# *en_US.UTF-8 UTF-8/en_US.UTF-8 UTF-8/' /etc/locale.gen
    locale-gen >/dev/null
    export PG_CONFIG=/usr/lib/postgresql/$v/bin/pg_config
    export PG_BINDIR=/usr/lib/postgresql/$v/bin
    so="$($PG_CONFIG --pkglibdir)/arnews.so"
    owner=$(dpkg -S "$so" | cut -d: -f1)
    echo "== deb-test: $so from package $owner ($(dpkg-query -W -f='${Version}' "$owner"))"
    [ "$owner" = "postgresql-$v-arnews" ]
    ! ls "$top"/*.so "$top"/src/*.o >/dev/null 2>&1 || { echo "deb_test.sh: the checkout has build products" >&2; exit 1; }
    "$top/tools/pgcluster.sh" start debtest
    trap '"$top/tools/pgcluster.sh" stop debtest' EXIT
    eval "$("$top/tools/pgcluster.sh" env debtest)"
    echo "== deb-test: pg_regress (make installcheck) against PostgreSQL $("$PG_BINDIR/psql" -X -tA -d postgres -c 'SHOW server_version')"
    cd "$top"
    rc=0
    make -s installcheck PG_CONFIG="$PG_CONFIG" || rc=$?
    [ $rc = 0 ] || { [ -f regression.diffs ] && head -200 regression.diffs; }
    echo "deb-test: postgresql-$v-arnews $( [ $rc = 0 ] && echo passed || echo FAILED )"
    exit $rc
fi

deb=$(readlink -f "${1:?usage: deb_test.sh path/to/postgresql-NN-arnews_*.deb}")
[ -f "$deb" ] || { echo "deb_test.sh: $1 not found" >&2; exit 2; }
v=$(basename "$deb" | sed -n 's/^postgresql-\([0-9]*\)-arnews_.*/\1/p')
case $v in 15) suite=bookworm ;; 17) suite=trixie ;; 18) suite=sid ;; *) suite= ;; esac
suite=${ARNEWS_MATRIX_SUITE:-$suite}
[ -n "$suite" ] || { echo "deb_test.sh: no Debian release known for PostgreSQL $v" >&2; exit 2; }
roots=${ARNEWS_ROOTS:-/var/tmp/arnews-roots}
ARNEWS_ROOT_IN=$deb "$top/tools/droot.sh" "$suite" "$roots/deb$v-$suite-$(date -u +%Y%m%d%H%M%S)-$$" \
    "tools/deb_test.sh --inside /root/in/$(basename "$deb")"
