-- arnews_parser: token types and tokenization.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS arnews;
RESET client_min_messages;

SELECT * FROM ts_token_type('arnews_parser') ORDER BY tokid;

-- Arabic punctuation never sticks to words (the default parser glues it in a C locale)
SELECT tokid, token FROM ts_parse('arnews_parser', 'بموسكو، «قضايا» لماذا؟ نعم؛ لا');
-- harakat, tatweel and ZWNJ stay inside their word
SELECT tokid, token FROM ts_parse('arnews_parser', 'الرَّئِيسُ الرئيـــس');
SELECT tokid, length(token) FROM ts_parse('arnews_parser', 'مو' || U&'\200C' || 'سكو');
-- Latin, other scripts, alphanumerics
SELECT tokid, token FROM ts_parse('arnews_parser', 'Moscow café Київ G20 4G');
-- numbers in every digit set, decimals, thousands, percents
SELECT tokid, token FROM ts_parse('arnews_parser', '2026 ٢٠٢٦ ۱۴۰۳ 2.5 ٢٫٥ 1,000,000 ١٬٠٠٠ 70% ٧٠٪');
-- digits glued to Arabic letters are separate tokens
SELECT tokid, token FROM ts_parse('arnews_parser', '2026م بـ50');
-- URLs, e-mail, hashtags, mentions
SELECT tokid, token FROM ts_parse('arnews_parser', 'https://example.com/news?id=1. news@example.org #غزة #breaking_news @user_1');
-- emoji and symbols are blanks
SELECT tokid, token FROM ts_parse('arnews_parser', 'سلام👍! ...');
-- every byte is in a token: the tokens concatenate back to the input
SELECT string_agg(token, '' ORDER BY ord) = 'الرَّئِيسُ، قال: «70٪» من #الحرب_على_غزة https://a.b/c' AS lossless
FROM ts_parse('arnews_parser', 'الرَّئِيسُ، قال: «70٪» من #الحرب_على_غزة https://a.b/c') WITH ORDINALITY AS p(tokid, token, ord);
-- empty input: no tokens
SELECT count(*) FROM ts_parse('arnews_parser', '');
-- ts_debug works through the configuration
SELECT alias, token, dictionaries FROM ts_debug('arnews', 'بموسكو، Moscow 70%');
