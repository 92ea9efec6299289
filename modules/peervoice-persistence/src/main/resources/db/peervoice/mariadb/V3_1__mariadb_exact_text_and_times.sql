-- MariaDB only (db/peervoice/mariadb, run after the common migrations; docs/architecture.md, "MariaDB"). The common
-- migrations leave MariaDB's defaults in place, which differ from PostgreSQL and HSQLDB:
-- * Text takes the portal database's character set and collation. Liferay databases created as `utf8` (3 bytes) cannot
--   store emoji, and the usual *_ci collations make 'abc' equal 'ABC' in comparisons and unique keys. Every PV_ table
--   becomes utf8mb4 with the binary collation: any character, compared exactly.
-- * TIMESTAMP is converted through the session's time zone, ends in 2038, and keeps whole seconds only; with
--   explicit_defaults_for_timestamp OFF (the default before MariaDB 10.10) the first TIMESTAMP column of a table is
--   even rewritten to the current time on every UPDATE and a NULL becomes "now". The application stores UTC: every
--   time column becomes DATETIME(6), stored as written, to the microsecond, nullable only where the column was.
-- The conversion keeps the values: a TIMESTAMP is read in the session's time zone, the one it was written in.
-- MariaDB does not change the character set of a column in a foreign key: they are dropped and added again.

ALTER TABLE PV_SUGGESTION_RESPONSE DROP FOREIGN KEY PV_SUGGESTION_RESPONSE_FK;
ALTER TABLE PV_SUGGESTION_TRANSITION DROP FOREIGN KEY PV_SUGGESTION_TRANSITION_FK;
ALTER TABLE PV_SUGGESTION_MESSAGE DROP FOREIGN KEY PV_SUGGESTION_MESSAGE_FK;
ALTER TABLE PV_SUGGESTION_VOTE DROP FOREIGN KEY PV_SUGGESTION_VOTE_FK;

ALTER TABLE PV_SUGGESTION CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin,
	MODIFY created_at DATETIME(6) NOT NULL,
	MODIFY first_response_at DATETIME(6) NULL;

ALTER TABLE PV_SUGGESTION_RESPONSE CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin,
	MODIFY created_at DATETIME(6) NOT NULL;

ALTER TABLE PV_SUGGESTION_TRANSITION CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin,
	MODIFY transitioned_at DATETIME(6) NOT NULL;

ALTER TABLE PV_SUGGESTION_MESSAGE CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin,
	MODIFY created_at DATETIME(6) NOT NULL;

ALTER TABLE PV_SUGGESTION_VOTE CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

ALTER TABLE PV_SUGGESTION_SETTINGS CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

ALTER TABLE PV_AUDIT_EVENT CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin,
	MODIFY occurred_at DATETIME(6) NOT NULL;

ALTER TABLE PV_MIXING CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin,
	MODIFY last_mixed_at DATETIME(6) NOT NULL;

ALTER TABLE PV_SUGGESTION_RESPONSE ADD CONSTRAINT PV_SUGGESTION_RESPONSE_FK FOREIGN KEY (suggestion_id) REFERENCES PV_SUGGESTION (id);
ALTER TABLE PV_SUGGESTION_TRANSITION ADD CONSTRAINT PV_SUGGESTION_TRANSITION_FK FOREIGN KEY (suggestion_id) REFERENCES PV_SUGGESTION (id);
ALTER TABLE PV_SUGGESTION_MESSAGE ADD CONSTRAINT PV_SUGGESTION_MESSAGE_FK FOREIGN KEY (suggestion_id) REFERENCES PV_SUGGESTION (id);
ALTER TABLE PV_SUGGESTION_VOTE ADD CONSTRAINT PV_SUGGESTION_VOTE_FK FOREIGN KEY (suggestion_id) REFERENCES PV_SUGGESTION (id);
