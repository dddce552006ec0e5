-- the extractors called per row in a LATERAL join with grouping, without the
-- side tables (pushed down to the shards on Citus)
SELECT e.kind, e.canonical, count(*) AS mentions, count(DISTINCT a.id) AS articles
FROM articles a, LATERAL arnews_entities(a.body) e
GROUP BY 1, 2 ORDER BY mentions DESC, 1, 2 LIMIT 200;
SELECT d.kind, d.grain, count(*), count(DISTINCT d.span), min(lower(d.span)), max(upper(d.span))
FROM articles a, LATERAL arnews_dates(a.body, arnews_pubdate(a.body) + :refshift) d
GROUP BY 1, 2 ORDER BY 1, 2;
SELECT q.kind, q.unit, count(*), sum(q.value)
FROM articles a, LATERAL arnews_quantities(a.body) q
GROUP BY 1, 2 ORDER BY 1, 2;
