-- A database that is not UTF8 gets a clear error at CREATE EXTENSION.
SELECT current_database() AS orig_db \gset
SET client_min_messages = warning;
DROP DATABASE IF EXISTS arnews_latin1;
CREATE DATABASE arnews_latin1 TEMPLATE template0 ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C';
RESET client_min_messages;
\c arnews_latin1
\set SHOW_CONTEXT never
CREATE EXTENSION arnews;
\echo SQLSTATE :LAST_ERROR_SQLSTATE
SELECT count(*) FROM pg_extension WHERE extname = 'arnews';
\c :orig_db
DROP DATABASE arnews_latin1;
