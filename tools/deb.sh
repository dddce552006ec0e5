#!/usr/bin/env bash
# deb.sh (make deb): build the Debian packages postgresql-NN-arnews of HEAD,
# one for every PostgreSQL version that both debian/pgversions and this
# Debian release support (pg_buildext), with dpkg-buildpackage -b.
#
# As root it first installs the build tools and Build-Depends that are
# missing.  The build runs in a temporary `git archive` of HEAD, where
# debian/control is regenerated for this release (pg_buildext updatecontrol);
# the .deb files are copied to ARNEWS_DEB_OUT (default: the directory above
# the checkout, as dpkg-buildpackage does).  The build-time test is skipped
# (nocheck): `make deb-test` runs the regression suite on the installed
# package in a fresh root instead; ARNEWS_DEB_CHECK=1 runs it here too.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
out=${ARNEWS_DEB_OUT:-$(dirname "$top")}
version=$(sed -n 's/^EXTVERSION = //p' "$top/Makefile")

packages=(build-essential dpkg-dev debhelper postgresql-server-dev-all libicu-dev pkg-config)
[ "${ARNEWS_DEB_CHECK:-0}" = 1 ] && packages+=(postgresql-all)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    [ "$(id -u)" = 0 ] || { echo "deb.sh: missing packages: ${missing[*]} (install them as root)" >&2; exit 1; }
    echo "deb.sh: installing ${missing[*]}"
    log=$(mktemp /tmp/arnews-deb.XXXXXX)
    if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"; } >"$log" 2>&1; then
        cat "$log" >&2; exit 1
    fi
    rm -f "$log"
fi

tmp=$(mktemp -d /tmp/arnews-deb.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
git -C "$top" archive --prefix="arnews-$version/" HEAD | tar -x -C "$tmp"
cd "$tmp/arnews-$version"
pg_buildext updatecontrol
echo "deb.sh: building for PostgreSQL $(pg_buildext supported-versions | paste -sd' ')"
if [ "${ARNEWS_DEB_CHECK:-0}" = 1 ]; then
    dpkg-buildpackage -us -uc -b >"$tmp/build.log" 2>&1 || { tail -60 "$tmp/build.log"; exit 1; }
else
    DEB_BUILD_OPTIONS="nocheck ${DEB_BUILD_OPTIONS:-}" dpkg-buildpackage -us -uc -b -Pnocheck \
        >"$tmp/build.log" 2>&1 || { tail -60 "$tmp/build.log"; exit 1; }
fi
mkdir -p "$out"
for f in "$tmp"/*.deb; do
    case $f in *-dbgsym_*) continue ;; esac
    cp "$f" "$out/"
    echo "deb.sh: $out/$(basename "$f"): $(dpkg-deb -f "$f" Depends)"
    dpkg-deb -c "$f" | awk '{print "  " $6}' | grep -E '\.so$|\.control$|\.sql$|tsearch_data/[^/]+$' || true
done
