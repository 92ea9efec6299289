-- Champion directory speed (docs/benchmarks.md, "Champion directory"). Portable SQL (HSQLDB, PostgreSQL, MariaDB;
-- MariaDB's longest key here is under its 3,072 bytes in utf8mb4).

-- The site's directory listings counted by category and A–Z letter, and their ids for the facet rows to join, from
-- the index alone (PostgreSQL: an index-only scan, no table row read).
CREATE INDEX PV_CHAMPION_LISTING_DIR_IX ON PV_CHAMPION_LISTING (company_id, site_id, stage, status, last_confirmed_at, category,
	initial_en, initial_es, id);

-- The worksheet and the exports read one category at a time in name order, a part after another.
CREATE INDEX PV_CHAMPION_LISTING_CAT_EN_IX ON PV_CHAMPION_LISTING (company_id, site_id, stage, status, category, sort_key_en, id);
CREATE INDEX PV_CHAMPION_LISTING_CAT_ES_IX ON PV_CHAMPION_LISTING (company_id, site_id, stage, status, category, sort_key_es, id);
