-- Peer champion directory (docs/champion-directory.md). Portable SQL (HSQLDB, PostgreSQL, MariaDB): no vendor types,
-- no sequences, random string ids. A person has at most one CURRENT row (the listing) and one REVISION row (edits to
-- the published listing waiting for approval) per site. Lists (programs, languages, expertise) are lines of text.
-- Empty optional texts are stored as '' so that the columns stay NOT NULL.

CREATE TABLE PV_CHAMPION_LISTING (
	id VARCHAR(36) NOT NULL,
	company_id BIGINT NOT NULL,
	site_id BIGINT NOT NULL,
	owner_key VARCHAR(75) NOT NULL,
	stage VARCHAR(10) NOT NULL,
	status VARCHAR(20) NOT NULL,
	display_name VARCHAR(100) NOT NULL,
	title VARCHAR(120) NOT NULL,
	category VARCHAR(20) NOT NULL,
	role_text VARCHAR(500) NOT NULL,
	email VARCHAR(254) NOT NULL,
	email_audience VARCHAR(30) NOT NULL,
	phone VARCHAR(16) NOT NULL,
	phone_extension VARCHAR(10) NOT NULL,
	phone_audience VARCHAR(30) NOT NULL,
	location VARCHAR(150) NOT NULL,
	location_audience VARCHAR(30) NOT NULL,
	office_hours VARCHAR(200) NOT NULL,
	office_hours_audience VARCHAR(30) NOT NULL,
	preferred_contact VARCHAR(20),
	pronouns VARCHAR(40) NOT NULL,
	lived_experience BOOLEAN NOT NULL,
	programs VARCHAR(809) NOT NULL,
	languages VARCHAR(409) NOT NULL,
	expertise VARCHAR(614) NOT NULL,
	review_message VARCHAR(1000),
	created_at TIMESTAMP NOT NULL,
	updated_at TIMESTAMP NOT NULL,
	submitted_at TIMESTAMP,
	published_at TIMESTAMP,
	last_confirmed_at TIMESTAMP,
	version INTEGER NOT NULL,
	CONSTRAINT PV_CHAMPION_LISTING_PK PRIMARY KEY (id),
	CONSTRAINT PV_CHAMPION_LISTING_OWNER_UQ UNIQUE (company_id, site_id, owner_key, stage)
);

CREATE INDEX PV_CHAMPION_LISTING_SITE_IX ON PV_CHAMPION_LISTING (company_id, site_id, status, last_confirmed_at);
CREATE INDEX PV_CHAMPION_LISTING_PERSON_IX ON PV_CHAMPION_LISTING (company_id, owner_key);

CREATE TABLE PV_CHAMPION_SETTINGS (
	id VARCHAR(36) NOT NULL,
	company_id BIGINT NOT NULL,
	site_id BIGINT NOT NULL,
	approval_required BOOLEAN NOT NULL,
	reconfirm_days INTEGER NOT NULL,
	grace_days INTEGER NOT NULL,
	phone_region VARCHAR(2) NOT NULL,
	version INTEGER NOT NULL,
	CONSTRAINT PV_CHAMPION_SETTINGS_PK PRIMARY KEY (id),
	CONSTRAINT PV_CHAMPION_SETTINGS_SITE_UQ UNIQUE (company_id, site_id)
);
