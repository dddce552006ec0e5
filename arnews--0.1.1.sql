-- The install script of the current version (arnews--<EXTVERSION>.sql), assembled
-- by the Makefile from the pieces in src/sql/.  Released versions are frozen
-- at the top level (arnews--0.1.0.sql) with their upgrade scripts.

\echo Use "CREATE EXTENSION arnews" to load this file. \quit

-- arnews works on UTF-8 text only: refuse other databases up front.
DO $$
BEGIN
    IF pg_catalog.current_setting('server_encoding') <> 'UTF8' THEN
        RAISE EXCEPTION 'arnews requires a UTF8 database'
            USING ERRCODE = 'feature_not_supported',
                  DETAIL = pg_catalog.format('The database encoding is %s.',
                                             pg_catalog.current_setting('server_encoding')),
                  HINT = 'Create the database with ENCODING ''UTF8''.';
    END IF;
END
$$;

CREATE FUNCTION arnews_normalize(text) RETURNS text
    AS 'MODULE_PATHNAME', 'arnews_normalize_text'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION arnews_normalize(text) IS
    'Arabic search normalization: removes harakat, tatweel and invisible marks, unifies alef, hamza, ya and ta marbuta forms, maps Persian letters and Arabic-Indic digits';

-- Text search parser: Unicode-property tokenizer, independent of lc_ctype.
CREATE FUNCTION arnews_prs_start(internal, int4) RETURNS internal
    AS 'MODULE_PATHNAME', 'arnews_prs_start'
    LANGUAGE C STRICT PARALLEL SAFE;
CREATE FUNCTION arnews_prs_gettoken(internal, internal, internal) RETURNS internal
    AS 'MODULE_PATHNAME', 'arnews_prs_gettoken'
    LANGUAGE C STRICT PARALLEL SAFE;
CREATE FUNCTION arnews_prs_end(internal) RETURNS void
    AS 'MODULE_PATHNAME', 'arnews_prs_end'
    LANGUAGE C STRICT PARALLEL SAFE;
CREATE FUNCTION arnews_prs_lextype(internal) RETURNS internal
    AS 'MODULE_PATHNAME', 'arnews_prs_lextype'
    LANGUAGE C STRICT PARALLEL SAFE;
CREATE FUNCTION arnews_prs_headline(internal, internal, tsquery) RETURNS internal
    AS 'MODULE_PATHNAME', 'arnews_prs_headline'
    LANGUAGE C STRICT PARALLEL SAFE;
COMMENT ON FUNCTION arnews_prs_start(internal, int4) IS 'arnews text search parser: start callback';
COMMENT ON FUNCTION arnews_prs_gettoken(internal, internal, internal) IS 'arnews text search parser: next token';
COMMENT ON FUNCTION arnews_prs_end(internal) IS 'arnews text search parser: end callback';
COMMENT ON FUNCTION arnews_prs_lextype(internal) IS 'arnews text search parser: token types';
COMMENT ON FUNCTION arnews_prs_headline(internal, internal, tsquery) IS 'arnews text search parser: headline (the default generator, blanks never highlighted)';

CREATE TEXT SEARCH PARSER arnews_parser (
    START = arnews_prs_start,
    GETTOKEN = arnews_prs_gettoken,
    END = arnews_prs_end,
    LEXTYPES = arnews_prs_lextype,
    HEADLINE = arnews_prs_headline
);
COMMENT ON TEXT SEARCH PARSER arnews_parser IS
    'Tokenizer for Arabic news: Arabic, Latin and other words, numbers in any digit set, percents, URLs, e-mail, hashtags and mentions, by Unicode properties (never by the database locale)';

-- Dictionary template: normalization, stop words, lexicon-aware clitic
-- stripping, light stemming and transliteration-variant keys.
CREATE FUNCTION arnews_dict_init(internal) RETURNS internal
    AS 'MODULE_PATHNAME', 'arnews_dict_init'
    LANGUAGE C STRICT PARALLEL SAFE;
CREATE FUNCTION arnews_dict_lexize(internal, internal, internal, internal) RETURNS internal
    AS 'MODULE_PATHNAME', 'arnews_dict_lexize'
    LANGUAGE C STRICT PARALLEL SAFE;
COMMENT ON FUNCTION arnews_dict_init(internal) IS 'arnews dictionary template: init callback';
COMMENT ON FUNCTION arnews_dict_lexize(internal, internal, internal, internal) IS 'arnews dictionary template: lexize callback';

CREATE TEXT SEARCH TEMPLATE arnews_template (
    INIT = arnews_dict_init,
    LEXIZE = arnews_dict_lexize
);
COMMENT ON TEXT SEARCH TEMPLATE arnews_template IS
    'Arabic news dictionary template; options StopWords, Lexicon, Names (tsearch_data basenames), Mode (light, root, none), Variants (boolean)';

CREATE TEXT SEARCH DICTIONARY arnews_dict (
    TEMPLATE = arnews_template,
    StopWords = 'arnews',
    Lexicon = 'arnews_lexicon',
    Names = 'arnews_names',
    Mode = 'light',
    Variants = true
);
COMMENT ON TEXT SEARCH DICTIONARY arnews_dict IS
    'Arabic words: normalization, stop words, name-safe clitic stripping, light stemming, variant keys; numbers and other words folded';

CREATE FUNCTION arnews_debug(text)
    RETURNS TABLE(alias text, token text, normalized text, proclitics text,
                  stripped text, enclitic text, stem text, variant text,
                  known boolean, stopword boolean, lexemes text[])
    AS 'MODULE_PATHNAME', 'arnews_debug'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION arnews_debug(text) IS
    'Each token with every analysis stage (normalized, clitics, stem, variant key, stop word) and the lexemes arnews_dict gives it; stable because it reads the dictionary';

