-- arnews 0.1.0 -> 0.1.1: arnews_entity_key(text).
-- The C changes of 0.1.1 (a date-engine fix) need no catalogue change.

\echo Use "ALTER EXTENSION arnews UPDATE TO '0.1.1'" to load this file. \quit

CREATE FUNCTION arnews_entity_key(name text) RETURNS text
    AS 'MODULE_PATHNAME', 'arnews_entity_key'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION arnews_entity_key(text) IS
    'Canonical key of a name given on its own: the canonical arnews_entities gives it when the text holds exactly one entity (بوتين, لبوتين, الرئيس فلاديمير بوتين -> فلاديمير بوتين), else the normalized name with white space collapsed';
