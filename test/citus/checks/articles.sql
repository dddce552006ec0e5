-- the loaded articles: ids, fields, and a digest of text and tsvector
SELECT id, title, published, source, md5(body), length(tsv), md5(tsv::text)
FROM articles ORDER BY id;
