-- batch.sql: refill the side tables in one batch (README, "Corpus workflow"),
-- the statements of README; :refshift days are added to the reference date
-- of arnews_dates (0; 1 only to show that the comparison fails).
\set ON_ERROR_STOP on
TRUNCATE mentions, dates, quantities;
INSERT INTO mentions (article_id, kind, surface, canonical, start, length)
    SELECT a.id, e.* FROM articles a, arnews_entities(a.body) e;
INSERT INTO dates (article_id, kind, surface, start, length, span, grain, at, duration, modifier, calendar)
    SELECT a.id, d.* FROM articles a, arnews_dates(a.body, coalesce(a.published, arnews_pubdate(a.body)) + :refshift) d;
INSERT INTO quantities (article_id, kind, surface, start, length, value, unit, approximate, value_max, bound)
    SELECT a.id, q.* FROM articles a, arnews_quantities(a.body) q;
ANALYZE articles, mentions, dates, quantities;
