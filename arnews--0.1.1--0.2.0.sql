-- arnews 0.1.1 -> 0.2.0
-- Each section below belongs to one issue; keep the sections apart.

\echo Use "ALTER EXTENSION arnews UPDATE TO '0.2.0'" to load this file. \quit

-- ---------------------------------------------------------------------------
-- Ranking (issue 13)

-- ---------------------------------------------------------------------------
-- Dates, times and amounts (issue 15)

-- ---------------------------------------------------------------------------
-- Entities (issue 14)

-- ---------------------------------------------------------------------------
-- Citus (issue 16)
