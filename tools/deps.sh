#!/usr/bin/env bash
# deps.sh: make sure everything arnews needs to build, test and demo is here.
# As root on Debian/Ubuntu it installs what is missing with apt-get (nothing
# when all is present, so it is safe to run again); as another user it only
# reports what is missing.  Arguments name more packages to require (the
# Citus test's build dependencies, for example).
set -euo pipefail

pgver=${ARNEWS_PG_VERSION:-}
if [ -z "$pgver" ]; then
    if command -v pg_config >/dev/null 2>&1 && pg_config --version >/dev/null 2>&1; then
        pgver=$(pg_config --version | sed 's/[^0-9]*\([0-9]*\).*/\1/')
    else
        pgver=15
    fi
fi

packages=(gcc make pkg-config libicu-dev "postgresql-$pgver" "postgresql-server-dev-$pgver"
          postgresql-client-common libipc-run-perl locales python3 xz-utils clang
          libclang-rt-dev "$@")

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" != 0 ]; then
        echo "arnews: missing packages: ${missing[*]}" >&2
        echo "arnews: install them as root (apt-get install ${missing[*]}) or run 'make test' as root" >&2
        exit 1
    fi
    echo "arnews: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    # apt's chatter (debconf notes on a bare system) goes to a log, shown on failure
    log=$(mktemp /tmp/arnews-deps.XXXXXX)
    if ! { apt-get -o DPkg::Lock::Timeout=600 update -qq && apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}"; } >"$log" 2>&1; then
        cat "$log" >&2
        echo "arnews: apt-get failed (log above)" >&2
        exit 1
    fi
    rm -f "$log"
fi

# The locale tests create databases with LC_CTYPE en_US.UTF-8.
if ! locale -a 2>/dev/null | grep -qi '^en_US\.utf-\?8$'; then
    if [ "$(id -u)" = 0 ]; then
        sed -i 's/^# *en_US.UTF-8 UTF-8/en_US.UTF-8 UTF-8/' /etc/locale.gen
        grep -q '^en_US.UTF-8 UTF-8' /etc/locale.gen || echo 'en_US.UTF-8 UTF-8' >> /etc/locale.gen
        locale-gen >/dev/null
    else
        echo "arnews: locale en_US.UTF-8 is missing (run locale-gen as root)" >&2
        exit 1
    fi
fi

# Use the PostgreSQL version we installed even if another pg_config is first.
if [ ! -x "/usr/lib/postgresql/$pgver/bin/pg_config" ]; then
    echo "arnews: PostgreSQL $pgver server binaries not found" >&2
    exit 1
fi
