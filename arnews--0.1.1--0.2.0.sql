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
-- quantities: two new OUT columns, value_max and bound (the range or bound
-- of an amount).  OUT columns cannot change in place: drop and create.
-- arnews_analyze binds it by OID (BEGIN ATOMIC), so it is dropped first and
-- created again unchanged from src/sql/70_analyze.sql (its quantities
-- objects gain the two keys); arnews_index_article names the columns it
-- copies and keeps working.
DROP FUNCTION arnews_analyze(text, date);
DROP FUNCTION arnews_quantities(text);
-- Money, percentages, quantities, numbers and ordinals.
CREATE FUNCTION arnews_quantities(body text)
    RETURNS TABLE(kind text, surface text, start int, length int,
                  value numeric, unit text, approximate boolean,
                  value_max numeric, bound text)
    AS 'MODULE_PATHNAME', 'arnews_quantities'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION arnews_quantities(text) IS
    'Figures of an Arabic text: kind money (unit = ISO 4217 code from a name, symbol, code or abbreviation such as ر.س; an unqualified ريال/دينار/ليرة/جنيه takes the one country the text names, else NULL; minor units such as سنت, قرش, هللة, فلس are converted and joined: 15 دولاراً و60 سنتاً = 15.60 USD), percent (unit %, or pp for نقطة مئوية), quantity (unit km, km2, m, kg, t, barrel, l, MW, ha ...; every noun counting people such as شخص, جندي, قتيل, لاجئ has unit person), number (bare, unit NULL; negative, decimal, spoken with فاصلة, colloquial) and ordinal; value is the exact numeric (digits of any length are kept exactly; words, fractions and scales such as 2.5 مليون are computed), approximate is true after نحو, حوالي, أكثر من ... and for vague amounts (عشرات الآلاف = 10000); bound is range (value .. value_max: 30-40 دولاراً, بين 5 و10, من 100 إلى 200), over, under, at_least or at_most (أكثر من, تحت, لا يقل عن, على الأقل, كحد أقصى), else NULL; the span includes the approximator, the range words and a bound phrase after it but no proclitic; numbers of dates, times, durations, names (فرانس 24) and bare years are not reported; start is the 1-based character position, substr(body, start, length) = surface';
