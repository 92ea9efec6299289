package org.peervoice.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;

/**
 * Every API response a test receives is checked against openapi.yaml (the copy inside the REST
 * module the portal runs): its status must be documented for the operation, its content type too,
 * and its body must match the documented schema, where response objects admit no undocumented
 * property. A response that does not fails the test that got it. Requests are not checked: tests
 * send malformed ones on purpose. Requests to paths or methods the document does not have (bad
 * input tests) are outside the contract and only need to be problem details when they fail.
 */
final class OpenApiContract {

	static final String DOCUMENT = "/org/peervoice/rest/openapi/openapi.yaml";

	/** Requests that match no documented operation: nothing to compare their answer with. */
	private static final Set<String> NO_OPERATION = Set.of("validation.request.path.missing", "validation.request.operation.notAllowed");

	private static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator.createForInlineApiSpecification(load()).build();

	private OpenApiContract() {
	}

	/** @throws AssertionError when the response breaks the contract */
	static void check(String method, URI uri, HttpResponse<String> response) {
		Request.Method requestMethod;
		try {
			requestMethod = Request.Method.valueOf(method.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException unknownMethod) {
			return;
		}
		SimpleResponse.Builder checked = SimpleResponse.Builder.status(response.statusCode());
		response.headers().firstValue("Content-Type").ifPresent(checked::withContentType);
		if (response.body() != null && !response.body().isEmpty()) {
			checked.withBody(response.body(), StandardCharsets.UTF_8);
		}
		ValidationReport report = VALIDATOR.validateResponse(uri.getRawPath(), requestMethod, checked.build());
		List<String> breaches = new ArrayList<>();
		for (ValidationReport.Message message : report.getMessages()) {
			if (NO_OPERATION.contains(message.getKey())) {
				return;
			}
			if (message.getLevel() == ValidationReport.Level.ERROR) {
				breaches.add(message.getKey() + ": " + message.getMessage());
			}
		}
		if (!breaches.isEmpty()) {
			String body = response.body() == null ? "" : response.body();
			throw new AssertionError(method + " " + uri.getRawPath() + " -> " + response.statusCode() + " breaks openapi.yaml:\n  "
				+ String.join("\n  ", breaches) + "\n  body: " + (body.length() > 600 ? body.substring(0, 600) + "…" : body));
		}
	}

	private static String load() {
		try (InputStream in = OpenApiContract.class.getResourceAsStream(DOCUMENT)) {
			if (in == null) {
				throw new IllegalStateException("openapi.yaml is not on the test class path");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
