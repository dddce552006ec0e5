-- search.sql: pgbench script of test/t/004_load.pl (searches while
-- articles are inserted): a websearch query through the GIN index, the
-- most mentioned entities of the matching articles, and headlines of the
-- newest matches.
\set q random(1, 12)
SELECT count(*) FROM articles
WHERE tsv @@ websearch_to_tsquery('arnews', (SELECT q FROM queries WHERE id = :q));
SELECT m.canonical, count(*) AS n
FROM articles a JOIN mentions m ON m.article_id = a.id
WHERE a.tsv @@ websearch_to_tsquery('arnews', (SELECT q FROM queries WHERE id = :q))
GROUP BY m.canonical ORDER BY n DESC, m.canonical LIMIT 5;
SELECT a.id, ts_headline('arnews', a.body, websearch_to_tsquery('arnews', (SELECT q FROM queries WHERE id = :q)))
FROM articles a
WHERE a.tsv @@ websearch_to_tsquery('arnews', (SELECT q FROM queries WHERE id = :q))
ORDER BY a.id DESC LIMIT 3;
