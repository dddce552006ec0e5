-- arnews 0.1.1 -> 0.2.0
-- Each section below belongs to one issue; keep the sections apart.

\echo Use "ALTER EXTENSION arnews UPDATE TO '0.2.0'" to load this file. \quit

-- ---------------------------------------------------------------------------
-- Ranking (issue 13)

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
