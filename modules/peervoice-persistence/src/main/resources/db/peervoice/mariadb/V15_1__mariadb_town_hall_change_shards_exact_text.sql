-- MariaDB only: what V3_1 does for the earlier tables, for the table of V15: utf8mb4 with the binary collation; the
-- reasons are in V3_1__mariadb_exact_text_and_times.sql.

ALTER TABLE PV_TOWN_HALL_CHANGE_SHARD CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
