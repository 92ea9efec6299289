package org.peervoice.core.kernel;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Input that breaks a rule; {@link #fieldErrors()} says which field and why. */
public final class InvalidInput extends Problem {

	private static final long serialVersionUID = 1L;

	private final Map<String, String> fieldErrors;
	private final Map<String, String> fieldCodes;

	public InvalidInput(Map<String, String> fieldErrors) {
		this(fieldErrors, Collections.emptyMap());
	}

	/** With a stable code per field (see {@link TextFault}) that clients translate instead of showing the message. */
	public InvalidInput(Map<String, String> fieldErrors, Map<String, String> fieldCodes) {
		super("The request has invalid fields: " + String.join(", ", fieldErrors.keySet()));
		this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
		this.fieldCodes = Collections.unmodifiableMap(new LinkedHashMap<>(fieldCodes));
	}

	/** With its own title instead of the list of fields, for a fault that has a text of its own (a receipt that is not one). */
	public InvalidInput(String message, Map<String, String> fieldErrors, Map<String, String> fieldCodes) {
		super(message);
		this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
		this.fieldCodes = Collections.unmodifiableMap(new LinkedHashMap<>(fieldCodes));
	}

	public InvalidInput(String message) {
		super(message);
		this.fieldErrors = Collections.emptyMap();
		this.fieldCodes = Collections.emptyMap();
	}

	public Map<String, String> fieldErrors() {
		return fieldErrors;
	}

	public Map<String, String> fieldCodes() {
		return fieldCodes;
	}

	@Override
	public String type() {
		return "invalid-input";
	}

}
