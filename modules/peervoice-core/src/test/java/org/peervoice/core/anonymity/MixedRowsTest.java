package org.peervoice.core.anonymity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MixedRowsTest {

	@Test
	void aSiteTableSelectsItsOwnPendingRowsOfOneSite() {
		MixedRows rows = MixedRows.ofSites("PV_THING");
		assertEquals("SELECT t.* FROM PV_THING t WHERE t.mixed = FALSE AND t.company_id = ? AND t.site_id = ?", rows.selectPending(true));
		assertTrue(rows.hasMixedColumn());
		assertTrue(rows.pendingSitesQuery().contains("WHERE t.mixed = FALSE"));
	}

	@Test
	void aChildTableAlsoSelectsEveryRowOfAPendingParentSoTheParentCanBeReinserted() {
		MixedRows rows = MixedRows.childOf("PV_CHILD", "thing_id", "PV_THING");
		String select = rows.selectPending(true);
		assertTrue(select.contains("t.mixed = FALSE OR t.thing_id IN (SELECT p.id FROM PV_THING p WHERE p.mixed = FALSE)"), select);
		assertTrue(select.contains("t.thing_id IN (SELECT p.id FROM PV_THING p WHERE p.company_id = ? AND p.site_id = ?)"), select);
		assertTrue(rows.pendingSitesQuery().contains("JOIN PV_THING p ON p.id = t.thing_id"));
	}

	@Test
	void aCarriedTableHasNoPendingRowsOfItsOwn() {
		MixedRows rows = MixedRows.carriedWith("PV_ANSWER", "thing_id", "PV_THING");
		assertFalse(rows.hasMixedColumn());
		assertNull(rows.pendingSitesQuery(), "it never makes a site due");
		assertFalse(rows.selectPending(true).contains("t.mixed"), rows.selectPending(true));
	}

	@Test
	void heldRowsAreLeftOutOnlyWhenTheMixingKeepsThem() {
		MixedRows rows = MixedRows.ofSites("PV_THING").heldWhile("t.kind = 'LATER'");
		assertEquals("SELECT t.* FROM PV_THING t WHERE t.mixed = FALSE AND t.company_id = ? AND t.site_id = ? AND NOT (t.kind = 'LATER')",
			rows.selectPending(true));
		assertEquals(MixedRows.ofSites("PV_THING").selectPending(true), rows.selectPending(false), "an explicit mixing takes them too");
		assertEquals(MixedRows.ofSites("PV_THING").pendingSitesQuery(), rows.pendingSitesQuery(), "a held row still makes its site due");
	}

	@Test
	void anUpdateTouchesOneRowById() {
		assertEquals("UPDATE PV_THING SET n = n + 0 WHERE id = ?", new MixedUpdate("PV_THING", "n = n + 0", "SELECT id FROM PV_THING").updateOne());
	}

}
