-- arnews_analyze per article, with the published date and with its default
-- reference, under a session whose default text search configuration is not
-- arnews (arnews must not depend on it, nor on DateStyle or search_path)
SET default_text_search_config = 'pg_catalog.english';
SET datestyle = 'SQL, DMY';
SELECT id, md5(arnews_analyze(body, published + :refshift)::text), md5(arnews_analyze(body)::text),
       (arnews_analyze(body)->>'lexemes')::int = length(to_tsvector('arnews', body)) AS lexemes_ok
FROM articles ORDER BY id;
SELECT sum((arnews_analyze(title || ' ' || body)->>'tokens')::bigint) FROM articles;
