-- MariaDB only: V6's facet and list-sending tables in utf8mb4 with the binary collation, as V5_1 does for V5's tables (reasons in
-- V3_1__mariadb_exact_text_and_times.sql). V6's new columns of PV_CHAMPION_LISTING already have it: V5_1 made it the
-- table's default. Facet rows get their foreign key only afterwards (V6_3), once both sides have the same character set.

ALTER TABLE PV_CHAMPION_FACET CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

ALTER TABLE PV_CHAMPION_LIST_SENDING CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin,
	MODIFY sent_at DATETIME(6) NOT NULL;
