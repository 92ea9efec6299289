-- An anonymous asker's edit waits for the mixing (TownHallQuestion.editByAsker, TownHallMixing.EDITS): the new text is
-- kept here and the question stays listed with the text the room has seen, so the list read after the edit does not
-- tell which question was just edited; the mixing swaps it in with the batch. NULL when no edit waits. The table is
-- utf8mb4 with the binary collation on MariaDB already (V8_1), which a new column takes.

ALTER TABLE PV_TOWN_HALL_QUESTION ADD COLUMN edited_text VARCHAR(300);
