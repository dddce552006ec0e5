
-- Text search parser: Unicode-property tokenizer, independent of lc_ctype.
CREATE FUNCTION arnews_prs_start(internal, int4) RETURNS internal
    AS 'MODULE_PATHNAME', 'arnews_prs_start'
    LANGUAGE C STRICT PARALLEL SAFE;
CREATE FUNCTION arnews_prs_gettoken(internal, internal, internal) RETURNS internal
    AS 'MODULE_PATHNAME', 'arnews_prs_gettoken'
    LANGUAGE C STRICT PARALLEL SAFE;
CREATE FUNCTION arnews_prs_end(internal) RETURNS void
    AS 'MODULE_PATHNAME', 'arnews_prs_end'
    LANGUAGE C STRICT PARALLEL SAFE;
CREATE FUNCTION arnews_prs_lextype(internal) RETURNS internal
    AS 'MODULE_PATHNAME', 'arnews_prs_lextype'
    LANGUAGE C STRICT PARALLEL SAFE;
CREATE FUNCTION arnews_prs_headline(internal, internal, tsquery) RETURNS internal
    AS 'MODULE_PATHNAME', 'arnews_prs_headline'
    LANGUAGE C STRICT PARALLEL SAFE;
COMMENT ON FUNCTION arnews_prs_start(internal, int4) IS 'arnews text search parser: start callback';
COMMENT ON FUNCTION arnews_prs_gettoken(internal, internal, internal) IS 'arnews text search parser: next token';
COMMENT ON FUNCTION arnews_prs_end(internal) IS 'arnews text search parser: end callback';
COMMENT ON FUNCTION arnews_prs_lextype(internal) IS 'arnews text search parser: token types';
COMMENT ON FUNCTION arnews_prs_headline(internal, internal, tsquery) IS 'arnews text search parser: headline (the default generator, blanks never highlighted)';

CREATE TEXT SEARCH PARSER arnews_parser (
    START = arnews_prs_start,
    GETTOKEN = arnews_prs_gettoken,
    END = arnews_prs_end,
    LEXTYPES = arnews_prs_lextype,
    HEADLINE = arnews_prs_headline
);
COMMENT ON TEXT SEARCH PARSER arnews_parser IS
    'Tokenizer for Arabic news: Arabic, Latin and other words, numbers in any digit set, percents, URLs, e-mail, hashtags and mentions, by Unicode properties (never by the database locale)';
