-- Town halls (docs/town-hall.md). Portable SQL (HSQLDB, PostgreSQL, MariaDB): no vendor types, no sequences, random
-- string ids, no foreign keys (the town hall's mixing deletes and re-inserts questions, votes, poll answers and
-- feedback; V5 has none either). Lists (topics, poll options) are lines of text.

CREATE TABLE PV_TOWN_HALL (
	id VARCHAR(36) NOT NULL,
	company_id BIGINT NOT NULL,
	site_id BIGINT NOT NULL,
	title VARCHAR(150) NOT NULL,
	description VARCHAR(5000),
	starts_at TIMESTAMP NOT NULL,
	ends_at TIMESTAMP NOT NULL,
	time_zone VARCHAR(60) NOT NULL,
	place VARCHAR(200),
	meeting_url VARCHAR(500),
	topics VARCHAR(1829) NOT NULL,
	anonymous_allowed BOOLEAN NOT NULL,
	pre_moderation BOOLEAN NOT NULL,
	questions_open_at TIMESTAMP,
	feedback_days INTEGER NOT NULL,
	live_mixing_seconds INTEGER NOT NULL,
	state VARCHAR(12) NOT NULL,
	created_at TIMESTAMP NOT NULL,
	updated_at TIMESTAMP NOT NULL,
	ended_at TIMESTAMP,
	version INTEGER NOT NULL,
	CONSTRAINT PV_TOWN_HALL_PK PRIMARY KEY (id)
);
CREATE INDEX PV_TOWN_HALL_SITE_IX ON PV_TOWN_HALL (company_id, site_id, state, starts_at);

-- The change counter of a live view's ETag: every change a live view shows increments it in its own transaction, so a
-- poll that finds it unchanged reads this one row; a row of its own, so the town hall's version stays the editors'.
CREATE TABLE PV_TOWN_HALL_CHANGES (
	id VARCHAR(36) NOT NULL,
	change_count BIGINT NOT NULL,
	CONSTRAINT PV_TOWN_HALL_CHANGES_PK PRIMARY KEY (id)
);

-- An anonymous question holds nothing of its asker: no key, no name, its day only, a receipt locator and slow hash.
CREATE TABLE PV_TOWN_HALL_QUESTION (
	id VARCHAR(36) NOT NULL,
	town_hall_id VARCHAR(36) NOT NULL,
	company_id BIGINT NOT NULL,
	site_id BIGINT NOT NULL,
	question_text VARCHAR(300) NOT NULL,
	topic VARCHAR(60),
	anonymous BOOLEAN NOT NULL,
	author_key VARCHAR(75),
	author_name VARCHAR(200),
	state VARCHAR(20) NOT NULL,
	created_at TIMESTAMP NOT NULL,
	receipt_locator VARCHAR(16),
	receipt_hash VARCHAR(200),
	dismissal_reason VARCHAR(30),
	dismissal_text VARCHAR(300),
	merged_into VARCHAR(36),
	answer_text VARCHAR(2000),
	answered_live BOOLEAN NOT NULL,
	answered_at TIMESTAMP,
	corrected BOOLEAN NOT NULL,
	suggestion_id VARCHAR(36),
	mixed BOOLEAN DEFAULT FALSE NOT NULL,
	version INTEGER NOT NULL,
	CONSTRAINT PV_TOWN_HALL_QUESTION_PK PRIMARY KEY (id)
);
CREATE INDEX PV_TOWN_HALL_QUESTION_IX ON PV_TOWN_HALL_QUESTION (town_hall_id, state);
CREATE INDEX PV_TOWN_HALL_QUESTION_MIXED_IX ON PV_TOWN_HALL_QUESTION (mixed);
CREATE INDEX PV_TOWN_HALL_QUESTION_RECEIPT_IX ON PV_TOWN_HALL_QUESTION (receipt_locator);

