-- Peer champion directory, the workflow (docs/champion-directory.md): nominations waiting for the nominee's consent,
-- the site's vocabulary of expertise tags with the free tags that wait for leadership, and the freshness reminders.
-- Portable SQL (HSQLDB, PostgreSQL, MariaDB).

-- Free tags not (yet) in the site's vocabulary: lines of text, like expertise; shown only to the owner and leadership.
ALTER TABLE PV_CHAMPION_LISTING ADD COLUMN pending_expertise VARCHAR(614) DEFAULT '' NOT NULL;
-- The listing began with an accepted nomination: its owner keeps it without the champion role.
ALTER TABLE PV_CHAMPION_LISTING ADD COLUMN nominated BOOLEAN DEFAULT FALSE NOT NULL;
-- The due date the owner was last reminded of (before it, and once stale): set by one conditional UPDATE, so of two
-- nodes only one sends each reminder.
ALTER TABLE PV_CHAMPION_LISTING ADD COLUMN due_reminded_for TIMESTAMP;
ALTER TABLE PV_CHAMPION_LISTING ADD COLUMN stale_reminded_for TIMESTAMP;

-- An invitation to become a champion: seen by leadership and the nominee only, deleted when answered.
CREATE TABLE PV_CHAMPION_NOMINATION (
	id VARCHAR(36) NOT NULL,
	company_id BIGINT NOT NULL,
	site_id BIGINT NOT NULL,
	nominee_key VARCHAR(75) NOT NULL,
	nominee_name VARCHAR(100) NOT NULL,
	category VARCHAR(20) NOT NULL,
	message VARCHAR(1000),
	nominated_by VARCHAR(75) NOT NULL,
	nominator_name VARCHAR(100) NOT NULL,
	created_at TIMESTAMP NOT NULL,
	version INTEGER NOT NULL,
	CONSTRAINT PV_CHAMPION_NOMINATION_PK PRIMARY KEY (id),
	CONSTRAINT PV_CHAMPION_NOMINATION_UQ UNIQUE (company_id, site_id, nominee_key)
);

-- The site's vocabulary of expertise tags; folded_term (case and accents removed) is what makes two spellings one.
CREATE TABLE PV_CHAMPION_EXPERTISE_TERM (
	id VARCHAR(36) NOT NULL,
	company_id BIGINT NOT NULL,
	site_id BIGINT NOT NULL,
	term VARCHAR(40) NOT NULL,
	folded_term VARCHAR(160) NOT NULL,
	created_at TIMESTAMP NOT NULL,
	CONSTRAINT PV_CHAMPION_EXPERTISE_TERM_PK PRIMARY KEY (id),
	CONSTRAINT PV_CHAMPION_EXPERTISE_TERM_UQ UNIQUE (company_id, site_id, folded_term)
);
