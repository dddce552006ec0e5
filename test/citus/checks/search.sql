-- full-text search with websearch_to_tsquery: matches, ranks and headlines
SELECT q, count(*) AS matches
FROM unnest(ARRAY['ترمب أوكرانيا', '"البنك المركزي"', 'النفط -السعودية', 'غزة OR القدس',
                  'كأس العالم', 'الرئيس الأمريكي', 'الأمم المتحدة', 'زلزال']) AS q,
     articles
WHERE tsv @@ websearch_to_tsquery('arnews', q)
GROUP BY q ORDER BY q;
SELECT q, id, round(ts_rank(tsv, websearch_to_tsquery('arnews', q))::numeric, 5) AS rank
FROM unnest(ARRAY['ترمب أوكرانيا', '"البنك المركزي"', 'النفط -السعودية', 'غزة OR القدس']) AS q,
     articles
WHERE tsv @@ websearch_to_tsquery('arnews', q)
ORDER BY q, rank DESC, id;
SELECT id, ts_headline('arnews', body, websearch_to_tsquery('arnews', 'الأمم المتحدة'),
                       'MaxWords=18, MinWords=8, MaxFragments=1')
FROM articles WHERE tsv @@ websearch_to_tsquery('arnews', 'الأمم المتحدة')
ORDER BY id LIMIT 50;
