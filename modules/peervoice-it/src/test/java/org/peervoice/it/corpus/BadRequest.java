package org.peervoice.it.corpus;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/** One generated request that the API must refuse, and the statuses that count as the right refusal. */
final class BadRequest {

	final String kind;
	final Caller caller;
	final String method;
	/** Already percent-encoded as it goes on the wire, relative to the API base, e.g. {@code /sites/1/suggestions?page=0}. */
	final String target;
	final String contentType;
	final byte[] body;
	final Set<Integer> expected;

	BadRequest(String kind, Caller caller, String method, String target, String contentType, byte[] body, Set<Integer> expected) {
		this.kind = kind;
		this.caller = caller;
		this.method = method;
		this.target = target;
		this.contentType = contentType;
		this.body = body;
		this.expected = expected;
	}

	@Override
	public String toString() {
		String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
		return kind + ": " + method + " " + (target.length() > 200 ? target.substring(0, 200) + "…" : target) + " as " + caller
			+ (contentType == null ? "" : " [" + contentType + "]") + " " + (text.length() > 200 ? text.substring(0, 200) + "…" : text);
	}

	/** Who sends a request; the session callers carry the session's cookie, with or without its CSRF token. */
	enum Caller {
		GUEST, ALEX_BASIC, ALEX_SESSION, LEE_SESSION, ALEX_SESSION_WITHOUT_TOKEN
	}

}
