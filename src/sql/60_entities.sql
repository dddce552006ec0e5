
-- Named entities: people, places, organizations and nationality adjectives.
CREATE FUNCTION arnews_entities(body text)
    RETURNS TABLE(kind text, surface text, canonical text, start int, length int)
    AS 'MODULE_PATHNAME', 'arnews_entities'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION arnews_entities(text) IS
    'Named entities (PER, LOC, ORG, and NORP nationality adjectives whose canonical is the country) with a clitic-free normalized canonical key; start is the 1-based character position, substr(body, start, length) = surface';
