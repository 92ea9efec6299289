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
 * Tells Peer Voice when a person leaves ({@link Departures}, offered by the service bundle): a user deactivated leaves
 * every champion directory at once, their listings kept for their return; a user about to be deleted has their
 * listings, pending revisions and nominations deleted. It runs in the portal's transaction, so a failure here fails
 * the deactivation or deletion rather than leave a leaver listed or their contact data kept.
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
			try {
				departures.personLeft(user.getCompanyId(), user.getUuid());
			}
			catch (RuntimeException e) {
				throw new ModelListenerException("Peer Voice could not take the leaving user's listings out of its directories", e);
			}
		}
	}

	@Override
	public void onBeforeRemove(User user) throws ModelListenerException {
		try {
			departures.personDeleted(user.getCompanyId(), user.getUuid());
		}
		catch (RuntimeException e) {
			throw new ModelListenerException("Peer Voice could not delete the removed user's champion listings", e);
		}
	}

}
