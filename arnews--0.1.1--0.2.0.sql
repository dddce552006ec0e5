-- arnews 0.1.1 -> 0.2.0
-- Each section below belongs to one issue; keep the sections apart.

\echo Use "ALTER EXTENSION arnews UPDATE TO '0.2.0'" to load this file. \quit

-- ---------------------------------------------------------------------------
-- Ranking (issue 13)
-- (the same objects as src/sql/80_rank.sql)
-- The statistics tables are written only by arnews_stats_refresh (which runs
-- its writes as their owner) and read by arnews_rank after checking that the
-- caller may read the column they describe; they are dumped with the data
-- (pg_extension_config_dump) so ranking works right after a restore.
CREATE TABLE arnews_stats (
    id bigint PRIMARY KEY,
    corpus regclass NOT NULL,
    col name NOT NULL,
    docs bigint NOT NULL,
    avgdl float8 NOT NULL,
    refreshed timestamptz NOT NULL,
    UNIQUE (corpus, col)
);
COMMENT ON TABLE arnews_stats IS
    'arnews_rank statistics: one row per refreshed tsvector column (documents, average length in token positions)';
CREATE TABLE arnews_stats_df (
    stats_id bigint NOT NULL,
    lexeme text COLLATE "C" NOT NULL,
    df bigint NOT NULL,
    PRIMARY KEY (stats_id, lexeme)
);
COMMENT ON TABLE arnews_stats_df IS
    'arnews_rank statistics: document frequency of each lexeme of a refreshed column (arnews_stats.id)';
REVOKE ALL ON arnews_stats, arnews_stats_df FROM PUBLIC;
SELECT pg_catalog.pg_extension_config_dump('arnews_stats', '');
SELECT pg_catalog.pg_extension_config_dump('arnews_stats_df', '');

CREATE FUNCTION arnews_doclen(tsvector) RETURNS integer
    AS 'MODULE_PATHNAME', 'arnews_doclen'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION arnews_doclen(tsvector) IS
    'Length of a document in token positions (distinct positions; lexemes without positions count one), as arnews_rank counts it';

CREATE FUNCTION arnews_stats_refresh(tab regclass, col name) RETURNS bigint
    AS 'MODULE_PATHNAME', 'arnews_stats_refresh'
    LANGUAGE C VOLATILE STRICT PARALLEL UNSAFE;
COMMENT ON FUNCTION arnews_stats_refresh(regclass, name) IS
    'Compute the arnews_rank statistics of a tsvector column (documents, average length, document frequencies), replacing its previous ones; returns the number of documents';

CREATE FUNCTION arnews_query(text) RETURNS tsquery
    AS 'MODULE_PATHNAME', 'arnews_query'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION arnews_query(text) IS
    'websearch_to_tsquery syntax with the arnews configuration, but unquoted words and phrases are alternatives (OR) for ranking, -word still excludes';

CREATE FUNCTION arnews_rank(tsv tsvector, query tsquery) RETURNS float4
    AS 'MODULE_PATHNAME', 'arnews_rank'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION arnews_rank(tsvector, tsquery) IS
    'BM25 rank of a document for a query, a word''s alternatives counted as one term, with the most recently refreshed statistics (arnews.bm25_k1, arnews.bm25_b)';

CREATE FUNCTION arnews_rank(tsv tsvector, query tsquery, corpus regclass) RETURNS float4
    AS 'MODULE_PATHNAME', 'arnews_rank_corpus'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION arnews_rank(tsvector, tsquery, regclass) IS
    'BM25 rank of a document for a query with the statistics of the given table (arnews_stats_refresh), a word''s alternatives counted as one term';

-- (the same objects as src/sql/85_rank_top.sql)
-- A first page at scale: the narrower query that still finds the first k
-- of a BM25 ranking (MaxScore pruning, src/pg_rank_top.c).
CREATE FUNCTION arnews_query_top(query tsquery, corpus regclass, col name, k integer DEFAULT 10)
    RETURNS tsquery
    AS 'MODULE_PATHNAME', 'arnews_query_top'
    LANGUAGE C STABLE STRICT PARALLEL RESTRICTED;
COMMENT ON FUNCTION arnews_query_top(tsquery, regclass, name, integer) IS
    'A tsquery that matches every document of the first k by arnews_rank(col, query, corpus) but leaves out the words too common to reach them (MaxScore); filter with it, rank with arnews_query';

-- ---------------------------------------------------------------------------
-- Dates, times and amounts (issue 15)

-- dates
-- The timestamp forms: the same columns plus zone and at_utc; "now" and
-- "in two hours" resolve to moments.  The text form takes an untyped
-- literal (arnews_dates(body, '2026-03-04') would otherwise be ambiguous
-- between date and timestamp) and keeps the date form's columns.
CREATE FUNCTION arnews_dates(body text, reference timestamp)
    RETURNS TABLE(kind text, surface text, start int, length int,
                  span daterange, grain text, at timestamp,
                  duration interval, modifier text, calendar text,
                  zone text, at_utc timestamptz)
    AS 'MODULE_PATHNAME', 'arnews_dates_ts'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION arnews_dates(text, timestamp) IS
    'Temporal expressions resolved against a reference moment: the columns of arnews_dates(text, date), with at also set for kind vague "now" (الآن، حالياً، في هذه اللحظة) and for durations in hours or minutes after بعد/قبل/منذ (بعد ساعتين); zone is the time zone named after a clock time (IANA name such as Asia/Riyadh for بتوقيت مكة, UTC for غرينتش, or UTC+03:00 for GMT+3) and at_utc that time in UTC (NULL without a zone)';

CREATE FUNCTION arnews_dates(body text, reference timestamptz)
    RETURNS TABLE(kind text, surface text, start int, length int,
                  span daterange, grain text, at timestamp,
                  duration interval, modifier text, calendar text,
                  zone text, at_utc timestamptz)
    AS 'MODULE_PATHNAME', 'arnews_dates_tstz'
    LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION arnews_dates(text, timestamptz) IS
    'arnews_dates(body, reference::timestamp): the reference (e.g. now()) read in the session''s TimeZone';

CREATE FUNCTION arnews_dates(body text, reference text)
    RETURNS TABLE(kind text, surface text, start int, length int,
                  span daterange, grain text, at timestamp,
                  duration interval, modifier text, calendar text)
    AS 'MODULE_PATHNAME', 'arnews_dates_text'
    LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION arnews_dates(text, text) IS
    'arnews_dates for an untyped or text reference (''2026-03-04'', ''2026-03-04 09:30''): read as a timestamp with the session''s DateStyle; the columns of arnews_dates(text, date); the time of day is used when the text has one';

-- ---------------------------------------------------------------------------
-- Entities (issue 14)

-- ---------------------------------------------------------------------------
-- Citus (issue 16)
