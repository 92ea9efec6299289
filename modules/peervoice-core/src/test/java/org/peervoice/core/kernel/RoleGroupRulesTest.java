package org.peervoice.core.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.peervoice.core.kernel.PeopleDirectory.RoleGroup;
import org.peervoice.core.kernel.RoleGroupRules.Rule;
import org.peervoice.core.kernel.RoleGroupRules.Source;

class RoleGroupRulesTest {

	@Test
	void outOfTheBoxOnlyPeerVoiceLeadershipIsLeadershipAndEveryoneElseOtherStaff() {
		RoleGroupRules defaults = RoleGroupRules.defaults();
		assertEquals(RoleGroup.LEADERSHIP, defaults.groupOf(Set.of("Site Member", "peer voice LEADERSHIP"), Set.of(), "Nurse"));
		assertEquals(RoleGroup.OTHER_STAFF, defaults.groupOf(Set.of("Site Member"), Set.of("Peer Voice Leadership"), "Peer Voice Leadership"));
		assertEquals(RoleGroup.OTHER_STAFF, defaults.groupOf(null, null, null));
	}

	@Test
	void theFirstMatchingRuleDecidesWholeNamesWithCaseAndAccentsAside() {
		RoleGroupRules rules = new RoleGroupRules(List.of(
			new Rule(Source.USER_GROUP, "Equipo Clínico", RoleGroup.CLINICAL_STAFF),
			new Rule(Source.JOB_TITLE, "Peer Support Specialist", RoleGroup.PEER_STAFF),
			new Rule(Source.ROLE, "Peer Champion", RoleGroup.PEER_STAFF),
			new Rule(Source.JOB_TITLE, "", RoleGroup.LEADERSHIP)));
		assertEquals(RoleGroup.CLINICAL_STAFF, rules.groupOf(Set.of("Peer Champion"), Set.of("equipo clinico"), "Peer Support Specialist"));
		assertEquals(RoleGroup.PEER_STAFF, rules.groupOf(Set.of(), Set.of(), " PEER support specialist "));
		assertEquals(RoleGroup.OTHER_STAFF, rules.groupOf(Set.of(), Set.of(), "Senior Peer Support Specialist"), "whole titles only");
		assertEquals(RoleGroup.PEER_STAFF, rules.groupOf(Set.of("peer champion"), Set.of(), ""));
		assertEquals(RoleGroup.OTHER_STAFF, rules.groupOf(Set.of(), Set.of(), ""), "an empty rule name matches nobody");
	}

}
