package org.peervoice.core.privacy;

import java.util.Map;

import org.peervoice.core.kernel.Problem;

/**
 * Text refused because it may disclose something about another person that no confirmation can make public (422,
 * {@code disclosure-refused}): unlike {@link PrivacyWarningsFound}, the writer can only edit it. The field and a code
 * ({@code health-disclosure}) say what and where; clients show their own text by code.
 */
public final class DisclosureRefused extends Problem {

	private static final long serialVersionUID = 1L;

	private final String field;
	private final String code;

	public DisclosureRefused(String field, String code, String message) {
		super(message);
		this.field = field;
		this.code = code;
	}

	/** {field: message}, as field errors are given. */
	public Map<String, String> fieldErrors() {
		return Map.of(field, getMessage());
	}

	/** {field: code}. */
	public Map<String, String> fieldCodes() {
		return Map.of(field, code);
	}

	@Override
	public String type() {
		return "disclosure-refused";
	}

}
