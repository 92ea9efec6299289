package org.peervoice.rest.recognition;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;

import org.peervoice.core.recognition.RecognitionSettings;
import org.peervoice.core.recognition.RecognitionSettingsService;
import org.peervoice.rest.IdentityResolver;
import org.peervoice.rest.QueryParameters;

/** A site's recognition settings: its values, the default public preference, the daily limit. */
@Path("/v1.0/sites/{siteId}/recognition-settings")
@Produces(MediaType.APPLICATION_JSON)
public final class RecognitionSettingsResource {

	private final RecognitionSettingsService settings;
	private final IdentityResolver identities;

	public RecognitionSettingsResource(RecognitionSettingsService settings, IdentityResolver identities) {
		this.settings = settings;
		this.identities = identities;
	}

	@GET
	public RecognitionSettings settings(@Context HttpServletRequest request, @PathParam("siteId") long siteId) {
		return settings.settings(identities.resolve(request), QueryParameters.pathSiteId(siteId));
	}

	@PUT
	@Consumes(MediaType.APPLICATION_JSON)
	public RecognitionSettings update(@Context HttpServletRequest request, @PathParam("siteId") long siteId, RecognitionSettings body) {
		return settings.updateSettings(identities.resolve(request), QueryParameters.pathSiteId(siteId), RecognitionResource.required(body));
	}

}
