package org.peervoice.core.privacy;

/**
 * Text that looks like it could identify the writer or a client: which rule matched
 * ({@code email}, {@code phone}, {@code ssn}, {@code record-number}, {@code date-of-birth},
 * {@code street-address}), in which field, and a masked excerpt of what matched.
 */
public final class PrivacyWarning {

	private final String code;
	private final String field;
	private final String message;
	private final String excerpt;

	public PrivacyWarning(String code, String field, String message, String excerpt) {
		this.code = code;
		this.field = field;
		this.message = message;
		this.excerpt = excerpt;
	}

	public String getCode() {
		return code;
	}

	public String getField() {
		return field;
	}

	public String getMessage() {
		return message;
	}

	public String getExcerpt() {
		return excerpt;
	}

	@Override
	public String toString() {
		return "PrivacyWarning[" + code + " in " + field + "]";
	}

}
