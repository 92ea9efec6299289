package org.peervoice.core.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RoleGroupLimitsTest {

	@Test
	void theStoredColumnHoldsEveryRuleAtItsLongest() {
		assertEquals(RoleGroupLimits.storedLengthNeeded(), RoleGroupLimits.STORED_LENGTH);
	}

}
