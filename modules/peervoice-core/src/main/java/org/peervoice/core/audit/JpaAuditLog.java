package org.peervoice.core.audit;

import org.peervoice.core.kernel.UnitOfWork;

public final class JpaAuditLog implements AuditLog {

	private final UnitOfWork unitOfWork;

	public JpaAuditLog(UnitOfWork unitOfWork) {
		this.unitOfWork = unitOfWork;
	}

	@Override
	public void record(AuditEvent event) {
		unitOfWork.entityManager().persist(event);
	}

}
