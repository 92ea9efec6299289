package org.peervoice.core.suggestion;

import java.util.Optional;

/**
 * The result of a submission: the new suggestion and, for an anonymous one, its receipt. The
 * receipt exists only here; it is never stored or shown again. {@link #getSuggestion()} of an
 * anonymous submission also carries the receipt in {@link SuggestionView#getReceipt()}.
 */
public final class SubmittedSuggestion {

	private final SuggestionView suggestion;
	private final String receipt;

	SubmittedSuggestion(SuggestionView suggestion, String receipt) {
		this.suggestion = suggestion;
		this.receipt = receipt;
	}

	public SuggestionView getSuggestion() {
		return suggestion;
	}

	public Optional<String> receipt() {
		return Optional.ofNullable(receipt);
	}

}
