package org.peervoice.liferay.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.peervoice.liferay.internal.LiferayIdentityTest.fake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.liferay.portal.kernel.exception.ModelListenerException;
import com.liferay.portal.kernel.model.ModelListener;
import com.liferay.portal.kernel.model.User;

import org.junit.jupiter.api.Test;
import org.peervoice.core.kernel.Departures;

/**
 * The portal's user model listener, driven through Liferay's own {@link ModelListener} interface: a deactivation is a
 * departure once (a later update of the inactive user is not another), a removal deletes, and a failure fails the
 * portal's change.
 */
class LiferayLeaverListenerTest {

	static final long COMPANY = 20097;

	private final List<String> calls = new ArrayList<>();
	private final ModelListener<User> listener = new LiferayLeaverListener(new Departures() {

		@Override
		public void personLeft(long companyId, String userKey) {
			calls.add("left " + companyId + " " + userKey);
		}

		@Override
		public void personDeleted(long companyId, String userKey) {
			calls.add("deleted " + companyId + " " + userKey);
		}

	});

	@Test
	void aDeactivationIsADepartureOnceAndAnotherUpdateIsNot() {
		listener.onAfterUpdate(user("rosa-uuid", true), user("rosa-uuid", false));
		assertEquals(List.of("left 20097 rosa-uuid"), calls, "deactivated: leaves the directories, kept");

		listener.onAfterUpdate(user("rosa-uuid", false), user("rosa-uuid", false));
		listener.onAfterUpdate(user("rosa-uuid", false), user("rosa-uuid", true));
		listener.onAfterUpdate(user("omar-uuid", true), user("omar-uuid", true));
		assertEquals(List.of("left 20097 rosa-uuid"), calls, "an update of an inactive user, a reactivation, an active user's edit: nothing");
	}

	@Test
	void aRemovedUserIsDeletedNotMerelyMarkedLeft() {
		listener.onBeforeRemove(user("gone-uuid", true));
		listener.onBeforeRemove(user("inactive-uuid", false));
		assertEquals(List.of("deleted 20097 gone-uuid", "deleted 20097 inactive-uuid"), calls);
	}

	@Test
	void aFailureFailsThePortalsChange() {
		ModelListener<User> failing = new LiferayLeaverListener(new Departures() {

			@Override
			public void personLeft(long companyId, String userKey) {
				throw new IllegalStateException("database down");
			}

			@Override
			public void personDeleted(long companyId, String userKey) {
				throw new IllegalStateException("database down");
			}

		});
		assertThrows(ModelListenerException.class, () -> failing.onAfterUpdate(user("rosa-uuid", true), user("rosa-uuid", false)));
		assertThrows(ModelListenerException.class, () -> failing.onBeforeRemove(user("rosa-uuid", true)));
	}

	private static User user(String uuid, boolean active) {
		return fake(User.class, Map.of("getUuid", arguments -> uuid, "getCompanyId", arguments -> COMPANY, "isActive", arguments -> active));
	}

}
