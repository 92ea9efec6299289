-- A site may keep the name, e-mail and title of every champion listing as the owners' portal profiles give them
-- (ChampionSettings.profileFieldsEditable; when false, ChampionListings.save and ChampionNominations.accept take them
-- from the profile, ProfileFields). Sites stored before this read true, as owners could edit these fields then.
-- No text column, so MariaDB needs no variant (the V*_1 scripts there only set the exact text collation).

ALTER TABLE PV_CHAMPION_SETTINGS ADD COLUMN profile_fields_editable BOOLEAN DEFAULT TRUE NOT NULL;
