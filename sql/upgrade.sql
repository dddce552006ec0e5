SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS arnews;
RESET client_min_messages;
-- Upgrades: install 0.1.0 in a database of its own, use it, update to the
-- default version, and check that the updated extension has exactly the
-- objects, labels, comments, mappings and options of a fresh install.
SELECT current_database() AS regress_db \gset
SET client_min_messages = warning;
DROP DATABASE IF EXISTS arnews_upgrade;
RESET client_min_messages;
CREATE DATABASE arnews_upgrade TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C';
\c arnews_upgrade
SELECT version, installed FROM pg_available_extension_versions WHERE name = 'arnews' ORDER BY 1;
SELECT source, target, path FROM pg_extension_update_paths('arnews') WHERE path IS NOT NULL ORDER BY 1, 2;
CREATE EXTENSION arnews VERSION '0.1.0';
SELECT extversion FROM pg_extension WHERE extname = 'arnews';
SELECT to_regprocedure('arnews_entity_key(text)') IS NULL AS no_entity_key_in_010;
-- Data built by 0.1.0: a generated tsvector column with a GIN index.
CREATE TABLE upgrade_articles (
    id int PRIMARY KEY,
    body text,
    tsv tsvector GENERATED ALWAYS AS (to_tsvector('arnews', body)) STORED
);
CREATE INDEX ON upgrade_articles USING gin (tsv);
INSERT INTO upgrade_articles VALUES
    (1, 'قال الرئيس الروسي فلاديمير بوتين إن المحادثات مع ترمب ستستمر'),
    (2, 'وصل وفد أوكراني إلى واشنطن يوم الثلاثاء 12 مارس 2024');
-- One listing of the extension's objects with the labels that matter.
-- (objects are found by name at run time: the view does not depend on them
-- and survives DROP EXTENSION)
CREATE TEMP VIEW arnews_listing AS
SELECT pg_describe_object(d.classid, d.objid, 0) AS object,
       p.provolatile AS vol, p.proparallel AS par, p.proisstrict AS strict,
       p.prosecdef AS secdef, p.proconfig AS config,
       CASE WHEN p.oid IS NOT NULL THEN pg_get_function_result(p.oid) END AS result,
       obj_description(d.objid, (SELECT relname FROM pg_class WHERE oid = d.classid)) AS comment
FROM pg_depend d
LEFT JOIN pg_proc p ON d.classid = 'pg_proc'::regclass AND p.oid = d.objid
WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
  AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'arnews')
  -- PostgreSQL 18 also records a table's row type and its array type as
  -- members; they come and go with the table, which is listed
  AND NOT (d.classid = 'pg_type'::regclass AND EXISTS (
      SELECT 1 FROM pg_type t
      JOIN pg_type e ON e.oid = CASE WHEN t.typcategory = 'A' THEN t.typelem ELSE t.oid END
      JOIN pg_class r ON r.oid = e.typrelid
      WHERE t.oid = d.objid AND r.relkind <> 'c'))
UNION ALL
SELECT 'mapping ' || t.alias || ' ' || m.mapseqno, NULL, NULL, NULL, NULL, NULL,
       (SELECT dictname FROM pg_ts_dict WHERE oid = m.mapdict)::text, NULL
FROM pg_ts_config_map m
JOIN pg_ts_config c ON c.oid = m.mapcfg AND c.cfgname = 'arnews'
JOIN ts_token_type(c.cfgparser) t ON t.tokid = m.maptokentype
UNION ALL
SELECT 'options of ' || dictname, NULL, NULL, NULL, NULL, NULL, dictinitoption, NULL
FROM pg_ts_dict WHERE dictname = 'arnews_dict';
CREATE TEMP TABLE listing_010 AS SELECT * FROM arnews_listing;
ALTER EXTENSION arnews UPDATE;
SELECT extversion FROM pg_extension WHERE extname = 'arnews';
CREATE TEMP TABLE listing_updated AS SELECT * FROM arnews_listing;
-- What the update added, and that it removed nothing:
SELECT object, vol, par, strict FROM listing_updated EXCEPT SELECT object, vol, par, strict FROM listing_010 ORDER BY 1;
SELECT object FROM listing_010 EXCEPT SELECT object FROM listing_updated ORDER BY 1;
-- The rows indexed by 0.1.0 still match; the new function joins to mentions.
SELECT id FROM upgrade_articles WHERE tsv @@ websearch_to_tsquery('arnews', 'بوتين ترامب') ORDER BY id;
SELECT id FROM upgrade_articles WHERE tsv @@ to_tsquery('arnews', 'بواشنطن') ORDER BY id;
SELECT arnews_entity_key('لبوتين') AS key,
       arnews_entity_key('لبوتين') IN (SELECT canonical FROM arnews_entities(body)
                                       WHERE kind = 'PER') AS joins
FROM upgrade_articles WHERE id = 1;
-- A fresh install of the default version has exactly what the update gave.
DROP TABLE upgrade_articles;
DROP EXTENSION arnews;
CREATE EXTENSION arnews;
SELECT extversion FROM pg_extension WHERE extname = 'arnews';
SELECT count(*) AS differences FROM (
    (SELECT * FROM arnews_listing EXCEPT ALL SELECT * FROM listing_updated)
    UNION ALL
    (SELECT * FROM listing_updated EXCEPT ALL SELECT * FROM arnews_listing)) d;
-- The labels of every object of the current version (a change shows here).
SELECT object, vol, par, strict, secdef, config FROM arnews_listing
WHERE object NOT LIKE 'mapping %' AND object NOT LIKE 'options %' ORDER BY object;
SELECT count(*) AS token_type_mappings FROM arnews_listing WHERE object LIKE 'mapping %';
SELECT count(*) FILTER (WHERE comment IS NULL) AS objects_without_comment
FROM arnews_listing WHERE object NOT LIKE 'mapping %' AND object NOT LIKE 'options %'
  AND result IS DISTINCT FROM 'internal' AND result IS DISTINCT FROM 'trigger';
\c :regress_db
DROP DATABASE arnews_upgrade;