-- One upvote: a keyed per-question hash of a per-town-hall voter tag, and the tag sealed under a key derived from the
-- server secret with a random nonce (so two votes of one person share nothing a database reader sees); a merge opens
-- the seals to count each voter once (docs/privacy.md, "Town hall").
CREATE TABLE PV_TOWN_HALL_VOTE (
	id VARCHAR(36) NOT NULL,
	question_id VARCHAR(36) NOT NULL,
	voter_hash VARCHAR(64) NOT NULL,
	voter_seal VARCHAR(120) NOT NULL,
	mixed BOOLEAN DEFAULT FALSE NOT NULL,
	CONSTRAINT PV_TOWN_HALL_VOTE_PK PRIMARY KEY (id),
	CONSTRAINT PV_TOWN_HALL_VOTE_UQ UNIQUE (question_id, voter_hash)
);
CREATE INDEX PV_TOWN_HALL_VOTE_MIXED_IX ON PV_TOWN_HALL_VOTE (mixed);

CREATE TABLE PV_TOWN_HALL_POLL (
	id VARCHAR(36) NOT NULL,
	town_hall_id VARCHAR(36) NOT NULL,
	company_id BIGINT NOT NULL,
	site_id BIGINT NOT NULL,
	question VARCHAR(200) NOT NULL,
	options VARCHAR(1009) NOT NULL,
	multiple_choice BOOLEAN NOT NULL,
	results_while_open BOOLEAN NOT NULL,
	state VARCHAR(10) NOT NULL,
	created_at TIMESTAMP NOT NULL,
	version INTEGER NOT NULL,
	CONSTRAINT PV_TOWN_HALL_POLL_PK PRIMARY KEY (id)
);
CREATE INDEX PV_TOWN_HALL_POLL_IX ON PV_TOWN_HALL_POLL (town_hall_id);

-- One person's answer to a poll, under a keyed per-poll hash; the choices as option indexes ("0,2").
CREATE TABLE PV_TOWN_HALL_POLL_ANSWER (
	id VARCHAR(36) NOT NULL,
	poll_id VARCHAR(36) NOT NULL,
	company_id BIGINT NOT NULL,
	site_id BIGINT NOT NULL,
	respondent_hash VARCHAR(64) NOT NULL,
	choices VARCHAR(30) NOT NULL,
	mixed BOOLEAN DEFAULT FALSE NOT NULL,
	CONSTRAINT PV_TOWN_HALL_POLL_ANSWER_PK PRIMARY KEY (id),
	CONSTRAINT PV_TOWN_HALL_POLL_ANSWER_UQ UNIQUE (poll_id, respondent_hash)
);
CREATE INDEX PV_TOWN_HALL_POLL_ANSWER_MIXED_IX ON PV_TOWN_HALL_POLL_ANSWER (mixed);

-- Always anonymous: one per person under a keyed per-town-hall hash, its day only.
CREATE TABLE PV_TOWN_HALL_FEEDBACK (
	id VARCHAR(36) NOT NULL,
	town_hall_id VARCHAR(36) NOT NULL,
	company_id BIGINT NOT NULL,
	site_id BIGINT NOT NULL,
	respondent_hash VARCHAR(64) NOT NULL,
	rating INTEGER NOT NULL,
	answered VARCHAR(12) NOT NULL,
	feedback_comment VARCHAR(1000),
	created_at TIMESTAMP NOT NULL,
	mixed BOOLEAN DEFAULT FALSE NOT NULL,
	CONSTRAINT PV_TOWN_HALL_FEEDBACK_PK PRIMARY KEY (id),
	CONSTRAINT PV_TOWN_HALL_FEEDBACK_UQ UNIQUE (town_hall_id, respondent_hash)
);
CREATE INDEX PV_TOWN_HALL_FEEDBACK_MIXED_IX ON PV_TOWN_HALL_FEEDBACK (mixed);

-- The town hall's mixing runs on its own (short while a meeting is live) and keeps its own last mixing per site.
CREATE TABLE PV_TOWN_HALL_MIXING (
	company_id BIGINT NOT NULL,
	site_id BIGINT NOT NULL,
	last_mixed_at TIMESTAMP NOT NULL,
	CONSTRAINT PV_TOWN_HALL_MIXING_PK PRIMARY KEY (company_id, site_id)
);

-- A suggestion taken forward from a town-hall question names it, and the question names the suggestion: linked both ways.
ALTER TABLE PV_SUGGESTION ADD COLUMN origin_question_id VARCHAR(36);
