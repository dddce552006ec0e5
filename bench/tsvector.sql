-- tsvector.sql: MB/s of to_tsvector for arnews, arabic and simple over table ant,
-- all in one run.  Each configuration runs :rounds times; the best round counts.
\set ON_ERROR_STOP on
\if :{?rounds}
\else
\set rounds 3
\endif
CREATE OR REPLACE FUNCTION pg_temp.bench_tsvector(cfg regconfig, rounds int)
RETURNS TABLE(config text, mb numeric, seconds numeric, mb_per_s numeric, lexemes bigint)
LANGUAGE plpgsql AS $$
DECLARE
    t0 timestamptz;
    best numeric := NULL;
    secs numeric;
    n bigint;
    bytes numeric;
BEGIN
    SELECT sum(octet_length(body)) INTO bytes FROM ant;
    FOR i IN 1..rounds LOOP
        t0 := clock_timestamp();
        SELECT sum(length(to_tsvector(cfg, body))) INTO n FROM ant;
        secs := extract(epoch FROM clock_timestamp() - t0);
        IF best IS NULL OR secs < best THEN best := secs; END IF;
    END LOOP;
    RETURN QUERY SELECT cfg::text, round(bytes / 1e6, 1), round(best, 2),
                        round(bytes / 1e6 / best, 2), n;
END $$;
SET max_parallel_workers_per_gather = 0;
-- warm the dictionaries' caches first
SELECT to_tsvector('arnews', 'تسخين'), to_tsvector('arabic', 'تسخين') \g /dev/null
CREATE TEMP TABLE results AS
    SELECT * FROM pg_temp.bench_tsvector('arnews', :rounds)
    UNION ALL SELECT * FROM pg_temp.bench_tsvector('arabic', :rounds)
    UNION ALL SELECT * FROM pg_temp.bench_tsvector('simple', :rounds);
SELECT r.*, round(r.mb_per_s / a.mb_per_s, 2) AS ratio_vs_arabic
FROM results r, results a WHERE a.config = 'arabic';
