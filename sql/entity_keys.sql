SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS arnews;
RESET client_min_messages;
-- arnews_resolve_keys: partial keys of a kind mapped to the single fullest
-- key of that kind containing them as whole words.
CREATE TEMP TABLE keys_mentions (article_id int, kind text, canonical text);
INSERT INTO keys_mentions VALUES
    (1, 'PER', 'دميتري بيسكوف'), (1, 'PER', 'دميتري بيسكوف'), (2, 'PER', 'بيسكوف'),
    (3, 'PER', 'بيسكوف'),
    -- a chain: the fullest key wins
    (4, 'PER', 'سالم'), (4, 'PER', 'سالم الحداد'), (4, 'PER', 'سالم الحداد'),
    (5, 'PER', 'خالد سالم الحداد'), (13, 'PER', 'خالد سالم الحداد'),
    -- contained in two different full keys: ambiguous, left out
    (6, 'PER', 'ناصر'), (6, 'PER', 'ناصر العلي'), (7, 'PER', 'ناصر القحطاني'),
    (6, 'PER', 'ناصر العلي'), (7, 'PER', 'ناصر القحطاني'),
    -- inside a word is not inside as a word; another kind does not count
    (8, 'PER', 'كمال'), (8, 'PER', 'كماليات عمر'), (9, 'PER', 'كماليات عمر'),
    (9, 'LOC', 'كمال الدين'), (9, 'LOC', 'كمال الدين'),
    -- a full key mentioned once is not trusted (a span error such as a verb
    -- glued to the name) unless min_mentions allows it
    (14, 'PER', 'فارس'), (14, 'PER', 'فارس صرح'),
    -- the father's name after بن is another person
    (15, 'PER', 'سعود بن فهد'), (15, 'PER', 'عبد الله بن سعود بن فهد'),
    (16, 'PER', 'عبد الله بن سعود بن فهد'),
    -- organization keys only when asked for
    (10, 'ORG', 'الناتو'), (10, 'ORG', 'قمة الناتو'), (10, 'ORG', 'قمة الناتو'),
    (11, 'PER', ''), (11, NULL, 'بيسكوف'), (12, 'PER', NULL);
SELECT * FROM arnews_resolve_keys('keys_mentions');
SELECT * FROM arnews_resolve_keys('keys_mentions', ARRAY['PER', 'ORG', 'LOC']);
SELECT * FROM arnews_resolve_keys('keys_mentions', min_mentions => 1);
-- a report with merged keys
SELECT coalesce(r.resolved, m.canonical) AS person, count(DISTINCT m.article_id) AS articles
FROM keys_mentions m LEFT JOIN arnews_resolve_keys('keys_mentions') r USING (kind, canonical)
WHERE m.kind = 'PER' AND m.canonical <> ''
GROUP BY 1 ORDER BY 2 DESC, 1;
-- empty table, NULL arguments, a table without the columns
CREATE TEMP TABLE keys_empty (kind text, canonical text);
SELECT count(*) FROM arnews_resolve_keys('keys_empty');
SELECT count(*) FROM arnews_resolve_keys(NULL);
SELECT * FROM arnews_resolve_keys('no_such_table');
SELECT count(*) FROM arnews_resolve_keys('keys_mentions', NULL);
CREATE TEMP TABLE keys_wrong (id int);
SELECT * FROM arnews_resolve_keys('keys_wrong');
-- on the entities of real text: the surname alone meets the full name
CREATE TEMP TABLE keys_text AS
SELECT a.id AS article_id, e.kind, e.canonical
FROM (VALUES (1, 'قال رئيس الوزراء الكرواتي أندريه بلينكوفيتش إن الحكومة ستقدم الميزانية.'),
             (2, 'وأضاف بلينكوفيتش أن المفاوضات مستمرة مع النقابات.')) AS a(id, body),
     arnews_entities(a.body) e;
SELECT * FROM arnews_resolve_keys('keys_text', min_mentions => 1) ORDER BY 1, 2;
