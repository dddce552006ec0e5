-- ranking.sql: BM25 ranking over corpus statistics (issue 13); on Citus the
-- document frequencies are summed over the shards.  Skipped by the runner
-- when arnews_stats_refresh(regclass, name) does not exist.
SELECT arnews_stats_refresh('articles', 'tsv') AS documents;
SELECT id, round(arnews_rank(tsv, arnews_query('ترمب أوكرانيا'))::numeric, 4) AS score
FROM articles WHERE tsv @@ arnews_query('ترمب أوكرانيا')
ORDER BY score DESC, id LIMIT 20;
SELECT id, round(arnews_rank(tsv, arnews_query('البنك المركزي الفائدة'), 'articles')::numeric, 4) AS score
FROM articles WHERE tsv @@ arnews_query('البنك المركزي الفائدة')
ORDER BY score DESC, id LIMIT 20;
SELECT id, round(arnews_rank(tsv, arnews_query('النفط السعودية أسعار'))::numeric, 4) AS score
FROM articles WHERE tsv @@ arnews_query('النفط السعودية أسعار')
ORDER BY score DESC, id LIMIT 20;
