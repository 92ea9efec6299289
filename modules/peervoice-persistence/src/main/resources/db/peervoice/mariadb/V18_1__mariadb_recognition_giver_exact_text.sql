-- MariaDB only: what V3_1 does for the earlier tables, for the table of V18 (the recognition giver's lock row): utf8mb4
-- with the binary collation, so that two user keys that differ only in case are two rows; the reasons are in
-- V3_1__mariadb_exact_text_and_times.sql.

ALTER TABLE PV_RECOGNITION_GIVER CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
