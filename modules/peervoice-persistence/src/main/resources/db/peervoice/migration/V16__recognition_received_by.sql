-- "Received by a person" on the recognition board starts from the person's recipient rows that let the recognition
-- show, newest first, and joins each to its recognition (JpaRecognitions.board), instead of scanning the whole board
-- newest first and checking each recognition's recipients (docs/benchmarks.md). A recipient row's created_at is its
-- recognition's, and recognition_id its id, so this index gives the board's order (created_at, id) for one person.
-- PV_RECOGNITION_RECIPIENT_PERSON_IX stays: dropping an index is not written the same way on MariaDB.

CREATE INDEX PV_RECOGNITION_RECIPIENT_FEED_IX ON PV_RECOGNITION_RECIPIENT (company_id, site_id, recipient_key, consent, created_at, recognition_id);

-- The board's own order, the id included, so that a page (and the offset before it) is read in index order with no sort
-- of recognitions given in the same instant; PV_RECOGNITION_ON_BOARD_IX stays for the same reason as above.
CREATE INDEX PV_RECOGNITION_FEED_IX ON PV_RECOGNITION (company_id, site_id, on_board, created_at, id);
