
-- Named entities: people, places, organizations and nationality adjectives.
CREATE FUNCTION arnews_entities(body text)
    RETURNS TABLE(kind text, surface text, canonical text, start int, length int)
    AS 'MODULE_PATHNAME', 'arnews_entities'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION arnews_entities(text) IS
    'Named entities (PER, LOC, ORG, and NORP nationality adjectives whose canonical is the country) with a clitic-free normalized canonical key; start is the 1-based character position, substr(body, start, length) = surface';

-- The key of a name given on its own, to join users' tables of names to
-- mentions (added in 0.1.1).
CREATE FUNCTION arnews_entity_key(name text) RETURNS text
    AS 'MODULE_PATHNAME', 'arnews_entity_key'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION arnews_entity_key(text) IS
    'Canonical key of a name given on its own: the canonical arnews_entities gives it when the text holds exactly one entity (بوتين, لبوتين, الرئيس فلاديمير بوتين -> فلاديمير بوتين), else the normalized name with white space collapsed';
