package org.peervoice.rest.problem;

import java.util.LinkedHashMap;
import java.util.Map;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.ext.Provider;

/**
 * Problem details answer in the request's language (its Accept-Language; the UI sends the viewer's): the title,
 * the detail and the field errors through {@link ProblemTexts}. Types, codes and field names stay as they are.
 */
@Provider
public final class ProblemLanguage implements ContainerResponseFilter {

	@Override
	public void filter(ContainerRequestContext request, ContainerResponseContext response) {
		if (!(response.getEntity() instanceof ProblemDetails)) {
			return;
		}
		response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
		String language;
		try {
			language = ProblemTexts.languageOf(request.getAcceptableLanguages());
		}
		catch (RuntimeException unreadableHeader) {
			language = "en";
		}
		if (!"en".equals(language)) {
			response.setEntity(translated((ProblemDetails) response.getEntity(), language));
		}
	}

	/** The problem with its texts in the language (for hosts that write problems before the API sees a request). */
	public static ProblemDetails translated(ProblemDetails details, String language) {
		ProblemTexts texts = ProblemTexts.instance();
		Map<String, String> errors = new LinkedHashMap<>();
		details.getErrors().forEach((field, message) -> errors.put(field, texts.translate(message, language)));
		return details.translated(texts.translate(details.getTitle(), language), texts.translate(details.getDetail(), language), errors);
	}

}
