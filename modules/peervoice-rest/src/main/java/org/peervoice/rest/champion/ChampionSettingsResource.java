package org.peervoice.rest.champion;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;

import org.peervoice.core.champion.ChampionSettings;
import org.peervoice.core.champion.ChampionSettingsService;
import org.peervoice.rest.IdentityResolver;
import org.peervoice.rest.QueryParameters;

/** A site's champion directory settings: approval, re-confirmation period and grace, phone region. */
@Path("/v1.0/sites/{siteId}/champion-settings")
@Produces(MediaType.APPLICATION_JSON)
public final class ChampionSettingsResource {

	private final ChampionSettingsService settings;
	private final IdentityResolver identities;

	public ChampionSettingsResource(ChampionSettingsService settings, IdentityResolver identities) {
		this.settings = settings;
		this.identities = identities;
	}

	@GET
	public ChampionSettings settings(@Context HttpServletRequest request, @PathParam("siteId") long siteId) {
		return settings.settings(identities.resolve(request), QueryParameters.pathSiteId(siteId));
	}

	@PUT
	@Consumes(MediaType.APPLICATION_JSON)
	public ChampionSettings update(@Context HttpServletRequest request, @PathParam("siteId") long siteId, ChampionSettings body) {
		return settings.updateSettings(identities.resolve(request), QueryParameters.pathSiteId(siteId), ChampionResource.required(body));
	}

}
