# common.sh: sourced by test.sh, demo.sh and bench scripts.
# Sets PG_CONFIG to the server's pg_config and MAKE_PG to "make PG_CONFIG=...".
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
pgver=${ARNEWS_PG_VERSION:-}
if [ -z "$pgver" ] && command -v pg_config >/dev/null 2>&1; then
    pgver=$(pg_config --version 2>/dev/null | sed 's/[^0-9]*\([0-9]*\).*/\1/') || pgver=
fi
pgver=${pgver:-15}
export PG_CONFIG=${PG_CONFIG:-/usr/lib/postgresql/$pgver/bin/pg_config}
# On a bare machine PostgreSQL arrives only with tools/deps.sh, after this file
# is sourced: ask pg_config only when it is there, else use Debian's layout
# (pg_config sits in the bin directory).
if [ -x "$PG_CONFIG" ] || command -v "$PG_CONFIG" >/dev/null 2>&1; then
    export PG_BINDIR=$("$PG_CONFIG" --bindir)
else
    export PG_BINDIR=$(dirname "$PG_CONFIG")
fi
export PATH="$PG_BINDIR:$PATH"

# Build and install the extension (install needs root for system paths).
arnews_build_install() {
    make -C "$top" -s PG_CONFIG="$PG_CONFIG" COPT="${ARNEWS_COPT:--Werror}" >/dev/null
    if [ -w "$($PG_CONFIG --pkglibdir)" ]; then
        make -C "$top" -s PG_CONFIG="$PG_CONFIG" install >/dev/null
    else
        sudo make -C "$top" -s PG_CONFIG="$PG_CONFIG" install >/dev/null
    fi
}

# Start the named throwaway cluster and export its connection settings.
arnews_cluster() {
    "$top/tools/pgcluster.sh" start "$1"
    eval "$("$top/tools/pgcluster.sh" env "$1")"
}

# Make ROOT a private copy of the system PostgreSQL installation (once), so
# that extensions can be installed into it without touching the system:
# ROOT/usr/lib/postgresql/VER and ROOT/usr/share/postgresql/VER, headers
# shared.  Its pg_config is ROOT/usr/lib/postgresql/VER/bin/pg_config.
arnews_private_copy() {
    local root=$1 ver=$2
    if [ ! -x "$root/usr/lib/postgresql/$ver/bin/pg_config" ]; then
        mkdir -p "$root/usr/lib/postgresql" "$root/usr/share/postgresql"
        cp -a "/usr/lib/postgresql/$ver" "$root/usr/lib/postgresql/"
        cp -a "/usr/share/postgresql/$ver" "$root/usr/share/postgresql/"
        ln -sfn /usr/include "$root/usr/include"
    fi
}
