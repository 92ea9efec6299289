package org.peervoice.rest.http;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.ext.Provider;

import org.peervoice.rest.problem.ProblemDetails;

/**
 * Refuses, before routing, a request whose address or headers cannot be read the one way we read
 * them: a path or query with a broken percent-escape, bytes that are not UTF-8 (overlong forms,
 * encoded surrogates, truncated sequences) or control characters; a {@code Content-Type} that is
 * not exactly one media type; {@code Accept} or {@code Accept-Language} headers that do not parse.
 * Left to the runtime these end as empty 400s, 404s or 500s depending on the host. Methods the
 * API never serves ({@code OPTIONS}, {@code TRACE}, {@code CONNECT}, inventions) are a 405 here
 * rather than the runtime's automatic, host-specific answers.
 */
@Provider
@PreMatching
public final class UnreadableRequestFilter implements ContainerRequestFilter {

	private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE");

	@Override
	public void filter(ContainerRequestContext request) {
		if (!METHODS.contains(request.getMethod())) {
			request.abortWith(ProblemDetails.of("method-not-allowed", 405, "This address does not support this HTTP method.").toResponse());
			return;
		}
		String problem = problemOf(request);
		if (problem != null) {
			request.abortWith(ProblemDetails.invalidInput(problem, Map.of()).toResponse());
		}
	}

	private static String problemOf(ContainerRequestContext request) {
		URI address = request.getUriInfo().getRequestUri();
		if (!isReadableComponent(address.getRawPath())) {
			return "The address is not valid.";
		}
		if (!isReadableComponent(address.getRawQuery())) {
			return "The query string is not valid.";
		}
		String contentType = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
		// Apache CXF reports an absent header as an empty string
		if (contentType != null && !contentType.trim().isEmpty() && !isSingleMediaType(contentType)) {
			return "The Content-Type header must name exactly one media type.";
		}
		try {
			request.getMediaType();
			request.getAcceptableMediaTypes();
			request.getAcceptableLanguages();
		}
		catch (RuntimeException unparsable) {
			return "The request headers are not valid.";
		}
		return null;
	}

	/** Percent-escapes well formed, decoded bytes strict UTF-8, no control characters. */
	static boolean isReadableComponent(String raw) {
		return raw == null || isPlainAscii(raw) || decodesCleanly(raw);
	}

	/** The whole check: every escape decoded, strict UTF-8, no control character. */
	static boolean decodesCleanly(String raw) {
		ByteBuffer bytes = ByteBuffer.allocate(raw.length() * 3);
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (c == '%') {
				if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0 || Character.digit(raw.charAt(i + 2), 16) < 0) {
					return false;
				}
				bytes.put((byte) (Character.digit(raw.charAt(i + 1), 16) * 16 + Character.digit(raw.charAt(i + 2), 16)));
				i += 2;
			}
			else {
				bytes.put(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
			}
		}
		bytes.flip();
		String decoded;
		try {
			decoded = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(bytes)
				.toString();
		}
		catch (CharacterCodingException notUtf8) {
			return false;
		}
		return decoded.chars().noneMatch(Character::isISOControl);
	}

	/**
	 * Printable ASCII without a percent sign: readable as it is (every request of the API's own pages; a refresh of a live
	 * view takes this path hundreds of times a second), without decoding.
	 */
	private static boolean isPlainAscii(String raw) {
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (c <= ' ' || c >= 0x7f || c == '%') {
				return false;
			}
		}
		return true;
	}

	static boolean isSingleMediaType(String header) {
		if (header.indexOf(',') >= 0) {
			return false;
		}
		try {
			MediaType.valueOf(header);
			return true;
		}
		catch (RuntimeException unparsable) {
			return false;
		}
	}

}
