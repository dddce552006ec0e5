
-- Dates, ranges, clock times, durations and vague time adverbs.
CREATE FUNCTION arnews_dates(body text, reference date DEFAULT NULL)
    RETURNS TABLE(kind text, surface text, start int, length int,
                  span daterange, grain text, at timestamp,
                  duration interval, modifier text, calendar text)
    AS 'MODULE_PATHNAME', 'arnews_dates'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION arnews_dates(text, date) IS
    'Temporal expressions of an Arabic text resolved against reference (the article''s own date, e.g. arnews_pubdate(body)): kind date, range, time, duration or vague; span is the half-open daterange (NULL for relative expressions when reference is NULL; unbounded below for vague past, above for vague future); grain minute, hour, day, week, month, season, year or decade; at is the clock time of kind time; duration is the length of kind duration (NULL for unspecified counts such as أسابيع); modifier is the governing signal outside the span (since, before, after, until, during, for) and/or a qualifier inside it (approx, less_than, more_than, start, mid, end, earlier, later), comma-separated; calendar is gregorian or hijri (Hijri dates converted by the Umm al-Qura calendar); start is the 1-based character position, substr(body, start, length) = surface';

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

CREATE FUNCTION arnews_pubdate(body text) RETURNS date
    AS 'MODULE_PATHNAME', 'arnews_pubdate'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION arnews_pubdate(text) IS
    'Publication date of an Arabic news article: the first absolute day-grain date in its opening lines (dateline or header such as " date 2026-02-04" or "الأربعاء، 03 ديسمبر 2025"), or NULL';
