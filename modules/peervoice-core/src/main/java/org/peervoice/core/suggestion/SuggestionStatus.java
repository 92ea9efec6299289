package org.peervoice.core.suggestion;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Where a suggestion is in its workflow: {@code SUBMITTED → UNDER_REVIEW → PLANNED →
 * IN_PROGRESS → DONE}, forward skips allowed, {@code DECLINED} from any open state, and
 * {@code WITHDRAWN} by the writer from any open state. DONE, DECLINED and WITHDRAWN are final.
 */
public enum SuggestionStatus {

	SUBMITTED, UNDER_REVIEW, PLANNED, IN_PROGRESS, DONE, DECLINED, WITHDRAWN;

	public boolean isOpen() {
		return this == SUBMITTED || this == UNDER_REVIEW || this == PLANNED || this == IN_PROGRESS;
	}

	/** Whether a reviewer may move an item from this status to {@code next}. */
	public boolean reviewerMayMoveTo(SuggestionStatus next) {
		if (!isOpen() || next == WITHDRAWN) {
			return false;
		}
		if (next == DECLINED) {
			return true;
		}
		return next.ordinal() > ordinal() && next.ordinal() <= DONE.ordinal();
	}

	public boolean writerMayWithdraw() {
		return isOpen();
	}

	public boolean needsMessage() {
		return this == DONE || this == DECLINED;
	}

	/** The statuses a reviewer may move an item to from here, in workflow order. */
	public List<SuggestionStatus> reviewerTransitions() {
		List<SuggestionStatus> next = new ArrayList<>();
		for (SuggestionStatus candidate : values()) {
			if (reviewerMayMoveTo(candidate)) {
				next.add(candidate);
			}
		}
		return Collections.unmodifiableList(next);
	}

}
