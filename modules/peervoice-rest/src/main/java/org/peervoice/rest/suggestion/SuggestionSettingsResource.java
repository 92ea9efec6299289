package org.peervoice.rest.suggestion;

import static org.peervoice.rest.suggestion.SuggestionResource.required;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;

import org.peervoice.core.suggestion.SuggestionSettings;
import org.peervoice.core.suggestion.SuggestionSettingsService;
import org.peervoice.rest.IdentityResolver;
import org.peervoice.rest.QueryParameters;

/** A site's suggestion-box settings: publication mode and categories. */
@Path("/v1.0/sites/{siteId}/suggestion-settings")
@Produces(MediaType.APPLICATION_JSON)
public final class SuggestionSettingsResource {

	private final SuggestionSettingsService settings;
	private final IdentityResolver identities;

	public SuggestionSettingsResource(SuggestionSettingsService settings, IdentityResolver identities) {
		this.settings = settings;
		this.identities = identities;
	}

	@GET
	public SuggestionSettings settings(@Context HttpServletRequest request, @PathParam("siteId") long siteId) {
		return settings.settings(identities.resolve(request), QueryParameters.pathSiteId(siteId));
	}

	@PUT
	@Consumes(MediaType.APPLICATION_JSON)
	public SuggestionSettings update(@Context HttpServletRequest request, @PathParam("siteId") long siteId,
			SuggestionSettingsRequest body) {
		return settings.updateSettings(identities.resolve(request), QueryParameters.pathSiteId(siteId), required(body).toSettings());
	}

}
