-- A town hall's change counter (the live view's ETag) split over rows, so that the votes of a meeting no longer queue
-- on one row's lock (TownHallChanges; docs/benchmarks.md). A town hall created from now on has 16 rows; one created
-- before keeps its count in shard 0, where its changes go. PV_TOWN_HALL_CHANGES stays for nodes of the previous
-- version during a rolling upgrade (their changes are not seen by the new nodes' ETags until the upgrade ends).
CREATE TABLE PV_TOWN_HALL_CHANGE_SHARD (
	town_hall_id VARCHAR(36) NOT NULL,
	shard INTEGER NOT NULL,
	change_count BIGINT NOT NULL,
	CONSTRAINT PV_TOWN_HALL_CHANGE_SHARD_PK PRIMARY KEY (town_hall_id, shard)
);

INSERT INTO PV_TOWN_HALL_CHANGE_SHARD (town_hall_id, shard, change_count) SELECT id, 0, change_count FROM PV_TOWN_HALL_CHANGES;
