package org.peervoice.devportal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.peervoice.core.kernel.Actor;
import org.peervoice.core.kernel.PeerVoiceRole;
import org.peervoice.core.kernel.Permission;
import org.peervoice.core.kernel.UnknownItem;

class DemoDirectoryTest {

	private final DemoDirectory directory = new DemoDirectory(DevPortalSettings.defaults());
	private final DemoSignIn signIn = new DemoSignIn(directory);

	@Test
	void staffHoldStaffPermissions() {
		Actor alex = directory.actorIn(directory.user("alex").orElseThrow(), DemoDirectory.RIVERSIDE);
		assertEquals(EnumSet.of(Permission.VIEW, Permission.SUBMIT, Permission.VOTE, Permission.RECOGNIZE), alex.permissions());
		assertEquals(PeerVoiceRole.SITE_MEMBER.permissions(), alex.permissions());
		assertEquals("Alex Rivera", alex.displayName());
		assertEquals(20097, alex.scope().companyId());
	}

	@Test
	void leadershipReviewsButDoesNotConfigure() {
		Actor lee = directory.actorIn(directory.user("lee").orElseThrow(), DemoDirectory.NORTHSIDE);
		assertTrue(lee.can(Permission.REVIEW));
		assertTrue(lee.can(Permission.APPROVE_LISTINGS));
		assertFalse(lee.can(Permission.CONFIGURE));
		assertFalse(lee.can(Permission.MANAGE_OWN_LISTING));
	}

	@Test
	void adminHoldsEverything() {
		Actor admin = directory.actorIn(directory.user("admin").orElseThrow(), DemoDirectory.RIVERSIDE);
		assertEquals(EnumSet.allOf(Permission.class), admin.permissions());
	}

	@Test
	void everyDemoUserHoldsExactlyItsRolesDefaults() {
		for (DemoUser user : directory.users()) {
			for (long siteId : user.siteIds()) {
				assertEquals(user.role().permissions(), directory.actorIn(user, siteId).permissions(), user.screenName());
			}
		}
	}

	@Test
	void aSiteOutsideTheUsersSitesIsUnknown() {
		assertThrows(UnknownItem.class, () -> directory.actorIn(directory.user("casey").orElseThrow(), DemoDirectory.NORTHSIDE));
		assertThrows(UnknownItem.class, () -> directory.actorIn(directory.user("admin").orElseThrow(), 99999));
	}

	@Test
	void guestsHoldNoPermissions() {
		Actor guest = directory.actorIn(null, DemoDirectory.RIVERSIDE);
		assertTrue(guest.isGuest());
		assertTrue(guest.permissions().isEmpty());
		assertTrue(directory.sitesOf(null).isEmpty());
	}

	@Test
	void extraUsersJoinTheDirectory() {
		DemoDirectory withCanary = new DemoDirectory(DevPortalSettings.defaults()
			.extraUser("uk-canary", "canary", "Canary Zq", Set.of(DemoDirectory.RIVERSIDE), PeerVoiceRole.SITE_MEMBER));
		assertEquals("uk-canary", withCanary.actorIn(withCanary.user("canary").orElseThrow(), DemoDirectory.RIVERSIDE).userKey().orElseThrow());
		assertTrue(new DemoSignIn(withCanary).authenticate("canary", "demo").isPresent());
	}

	@Test
	void passwordsAreChecked() {
		assertTrue(signIn.authenticate("alex", "demo").isPresent());
		assertTrue(signIn.authenticate("Alex", "demo").isPresent());
		assertFalse(signIn.authenticate("alex", "Demo").isPresent());
		assertFalse(signIn.authenticate("nobody", "demo").isPresent());
		assertFalse(signIn.authenticate(null, null).isPresent());
	}

	@Test
	void htmlEscapesNames() {
		assertEquals("&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;", Html.escape("<script>\"a\" & 'b'"));
	}


	@Test
	void theLoadTestDirectoryIsOffByDefaultAndItsUsersSignInCheaplyWithTheDemoPassword() {
		assertEquals(0, DevPortalSettings.defaults().loadTestUsers());
		assertTrue(directory.user("load-1").isEmpty(), "no synthetic users unless asked");

		DemoDirectory loaded = new DemoDirectory(DevPortalSettings.defaults().loadTestUsers(3).port(0));
		DemoSignIn loadedSignIn = new DemoSignIn(loaded);
		assertTrue(loadedSignIn.authenticate("load-3", "demo").isPresent());
		assertFalse(loadedSignIn.authenticate("load-3", "wrong").isPresent());
		assertFalse(loadedSignIn.authenticate("load-4", "demo").isPresent());
		assertTrue(loadedSignIn.authenticate("alex", "demo").isPresent(), "demo users keep bcrypt");
		assertTrue(loaded.user("load-1").orElseThrow().isMemberOf(DemoDirectory.RIVERSIDE));
		assertThrows(IllegalArgumentException.class, () -> DevPortalSettings.defaults().loadTestUsers(-1));
	}

}
