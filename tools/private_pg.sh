#!/usr/bin/env bash
# private_pg.sh: a private copy of the PostgreSQL installation with arnews
# installed into it, and a cluster of its own, so that several developers on
# one machine can test the extension without touching the system install.
#
#   tools/private_pg.sh NAME PORT    (re)build, install into /tmp/arnews-priv-NAME,
#                                    start the cluster, print the env to use
#   tools/private_pg.sh NAME stop
set -euo pipefail
name=${1:?usage: private_pg.sh NAME PORT|stop}
arg=${2:?usage: private_pg.sh NAME PORT|stop}
top=$(cd "$(dirname "$0")/.." && pwd)
root=/tmp/arnews-priv-$name
ver=$(pg_config --version | sed 's/[^0-9]*\([0-9]*\).*/\1/')
pgc=$root/usr/lib/postgresql/$ver/bin/pg_config
if [ "$arg" = stop ]; then
    PG_BINDIR=$root/usr/lib/postgresql/$ver/bin ARNEWS_PGPORT=0 "$top/tools/pgcluster.sh" stop "priv-$name" || true
    exit 0
fi
source "$top/tools/common.sh"
arnews_private_copy "$root" "$ver"
# build from a snapshot of the tree so concurrent builds never share objects
rm -rf "$root/build" && mkdir -p "$root/build"
(cd "$top" && tar --exclude=./.git --exclude='./.pg*' --exclude='*.o' --exclude='*.so' --exclude=./test/unit/build -cf - .) | tar -C "$root/build" -xf -
make -C "$root/build" -s PG_CONFIG="$pgc" >/dev/null
make -C "$root/build" -s PG_CONFIG="$pgc" install >/dev/null
PG_BINDIR=$root/usr/lib/postgresql/$ver/bin ARNEWS_PGPORT=$arg "$top/tools/pgcluster.sh" start "priv-$name"
PG_BINDIR=$root/usr/lib/postgresql/$ver/bin ARNEWS_PGPORT=$arg "$top/tools/pgcluster.sh" env "priv-$name"
