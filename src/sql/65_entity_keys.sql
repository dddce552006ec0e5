
-- Keys across documents (added in 0.2.0).  An article that only says
-- بيسكوف gets the key بيسكوف, one that says دميتري بيسكوف gets the full key:
-- arnews_resolve_keys maps each partial key to the single full key of the
-- same kind that contains it as whole words in the mentions table, for
-- reports to join after loading.  The table is a regclass argument, so its
-- name is looked up with the caller's search_path.  PARALLEL RESTRICTED:
-- the table may be a temporary one.
CREATE FUNCTION arnews_resolve_keys(mentions regclass,
                                    kinds text[] DEFAULT ARRAY['PER'],
                                    min_mentions int DEFAULT 2)
    RETURNS TABLE(kind text, canonical text, resolved text)
    LANGUAGE plpgsql STABLE STRICT PARALLEL RESTRICTED
    SET search_path = pg_catalog
AS $fn$
BEGIN
    IF (SELECT count(*) FROM pg_attribute a
        WHERE a.attrelid = mentions AND a.attname IN ('kind', 'canonical')
          AND a.attnum > 0 AND NOT a.attisdropped) < 2 THEN
        RAISE EXCEPTION 'table % has no columns kind and canonical', mentions
            USING ERRCODE = 'undefined_column';
    END IF;
    RETURN QUERY EXECUTE format($q$
        WITH keys AS (
            SELECT m.kind::text AS kind, m.canonical::text AS canonical,
                   string_to_array(m.canonical, ' ') AS w, count(*) AS n
            FROM %s m
            WHERE m.kind = ANY ($1) AND m.canonical <> ''
            GROUP BY 1, 2),
        -- every run of whole words of a key shorter than the key (keys of
        -- at most 8 words, mentioned at least min_mentions times: a one-off
        -- key is often a span error); not a run after بن/ابن/بنت/ابو/ام
        -- (احمد بن سليمان holds the father's name, not his)
        sub AS (
            SELECT k.kind, k.canonical AS whole, array_to_string(k.w[i:j], ' ') AS part
            FROM keys k, generate_series(1, cardinality(k.w)) i,
                 generate_series(i, cardinality(k.w)) j
            WHERE cardinality(k.w) <= 8 AND j - i + 1 < cardinality(k.w)
              AND k.n >= $2
              AND (i = 1 OR k.w[i - 1] NOT IN ('بن', 'ابن', 'بنت', 'ابو', 'ام'))),
        -- a key of the table that is such a run: a partial key and a whole key
        pairs AS (
            SELECT DISTINCT s.kind, s.part, s.whole
            FROM sub s JOIN keys p ON p.kind = s.kind AND p.canonical = s.part),
        -- a single fullest key holds every candidate of its part, and a key
        -- of 8 words has 36 runs: parts with more candidates cannot resolve
        cand AS (
            SELECT p.kind, p.part, p.whole
            FROM pairs p
            JOIN (SELECT kind, part FROM pairs GROUP BY 1, 2 HAVING count(*) <= 36) few
                ON few.kind = p.kind AND few.part = p.part),
        -- the fullest candidates: not themselves inside another candidate
        -- of the same partial key (set operations: hash joins, no loop)
        dominated AS (
            SELECT c.kind, c.part, c.whole
            FROM cand c
            JOIN cand d ON d.kind = c.kind AND d.part = c.part AND d.whole <> c.whole
            JOIN sub s ON s.kind = d.kind AND s.whole = d.whole AND s.part = c.whole),
        fullest AS (
            SELECT kind, part, whole FROM cand
            EXCEPT
            SELECT kind, part, whole FROM dominated)
        SELECT f.kind, f.part, min(f.whole)
        FROM fullest f
        GROUP BY f.kind, f.part
        HAVING count(*) = 1
        ORDER BY 1, 2$q$, mentions)
    USING kinds, min_mentions;
END
$fn$;
COMMENT ON FUNCTION arnews_resolve_keys(regclass, text[], int) IS
    'Corpus-level key resolution: for each key of the given kinds (default PER) in a mentions table (columns kind, canonical), the single fullest key of the same kind, mentioned at least min_mentions times (default 2), that contains it as whole words, not after بن/ابن/بنت/ابو/ام (بيسكوف -> دميتري بيسكوف); keys contained in several different full keys (محمد) are left out. Join it to the mentions: coalesce(resolved, canonical)';
