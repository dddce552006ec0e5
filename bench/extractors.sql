-- extractors.sql: MB/s of arnews_entities, arnews_dates (no reference, a date,
-- a timestamp) and arnews_quantities
-- over table ant, serial, in one run (best of :rounds rounds).
\set ON_ERROR_STOP on
\if :{?rounds}
\else
\set rounds 2
\endif
CREATE OR REPLACE FUNCTION pg_temp.bench_extractor(fn text, rounds int)
RETURNS TABLE(function text, mb numeric, seconds numeric, mb_per_s numeric, rows_out bigint)
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
        EXECUTE format('SELECT count(*) FROM ant, %s', fn) INTO n;
        secs := extract(epoch FROM clock_timestamp() - t0);
        IF best IS NULL OR secs < best THEN best := secs; END IF;
    END LOOP;
    RETURN QUERY SELECT fn, round(bytes / 1e6, 1), round(best, 2),
                        round(bytes / 1e6 / best, 2), n;
END $$;
SET max_parallel_workers_per_gather = 0;
-- first calls load the model, gazetteers and word lists
SELECT count(*) FROM arnews_entities('بوتين'), arnews_dates('اليوم'), arnews_quantities('5 دولارات') \g /dev/null
SELECT * FROM pg_temp.bench_extractor('arnews_entities(body)', :rounds)
UNION ALL SELECT * FROM pg_temp.bench_extractor('arnews_dates(body, NULL)', :rounds)
UNION ALL SELECT * FROM pg_temp.bench_extractor('arnews_dates(body, date ''2019-01-01'')', :rounds)
UNION ALL SELECT * FROM pg_temp.bench_extractor('arnews_dates(body, timestamp ''2019-01-01 10:00'')', :rounds)
UNION ALL SELECT * FROM pg_temp.bench_extractor('arnews_quantities(body)', :rounds);
