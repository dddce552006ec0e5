-- Search through the arnews configuration: normalization, clitics, stems,
-- variants, stop words, websearch_to_tsquery, ts_rank, ts_headline.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS arnews;
RESET client_min_messages;

-- a query for الرئيس finds the word written with harakat or tatweel
SELECT to_tsvector('arnews', 'قال الرَّئِيسُ') @@ websearch_to_tsquery('arnews', 'الرئيس') AS harakat,
       to_tsvector('arnews', 'قال الرئيـــس') @@ websearch_to_tsquery('arnews', 'الرئيس') AS tatweel,
       to_tsvector('arnews', 'قال رئيس الوزراء') @@ websearch_to_tsquery('arnews', 'الرئيس') AS without_article;
-- names keep their shape; clitic forms meet the bare name
SELECT w, to_tsvector('arnews', w) FROM unnest(ARRAY['بوتين', 'لبوتين', 'وبوتين', 'فلاديمير', 'بيسكوف', 'لبيسكوف', 'فلسطين', 'بغداد', 'فبراير', 'وزارة', 'كوريا', 'ليبيا', 'بموسكو', 'وموسكو']) AS w;
-- the built-in arabic configuration on the same words, for comparison
SELECT w, to_tsvector('arabic', w) FROM unnest(ARRAY['بوتين', 'لبوتين', 'فلاديمير', 'بيسكوف']) AS w;
-- a query written with a clitic matches the bare name and vice versa
SELECT to_tsvector('arnews', 'التقى بوتين') @@ websearch_to_tsquery('arnews', 'وبوتين') AS clitic_query,
       to_tsvector('arnews', 'وقال لبوتين') @@ websearch_to_tsquery('arnews', 'بوتين') AS clitic_document;
-- inflections of common words
SELECT w, to_tsvector('arnews', w) FROM unnest(ARRAY['المحادثات', 'محادثات', 'المحادثة', 'والمحادثات', 'حكومته', 'الحكومة', 'للحكومة']) AS w;
-- spelling variants of foreign names and words meet
SELECT a, b, to_tsvector('arnews', a) @@ websearch_to_tsquery('arnews', b) AS meet
FROM (VALUES ('ترامب', 'ترمب'), ('الأمريكية', 'الأميركية'), ('أمريكا', 'أميركا'), ('امريكا', 'أمريكا'),
             ('غوغل', 'جوجل'), ('بلومبيرغ', 'بلومبرغ'), ('بلومبيرغ', 'بلومبيرج'), ('ديمتري', 'دميتري'),
             ('زيلينسكي', 'زيلينكسي')) AS v(a, b);
-- stop words are not indexed, also with clitics
SELECT to_tsvector('arnews', 'في من إلى على عن هذا التي وفي ولكن فهو');
-- a final ة is no pronoun: these words are not the stop words إليه، قبيل+ه، ف+عليه، ل+عنه
SELECT w, to_tsvector('arnews', w) FROM unnest(ARRAY['آلية', 'قبيلة', 'فعلية', 'لعنة', 'عقبة', 'إليه', 'قبيله', 'فعليه', 'لعنه', 'ثمة', 'أية']) AS w;
SELECT to_tsvector('arnews', 'وصل شيخ القبيلة') @@ websearch_to_tsquery('arnews', 'قبيلة') AS tribe_found,
       to_tsvector('arnews', 'اتفقوا على آلية جديدة') @@ websearch_to_tsquery('arnews', 'الآلية') AS mechanism_found;
-- numbers: any digit set, thousands separators, percent
SELECT to_tsvector('arnews', 'عام ٢٠٢٦ بلغ 1,000,000 و٧٠٪ و2.5');
SELECT to_tsvector('arnews', 'ارتفع 70%') @@ websearch_to_tsquery('arnews', '70') AS number_finds_percent,
       to_tsvector('arnews', 'ارتفع 70') @@ websearch_to_tsquery('arnews', '70%') AS percent_needs_sign;
-- Latin words are stemmed in English; other scripts are case-folded
SELECT to_tsvector('arnews', 'Reuters reported talks KÖLN Київ');
-- websearch syntax: phrases, OR, negation
SELECT websearch_to_tsquery('arnews', '"الرئيس الروسي" OR ترمب -أوكرانيا');
SELECT to_tsvector('arnews', 'قال الرئيس الروسي فلاديمير بوتين') @@ websearch_to_tsquery('arnews', '"الرئيس الروسي"') AS phrase;
-- ts_headline highlights clitic-attached and variant mentions
SELECT ts_headline('arnews', 'التقى ترمب وبوتين بموسكو، وقال الرَّئِيسُ إن المحادثات مستمرة',
                   websearch_to_tsquery('arnews', 'ترامب بوتين موسكو الرئيس محادثة'));
