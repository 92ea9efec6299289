-- Each site's recognition board revisions, read by each node at most once a second to keep the feed pages it has read
-- (FeedAnswers; docs/recognition-board.md, "The feed's per-node cache"): revision, incremented in the transaction of
-- every write that can change a page of the board's feed (a recognition given, a recipient's approval or hiding,
-- comments turned off, a comment, a moderator hiding a recognition or a comment, the site's settings); celebrations,
-- incremented with every celebration or its undoing (a kept page then reads its celebrations again, not the page). A
-- site gets its row with its first such write; one without a row is at 0, 0. Numbers only: nothing for MariaDB's
-- exact-text conversion.
CREATE TABLE PV_RECOGNITION_BOARD_REVISION (
	company_id BIGINT NOT NULL,
	site_id BIGINT NOT NULL,
	revision BIGINT NOT NULL,
	celebrations BIGINT NOT NULL,
	CONSTRAINT PV_RECOGNITION_BOARD_REVISION_PK PRIMARY KEY (company_id, site_id)
);
