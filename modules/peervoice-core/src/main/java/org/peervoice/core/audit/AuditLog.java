package org.peervoice.core.audit;

import java.util.List;

/** Where audit events are kept. */
public interface AuditLog {

	void record(AuditEvent event);

	List<AuditEvent> forItem(String itemId);

}
