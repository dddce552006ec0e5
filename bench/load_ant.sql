-- load_ant.sql: load the ANT benchmark corpus into table ant(docno, src, title, published, body).
-- psql -v corpus=PATH_TO_ant_v2.1_multisource.jsonl.xz -f bench/load_ant.sql
-- The JSON lines are read client-side (\copy FROM PROGRAM), one line per row,
-- with a CSV quote/delimiter that never occurs so backslashes stay intact.
\set ON_ERROR_STOP on
DROP TABLE IF EXISTS ant_raw, ant;
CREATE UNLOGGED TABLE ant_raw (line text);
\set cmd 'xz -dc ' :corpus
\copy ant_raw FROM PROGRAM :'cmd' WITH (FORMAT csv, QUOTE E'\x01', DELIMITER E'\x02')
CREATE TABLE ant AS
    SELECT j->>'docno' AS docno, j->>'src' AS src, j->>'title' AS title,
           j->>'time' AS published, j->>'text' AS body
    FROM (SELECT line::jsonb AS j FROM ant_raw) s;
DROP TABLE ant_raw;
ANALYZE ant;
SELECT count(*) AS articles, pg_size_pretty(sum(octet_length(body))) AS text_size FROM ant;