-- ts_rank orders by relevance
SELECT d, round(ts_rank(to_tsvector('arnews', d), websearch_to_tsquery('arnews', 'بوتين')):: numeric, 4) AS rank
FROM unnest(ARRAY['بوتين وبوتين ولبوتين', 'قال بوتين', 'لا شيء هنا']) AS d ORDER BY rank DESC;
-- arnews_debug shows every stage
SELECT alias, token, normalized, proclitics, stripped, stem, stopword, lexemes FROM arnews_debug('وبالمحادثات لبوتين في ٢٠٢٦');
-- a dictionary with other options
CREATE TEXT SEARCH DICTIONARY arnews_plain (TEMPLATE = arnews_template, Mode = none, Variants = false);
SELECT ts_lexize('arnews_plain', 'والمحادثات'), ts_lexize('arnews_plain', 'في');
CREATE TEXT SEARCH DICTIONARY arnews_roots (TEMPLATE = arnews_template, Mode = root);
SELECT ts_lexize('arnews_roots', 'المحادثات') = ts_lexize('arnews_roots', 'حديث') AS root_mode_conflates;
DROP TEXT SEARCH DICTIONARY arnews_plain;
DROP TEXT SEARCH DICTIONARY arnews_roots;
-- bad options are errors with their SQLSTATE
\set VERBOSITY terse
CREATE TEXT SEARCH DICTIONARY bad1 (TEMPLATE = arnews_template, Colour = 'red');
\echo SQLSTATE :LAST_ERROR_SQLSTATE
CREATE TEXT SEARCH DICTIONARY bad2 (TEMPLATE = arnews_template, Mode = 'heavy');
\echo SQLSTATE :LAST_ERROR_SQLSTATE
CREATE TEXT SEARCH DICTIONARY bad3 (TEMPLATE = arnews_template, Mode = 'light', Mode = 'root');
\echo SQLSTATE :LAST_ERROR_SQLSTATE
CREATE TEXT SEARCH DICTIONARY bad4 (TEMPLATE = arnews_template, Variants = 'perhaps');
\echo SQLSTATE :LAST_ERROR_SQLSTATE
CREATE TEXT SEARCH DICTIONARY bad5 (TEMPLATE = arnews_template, StopWords = '../../etc/passwd');
\echo SQLSTATE :LAST_ERROR_SQLSTATE
-- a missing file: the message names its path (shown without the install prefix)
DO $$
BEGIN
    CREATE TEXT SEARCH DICTIONARY bad6 (TEMPLATE = arnews_template, Names = 'no_such_file');
EXCEPTION WHEN config_file_error THEN
    RAISE NOTICE 'SQLSTATE %: %', SQLSTATE, regexp_replace(SQLERRM, '"[^"]*/', '".../');
END
$$;
\set VERBOSITY default
-- NULL and empty input
SELECT to_tsvector('arnews', '') AS empty, to_tsvector('arnews', NULL::text) IS NULL AS null_input;
-- variant keys keep apart distinct names that share a consonant skeleton
-- (a run of two vowels, the first lone و of a short name, a three-consonant
-- name written without a long vowel), and still join spellings of one name
SELECT a, b, tsvector_to_array(to_tsvector('arnews', a)) && tsvector_to_array(to_tsvector('arnews', b)) AS share_a_lexeme
FROM (VALUES ('كريستيان', 'كريستين'), ('بوينغ', 'بيونغ'), ('بوينغ', 'بينغ'), ('بيونغ', 'بينغ'),
             ('محمد', 'محمود'), ('باريس', 'بوريس'), ('نبيل', 'نوبل'), ('سعود', 'سعاد'), ('عمر', 'عمير'),
             ('بوتين', 'بوتن'), ('نتانياهو', 'نتنياهو'), ('ميونيخ', 'ميونخ'), ('تشيلسي', 'تشلسي'),
             ('جونسون', 'جونسن'), ('بطرسبرغ', 'بطرسبورغ'), ('دانيلز', 'دانييلز'), ('ستيفن', 'ستيفان')) AS v(a, b);
SELECT w, to_tsvector('arnews', w) FROM unnest(ARRAY['بوينغ', 'بيونغ', 'بينغ', 'عمر', 'عمير']) AS w;
-- entity names: one name word finds every mention of the entity (the query
-- marker '+stem#':*), unquoted, quoted or in plainto_tsquery
SELECT q, to_tsvector('arnews', 'وصل بوتين إلى القمة') @@ websearch_to_tsquery('arnews', q) AS websearch,
       to_tsvector('arnews', 'وصل بوتين إلى القمة') @@ plainto_tsquery('arnews', q) AS plain
FROM unnest(ARRAY['فلاديمير', 'فلاديمير بوتين', '"فلاديمير بوتين"', 'بوتين', 'لافروف']) AS q;
-- the marker comes with a query word that is its input's only word (every
-- websearch word), not with the last word of a longer text: plainto and
-- phraseto queries of several words, documents
SELECT websearch_to_tsquery('arnews', 'الأميركي') AS websearch,
       websearch_to_tsquery('arnews', 'القمة الأميركي') AS websearch_two,
       plainto_tsquery('arnews', 'الأميركي') AS plain_one;
SELECT plainto_tsquery('arnews', 'القمة الأميركي') AS plain_two,
       phraseto_tsquery('arnews', 'الرئيس الأميركي') AS phrase,
       to_tsvector('arnews', 'قال المسؤول الأميركي') AS document;
-- so the vectors of two different words share no lexeme, alone or not
SELECT tsvector_to_array(to_tsvector('arnews', 'فلاديمير')) && tsvector_to_array(to_tsvector('arnews', 'بوتين')) AS alone,
       tsvector_to_array(to_tsvector('arnews', 'قال فلاديمير')) && tsvector_to_array(to_tsvector('arnews', 'قال بوتين')) AS in_text;
