package org.peervoice.core.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PeerVoiceRoleTest {

	@Test
	void everyRoleHoldsWhatASiteMemberHolds() {
		for (PeerVoiceRole role : PeerVoiceRole.values()) {
			assertTrue(role.permissions().containsAll(PeerVoiceRole.SITE_MEMBER.permissions()), role.name());
		}
	}

	@Test
	void onlyTheSiteAdministratorMayConfigure() {
		for (PeerVoiceRole role : PeerVoiceRole.values()) {
			assertEquals(role == PeerVoiceRole.SITE_ADMINISTRATOR, role.permissions().contains(Permission.CONFIGURE), role.name());
		}
		assertEquals(EnumSet.allOf(Permission.class), PeerVoiceRole.SITE_ADMINISTRATOR.permissions());
	}

	@Test
	void reviewingBelongsToLeadershipNotToChampions() {
		assertTrue(PeerVoiceRole.PEER_VOICE_LEADERSHIP.permissions().containsAll(Set.of(Permission.REVIEW, Permission.RESPOND)));
		assertFalse(PeerVoiceRole.PEER_CHAMPION.permissions().contains(Permission.REVIEW));
		assertEquals(Set.of(Permission.MANAGE_OWN_LISTING), PeerVoiceRole.PEER_CHAMPION.beyondSiteMember());
	}

	@Test
	void aSiteMemberMayTakePartButNotReview() {
		assertEquals(EnumSet.of(Permission.VIEW, Permission.SUBMIT, Permission.VOTE, Permission.RECOGNIZE), PeerVoiceRole.SITE_MEMBER.permissions());
		assertTrue(PeerVoiceRole.SITE_MEMBER.beyondSiteMember().isEmpty());
	}

	@Test
	void permissionSetsCannotBeChanged() {
		Set<Permission> permissions = PeerVoiceRole.SITE_MEMBER.permissions();

		assertThrows(UnsupportedOperationException.class, () -> permissions.add(Permission.CONFIGURE));
	}

}
