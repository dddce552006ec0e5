
-- Money, percentages, quantities, numbers and ordinals.
CREATE FUNCTION arnews_quantities(body text)
    RETURNS TABLE(kind text, surface text, start int, length int,
                  value numeric, unit text, approximate boolean)
    AS 'MODULE_PATHNAME', 'arnews_quantities'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION arnews_quantities(text) IS
    'Figures of an Arabic text: kind money (unit = ISO 4217 code, NULL when the country of a ريال/دينار/ليرة is not said), percent (unit %, or pp for نقطة مئوية), quantity (unit km, km2, m, kg, t, barrel, l, MW, ha ...; every noun counting people such as شخص, جندي, قتيل, لاجئ has unit person), number (bare, unit NULL) and ordinal; value is the exact numeric (digits of any length are kept exactly; words, fractions and scales such as 2.5 مليون are computed), approximate is true after نحو, حوالي, أكثر من ... and for vague amounts (عشرات الآلاف = 10000); the span includes the approximator but no proclitic; numbers of dates, times, durations, names (فرانس 24) and bare years are not reported; start is the 1-based character position, substr(body, start, length) = surface';
