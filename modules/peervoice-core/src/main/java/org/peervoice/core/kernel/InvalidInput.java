package org.peervoice.core.kernel;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Input that breaks a rule; {@link #fieldErrors()} says which field and why. */
public final class InvalidInput extends Problem {

	private static final long serialVersionUID = 1L;

	private final Map<String, String> fieldErrors;

	public InvalidInput(Map<String, String> fieldErrors) {
		super("The request has invalid fields: " + String.join(", ", fieldErrors.keySet()));
		this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
	}

	public InvalidInput(String message) {
		super(message);
		this.fieldErrors = Collections.emptyMap();
	}

	public Map<String, String> fieldErrors() {
		return fieldErrors;
	}

	@Override
	public String type() {
		return "invalid-input";
	}

}
