-- One row per person who gives recognition in a site (RecognitionGiver): giving locks it first (an UPDATE, which every
-- database answers with a row lock held to the end of the transaction), so that two requests of the same giver at the
-- same time run one after the other and the daily limit and the repeat rule (409) read what the other stored
-- (RecognitionBoard.give, JpaRecognitions.lockGiver). attempts counts the gives that locked it; nothing reads it.

CREATE TABLE PV_RECOGNITION_GIVER (
	id VARCHAR(36) NOT NULL,
	company_id BIGINT NOT NULL,
	site_id BIGINT NOT NULL,
	giver_key VARCHAR(75) NOT NULL,
	attempts BIGINT NOT NULL,
	CONSTRAINT PV_RECOGNITION_GIVER_PK PRIMARY KEY (id),
	CONSTRAINT PV_RECOGNITION_GIVER_UQ UNIQUE (company_id, site_id, giver_key)
);
