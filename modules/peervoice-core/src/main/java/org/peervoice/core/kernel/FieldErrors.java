package org.peervoice.core.kernel;

import java.util.LinkedHashMap;
import java.util.Map;

/** Collects per-field errors, each with a stable code and an English message, and throws them as one {@link InvalidInput}. */
public final class FieldErrors {

	private final Map<String, String> messages = new LinkedHashMap<>();
	private final Map<String, String> codes = new LinkedHashMap<>();

	public FieldErrors add(String field, String code, String message) {
		messages.putIfAbsent(field, message);
		codes.putIfAbsent(field, code);
		return this;
	}

	public FieldErrors add(String field, TextFault fault, int maxLength) {
		return add(field, fault.code(), fault.message(maxLength));
	}

	public boolean isEmpty() {
		return messages.isEmpty();
	}

	public void throwIfAny() {
		if (!isEmpty()) {
			throw new InvalidInput(messages, codes);
		}
	}

}
