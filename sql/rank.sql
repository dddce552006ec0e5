-- Ranking: arnews_query, arnews_stats_refresh, arnews_rank (BM25 over word groups).
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS arnews;
RESET client_min_messages;

-- arnews_query: websearch syntax, but unquoted words are alternatives (OR);
-- each word keeps the alternatives the dictionary gives it, in its order
SELECT arnews_query('سافر ترمب إلى باريس');
SELECT websearch_to_tsquery('arnews', 'سافر ترمب إلى باريس');
-- a quoted phrase stays a phrase, -word still excludes, OR changes nothing
SELECT arnews_query('"البنك المركزي" الفائدة -لبنان');
SELECT arnews_query('الفائدة OR البنك') AS with_or, arnews_query('الفائدة البنك') AS without_or;
-- words of one hashtag become alternatives too; an entity alternative stays an AND
SELECT arnews_query('#أسعار_النفط');
SELECT arnews_query('بوتين');
-- bad input gives an empty query without an error, as websearch_to_tsquery does
SET client_min_messages = warning;
SELECT q, arnews_query(q)::text AS query, numnode(arnews_query(q)) AS nodes
FROM unnest(ARRAY['', '   ', 'في من على', '"', '-', 'OR OR', '""', '- -', '"في"', 'OR']) AS q;
RESET client_min_messages;
SELECT arnews_query('-غزة') AS only_negated;
SELECT arnews_query(NULL) IS NULL AS null_query;
-- IMMUTABLE, and it never reads default_text_search_config
SET default_text_search_config = 'pg_catalog.english';
SELECT arnews_query('المحادثات') = websearch_to_tsquery('arnews', 'المحادثات') AS own_configuration;
RESET default_text_search_config;

-- No statistics yet: a clear error with SQLSTATE 55000 and a hint
CREATE TABLE rank_docs (
    id int PRIMARY KEY,
    body text,
    tsv tsvector GENERATED ALWAYS AS (to_tsvector('arnews', body)) STORED
);
CREATE FUNCTION rank_error(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE s text; m text; h text;
BEGIN
    EXECUTE q;
    RETURN 'no error';
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS s = RETURNED_SQLSTATE, m = MESSAGE_TEXT, h = PG_EXCEPTION_HINT;
    RETURN s || ': ' || m || coalesce(' HINT: ' || nullif(h, ''), '');
END $$;
SELECT rank_error($$SELECT arnews_rank(to_tsvector('arnews', 'ترمب'), arnews_query('ترمب'))$$);
SELECT rank_error($$SELECT arnews_rank(to_tsvector('arnews', 'ترمب'), arnews_query('ترمب'), 'rank_docs')$$);
-- bad arguments of the refresh
SELECT rank_error($$SELECT arnews_stats_refresh('rank_docs', 'body')$$);
SELECT rank_error($$SELECT arnews_stats_refresh('rank_docs', 'nosuch')$$);

INSERT INTO rank_docs VALUES
    (1, 'قال الرئيس الأميركي ترمب إن المحادثات التجارية مع الصين مستمرة'),
    (2, 'قال الرئيس الأمريكي ترامب إن المحادثات التجارية مع الصين مستمرة'),
    (3, 'ترمب يكرر أن ترمب لن يتراجع عن الرسوم الجمركية على الصين'),
    (4, 'رفع البنك المركزي المصري سعر الفائدة لكبح التضخم'),
    (5, 'قال البنك إن المركزي في الأمر هو التضخم وليس الفائدة'),
    (6, 'ارتفعت أسعار النفط في الأسواق العالمية بعد قرار أوبك'),
    (7, 'هبطت الأسهم الأوروبية مع تراجع أسعار النفط والغاز'),
    (8, 'زار رئيس الوزراء الياباني باريس لبحث التعاون الاقتصادي');
SELECT arnews_stats_refresh('rank_docs', 'tsv') AS documents;
SELECT corpus, col, docs, round(avgdl::numeric, 3) AS avgdl FROM arnews_stats;
SELECT lexeme, df FROM arnews_stats_df
WHERE lexeme IN ('ترمب', '~ترمب', 'صين', 'نفط', 'فاءده', '=دونالد_ترامب') ORDER BY lexeme;
-- document length counts token positions (stop words and the several
-- lexemes of one word do not add), as arnews_doclen shows
SELECT id, arnews_doclen(tsv) AS positions, length(tsv) AS lexemes FROM rank_docs WHERE id IN (1, 3) ORDER BY id;

-- A word's alternatives are one term: ترمب and ترامب (same length, same
-- text otherwise) score the same although ترمب matches three alternatives
SELECT id, round(arnews_rank(tsv, arnews_query('ترمب'))::numeric, 4) AS score
FROM rank_docs WHERE tsv @@ arnews_query('ترمب') ORDER BY score DESC, id;
-- so are the several plain lexemes of one word (بالكذب: بالكذب، الكذب، كذب):
-- it scores as the one-lexeme word كذب in the same text, not three times it
SELECT round((arnews_rank(d, arnews_query('بالكذب'), 'rank_docs') /
              arnews_rank(d, arnews_query('كذب'), 'rank_docs'))::numeric, 4) AS one_term
