SELECT article_id, start, length, kind, surface, canonical
FROM mentions ORDER BY article_id, start, length, kind, surface, canonical;