-- The configuration: Arabic and other words, numbers, tags -> arnews_dict;
-- ASCII Latin words -> English Snowball stemming.
CREATE TEXT SEARCH CONFIGURATION arnews (PARSER = arnews_parser);
ALTER TEXT SEARCH CONFIGURATION arnews
    ADD MAPPING FOR arabic, word, numword, int, float, percent, hashtag, mention, url, email
    WITH arnews_dict;
ALTER TEXT SEARCH CONFIGURATION arnews
    ADD MAPPING FOR asciiword WITH pg_catalog.english_stem;
COMMENT ON TEXT SEARCH CONFIGURATION arnews IS
    'Arabic news search: arnews_parser + arnews_dict (Arabic, numbers, other scripts) + english_stem (ASCII words)';

-- Money, percentages, quantities, numbers and ordinals.
CREATE FUNCTION arnews_quantities(body text)
    RETURNS TABLE(kind text, surface text, start int, length int,
                  value numeric, unit text, approximate boolean)
    AS 'MODULE_PATHNAME', 'arnews_quantities'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION arnews_quantities(text) IS
    'Figures of an Arabic text: kind money (unit = ISO 4217 code, NULL when the country of a ريال/دينار/ليرة is not said), percent (unit %, or pp for نقطة مئوية), quantity (unit km, km2, m, kg, t, barrel, l, MW, ha ...; every noun counting people such as شخص, جندي, قتيل, لاجئ has unit person), number (bare, unit NULL) and ordinal; value is the exact numeric (digits of any length are kept exactly; words, fractions and scales such as 2.5 مليون are computed), approximate is true after نحو, حوالي, أكثر من ... and for vague amounts (عشرات الآلاف = 10000); the span includes the approximator but no proclitic; numbers of dates, times, durations, names (فرانس 24) and bare years are not reported; start is the 1-based character position, substr(body, start, length) = surface';

-- Dates, ranges, clock times, durations and vague time adverbs.
CREATE FUNCTION arnews_dates(body text, reference date DEFAULT NULL)
    RETURNS TABLE(kind text, surface text, start int, length int,
                  span daterange, grain text, at timestamp,
                  duration interval, modifier text, calendar text)
    AS 'MODULE_PATHNAME', 'arnews_dates'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION arnews_dates(text, date) IS
    'Temporal expressions of an Arabic text resolved against reference (the article''s own date, e.g. arnews_pubdate(body)): kind date, range, time, duration or vague; span is the half-open daterange (NULL for relative expressions when reference is NULL; unbounded below for vague past, above for vague future); grain minute, hour, day, week, month, season, year or decade; at is the clock time of kind time; duration is the length of kind duration (NULL for unspecified counts such as أسابيع); modifier is the governing signal outside the span (since, before, after, until, during, for) and/or a qualifier inside it (approx, less_than, more_than, start, mid, end, earlier, later), comma-separated; calendar is gregorian or hijri (Hijri dates converted by the Umm al-Qura calendar); start is the 1-based character position, substr(body, start, length) = surface';

CREATE FUNCTION arnews_pubdate(body text) RETURNS date
    AS 'MODULE_PATHNAME', 'arnews_pubdate'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION arnews_pubdate(text) IS
    'Publication date of an Arabic news article: the first absolute day-grain date in its opening lines (dateline or header such as " date 2026-02-04" or "الأربعاء، 03 ديسمبر 2025"), or NULL';

-- Named entities: people, places, organizations and nationality adjectives.
CREATE FUNCTION arnews_entities(body text)
    RETURNS TABLE(kind text, surface text, canonical text, start int, length int)
    AS 'MODULE_PATHNAME', 'arnews_entities'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION arnews_entities(text) IS
    'Named entities (PER, LOC, ORG, and NORP nationality adjectives whose canonical is the country) with a clitic-free normalized canonical key; start is the 1-based character position, substr(body, start, length) = surface';

-- The key of a name given on its own, to join users' tables of names to
-- mentions (added in 0.1.1).
CREATE FUNCTION arnews_entity_key(name text) RETURNS text
    AS 'MODULE_PATHNAME', 'arnews_entity_key'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION arnews_entity_key(text) IS
    'Canonical key of a name given on its own: the canonical arnews_entities gives it when the text holds exactly one entity (بوتين, لبوتين, الرئيس فلاديمير بوتين -> فلاديمير بوتين), else the normalized name with white space collapsed';

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
-- the function they hold, by name; extra columns keep their defaults.
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
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
            EXECUTE format('DELETE FROM %s WHERE article_id = $1', target) USING OLD.id;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.body IS NOT NULL THEN
            EXECUTE format('INSERT INTO %s (article_id, %s) SELECT $1, %s FROM %s',
                           target, cols[i], cols[i], format(sources[i], ext))
                USING NEW.id, NEW.body, reference;
        END IF;
    END LOOP;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION arnews_index_article() IS
    'AFTER INSERT OR UPDATE OR DELETE row trigger on an articles table (columns id, body, optional published): replaces the article''s rows in the mentions, dates and quantities tables named by the trigger arguments (default mentions, dates, quantities in the table''s schema; '''' skips one) with arnews_entities(body), arnews_dates(body, published or arnews_pubdate(body)) and arnews_quantities(body); SECURITY INVOKER, search_path pinned to pg_catalog';
