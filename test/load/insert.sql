-- insert.sql: pgbench script of test/t/004_load.pl (one article per
-- transaction).  An article of the sample corpus, made unique by the client
-- and a random number, goes into articles (generated arnews tsvector column,
-- GIN index) and its entities into mentions, in one statement.
\set n random(1, 36)
\set r random(1, 1000000000)
WITH a AS (
    INSERT INTO articles (src, client, body)
    SELECT c.id, :client_id, c.body || ' رقم ' || :r
    FROM corpus c WHERE c.id = :n
    RETURNING id, body
)
INSERT INTO mentions (article_id, kind, surface, canonical, start, length)
SELECT a.id, e.kind, e.surface, e.canonical, e.start, e.length
FROM a, arnews_entities(a.body) e;
