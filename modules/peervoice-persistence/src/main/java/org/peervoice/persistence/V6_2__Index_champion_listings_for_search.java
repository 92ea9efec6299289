package org.peervoice.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.peervoice.core.champion.ChampionSearchKeys;

/**
 * Fills the search columns and facet rows of V6 for the champion listings written before it, with the same
 * {@link ChampionSearchKeys} the application derives them with on every write. In Java because no database PeerVoice
 * runs on removes accents or computes a Java collation key in SQL.
 */
final class V6_2__Index_champion_listings_for_search extends BaseJavaMigration {

	private static final int BATCH = 500;
	private static final String[] FACETS = {"PROGRAM", "LANGUAGE", "EXPERTISE"};

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		List<String[]> listings = new ArrayList<>();
		try (Statement select = connection.createStatement();
				ResultSet rows = select.executeQuery("SELECT id, display_name, title, role_text, programs, languages, expertise"
					+ " FROM PV_CHAMPION_LISTING")) {
			while (rows.next()) {
				listings.add(new String[] {rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4), rows.getString(5),
					rows.getString(6), rows.getString(7)});
			}
		}
		try (PreparedStatement update = connection.prepareStatement("UPDATE PV_CHAMPION_LISTING SET search_text = ?, sort_key_en = ?,"
				+ " sort_key_es = ?, initial_en = ?, initial_es = ? WHERE id = ?");
				PreparedStatement facet = connection.prepareStatement("INSERT INTO PV_CHAMPION_FACET (listing_id, facet, facet_value)"
					+ " VALUES (?, ?, ?)")) {
			int pending = 0;
			for (String[] listing : listings) {
				ChampionSearchKeys keys = ChampionSearchKeys.ofStored(listing[1], listing[2], listing[3], listing[4], listing[5], listing[6]);
				update.setString(1, keys.getSearchText());
				update.setString(2, keys.getSortKeyEn());
				update.setString(3, keys.getSortKeyEs());
				update.setString(4, keys.getInitialEn());
				update.setString(5, keys.getInitialEs());
				update.setString(6, listing[0]);
				update.addBatch();
				for (int i = 0; i < FACETS.length; i++) {
					String stored = listing[4 + i];
					if (stored == null || stored.isEmpty()) {
						continue;
					}
					for (String value : stored.split("\n")) {
						facet.setString(1, listing[0]);
						facet.setString(2, FACETS[i]);
						facet.setString(3, value);
						facet.addBatch();
					}
				}
				if (++pending == BATCH) {
					update.executeBatch();
					facet.executeBatch();
					pending = 0;
				}
			}
			if (pending > 0) {
				update.executeBatch();
				facet.executeBatch();
			}
		}
	}

}
