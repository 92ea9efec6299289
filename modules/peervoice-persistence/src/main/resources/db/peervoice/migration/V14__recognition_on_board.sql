-- The recognition board reads one kept column instead of every recipient's consent (Recognition.onBoard): a
-- recognition is on the board when its giver chose the board, no moderator hid it, and at least one recipient lets it
-- show. Counting the board was a semi-join of every board recognition with its recipients (docs/benchmarks.md).
-- PV_RECOGNITION_BOARD_IX stays: dropping an index is not written the same way on MariaDB.

ALTER TABLE PV_RECOGNITION ADD COLUMN on_board BOOLEAN DEFAULT FALSE NOT NULL;

UPDATE PV_RECOGNITION SET on_board = TRUE WHERE visibility = 'BOARD' AND moderation_reason IS NULL
	AND EXISTS (SELECT 1 FROM PV_RECOGNITION_RECIPIENT r WHERE r.recognition_id = PV_RECOGNITION.id AND r.consent = 'SHOWN');

CREATE INDEX PV_RECOGNITION_ON_BOARD_IX ON PV_RECOGNITION (company_id, site_id, on_board, created_at);
