-- The install script of the current version (arnews--<EXTVERSION>.sql), assembled
-- by the Makefile from the pieces in src/sql/.  Released versions are frozen
-- at the top level (arnews--0.1.0.sql) with their upgrade scripts.

\echo Use "CREATE EXTENSION arnews" to load this file. \quit

-- arnews works on UTF-8 text only: refuse other databases up front.
DO $$
BEGIN
    IF pg_catalog.current_setting('server_encoding') <> 'UTF8' THEN
        RAISE EXCEPTION 'arnews requires a UTF8 database'
            USING ERRCODE = 'feature_not_supported',
                  DETAIL = pg_catalog.format('The database encoding is %s.',
                                             pg_catalog.current_setting('server_encoding')),
                  HINT = 'Create the database with ENCODING ''UTF8''.';
    END IF;
END
$$;

CREATE FUNCTION arnews_normalize(text) RETURNS text
    AS 'MODULE_PATHNAME', 'arnews_normalize_text'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION arnews_normalize(text) IS
    'Arabic search normalization: removes harakat, tatweel and invisible marks, unifies alef, hamza, ya and ta marbuta forms, maps Persian letters and Arabic-Indic digits';
