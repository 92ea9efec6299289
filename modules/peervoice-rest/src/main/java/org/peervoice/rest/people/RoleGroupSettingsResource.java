package org.peervoice.rest.people;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;

import org.peervoice.core.people.RoleGroupSettings;
import org.peervoice.core.people.RoleGroupSettingsService;
import org.peervoice.rest.IdentityResolver;
import org.peervoice.rest.QueryParameters;

/** How the site places its people in role groups for aggregate views: roles, user groups and job titles to groups. */
@Path("/v1.0/sites/{siteId}/role-group-rules")
@Produces(MediaType.APPLICATION_JSON)
public final class RoleGroupSettingsResource {

	private final RoleGroupSettingsService settings;
	private final IdentityResolver identities;

	public RoleGroupSettingsResource(RoleGroupSettingsService settings, IdentityResolver identities) {
		this.settings = settings;
		this.identities = identities;
	}

	@GET
	public RoleGroupSettings settings(@Context HttpServletRequest request, @PathParam("siteId") long siteId) {
		return settings.settings(identities.resolve(request), QueryParameters.pathSiteId(siteId));
	}

	@PUT
	@Consumes(MediaType.APPLICATION_JSON)
	public RoleGroupSettings update(@Context HttpServletRequest request, @PathParam("siteId") long siteId, RoleGroupSettings body) {
		return settings.updateSettings(identities.resolve(request), QueryParameters.pathSiteId(siteId), body);
	}

}
