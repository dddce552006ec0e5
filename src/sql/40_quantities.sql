-- Money, percentages, quantities, numbers and ordinals.
CREATE FUNCTION arnews_quantities(body text)
    RETURNS TABLE(kind text, surface text, start int, length int,
                  value numeric, unit text, approximate boolean,
                  value_max numeric, bound text)
    AS 'MODULE_PATHNAME', 'arnews_quantities'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION arnews_quantities(text) IS
    'Figures of an Arabic text: kind money (unit = ISO 4217 code from a name, symbol, code or abbreviation such as ر.س; an unqualified ريال/دينار/ليرة/جنيه takes the one country the text names, else NULL; minor units such as سنت, قرش, هللة, فلس are converted and joined: 15 دولاراً و60 سنتاً = 15.60 USD), percent (unit %, or pp for نقطة مئوية), quantity (unit km, km2, m, kg, t, barrel, l, MW, ha ...; every noun counting people such as شخص, جندي, قتيل, لاجئ has unit person), number (bare, unit NULL; negative, decimal, spoken with فاصلة, colloquial) and ordinal; value is the exact numeric (digits of any length are kept exactly; words, fractions and scales such as 2.5 مليون are computed), approximate is true after نحو, حوالي, أكثر من ... and for vague amounts (عشرات الآلاف = 10000); bound is range (value .. value_max: 30-40 دولاراً, بين 5 و10, من 100 إلى 200), over, under, at_least or at_most (أكثر من, تحت, لا يقل عن, على الأقل, كحد أقصى), else NULL; the span includes the approximator, the range words and a bound phrase after it but no proclitic; numbers of dates, times, durations, names (فرانس 24) and bare years are not reported; start is the 1-based character position, substr(body, start, length) = surface';
