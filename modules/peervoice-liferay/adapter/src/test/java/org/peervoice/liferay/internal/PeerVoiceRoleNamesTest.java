package org.peervoice.liferay.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.liferay.portal.kernel.model.role.RoleConstants;

import org.junit.jupiter.api.Test;
import org.peervoice.core.kernel.PeerVoiceRole;

/** The core's role defaults name Liferay's own roles exactly as Liferay does. */
class PeerVoiceRoleNamesTest {

	@Test
	void theSiteMemberAndAdministratorRolesAreLiferaysOwn() {
		assertEquals(RoleConstants.SITE_MEMBER, PeerVoiceRole.SITE_MEMBER.roleName());
		assertEquals(RoleConstants.SITE_ADMINISTRATOR, PeerVoiceRole.SITE_ADMINISTRATOR.roleName());
	}

	@Test
	void everyPermissionIsAnActionKeyOfThePeerVoiceResource() {
		assertEquals(PeerVoiceResource.actionKeys().size(), PeerVoiceRole.SITE_ADMINISTRATOR.permissions().size());
	}

}
