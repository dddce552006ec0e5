
-- Dictionary template: normalization, stop words, lexicon-aware clitic
-- stripping, light stemming and transliteration-variant keys.
CREATE FUNCTION arnews_dict_init(internal) RETURNS internal
    AS 'MODULE_PATHNAME', 'arnews_dict_init'
    LANGUAGE C STRICT PARALLEL SAFE;
CREATE FUNCTION arnews_dict_lexize(internal, internal, internal, internal) RETURNS internal
    AS 'MODULE_PATHNAME', 'arnews_dict_lexize'
    LANGUAGE C STRICT PARALLEL SAFE;
COMMENT ON FUNCTION arnews_dict_init(internal) IS 'arnews dictionary template: init callback';
COMMENT ON FUNCTION arnews_dict_lexize(internal, internal, internal, internal) IS 'arnews dictionary template: lexize callback';

CREATE TEXT SEARCH TEMPLATE arnews_template (
    INIT = arnews_dict_init,
    LEXIZE = arnews_dict_lexize
);
COMMENT ON TEXT SEARCH TEMPLATE arnews_template IS
    'Arabic news dictionary template; options StopWords, Lexicon, Names (tsearch_data basenames), Mode (light, root, none), Variants (boolean)';

CREATE TEXT SEARCH DICTIONARY arnews_dict (
    TEMPLATE = arnews_template,
    StopWords = 'arnews',
    Lexicon = 'arnews_lexicon',
    Names = 'arnews_names',
    Mode = 'light',
    Variants = true
);
COMMENT ON TEXT SEARCH DICTIONARY arnews_dict IS
    'Arabic words: normalization, stop words, name-safe clitic stripping, light stemming, variant keys; numbers and other words folded';

CREATE FUNCTION arnews_debug(text)
    RETURNS TABLE(alias text, token text, normalized text, proclitics text,
                  stripped text, enclitic text, stem text, variant text,
                  known boolean, stopword boolean, lexemes text[])
    AS 'MODULE_PATHNAME', 'arnews_debug'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION arnews_debug(text) IS
    'Each token with every analysis stage (normalized, clitics, stem, variant key, stop word) and the lexemes arnews_dict gives it; stable because it reads the dictionary';
