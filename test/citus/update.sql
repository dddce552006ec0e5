-- update.sql: edits the trigger must follow on every node: changed bodies
-- and dates, deleted articles (their side rows go by ON DELETE CASCADE), a
-- new article.
\set ON_ERROR_STOP on
UPDATE articles SET body = body || ' وقال مسؤول في البنك المركزي يوم 3 مارس 2024 إن الخسائر بلغت 12 مليون دولار'
WHERE id % 97 = 0;
UPDATE articles SET published = published - 400 WHERE id % 89 = 0;
DELETE FROM articles WHERE id % 83 = 0;
INSERT INTO articles (id, title, body, published)
VALUES (100001, 'خبر جديد', 'أعلن وزير المالية المصري في القاهرة أمس أن الحكومة ستقترض 3 مليارات دولار خلال عامين.', '2025-11-30');
