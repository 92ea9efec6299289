package org.peervoice.liferay.internal;

import com.liferay.portal.kernel.exception.ModelListenerException;
import com.liferay.portal.kernel.model.BaseModelListener;
import com.liferay.portal.kernel.model.ModelListener;
import com.liferay.portal.kernel.model.User;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peervoice.core.kernel.Departures;

/**
 * Tells Peer Voice when a person leaves: a user deactivated, or about to be deleted. Their champion listings leave
 * every directory at once ({@link Departures}, offered by the service bundle). It runs in the portal's transaction, so
 * a failure here fails the deactivation or deletion rather than leave a leaver listed.
 */
@Component(service = ModelListener.class)
public class LiferayLeaverListener extends BaseModelListener<User> {

	private final Departures departures;

	@Activate
	public LiferayLeaverListener(@Reference Departures departures) {
		this.departures = departures;
	}

	@Override
	public void onAfterUpdate(User originalUser, User user) throws ModelListenerException {
		boolean wasActive = originalUser == null || originalUser.isActive();
		if (wasActive && !user.isActive()) {
			left(user);
		}
	}

	@Override
	public void onBeforeRemove(User user) throws ModelListenerException {
		left(user);
	}

	private void left(User user) {
		try {
			departures.personLeft(user.getCompanyId(), user.getUuid());
		}
		catch (RuntimeException e) {
			throw new ModelListenerException("Peer Voice could not take the leaving user's listings out of its directories", e);
		}
	}

}
