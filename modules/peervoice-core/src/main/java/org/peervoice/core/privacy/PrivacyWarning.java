package org.peervoice.core.privacy;

/**
 * Text that looks like it could identify the writer or a client: which rule matched
 * ({@code email}, {@code phone}, {@code ssn}, {@code national-id}, {@code record-number}, {@code date-of-birth},
 * {@code street-address}, {@code health-disclosure} (only where text is about others, see {@link PrivacyScreen#aboutOthers()}), or
 * {@code screen-incomplete} when the text could not be screened in full), in which
 * field, where ({@code start} inclusive, {@code end} exclusive, in UTF-16 units of the field's text as stored, the
 * indexes JavaScript uses), and a masked excerpt of what matched. The message is English; clients show their own
 * by code.
 */
public final class PrivacyWarning {

	private final String code;
	private final String field;
	private final String message;
	private final String excerpt;
	private final int start;
	private final int end;

	public PrivacyWarning(String code, String field, String message, String excerpt, int start, int end) {
		this.code = code;
		this.field = field;
		this.message = message;
		this.excerpt = excerpt;
		this.start = start;
		this.end = end;
	}

	public PrivacyWarning(String code, String field, String message, String excerpt) {
		this(code, field, message, excerpt, 0, 0);
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

	public int getStart() {
		return start;
	}

	public int getEnd() {
		return end;
	}

	@Override
	public String toString() {
		return "PrivacyWarning[" + code + " in " + field + " " + start + ".." + end + "]";
	}

}
