-- Each site's champion directory revision: incremented in the transaction of every write that can change a search's
-- answer (a listing written, approved, declined, hidden, gone stale, deleted, its consent changed; the site's settings;
-- a person leaving), read by each node at most once a second to keep the answers it has given (DirectoryAnswers;
-- docs/champion-directory.md, "Search"). A site gets its row with its first such write; one without a row is at 0.
-- Numbers only: nothing for MariaDB's exact-text conversion.
CREATE TABLE PV_CHAMPION_DIRECTORY_REVISION (
	company_id BIGINT NOT NULL,
	site_id BIGINT NOT NULL,
	revision BIGINT NOT NULL,
	CONSTRAINT PV_CHAMPION_DIRECTORY_REVISION_PK PRIMARY KEY (company_id, site_id)
);
