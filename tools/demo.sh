#!/usr/bin/env bash
# demo.sh (make demo): build and install arnews, start a throwaway cluster,
# load the sample corpus (data/corpus/) and print search, entity, date and
# quantity reports.  Safe to run again: the demo database is rebuilt.
set -euo pipefail
source "$(dirname "$0")/common.sh"
cd "$top"

"$top/tools/deps.sh"
echo "== building and installing arnews"
arnews_build_install
echo "== starting the throwaway cluster"
arnews_cluster demo
db=arnews_demo
PGOPTIONS="-c client_min_messages=warning" psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'"

# The load script: one INSERT per article file, read client-side.
load=$(mktemp)
trap 'rm -f "$load"' EXIT
{
    echo "\\set ON_ERROR_STOP on"
    for f in data/corpus/[0-9]*.txt; do
        echo "\\set body \`cat $f\`"
        echo "INSERT INTO articles(file, body) VALUES ('$(basename "$f")', :'body');"
    done
} > "$load"

psql -X -q -v ON_ERROR_STOP=1 -d "$db" <<SQL
CREATE EXTENSION arnews;
CREATE TABLE articles (
    id serial PRIMARY KEY,
    file text UNIQUE NOT NULL,
    published date,
    source text,
    topic text,
    body text NOT NULL,
    tsv tsvector GENERATED ALWAYS AS (to_tsvector('arnews', body)) STORED
);
\i $load
CREATE TEMP TABLE idx (file text, published date, source text, topic text);
\copy idx FROM PROGRAM 'grep -v "^#" data/corpus/index.tsv'
UPDATE articles a SET published = i.published, source = i.source, topic = i.topic
    FROM idx i WHERE i.file = a.file;
CREATE INDEX articles_tsv_idx ON articles USING gin (tsv);
ANALYZE articles;
SQL

q() { psql -X -d "$db" -P pager=off -c "$1"; }
echo
echo "== corpus"
q "SELECT count(*) AS articles, min(published), max(published), pg_size_pretty(sum(octet_length(body))) AS text FROM articles"

echo "== search: websearch_to_tsquery('arnews', ...) with ts_rank and ts_headline"
for query in 'بوتين' 'ترمب' 'الأميركية' 'أسعار النفط' '"البنك المركزي"' 'غوغل'; do
    echo "-- query: $query"
    q "SELECT file, round(ts_rank(tsv, query)::numeric, 3) AS rank,
              ts_headline('arnews', body, query, 'MaxWords=18, MinWords=8, MaxFragments=1, StartSel=[, StopSel=]') AS headline
       FROM articles, websearch_to_tsquery('arnews', '$query') AS query
       WHERE tsv @@ query ORDER BY rank DESC, file LIMIT 3"
done

echo "== the same searches with the built-in 'arabic' configuration (matching articles)"
q "SELECT query, (SELECT count(*) FROM articles WHERE to_tsvector('arabic', body) @@ websearch_to_tsquery('arabic', query)) AS arabic,
          (SELECT count(*) FROM articles WHERE tsv @@ websearch_to_tsquery('arnews', query)) AS arnews
   FROM unnest(ARRAY['بوتين','لبوتين','ترمب','الأميركية','محادثات','غوغل']) AS query"

has() { psql -X -tA -d "$db" -c "SELECT to_regproc('$1') IS NOT NULL"; }

if [ "$(has arnews_entities)" = t ]; then
    psql -X -q -d "$db" -c "CREATE TABLE mentions AS SELECT a.id AS article_id, e.* FROM articles a, arnews_entities(a.body) e" \
        -c "CREATE INDEX ON mentions (canonical)" -c "CREATE INDEX ON mentions (article_id)"
    echo "== entities: most mentioned people, places and organizations (one key across spellings)"
    q "SELECT kind, canonical, count(*) AS mentions, count(DISTINCT article_id) AS articles,
              string_agg(DISTINCT surface, ' | ') AS surfaces
       FROM mentions WHERE kind IN ('PER', 'LOC', 'ORG')
       GROUP BY 1, 2 ORDER BY mentions DESC, 2 LIMIT 15"
    echo "== entities: the most mentioned person of each month"
    q "SELECT DISTINCT ON (month) month, canonical, mentions
       FROM (SELECT date_trunc('month', a.published)::date AS month, m.canonical, count(*) AS mentions
             FROM mentions m JOIN articles a ON a.id = m.article_id
             WHERE m.kind = 'PER' GROUP BY 1, 2) s
       ORDER BY month, mentions DESC, canonical"
    echo "== entities: places mentioned in the same articles as Donald Trump"
    q "SELECT o.canonical, count(DISTINCT o.article_id) AS articles
       FROM mentions k JOIN mentions o USING (article_id)
       WHERE k.canonical = arnews_normalize('دونالد ترامب') AND o.kind = 'LOC'
       GROUP BY 1 ORDER BY articles DESC, 1 LIMIT 10"
fi
if [ "$(has arnews_dates)" = t ]; then
    echo "== dates: resolved against each article's own date (arnews_pubdate)"
    q "SELECT a.file, d.kind, d.surface, d.span, d.grain, d.modifier
       FROM articles a, arnews_dates(a.body, arnews_pubdate(a.body)) d
       ORDER BY a.file, d.start LIMIT 30"
fi
if [ "$(has arnews_quantities)" = t ]; then
    echo "== money mentioned, by currency"
    q "SELECT q.unit AS currency, count(*) AS mentions, sum(q.value) AS total
       FROM articles a, arnews_quantities(a.body) q
       WHERE q.kind = 'money' GROUP BY 1 ORDER BY total DESC"
fi

if [ "$(has arnews_analyze)" = t ]; then
    echo "== arnews_analyze: one call per article"
    q "SELECT a.file, j->'tokens' AS tokens, j->'lexemes' AS lexemes, jsonb_array_length(j->'entities') AS entities,
              jsonb_array_length(j->'dates') AS dates, jsonb_array_length(j->'quantities') AS quantities
       FROM articles a, arnews_analyze(a.body, a.published) j ORDER BY a.file LIMIT 5"
    psql -X -q -d "$db" -c "CREATE TABLE dates AS SELECT a.id AS article_id, d.* FROM articles a, arnews_dates(a.body, coalesce(a.published, arnews_pubdate(a.body))) d"
    echo "== timeline: dated events mentioned, by month of the span"
    q "SELECT date_trunc('month', lower(d.span))::date AS month, count(*) AS mentions, count(DISTINCT d.article_id) AS articles, min(d.surface) AS example
       FROM dates d WHERE d.kind IN ('date', 'range') AND d.grain IN ('minute', 'hour', 'day', 'week', 'month')
         AND NOT lower_inf(d.span) AND NOT upper_inf(d.span) GROUP BY 1 ORDER BY 1"
    echo "== pictures"
    python3 "$top/tools/arnews_svg.py" --dsn "dbname=$db" --out "$top/demo-out"
fi

eval "$("$top/tools/pgcluster.sh" env demo)"
echo
echo "The demo database is still running: psql -h $PGHOST -p $PGPORT -U $PGUSER $db"
echo "Stop it with: tools/pgcluster.sh stop demo"
