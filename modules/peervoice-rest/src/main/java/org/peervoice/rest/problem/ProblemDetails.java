package org.peervoice.rest.problem;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.ws.rs.core.Response;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 7807 problem details body with PeerVoice's extensions: per-field {@code errors} and
 * privacy {@code warnings}. Titles are ours, never echoes of the request.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public final class ProblemDetails {

	public static final String MEDIA_TYPE = "application/problem+json";
	public static final String TYPE_BASE = "https://peervoice.org/problems/";

	private final String type;
	private final String title;
	private final int status;
	private final String detail;
	private final Map<String, String> errors;
	private final Map<String, String> errorCodes;
	private final List<?> warnings;

	private ProblemDetails(String type, String title, int status, String detail, Map<String, String> errors, Map<String, String> errorCodes,
			List<?> warnings) {
		this.type = TYPE_BASE + type;
		this.title = title;
		this.status = status;
		this.detail = detail;
		this.errors = errors;
		this.errorCodes = errorCodes;
		this.warnings = warnings;
	}

	public static ProblemDetails of(String type, int status, String title) {
		return new ProblemDetails(type, title, status, null, Collections.emptyMap(), Collections.emptyMap(), Collections.emptyList());
	}

	public static ProblemDetails invalidInput(String title, Map<String, String> errors) {
		return new ProblemDetails("invalid-input", title, 400, null, new LinkedHashMap<>(errors), Collections.emptyMap(), Collections.emptyList());
	}

	public ProblemDetails withDetail(String newDetail) {
		return new ProblemDetails(type.substring(TYPE_BASE.length()), title, status, newDetail, errors, errorCodes, warnings);
	}

	public ProblemDetails withWarnings(List<?> newWarnings) {
		return new ProblemDetails(type.substring(TYPE_BASE.length()), title, status, detail, errors, errorCodes, newWarnings);
	}

	/** Field errors of a problem other than invalid input ({field: message}). */
	public ProblemDetails withErrors(Map<String, String> newErrors) {
		return new ProblemDetails(type.substring(TYPE_BASE.length()), title, status, detail, new LinkedHashMap<>(newErrors), errorCodes, warnings);
	}

	/** Stable codes of the field errors (e.g. {@code required}, {@code too-long}), which clients translate. */
	public ProblemDetails withErrorCodes(Map<String, String> newErrorCodes) {
		return new ProblemDetails(type.substring(TYPE_BASE.length()), title, status, detail, errors, new LinkedHashMap<>(newErrorCodes), warnings);
	}

	/** The same problem with its texts in another language. */
	ProblemDetails translated(String newTitle, String newDetail, Map<String, String> newErrors) {
		return new ProblemDetails(type.substring(TYPE_BASE.length()), newTitle, status, newDetail, new LinkedHashMap<>(newErrors), errorCodes, warnings);
	}

	public String getType() {
		return type;
	}

	public String getTitle() {
		return title;
	}

	public int getStatus() {
		return status;
	}

	public String getDetail() {
		return detail;
	}

	public Map<String, String> getErrors() {
		return errors;
	}

	public Map<String, String> getErrorCodes() {
		return errorCodes;
	}

	public List<?> getWarnings() {
		return warnings;
	}

	public Response toResponse() {
		return toResponse(Response.status(status));
	}

	Response toResponse(Response.ResponseBuilder builder) {
		return builder.status(status).type(MEDIA_TYPE).entity(this).build();
	}

}
