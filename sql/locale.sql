-- The arnews parser gives identical tokens whatever the database locale.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS arnews;
SELECT current_database() AS orig_db \gset
DROP DATABASE IF EXISTS arnews_loc_c;
DROP DATABASE IF EXISTS arnews_loc_cutf8;
DROP DATABASE IF EXISTS arnews_loc_enus;
CREATE DATABASE arnews_loc_c TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C';
CREATE DATABASE arnews_loc_cutf8 TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8';
CREATE DATABASE arnews_loc_enus TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'en_US.UTF-8' LC_CTYPE 'en_US.UTF-8';
RESET client_min_messages;
\set sample 'قال بيسكوف بموسكو، إن «قضايا» المحادثات؟ Café KÖLN Київ ٧٠٪ و2.5 مليار #غزة'

\c arnews_loc_c
CREATE EXTENSION arnews;
SELECT datctype AS lc_ctype FROM pg_database WHERE datname = current_database();  -- lc_ctype is no GUC since PostgreSQL 16
CREATE TEMP TABLE r AS SELECT array_agg(tokid || ':' || token ORDER BY ord) AS toks,
    to_tsvector('arnews', :'sample')::text AS tsv
    FROM ts_parse('arnews_parser', :'sample') WITH ORDINALITY AS p(tokid, token, ord);
SELECT toks FROM r;
SELECT tsv FROM r;
SELECT md5(toks::text || tsv) AS fingerprint_c FROM r \gset

\c arnews_loc_cutf8
CREATE EXTENSION arnews;
SELECT datctype AS lc_ctype FROM pg_database WHERE datname = current_database();  -- lc_ctype is no GUC since PostgreSQL 16
SELECT md5(array_agg(tokid || ':' || token ORDER BY ord)::text || to_tsvector('arnews', :'sample')::text) = :'fingerprint_c' AS same_as_c
    FROM ts_parse('arnews_parser', :'sample') WITH ORDINALITY AS p(tokid, token, ord);

\c arnews_loc_enus
CREATE EXTENSION arnews;
SELECT datctype AS lc_ctype FROM pg_database WHERE datname = current_database();  -- lc_ctype is no GUC since PostgreSQL 16
SELECT md5(array_agg(tokid || ':' || token ORDER BY ord)::text || to_tsvector('arnews', :'sample')::text) = :'fingerprint_c' AS same_as_c
    FROM ts_parse('arnews_parser', :'sample') WITH ORDINALITY AS p(tokid, token, ord);
-- for contrast: the built-in default parser glues Arabic punctuation in the C locale only
\c arnews_loc_c
SELECT token FROM ts_parse('default', 'بموسكو، «قضايا»') WHERE tokid <> 12;

\c :orig_db
DROP DATABASE arnews_loc_c;
DROP DATABASE arnews_loc_cutf8;
DROP DATABASE arnews_loc_enus;
