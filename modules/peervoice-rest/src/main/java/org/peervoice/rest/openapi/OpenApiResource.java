package org.peervoice.rest.openapi;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;

/**
 * The API describes itself, as Liferay's headless APIs do: the hand-written OpenAPI 3.0
 * document, as YAML ({@link OpenApiJsonResource} serves the same document as JSON).
 */
@Path("/v1.0/openapi.yaml")
public final class OpenApiResource {

	@GET
	@Produces({"application/yaml", "text/yaml", "text/plain"})
	public String openApi() {
		return OpenApiDocument.get().yaml();
	}

}
