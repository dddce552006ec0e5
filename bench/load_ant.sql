-- load_ant.sql: load the ANT benchmark corpus into table ant(docno, src, title, published, body).
-- xz -dc .../ant_v2.1_multisource.jsonl.xz | psql -f bench/load_ant.sql
-- The JSON lines come on psql's standard input, one line per row, read as
-- CSV with a quote/delimiter that never occurs so backslashes stay intact.
\set ON_ERROR_STOP on
SET client_min_messages = warning;
DROP TABLE IF EXISTS ant_raw, ant;
RESET client_min_messages;
CREATE UNLOGGED TABLE ant_raw (line text);
\copy ant_raw FROM pstdin WITH (FORMAT csv, QUOTE E'\x01', DELIMITER E'\x02')
CREATE TABLE ant AS
    SELECT j->>'docno' AS docno, j->>'src' AS src, j->>'title' AS title,
           j->>'time' AS published, j->>'text' AS body
    FROM (SELECT line::jsonb AS j FROM ant_raw) s;
DROP TABLE ant_raw;
ANALYZE ant;
SELECT count(*) AS articles, pg_size_pretty(sum(octet_length(body))) AS text_size FROM ant;
