#!/usr/bin/env bash
# digests_compare.sh: fail unless every digest file (tools/digests.sh output,
# one per PostgreSQL version) gives the same digests.
#
#   tools/digests_compare.sh FILE FILE [FILE...]
#
# The first line of each file (the server version) is not compared.  Prints
# each differing line with the file it comes from; exit 1 on a difference,
# 2 on a usage error (fewer than two files, or a missing/empty file).
set -euo pipefail

[ $# -ge 2 ] || { echo "usage: digests_compare.sh FILE FILE [FILE...]" >&2; exit 2; }
for f in "$@"; do
    [ -s "$f" ] || { echo "digests_compare.sh: $f is missing or empty" >&2; exit 2; }
done

ref=$1
rc=0
for f in "${@:2}"; do
    if ! diff -q <(tail -n +2 "$ref") <(tail -n +2 "$f") >/dev/null; then
        echo "DIFFERENT: $(head -1 "$ref") ($ref) vs $(head -1 "$f") ($f):"
        diff <(tail -n +2 "$ref") <(tail -n +2 "$f") | sed -n 's/^</  '"${ref##*/}"':/p; s/^>/  '"${f##*/}"':/p'
        rc=1
    fi
done
if [ $rc = 0 ]; then
    echo "digests: identical on $# versions ($(for f in "$@"; do head -1 "$f" | cut -d' ' -f2; done | paste -sd' '))"
    tail -n +2 "$ref" | sed 's/^/  /'
fi
exit $rc
