package org.peervoice.core.audit;

/** Where audit events are kept. */
public interface AuditLog {

	void record(AuditEvent event);

}
