#!/usr/bin/env bash
# droot.sh: run commands as a new user would, in a fresh Debian root.
#
#   tools/droot.sh SUITE DIR [COMMAND]
#
# Builds DIR (which must not exist) with `debootstrap --variant=minbase SUITE`,
# installs there only what the README asks a user to have (make, git), clones
# this repository's HEAD to DIR/root/arnews, copies ../shared beside it
# (DIR/root/shared, a real copy even when ../shared is a symlink) and runs
# COMMAND (default: "make demo && make test") with bash as root in a chroot,
# in /root/arnews, with /proc, /dev, /dev/pts, /dev/shm and /sys mounted.
# The mounts are undone and the processes left in the root are ended on
# exit, whatever happens; DIR is then deleted unless ARNEWS_KEEP_ROOT=1.
#
# Nothing is cached: every run downloads and installs every package, so a
# missing install step fails.  Network steps are retried.
#
#   ARNEWS_MIRROR     Debian mirror (default http://deb.debian.org/debian)
#   ARNEWS_ROOT_IN    files (space-separated paths) to copy into DIR/root/in/
#   ARNEWS_ROOT_OUT   copy DIR/root/out/ (files COMMAND left there) to this
#                     directory before DIR is deleted
#   ARNEWS_*          every other ARNEWS_ variable is passed into the root
# Needs root, debootstrap and git on the host.
set -euo pipefail

suite=${1:?usage: droot.sh SUITE DIR [COMMAND]}
root=${2:?usage: droot.sh SUITE DIR [COMMAND]}
command=${3:-make demo && make test}
mirror=${ARNEWS_MIRROR:-http://deb.debian.org/debian}
top=$(cd "$(dirname "$0")/.." && pwd)

[ "$(id -u)" = 0 ] || { echo "droot.sh: must run as root" >&2; exit 2; }
command -v debootstrap >/dev/null || { echo "droot.sh: debootstrap is missing (apt-get install debootstrap)" >&2; exit 2; }
[ ! -e "$root" ] || { echo "droot.sh: $root exists; a fresh root is made every time" >&2; exit 2; }
shared=$(readlink -f "$top/../shared" 2>/dev/null || true)
[ -n "$shared" ] && [ -d "$shared" ] || { echo "droot.sh: ../shared is missing beside $top" >&2; exit 2; }
mkdir -p "$(dirname "$root")"
root=$(cd "$(dirname "$root")" && pwd)/$(basename "$root")

log() { echo "droot[$suite] $(date -u +%H:%M:%S) $*"; }

mounted=()
cleanup() {
    local rc=$? pid m i
    set +e
    # End what is still running inside (the demo leaves its cluster up).
    for pid in $(ls /proc | grep -E '^[0-9]+$'); do
        [ "$(readlink "/proc/$pid/root" 2>/dev/null)" = "$root" ] && kill -TERM "$pid" 2>/dev/null
    done
    sleep 2
    for pid in $(ls /proc | grep -E '^[0-9]+$'); do
        [ "$(readlink "/proc/$pid/root" 2>/dev/null)" = "$root" ] && kill -KILL "$pid" 2>/dev/null
    done
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
        m=${mounted[i]}
        umount "$m" 2>/dev/null || umount -l "$m"
    done
    if [ "${ARNEWS_KEEP_ROOT:-0}" != 1 ] && [ -d "$root" ]; then
        if grep -q " $root/" /proc/mounts; then
            echo "droot.sh: $root still has mounts; not deleting it" >&2
        else
            rm -rf --one-file-system "$root"
        fi
    fi
    exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# mount_in TARGET ARGS...: mount and remember it for the cleanup
mount_in() {
    local target=$1; shift
    mount "$@" "$target" || return 1
    mounted+=("$target")
}

# retry N CMD...: run CMD up to N times, 10 s apart
retry() {
    local n=$1 i; shift
    for ((i = 1; i <= n; i++)); do
        "$@" && return 0
        [ $i = $n ] || { log "attempt $i failed: $*; retrying"; sleep 10; }
    done
    return 1
}

bootstrap() {
    rm -rf --one-file-system "$root"
    debootstrap --variant=minbase "$suite" "$root" "$mirror" >"$root.debootstrap.log" 2>&1 \
        || { tail -20 "$root.debootstrap.log"; return 1; }
}

log "debootstrap --variant=minbase $suite ($mirror)"
retry 3 bootstrap
rm -f "$root.debootstrap.log"

# A chroot, not a booted system: packages must not start services (the
# postgresql package would start a "main" cluster on the host's port 5432),
# as in any build chroot.  Name resolution comes from the host.
printf '#!/bin/sh\nexit 101\n' > "$root/usr/sbin/policy-rc.d"
chmod 755 "$root/usr/sbin/policy-rc.d"
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
# A throwaway root: dpkg need not fsync every file it unpacks.
echo force-unsafe-io > "$root/etc/dpkg/dpkg.cfg.d/99arnews-unsafe-io"
# A mirror that serves a frozen snapshot has Release files of sid/testing
# past their Valid-Until date: let apt take them (a live mirror never needs it).
echo 'Acquire::Check-Valid-Until "false";' > "$root/etc/apt/apt.conf.d/99arnews-snapshot"

mount_in "$root/proc" -t proc proc
mount_in "$root/sys" -t sysfs sysfs 2>/dev/null || mount_in "$root/sys" --bind /sys
mount_in "$root/dev" --bind /dev
mount --make-private "$root/dev"
mount_in "$root/dev/pts" -t devpts devpts -o newinstance,ptmxmode=0666,mode=620
mount_in "$root/dev/shm" -t tmpfs shm -o mode=1777,size=1g

# in_root CMD: run a bash command line as root in the root, with the
# environment of a fresh login plus the ARNEWS_ variables
in_root() {
    local env=(HOME=/root USER=root LOGNAME=root SHELL=/bin/bash TERM=dumb
               PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin)
    local v
    for v in $(compgen -e | grep '^ARNEWS_' || true); do
        case $v in ARNEWS_MIRROR|ARNEWS_ROOT_IN|ARNEWS_ROOT_OUT|ARNEWS_KEEP_ROOT) ;; *) env+=("$v=${!v}") ;; esac
    done
    chroot "$root" /usr/bin/env -i "${env[@]}" /bin/bash -c "$1"
}

log "apt-get install make git (the README's prerequisites)"
retry 3 in_root 'export DEBIAN_FRONTEND=noninteractive; { apt-get update -qq && apt-get install -y -qq make git; } >/tmp/apt.log 2>&1 || { cat /tmp/apt.log; exit 1; }'

log "clone $(git -C "$top" rev-parse --short HEAD) to /root/arnews, copy ../shared to /root/shared"
git clone -q "$top" "$root/root/arnews"
mkdir -p "$root/root/shared" "$root/root/out" "$root/root/in"
for f in ${ARNEWS_ROOT_IN:-}; do cp "$f" "$root/root/in/"; done
# holdout/ is never used by any test: it stays outside the root.
tar -C "$shared" --exclude=./holdout -cf - . | tar -C "$root/root/shared" -xf -
chmod -R a-w "$root/root/shared"

log "run: $command"
set +e
in_root "cd /root/arnews && $command"
rc=$?
set -e
log "exit $rc"

if [ -n "${ARNEWS_ROOT_OUT:-}" ]; then
    mkdir -p "$ARNEWS_ROOT_OUT"
    cp -a "$root/root/out/." "$ARNEWS_ROOT_OUT/" 2>/dev/null || true
fi
exit $rc
