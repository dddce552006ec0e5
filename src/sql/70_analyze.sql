
-- The corpus workflow: one-call analysis of an article, and the trigger
-- that keeps mention, date and quantity tables in step with an articles
-- table (the schema recipe is in README, "Corpus workflow").

-- arnews_analyze: tokens, lexemes, entities, dates and quantities as jsonb.
-- A SQL-standard body (BEGIN ATOMIC) binds every name (the arnews
-- configuration, the extractors) by OID when the extension is created, so
-- the result never depends on the caller's search_path and survives
-- ALTER EXTENSION ... SET SCHEMA.  Values whose text form depends on a
-- setting are written explicitly: dates in ISO 8601 (JSON's own date form),
-- spans as '[YYYY-MM-DD,YYYY-MM-DD)', durations as ISO 8601 'P1Y2M3DT4H'.
-- jsonb_build_object and jsonb_agg are labelled STABLE only because they
-- accept any type; with these argument types the result is a pure function
-- of (body, reference), hence IMMUTABLE (tested under other DateStyle,
-- IntervalStyle and TimeZone settings in sql/analyze.sql).
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

-- arnews_index_article: AFTER INSERT OR UPDATE (OR DELETE) row trigger that
-- writes the entities, dates and quantities of the changed article into
-- side tables.  Arguments: the mentions, dates and quantities tables, in
-- this order (default mentions, dates, quantities); an unqualified name is
-- looked up in the schema of the trigger's table, and '' skips a table.
-- The article table needs columns id and body, and may have published
-- (date or timestamp: the reference of arnews_dates; otherwise
-- arnews_pubdate(body)).  Side tables need article_id plus the columns of
-- the function they hold, by name; extra columns keep their defaults (a
-- quantities table filled before 0.2.0, without value_max and bound, keeps
-- working).
-- SECURITY INVOKER: it writes with the rights of whoever changes articles.
-- The search_path is pinned to pg_catalog; the extractors are called in the
-- schema of this function, found through the trigger's own catalogue entry,
-- so the trigger keeps working after ALTER EXTENSION arnews SET SCHEMA.
CREATE FUNCTION arnews_index_article()
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
