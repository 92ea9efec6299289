package org.peervoice.rest.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The API's one contract, {@code openapi.yaml} beside this class, written by hand; the JSON form
 * is converted from it once, when the application starts, so the two cannot differ.
 */
final class OpenApiDocument {

	static final String YAML_RESOURCE = "openapi.yaml";

	private static final OpenApiDocument INSTANCE = new OpenApiDocument();

	private final String yaml;
	private final String json;

	private OpenApiDocument() {
		this.yaml = load();
		try {
			this.json = new ObjectMapper().writeValueAsString(new ObjectMapper(new YAMLFactory()).readTree(yaml));
		}
		catch (IOException e) {
			throw new IllegalStateException(YAML_RESOURCE + " is not valid YAML", e);
		}
	}

	static OpenApiDocument get() {
		return INSTANCE;
	}

	String yaml() {
		return yaml;
	}

	String json() {
		return json;
	}

	private static String load() {
		try (InputStream in = OpenApiDocument.class.getResourceAsStream(YAML_RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("missing " + YAML_RESOURCE);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
