SELECT article_id, start, length, kind, surface, span, grain, at, duration, modifier, calendar
FROM dates ORDER BY article_id, start, length, kind, surface, span, at, duration;
