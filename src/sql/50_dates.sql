
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
