package org.peervoice.rest.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;

/** The API describes itself, as Liferay's headless APIs do: a hand-written OpenAPI 3.0 document. */
@Path("/v1.0/openapi.yaml")
public final class OpenApiResource {

	static final String DOCUMENT = "openapi.yaml";

	private final String document;

	public OpenApiResource() {
		this.document = load();
	}

	@GET
	@Produces({"application/yaml", "text/yaml", "text/plain"})
	public String openApi() {
		return document;
	}

	private static String load() {
		try (InputStream in = OpenApiResource.class.getResourceAsStream(DOCUMENT)) {
			if (in == null) {
				throw new IllegalStateException("missing " + DOCUMENT);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