CREATE FUNCTION arnews_analyze(body text, reference date DEFAULT NULL)
    RETURNS jsonb
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT CASE WHEN body IS NULL THEN NULL ELSE jsonb_build_object(
        'tokens', (SELECT count(*)
                   FROM pg_catalog.ts_parse((SELECT c.cfgparser FROM pg_catalog.pg_ts_config c
                                             WHERE c.oid = 'arnews'::regconfig), body) t
                   WHERE t.tokid <> 12),
        'lexemes', pg_catalog.length(pg_catalog.to_tsvector('arnews'::regconfig, body)),
        'entities', (SELECT coalesce(jsonb_agg(to_jsonb(e.*) ORDER BY e.start, e.length), '[]'::jsonb)
                     FROM arnews_entities(body) e),
        'dates', (SELECT coalesce(jsonb_agg(to_jsonb(d.*) || jsonb_build_object(
                      'span', CASE WHEN d.span IS NULL THEN NULL
                                   WHEN isempty(d.span) THEN 'empty'
                                   ELSE CASE WHEN lower_inf(d.span) THEN '(' ELSE '[' END
                                        || coalesce(to_jsonb(lower(d.span)) #>> '{}', '') || ','
                                        || coalesce(to_jsonb(upper(d.span)) #>> '{}', '') || ')' END,
                      'duration', CASE WHEN d.duration IS NULL THEN NULL
                                       WHEN p.y = 0 AND p.mo = 0 AND p.dd = 0 AND p.h = 0 AND p.mi = 0 AND p.s = 0 THEN 'PT0S'
                                       ELSE 'P' || CASE WHEN p.y <> 0 THEN p.y::text || 'Y' ELSE '' END
                                            || CASE WHEN p.mo <> 0 THEN p.mo::text || 'M' ELSE '' END
                                            || CASE WHEN p.dd <> 0 THEN p.dd::text || 'D' ELSE '' END
                                            || CASE WHEN p.h <> 0 OR p.mi <> 0 OR p.s <> 0 THEN 'T' ELSE '' END
                                            || CASE WHEN p.h <> 0 THEN p.h::text || 'H' ELSE '' END
                                            || CASE WHEN p.mi <> 0 THEN p.mi::text || 'M' ELSE '' END
                                            || CASE WHEN p.s <> 0 THEN p.s::text || 'S' ELSE '' END END)
                      ORDER BY d.start, d.length), '[]'::jsonb)
                  FROM arnews_dates(body, coalesce(reference, arnews_pubdate(body))) d,
                       LATERAL (SELECT extract(year FROM d.duration) AS y, extract(month FROM d.duration) AS mo,
                                       extract(day FROM d.duration) AS dd, extract(hour FROM d.duration) AS h,
                                       extract(minute FROM d.duration) AS mi,
                                       trim_scale(extract(second FROM d.duration)) AS s) p),
        'quantities', (SELECT coalesce(jsonb_agg(to_jsonb(q.*) ORDER BY q.start, q.length), '[]'::jsonb)
                       FROM arnews_quantities(body) q)
    ) END;
END;
COMMENT ON FUNCTION arnews_analyze(text, date) IS
    'One-call analysis of an article as jsonb: tokens (words, numbers and tags of arnews_parser), lexemes (distinct lexemes of to_tsvector(''arnews'', body)), and the rows of arnews_entities, arnews_dates (reference defaults to arnews_pubdate(body); span as ''[from,to)'', duration in ISO 8601, dates in ISO 8601) and arnews_quantities as arrays of objects in text order; NULL for a NULL body';

-- quantities: the trigger also fills value_max and bound when the
-- quantities table has them (src/sql/70_analyze.sql).
CREATE OR REPLACE FUNCTION arnews_index_article()
    RETURNS trigger
    LANGUAGE plpgsql VOLATILE SECURITY INVOKER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    defaults CONSTANT text[] := ARRAY['mentions', 'dates', 'quantities'];
    cols CONSTANT text[] := ARRAY[
        'kind, surface, canonical, start, length',
        'kind, surface, start, length, span, grain, at, duration, modifier, calendar',
        'kind, surface, start, length, value, unit, approximate'];
    sources CONSTANT text[] := ARRAY[
        '%I.arnews_entities($2)',
        '%I.arnews_dates($2, $3)',
        '%I.arnews_quantities($2)'];
    ext name;
    arg text;
    target text;
    reference date;
    has_published boolean;
    collist text;
BEGIN
    IF TG_LEVEL <> 'ROW' OR TG_WHEN <> 'AFTER' THEN
        RAISE EXCEPTION 'arnews_index_article() must be an AFTER ... FOR EACH ROW trigger'
            USING ERRCODE = '39P01';
    END IF;
    SELECT n.nspname INTO ext
    FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid
         JOIN pg_namespace n ON n.oid = p.pronamespace
    WHERE t.tgrelid = TG_RELID AND t.tgname = TG_NAME;
    has_published := EXISTS (SELECT 1 FROM pg_catalog.pg_attribute
                             WHERE attrelid = TG_RELID AND attname = 'published'
                               AND attnum > 0 AND NOT attisdropped);
    -- nothing to do when neither the key, the text nor the date changed
    IF TG_OP = 'UPDATE' AND NEW.id IS NOT DISTINCT FROM OLD.id
       AND NEW.body IS NOT DISTINCT FROM OLD.body THEN
        IF NOT has_published THEN
            RETURN NULL;
        END IF;
        IF NEW.published IS NOT DISTINCT FROM OLD.published THEN
            RETURN NULL;
        END IF;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        IF has_published THEN
            reference := NEW.published::date;
        END IF;
        IF reference IS NULL AND NEW.body IS NOT NULL THEN
            EXECUTE format('SELECT %I.arnews_pubdate($1)', ext) INTO reference USING NEW.body;
        END IF;
    END IF;
    FOR i IN 1..3 LOOP
        arg := CASE WHEN TG_NARGS = 0 THEN defaults[i] WHEN i <= TG_NARGS THEN TG_ARGV[i - 1] END;
        CONTINUE WHEN arg IS NULL OR arg = '';
        IF array_length(parse_ident(arg), 1) = 1 THEN
            target := format('%I.%I', TG_TABLE_SCHEMA, (parse_ident(arg))[1]);
        ELSE
            target := arg;
        END IF;
        target := target::regclass::text;
        collist := cols[i];
        -- the range and bound of an amount, when the table has them (0.2.0)
        IF i = 3 AND (SELECT count(*) FROM pg_catalog.pg_attribute
                      WHERE attrelid = target::regclass AND attname IN ('value_max', 'bound')
                        AND attnum > 0 AND NOT attisdropped) = 2 THEN
            collist := collist || ', value_max, bound';
        END IF;
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
            EXECUTE format('DELETE FROM %s WHERE article_id = $1', target) USING OLD.id;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.body IS NOT NULL THEN
            EXECUTE format('INSERT INTO %s (article_id, %s) SELECT $1, %s FROM %s',
                           target, collist, collist, format(sources[i], ext))
                USING NEW.id, NEW.body, reference;
        END IF;
    END LOOP;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION arnews_index_article() IS
    'AFTER INSERT OR UPDATE OR DELETE row trigger on an articles table (columns id, body, optional published): replaces the article''s rows in the mentions, dates and quantities tables named by the trigger arguments (default mentions, dates, quantities in the table''s schema; '''' skips one) with arnews_entities(body), arnews_dates(body, published or arnews_pubdate(body)) and arnews_quantities(body); SECURITY INVOKER, search_path pinned to pg_catalog';

-- ---------------------------------------------------------------------------
-- Entities (issue 14)

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

-- ---------------------------------------------------------------------------
-- Citus (issue 16)
