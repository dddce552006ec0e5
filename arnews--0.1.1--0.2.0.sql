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

-- ---------------------------------------------------------------------------
-- Dates, times and amounts (issue 15)

-- ---------------------------------------------------------------------------
-- Entities (issue 14)

-- ---------------------------------------------------------------------------
-- Citus (issue 16)
