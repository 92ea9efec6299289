-- MariaDB only: what V3_1 and V4_1 do for the earlier tables, for the tables of V5 (champion directory). Every PV_
-- table utf8mb4 with the binary collation, every time column DATETIME(6) (UTC as written, to the microsecond, never
-- rewritten on UPDATE); the reasons are in V3_1__mariadb_exact_text_and_times.sql. V5 has no foreign keys.

ALTER TABLE PV_CHAMPION_LISTING CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin,
	MODIFY created_at DATETIME(6) NOT NULL,
	MODIFY updated_at DATETIME(6) NOT NULL,
	MODIFY submitted_at DATETIME(6) NULL,
	MODIFY published_at DATETIME(6) NULL,
	MODIFY last_confirmed_at DATETIME(6) NULL;

ALTER TABLE PV_CHAMPION_SETTINGS CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
