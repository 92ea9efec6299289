package org.peervoice.rest.problem;

import java.util.UUID;

import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last resort: a generic 500 that never echoes the request. The log gets a reference, the
 * exception types and their stack frames but not their messages, because messages of JPA and
 * JSON exceptions can quote stored text or bound parameters (see docs/privacy.md).
 */
@Provider
public final class UnexpectedFailureMapper implements ExceptionMapper<Throwable> {

	private static final Logger LOG = LoggerFactory.getLogger(UnexpectedFailureMapper.class);
	private static final int FRAMES_PER_CAUSE = 40;

	@Override
	public Response toResponse(Throwable failure) {
		String reference = UUID.randomUUID().toString();
		LOG.error("Unexpected failure, reference {}:\n{}", reference, withoutMessages(failure));
		return ProblemDetails.of("server-error", 500, "The server could not complete the request.")
			.withDetail("Reference " + reference)
			.toResponse();
	}

	static String withoutMessages(Throwable failure) {
		StringBuilder text = new StringBuilder();
		Throwable current = failure;
		for (int depth = 0; current != null && depth < 10; depth++) {
			if (depth > 0) {
				text.append("Caused by: ");
			}
			text.append(current.getClass().getName()).append('\n');
			StackTraceElement[] frames = current.getStackTrace();
			for (int i = 0; i < Math.min(frames.length, FRAMES_PER_CAUSE); i++) {
				text.append("\tat ").append(frames[i]).append('\n');
			}
			current = current.getCause() == current ? null : current.getCause();
		}
		return text.toString();
	}

}
