SELECT article_id, start, length, kind, surface, value, unit, approximate, value_max, bound
FROM quantities ORDER BY article_id, start, length, kind, surface, value, unit;
