SELECT article_id, start, length, kind, surface, value, unit, approximate
FROM quantities ORDER BY article_id, start, length, kind, surface, value, unit;
