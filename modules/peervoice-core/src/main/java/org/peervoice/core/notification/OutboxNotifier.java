package org.peervoice.core.notification;

import org.peervoice.core.kernel.UnitOfWork;

/** Stores each event in the outbox table, in the caller's unit of work. */
public final class OutboxNotifier implements Notifier {

	private final UnitOfWork unitOfWork;

	public OutboxNotifier(UnitOfWork unitOfWork) {
		this.unitOfWork = unitOfWork;
	}

	@Override
	public void publish(NotificationEvent event) {
		unitOfWork.entityManager().persist(event);
	}

}
