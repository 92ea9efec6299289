package org.peervoice.rest.openapi;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/** The OpenAPI document as JSON, converted from the one YAML document, as Liferay's headless APIs serve it. */
@Path("/v1.0/openapi.json")
public final class OpenApiJsonResource {

	@GET
	@Produces(MediaType.APPLICATION_JSON)
	public String openApi() {
		return OpenApiDocument.get().json();
	}

}
