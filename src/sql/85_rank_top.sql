
-- A first page at scale: the narrower query that still finds the first k
-- of a BM25 ranking (MaxScore pruning, src/pg_rank_top.c).
CREATE FUNCTION arnews_query_top(query tsquery, corpus regclass, col name, k integer DEFAULT 10)
    RETURNS tsquery
    AS 'MODULE_PATHNAME', 'arnews_query_top'
    LANGUAGE C STABLE STRICT PARALLEL RESTRICTED;
COMMENT ON FUNCTION arnews_query_top(tsquery, regclass, name, integer) IS
    'A tsquery that matches every document of the first k by arnews_rank(col, query, corpus) but leaves out the words too common to reach them (MaxScore); filter with it, rank with arnews_query';
