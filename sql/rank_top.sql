-- arnews_query_top: the narrower query of a first page (MaxScore), same first page.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS arnews;
RESET client_min_messages;

-- 3,000 short documents: a common word (الحكومة) in nearly all, a rarer name
-- (بوتين) in some, a rare one (موسكو) in a few, some with all three
CREATE TABLE top_docs (id int PRIMARY KEY, tsv tsvector);
INSERT INTO top_docs
SELECT g, to_tsvector('arnews', concat_ws(' ',
    CASE WHEN g % 60 = 0 THEN 'زار بوتين موسكو' WHEN g % 45 = 0 THEN 'وصل الوفد إلى موسكو' END,
    CASE WHEN g % 9 = 0 THEN 'قال بوتين' END,
    CASE WHEN g % 13 <> 0 THEN 'أعلنت الحكومة' END,
    CASE WHEN g % 4 = 0 THEN 'أعلنت الحكومة الخطة' END,
    'البند ' || g))
FROM generate_series(1, 3000) g;
-- no statistics yet: arnews_rank's error (55000)
\set VERBOSITY terse
SELECT arnews_query_top(arnews_query('الحكومة موسكو'), 'top_docs', 'tsv');
\echo SQLSTATE :LAST_ERROR_SQLSTATE
\set VERBOSITY default
SELECT arnews_stats_refresh('top_docs', 'tsv');

CREATE FUNCTION first_page(filter tsquery, q text, k int) RETURNS int[] LANGUAGE sql AS $$
    SELECT array_agg(id ORDER BY r DESC, id) FROM (
        SELECT id, arnews_rank(tsv, arnews_query(q), 'top_docs') AS r FROM top_docs
        WHERE tsv @@ filter ORDER BY r DESC, id LIMIT k) s
$$;
-- the common words are left out, the first page is the same, for several k
-- (a STABLE function: a scalar subquery computes it once, not per row)
SELECT q, k, arnews_query_top(arnews_query(q), 'top_docs', 'tsv', k) AS narrower,
       (SELECT count(*) FROM top_docs WHERE tsv @@ arnews_query(q)) AS matches,
       (SELECT count(*) FROM top_docs WHERE tsv @@ (SELECT arnews_query_top(arnews_query(q), 'top_docs', 'tsv', k))) AS ranked,
       first_page(arnews_query_top(arnews_query(q), 'top_docs', 'tsv', k), q, k)
         = first_page(arnews_query(q), q, k) AS same_first_page
FROM (VALUES ('الحكومة موسكو', 10), ('الحكومة بوتين موسكو', 10), ('أعلنت الحكومة بوتين', 5),
             ('الحكومة بوتين', 40), ('الحكومة بوتين', 400), ('الحكومة الخطة', 10)) AS v(q, k)
ORDER BY q, k;
-- a negation stays; one word or none: the query itself
SELECT arnews_query_top(arnews_query('الحكومة موسكو -بوتين'), 'top_docs', 'tsv', 3) AS negated,
       first_page(arnews_query_top(arnews_query('الحكومة موسكو -بوتين'), 'top_docs', 'tsv', 3), 'الحكومة موسكو -بوتين', 3)
         = first_page(arnews_query('الحكومة موسكو -بوتين'), 'الحكومة موسكو -بوتين', 3) AS same_first_page;
SELECT arnews_query_top(arnews_query('الحكومة'), 'top_docs', 'tsv') AS one_word,
       numnode(arnews_query_top(arnews_query('في'), 'top_docs', 'tsv')) AS stop_word_only,
       arnews_query_top(NULL, 'top_docs', 'tsv') IS NULL AS null_query;
-- bad arguments
\set VERBOSITY terse
SELECT arnews_query_top(arnews_query('الحكومة موسكو'), 'top_docs', 'tsv', 0);
\echo SQLSTATE :LAST_ERROR_SQLSTATE
SELECT arnews_query_top(arnews_query('الحكومة موسكو'), 'top_docs', 'no_such_column');
\echo SQLSTATE :LAST_ERROR_SQLSTATE
\set VERBOSITY default
DROP FUNCTION first_page(tsquery, text, int);
DROP TABLE top_docs;
