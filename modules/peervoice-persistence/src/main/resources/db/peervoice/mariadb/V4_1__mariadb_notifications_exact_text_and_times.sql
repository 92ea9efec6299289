-- MariaDB only: what V3_1 does for the tables of V4 (notifications). Every PV_ table utf8mb4 with the binary
-- collation, every time column DATETIME(6) (UTC as written, to the microsecond, never rewritten on UPDATE); the reasons
-- are in V3_1__mariadb_exact_text_and_times.sql. V4 has no foreign keys.

ALTER TABLE PV_NOTIFICATION_OUTBOX CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin,
	MODIFY created_at DATETIME(6) NOT NULL;

ALTER TABLE PV_NOTIFICATION CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin,
	MODIFY created_at DATETIME(6) NOT NULL,
	MODIFY read_at DATETIME(6) NULL;

ALTER TABLE PV_NOTIFICATION_PREFERENCE CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

ALTER TABLE PV_NOTIFICATION_DIGEST CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin,
	MODIFY last_sent_at DATETIME(6) NOT NULL;

ALTER TABLE PV_THREAD_READ CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
