-- Mixing anonymous writes (docs/privacy.md, "Storage order"). A row written by an anonymous action is stored at once
-- with mixed = FALSE and hidden from reviewers; each site's mixing run later deletes and re-inserts its pending rows
-- in a random order, in one transaction, with mixed = TRUE, so neither physical order nor system columns (xmin, ctid)
-- place them among other writes more finely than the site's window. Every vote is mixed, so a vote no longer writes
-- its suggestion's row: vote_count (V2) is now set only by the mixing run, and shown counts are counted live.
-- Rows that exist before this migration count as mixed. Portable SQL (HSQLDB, PostgreSQL, MariaDB 10.3.2 or later).

ALTER TABLE PV_SUGGESTION ADD COLUMN mixed BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE PV_SUGGESTION ALTER COLUMN mixed SET DEFAULT FALSE;
CREATE INDEX PV_SUGGESTION_MIXED_IX ON PV_SUGGESTION (mixed);

ALTER TABLE PV_SUGGESTION_MESSAGE ADD COLUMN mixed BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE PV_SUGGESTION_MESSAGE ALTER COLUMN mixed SET DEFAULT FALSE;
CREATE INDEX PV_SUGGESTION_MESSAGE_MIXED_IX ON PV_SUGGESTION_MESSAGE (mixed);

ALTER TABLE PV_SUGGESTION_TRANSITION ADD COLUMN mixed BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE PV_SUGGESTION_TRANSITION ALTER COLUMN mixed SET DEFAULT FALSE;
CREATE INDEX PV_SUGGESTION_TRANSITION_MIXED_IX ON PV_SUGGESTION_TRANSITION (mixed);

ALTER TABLE PV_SUGGESTION_VOTE ADD COLUMN mixed BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE PV_SUGGESTION_VOTE ALTER COLUMN mixed SET DEFAULT FALSE;
CREATE INDEX PV_SUGGESTION_VOTE_MIXED_IX ON PV_SUGGESTION_VOTE (mixed);

-- Threads read in the order they were written without a fine time for the anonymous writer: a position per thread,
-- numbered here by the times stored so far (then by id). A new message takes the last position + 1; two messages sent
-- at the same moment may share one (neither saw the other), and read in id order. No unique constraint: a clash would
-- have to be retried, and a lock on the suggestion row would write the time of an anonymous reply into its xmax.
ALTER TABLE PV_SUGGESTION_MESSAGE ADD COLUMN seq INTEGER DEFAULT 0 NOT NULL;
UPDATE PV_SUGGESTION_MESSAGE SET seq = (SELECT COUNT(*) FROM PV_SUGGESTION_MESSAGE earlier
	WHERE earlier.suggestion_id = PV_SUGGESTION_MESSAGE.suggestion_id
	AND (earlier.created_at < PV_SUGGESTION_MESSAGE.created_at
		OR (earlier.created_at = PV_SUGGESTION_MESSAGE.created_at AND earlier.id <= PV_SUGGESTION_MESSAGE.id)));
CREATE INDEX PV_SUGGESTION_MESSAGE_SEQ_IX ON PV_SUGGESTION_MESSAGE (suggestion_id, seq);

ALTER TABLE PV_SUGGESTION_SETTINGS ADD COLUMN mixing_window_minutes INTEGER DEFAULT 60 NOT NULL;

-- One row per site that has had anonymous writes: when its last mixing ran. The mixing run locks it, so one node mixes.
CREATE TABLE PV_MIXING (
	company_id BIGINT NOT NULL,
	site_id BIGINT NOT NULL,
	last_mixed_at TIMESTAMP NOT NULL,
	CONSTRAINT PV_MIXING_PK PRIMARY KEY (company_id, site_id)
);
