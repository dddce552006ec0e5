
-- The configuration: Arabic and other words, numbers, tags -> arnews_dict;
-- ASCII Latin words -> English Snowball stemming.
CREATE TEXT SEARCH CONFIGURATION arnews (PARSER = arnews_parser);
ALTER TEXT SEARCH CONFIGURATION arnews
    ADD MAPPING FOR arabic, word, numword, int, float, percent, hashtag, mention, url, email
    WITH arnews_dict;
ALTER TEXT SEARCH CONFIGURATION arnews
    ADD MAPPING FOR asciiword WITH pg_catalog.english_stem;
COMMENT ON TEXT SEARCH CONFIGURATION arnews IS
    'Arabic news search: arnews_parser + arnews_dict (Arabic, numbers, other scripts) + english_stem (ASCII words)';