FROM to_tsvector('arnews', 'اتهمه بالكذب') d;
-- term frequency counts positions: two mentions beat one, but less than twice
SELECT round((arnews_rank(a.tsv, q) / arnews_rank(b.tsv, q))::numeric, 4) AS two_over_one
FROM rank_docs a, rank_docs b, arnews_query('ترمب') q WHERE a.id = 3 AND b.id = 1;
-- the rarer word weighs more (idf): الصين is in 3 documents, الياباني in 1
SELECT id, round(arnews_rank(tsv, arnews_query('الصين الياباني'))::numeric, 4) AS score
FROM rank_docs WHERE tsv @@ arnews_query('الصين الياباني') ORDER BY score DESC, id;
-- a quoted phrase is one term, matched only where its words are adjacent
SELECT id, round(arnews_rank(tsv, arnews_query('"البنك المركزي"'))::numeric, 4) AS phrase,
       round(arnews_rank(tsv, arnews_query('البنك المركزي'))::numeric, 4) AS two_words
FROM rank_docs WHERE id IN (4, 5) ORDER BY id;
-- stop words and negated words add nothing
SELECT arnews_rank(tsv, arnews_query('ترمب')) = arnews_rank(tsv, arnews_query('على ترمب في')) AS stop_words,
       arnews_rank(tsv, arnews_query('ترمب')) = arnews_rank(tsv, arnews_query('ترمب -باريس')) AS negation,
       tsv @@ arnews_query('ترمب -الصين') AS excluded
FROM rank_docs WHERE id = 1;
-- a plain websearch_to_tsquery query (AND of the words) ranks the same groups
SELECT id, round(arnews_rank(tsv, websearch_to_tsquery('arnews', 'أسعار النفط'))::numeric, 4) AS websearch,
       round(arnews_rank(tsv, arnews_query('أسعار النفط'))::numeric, 4) AS arnews_query
FROM rank_docs WHERE id IN (6, 7) ORDER BY id;
-- empty and odd queries rank 0; NULL in, NULL out
SET client_min_messages = warning;
SELECT arnews_rank(tsv, arnews_query('')) AS empty, arnews_rank(tsv, arnews_query('OR OR')) AS odd,
       arnews_rank(tsv, arnews_query('في')) AS stop_only, arnews_rank(tsv, to_tsquery('arnews', 'غائب')) AS absent
FROM rank_docs WHERE id = 1;
RESET client_min_messages;
SELECT arnews_rank(NULL, arnews_query('ترمب')) IS NULL AS null_doc,
       arnews_rank(to_tsvector('arnews', 'ترمب'), NULL) IS NULL AS null_query,
       arnews_rank(to_tsvector('arnews', 'ترمب'), arnews_query('ترمب'), NULL) IS NULL AS null_corpus;
