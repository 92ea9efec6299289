package org.peervoice.core.kernel;

/**
 * Why a user text was refused. The code is stable (the UI shows its own message for it, in the viewer's
 * language); the English text is for API clients that have none.
 */
public enum TextFault {

	REQUIRED("required", "must have at least one visible character"),
	TOO_LONG("too-long", "is too long"),
	CONTROL_CHARACTER("control-character", "must not contain control characters"),
	LINE_BREAK("line-break", "must be a single line"),
	BIDI_CONTROL("bidi-control", "must not contain bidirectional embedding, override or isolate controls"),
	UNPAIRED_SURROGATE("unpaired-surrogate", "must not contain unpaired surrogates"),
	NONCHARACTER("noncharacter", "must not contain Unicode noncharacters");

	private final String code;
	private final String message;

	TextFault(String code, String message) {
		this.code = code;
		this.message = message;
	}

	public String code() {
		return code;
	}

	public String message() {
		return message;
	}

	/** The English message, with the limit where the fault has one. */
	public String message(int maxLength) {
		return this == TOO_LONG ? "must be at most " + maxLength + " characters" : message;
	}

}
