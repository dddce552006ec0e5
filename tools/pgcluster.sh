#!/usr/bin/env bash
# pgcluster.sh: a throwaway PostgreSQL cluster on a Unix socket, for tests and the demo.
#
#   tools/pgcluster.sh start NAME    initdb (first time) and start; prints nothing else
#   tools/pgcluster.sh stop NAME     stop it (no error when not running)
#   tools/pgcluster.sh env NAME      print PGHOST/PGPORT/PGUSER exports for it
#
# The cluster lives in the build tree (.pg<NAME>/) when the server's user can
# reach it; a checkout under a private directory (mode 700) cannot be entered
# by the "postgres" user, so the cluster then goes to /tmp/arnews-<NAME>-<hash>/.
# It listens on no TCP port, only on a socket inside its own directory.
# PG_BINDIR may name another PostgreSQL installation (default: pg_config's);
# ARNEWS_PGOPTS adds server options at start (e.g. "-c shared_preload_libraries=citus").
set -euo pipefail

cmd=${1:?usage: pgcluster.sh start|stop|env NAME}
name=${2:?usage: pgcluster.sh start|stop|env NAME}
top=$(cd "$(dirname "$0")/.." && pwd)
# The server's user may not enter the caller's directory (a checkout in /root):
# every path below is absolute.
cd /
bindir=${PG_BINDIR:-$(pg_config --bindir)}
port=${ARNEWS_PGPORT:-54329}

if [ "$(id -u)" = 0 ]; then
    run_as=(runuser -u postgres --)
    owner=postgres
else
    run_as=()
    owner=$(id -un)
fi

# Where the cluster lives: inside the tree when the server's user can write there.
base="$top/.pg$name"
if [ "$(id -u)" = 0 ] && ! runuser -u postgres -- test -x "$top" 2>/dev/null; then
    hash=$(printf '%s' "$top" | cksum | cut -d' ' -f1)
    base="/tmp/arnews-$name-$hash"
fi
data="$base/data"
sock="$base/socket"

case "$cmd" in
    env)
        echo "export PGHOST=$sock PGPORT=$port PGUSER=$owner"
        ;;
    start)
        mkdir -p "$base"
        [ "$(id -u)" = 0 ] && chown postgres: "$base"
        if [ ! -s "$data/PG_VERSION" ]; then
            "${run_as[@]}" "$bindir/initdb" -D "$data" -U "$owner" --auth=trust \
                --encoding=UTF8 --locale=C.UTF-8 >"$base/initdb.log" 2>&1 \
                || { cat "$base/initdb.log"; exit 1; }
        fi
        "${run_as[@]}" mkdir -p "$sock"
        if "${run_as[@]}" "$bindir/pg_ctl" -D "$data" status >/dev/null 2>&1; then
            exit 0
        fi
        "${run_as[@]}" "$bindir/pg_ctl" -D "$data" -w -t 60 -l "$base/server.log" \
            -o "-c listen_addresses='' -c unix_socket_directories='$sock' -p $port -c fsync=off -c max_worker_processes=8 -c max_parallel_workers_per_gather=2 ${ARNEWS_PGOPTS:-}" \
            start >/dev/null || { tail -20 "$base/server.log"; exit 1; }
        ;;
    stop)
        if [ -s "$data/PG_VERSION" ]; then
            "${run_as[@]}" "$bindir/pg_ctl" -D "$data" -m fast -w stop >/dev/null 2>&1 || true
        fi
        ;;
    *)
        echo "usage: pgcluster.sh start|stop|env NAME" >&2
        exit 2
        ;;
esac