-- the corpus argument picks the statistics; k1 and b are settings
SELECT arnews_rank(tsv, arnews_query('النفط')) = arnews_rank(tsv, arnews_query('النفط'), 'rank_docs') AS same_corpus
FROM rank_docs WHERE id = 6;
SET arnews.bm25_b = 0;
SELECT round(arnews_rank(a.tsv, q)::numeric, 4) = round(arnews_rank(b.tsv, q)::numeric, 4) AS no_length_norm
FROM rank_docs a, rank_docs b, arnews_query('النفط') q WHERE a.id = 6 AND b.id = 7;
RESET arnews.bm25_b;
SET arnews.bm25_k1 = 0;
SELECT round(arnews_rank(a.tsv, q)::numeric, 4) = round(arnews_rank(b.tsv, q)::numeric, 4) AS tf_ignored
FROM rank_docs a, rank_docs b, arnews_query('ترمب') q WHERE a.id = 3 AND b.id = 1;
RESET arnews.bm25_k1;
SELECT rank_error($$SET arnews.bm25_b = 2$$);

-- A refresh replaces the previous statistics of the column
INSERT INTO rank_docs SELECT 100 + g, 'النفط والغاز في الخليج' FROM generate_series(1, 4) g;
SELECT round(arnews_rank(tsv, arnews_query('النفط'))::numeric, 4) AS before_refresh FROM rank_docs WHERE id = 6;
SELECT arnews_stats_refresh('rank_docs', 'tsv') AS documents;
SELECT count(*) AS stats_rows, sum(docs) AS docs FROM arnews_stats;
SELECT df FROM arnews_stats_df WHERE lexeme = 'نفط';
SELECT round(arnews_rank(tsv, arnews_query('النفط'))::numeric, 4) AS after_refresh FROM rank_docs WHERE id = 6;
-- several queries in one statement: each is ranked with its own groups
SELECT q, id, round(arnews_rank(tsv, arnews_query(q))::numeric, 4) AS score
FROM rank_docs, unnest(ARRAY['النفط', 'ترمب']) q
WHERE id IN (1, 6) ORDER BY q, id;

-- Two tables: the two-argument form uses the most recently refreshed one
CREATE TABLE rank_other (tsv tsvector);
INSERT INTO rank_other VALUES (to_tsvector('arnews', 'النفط')), (to_tsvector('arnews', 'الغاز'));
SELECT arnews_stats_refresh('rank_other', 'tsv') AS documents;
SELECT round(arnews_rank(to_tsvector('arnews', 'النفط'), arnews_query('النفط'))::numeric, 4) AS latest,
       round(arnews_rank(to_tsvector('arnews', 'النفط'), arnews_query('النفط'), 'rank_other')::numeric, 4) AS other,
       round(arnews_rank(to_tsvector('arnews', 'النفط'), arnews_query('النفط'), 'rank_docs')::numeric, 4) AS docs;

-- Privileges: the statistics are not readable directly, and ranking with
-- them needs the right to read the column they describe
CREATE ROLE arnews_rank_user;
GRANT SELECT ON rank_docs TO arnews_rank_user;
SET ROLE arnews_rank_user;
SELECT rank_error($$SELECT count(*) FROM arnews_stats_df$$);
SELECT round(arnews_rank(to_tsvector('arnews', 'النفط'), arnews_query('النفط'), 'rank_docs')::numeric, 4) AS allowed;
SELECT rank_error($$SELECT arnews_rank(to_tsvector('arnews', 'النفط'), arnews_query('النفط'), 'rank_other')$$);
SELECT rank_error($$SELECT arnews_stats_refresh('rank_other', 'tsv')$$);
SELECT arnews_stats_refresh('rank_docs', 'tsv') AS refreshed_by_reader;
RESET ROLE;

-- Dropped tables lose their statistics at the next refresh
DROP TABLE rank_other;
SELECT arnews_stats_refresh('rank_docs', 'tsv') AS documents;
SELECT corpus, col, docs FROM arnews_stats ORDER BY 1;
DROP TABLE rank_docs;
DROP FUNCTION rank_error(text);
DROP ROLE arnews_rank_user;
