-- arnews_normalize: one line per rule.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS arnews;
RESET client_min_messages;

-- harakat, shadda, sukun, tanwin
SELECT arnews_normalize('الرَّئِيسُ') AS harakat;
SELECT arnews_normalize('كِتَابٌ جَدِيدٌ') AS tanwin;
SELECT arnews_normalize('مُدَرِّسْ') AS shadda_sukun;
SELECT arnews_normalize('حالياً') AS tanwin_fath;
-- superscript (dagger) alef U+0670
SELECT arnews_normalize('هٰذا') AS dagger_alef;
-- Qur'anic annotation marks U+06D6..U+06ED and small high signs U+0610..U+061A
SELECT arnews_normalize('الرَّحِيمِ' || U&'\06D6' || U&'\06DA' || U&'\0610') AS quranic_marks;
-- tatweel
SELECT arnews_normalize('الرئيـــس') AS tatweel;
SELECT arnews_normalize('بـ50') AS tatweel_before_digits;
-- alef forms
SELECT arnews_normalize('أحمد') AS alef_hamza_above;
SELECT arnews_normalize('إسطنبول') AS alef_hamza_below;
SELECT arnews_normalize('آسيا') AS alef_madda;
SELECT arnews_normalize(U&'\0671' || 'لقدس') AS alef_wasla;
-- hamza on carriers: both spellings of "official" meet
SELECT arnews_normalize('مسؤول') AS waw_hamza, arnews_normalize('مسئول') AS yeh_hamza;
SELECT arnews_normalize('مسو' || U&'\0654' || 'ول') AS decomposed_waw_hamza;
-- alef maqsura and ta marbuta
SELECT arnews_normalize('مستشفى') AS alef_maqsura;
SELECT arnews_normalize('الجزيرة') AS ta_marbuta;
-- Persian and Urdu letters
SELECT arnews_normalize('کابل') AS keheh;
SELECT arnews_normalize('گاز') AS gaf;
SELECT arnews_normalize('ایران') AS farsi_yeh;
SELECT arnews_normalize(U&'\06C0') AS heh_yeh, arnews_normalize(U&'\06C1') AS heh_goal, arnews_normalize(U&'\06BE') AS heh_doachashmee;
SELECT arnews_normalize('پاکستان') AS peh;
SELECT arnews_normalize('چین') AS tcheh;
SELECT arnews_normalize('ژنو') AS jeh;
SELECT arnews_normalize('ڤيينا') AS veh;
SELECT arnews_normalize('ڨالمة') AS qaf_three_dots;
-- digits and number signs
SELECT arnews_normalize('٢٠٢٦') AS arabic_indic_digits;
SELECT arnews_normalize('۱۴۰۳') AS extended_digits;
SELECT arnews_normalize('٣٫٥') AS decimal_separator;
SELECT arnews_normalize('١٬٠٠٠') AS thousands_separator;
SELECT arnews_normalize('٧٠٪') AS percent_sign;
-- presentation forms and ligatures (ICU NFKC)
SELECT arnews_normalize(U&'\FEFB') AS lam_alef;
SELECT arnews_normalize(U&'\FEF7') AS lam_alef_hamza;
SELECT arnews_normalize(U&'\FDF2') AS allah_ligature;
SELECT arnews_normalize(U&'\FE8D\FEDF\FED8\FEAA\FEB3') AS presentation_forms_b;
SELECT arnews_normalize(U&'\FB8E\FB94') AS presentation_forms_a;
SELECT arnews_normalize(U&'\FE70') AS isolated_harakat_form;
-- invisible format characters
SELECT arnews_normalize('مو' || U&'\200C' || 'سكو') AS zwnj;
SELECT arnews_normalize('مو' || U&'\200D' || 'سكو') AS zwj;
SELECT arnews_normalize(U&'\200F' || 'موسكو' || U&'\200E') AS rlm_lrm;
SELECT arnews_normalize(U&'\202B' || 'موسكو' || U&'\202C') AS rle_pdf;
SELECT arnews_normalize(U&'\202E' || 'موسكو' || U&'\202C') AS rlo;
SELECT arnews_normalize(U&'\2067' || 'موسكو' || U&'\2069') AS rli_pdi;
SELECT arnews_normalize(U&'\061C' || 'موسكو') AS arabic_letter_mark;
SELECT arnews_normalize(U&'\FEFF' || 'موسكو') AS bom;
SELECT arnews_normalize('co' || U&'\00AD' || 'operate') AS soft_hyphen;
-- Arabic punctuation is kept as written
SELECT arnews_normalize('«قضايا»، لماذا؟ نعم؛') AS punctuation;
-- non-Arabic text passes unchanged: Latin case, accents, CJK, emoji sequences
SELECT arnews_normalize('Moscow MOSCOW café Київ 北京') AS non_arabic;
SELECT arnews_normalize('👍 👨' || U&'\200D' || '👩' || U&'\200D' || '👧') = '👍 👨' || U&'\200D' || '👩' || U&'\200D' || '👧' AS emoji_zwj_kept;
-- NULL in, NULL out; empty stays empty; idempotent
SELECT arnews_normalize(NULL) IS NULL AS null_input;
SELECT arnews_normalize('') = '' AS empty_input;
SELECT arnews_normalize(arnews_normalize('الرَّئِيسُ مسؤولة إلى')) = arnews_normalize('الرَّئِيسُ مسؤولة إلى') AS idempotent;
-- labels
SELECT provolatile, proisstrict, proparallel FROM pg_proc WHERE proname = 'arnews_normalize';
