-- Champion directory search in the database (docs/champion-directory.md, "Search"): the folded text every search word
-- is looked for in, each name's collation key and A–Z letter in English and in Spanish, and one row per program,
-- language and expertise value to filter and count by. The application derives them on every write
-- (ChampionSearchKeys); V6_2__Index_champion_listings_for_search (Java) fills them for the rows written before, and
-- V6_3 adds the facet rows' foreign key (after MariaDB's V6_1 has given both tables the same character set).

ALTER TABLE PV_CHAMPION_LISTING ADD COLUMN search_text VARCHAR(2600) DEFAULT '' NOT NULL;
ALTER TABLE PV_CHAMPION_LISTING ADD COLUMN sort_key_en VARCHAR(400) DEFAULT '' NOT NULL;
ALTER TABLE PV_CHAMPION_LISTING ADD COLUMN sort_key_es VARCHAR(400) DEFAULT '' NOT NULL;
ALTER TABLE PV_CHAMPION_LISTING ADD COLUMN initial_en VARCHAR(8) DEFAULT '#' NOT NULL;
ALTER TABLE PV_CHAMPION_LISTING ADD COLUMN initial_es VARCHAR(8) DEFAULT '#' NOT NULL;

CREATE INDEX PV_CHAMPION_LISTING_EN_IX ON PV_CHAMPION_LISTING (company_id, site_id, stage, status, sort_key_en);
CREATE INDEX PV_CHAMPION_LISTING_ES_IX ON PV_CHAMPION_LISTING (company_id, site_id, stage, status, sort_key_es);

CREATE TABLE PV_CHAMPION_FACET (
	listing_id VARCHAR(36) NOT NULL,
	facet VARCHAR(10) NOT NULL,
	facet_value VARCHAR(80) NOT NULL
);

CREATE INDEX PV_CHAMPION_FACET_LISTING_IX ON PV_CHAMPION_FACET (listing_id, facet);
CREATE INDEX PV_CHAMPION_FACET_VALUE_IX ON PV_CHAMPION_FACET (facet, facet_value, listing_id);

-- When leadership last sent the site's list to all its champions (docs/champion-directory.md): at most once an hour.
CREATE TABLE PV_CHAMPION_LIST_SENDING (
	id VARCHAR(36) NOT NULL,
	company_id BIGINT NOT NULL,
	site_id BIGINT NOT NULL,
	sent_at TIMESTAMP NOT NULL,
	version INTEGER NOT NULL,
	CONSTRAINT PV_CHAMPION_LIST_SENDING_PK PRIMARY KEY (id),
	CONSTRAINT PV_CHAMPION_LIST_SENDING_SITE_UQ UNIQUE (company_id, site_id)
);
