#!/usr/bin/env bash
# digests.sh: md5 digests of what arnews makes of a fixed corpus, to compare
# PostgreSQL versions (make matrix; tools/digests_compare.sh).
#
#   tools/digests.sh [OUTFILE]
#
# Loads data/corpus/[0-9]*.txt and ../shared/corpus/seeds/*.txt into a fresh
# database of the throwaway cluster "digest" (the installed arnews, see
# tools/common.sh), and prints one line per output:
#   <what> <rows> <md5 of the rows, ordered, one per line>
# for the tsvectors (arnews and the built-in arabic configuration), the
# entities, the dates (against each article's own date and against a fixed
# reference), the quantities, arnews_normalize and arnews_analyze.  The first
# line names the server version; it is not compared.
set -euo pipefail
source "$(dirname "$0")/common.sh"
cd "$top"

out=${1:-/dev/stdout}
seeds=${ARNEWS_SEEDS:-$top/../shared/corpus/seeds}
files=(data/corpus/[0-9]*.txt)
if [ -d "$seeds" ]; then
    files+=("$seeds"/*.txt)
else
    echo "digests.sh: $seeds is missing: digests of data/corpus only" >&2
fi

arnews_cluster digest
trap '"$top/tools/pgcluster.sh" stop digest' EXIT
db=arnews_digest
PGOPTIONS="-c client_min_messages=warning" psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" \
    -c "CREATE DATABASE $db TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'"

load=$(mktemp)
trap 'rm -f "$load"; "$top/tools/pgcluster.sh" stop digest' EXIT
{
    echo "\\set ON_ERROR_STOP on"
    echo "CREATE EXTENSION arnews;"
    echo "CREATE TABLE doc (file text PRIMARY KEY, body text NOT NULL);"
    for f in "${files[@]}"; do
        case $f in data/*) name=corpus/$(basename "$f") ;; *) name=seeds/$(basename "$f") ;; esac
        echo "\\set body \`cat '$f'\`"
        echo "INSERT INTO doc VALUES ('$name', :'body');"
    done
} > "$load"
psql -X -q -v ON_ERROR_STOP=1 -d "$db" -f "$load" >/dev/null

# digest NAME QUERY: QUERY yields one text column "r", ordered by "k"
digest() {
    psql -X -tA -v ON_ERROR_STOP=1 -d "$db" -c \
        "SELECT '$1' || ' ' || count(*) || ' ' || md5(coalesce(string_agg(r, E'\n' ORDER BY k COLLATE \"C\"), '')) FROM ($2) s"
}

{
    echo "server $(psql -X -tA -d "$db" -c 'SHOW server_version') arnews $(psql -X -tA -d "$db" -c "SELECT extversion FROM pg_extension WHERE extname = 'arnews'")"
    echo "documents ${#files[@]}"
    digest tsvector "SELECT file AS k, file || E'\t' || to_tsvector('arnews', body)::text AS r FROM doc"
    digest tsvector_arabic "SELECT file AS k, file || E'\t' || to_tsvector('arabic', body)::text AS r FROM doc"
    digest normalize "SELECT file AS k, file || E'\t' || arnews_normalize(body) AS r FROM doc"
    digest entities "SELECT format('%s %s', file, to_char(e.start, 'FM0000000')) AS k, concat_ws(E'\t', file, e.*) AS r
                     FROM doc, arnews_entities(body) e"
    digest pubdate "SELECT file AS k, concat_ws(E'\t', file, arnews_pubdate(body)) AS r FROM doc"
    digest dates "SELECT format('%s %s %s', file, to_char(d.start, 'FM0000000'), d.kind) AS k,
                         concat_ws(E'\t', file, d.kind, d.surface, d.start, d.length, d.span, d.grain, d.at, d.duration, d.modifier, d.calendar) AS r
                  FROM doc, arnews_dates(body, arnews_pubdate(body)) d"
    digest dates_fixed "SELECT format('%s %s %s', file, to_char(d.start, 'FM0000000'), d.kind) AS k,
                               concat_ws(E'\t', file, d.kind, d.surface, d.start, d.length, d.span, d.grain, d.at, d.duration, d.modifier, d.calendar) AS r
                        FROM doc, arnews_dates(body, date '2026-03-04') d"
    digest quantities "SELECT format('%s %s %s', file, to_char(q.start, 'FM0000000'), q.kind) AS k,
                              concat_ws(E'\t', file, q.kind, q.surface, q.start, q.length, q.value, q.unit, q.approximate) AS r
                       FROM doc, arnews_quantities(body) q"
    if [ "$(psql -X -tA -d "$db" -c "SELECT to_regproc('arnews_analyze') IS NOT NULL")" = t ]; then
        digest analyze "SELECT file AS k, file || E'\t' || arnews_analyze(body, arnews_pubdate(body))::text AS r FROM doc"
    fi
} > "$out"
psql -X -q -d postgres -c "DROP DATABASE $db"
