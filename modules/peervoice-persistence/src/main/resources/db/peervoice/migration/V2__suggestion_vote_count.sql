-- The board sorts by votes: each suggestion carries its vote count, so a page is read from one index instead of
-- grouping every vote of the site. The count says how many, never who. The application sets it with one statement
-- counting the vote rows (never by adding in memory), and never through the row's version, so votes do not
-- conflict with reviewers' edits. Portable SQL (HSQLDB, PostgreSQL, MariaDB).

ALTER TABLE PV_SUGGESTION ADD COLUMN vote_count BIGINT DEFAULT 0 NOT NULL;

UPDATE PV_SUGGESTION SET vote_count = (SELECT COUNT(*) FROM PV_SUGGESTION_VOTE v WHERE v.suggestion_id = PV_SUGGESTION.id);

CREATE INDEX PV_SUGGESTION_VOTES_IX ON PV_SUGGESTION (company_id, site_id, published, vote_count, created_at);
