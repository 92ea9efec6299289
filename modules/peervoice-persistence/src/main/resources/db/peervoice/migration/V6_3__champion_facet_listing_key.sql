-- Each facet row belongs to a listing (V6__champion_search.sql); added after MariaDB's V6_1 so that both columns have
-- the same character set there.

ALTER TABLE PV_CHAMPION_FACET ADD CONSTRAINT PV_CHAMPION_FACET_LISTING_FK FOREIGN KEY (listing_id) REFERENCES PV_CHAMPION_LISTING (id);
