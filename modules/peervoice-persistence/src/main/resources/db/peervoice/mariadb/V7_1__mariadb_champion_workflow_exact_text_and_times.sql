-- MariaDB only: what V5_1 does for the champion tables, for the columns and tables of V7 (champion workflow).

ALTER TABLE PV_CHAMPION_LISTING CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin,
	MODIFY due_reminded_for DATETIME(6) NULL,
	MODIFY stale_reminded_for DATETIME(6) NULL;

ALTER TABLE PV_CHAMPION_NOMINATION CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin,
	MODIFY created_at DATETIME(6) NOT NULL;

ALTER TABLE PV_CHAMPION_EXPERTISE_TERM CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin,
	MODIFY created_at DATETIME(6) NOT NULL;
