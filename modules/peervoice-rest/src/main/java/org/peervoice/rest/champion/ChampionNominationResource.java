package org.peervoice.rest.champion;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.peervoice.core.champion.ChampionNominations;
import org.peervoice.core.champion.ListingView;
import org.peervoice.core.champion.NominationRequest;
import org.peervoice.core.champion.NominationView;
import org.peervoice.rest.IdentityResolver;
import org.peervoice.rest.ItemsBody;
import org.peervoice.rest.QueryParameters;

/** Nomination with consent: leadership's nominations of a site, and the nominee's own invitation and answer. */
@Path("/v1.0/sites/{siteId}/champion-nominations")
@Produces(MediaType.APPLICATION_JSON)
public final class ChampionNominationResource {

	private final ChampionNominations nominations;
	private final IdentityResolver identities;

	public ChampionNominationResource(ChampionNominations nominations, IdentityResolver identities) {
		this.nominations = nominations;
		this.identities = identities;
	}

	@GET
	public ItemsBody<NominationView> nominations(@Context HttpServletRequest request, @PathParam("siteId") long siteId) {
		return new ItemsBody<>(nominations.nominations(identities.resolve(request), QueryParameters.pathSiteId(siteId)));
	}

	@POST
	@Consumes(MediaType.APPLICATION_JSON)
	public Response nominate(@Context HttpServletRequest request, @PathParam("siteId") long siteId, NominationRequest body) {
		NominationView nomination = nominations.nominate(identities.resolve(request), QueryParameters.pathSiteId(siteId),
			ChampionResource.required(body));
		return Response.status(Response.Status.CREATED).entity(nomination).build();
	}

	@GET
	@Path("/mine")
	public ItemsBody<NominationView> mine(@Context HttpServletRequest request, @PathParam("siteId") long siteId) {
		return new ItemsBody<>(nominations.mine(identities.resolve(request), QueryParameters.pathSiteId(siteId)));
	}

	@POST
	@Path("/{nominationId}/accept")
	public ListingView accept(@Context HttpServletRequest request, @PathParam("siteId") long siteId,
		@PathParam("nominationId") String nominationId) {
		return nominations.accept(identities.resolve(request), QueryParameters.pathSiteId(siteId), nominationId);
	}

	@POST
	@Path("/{nominationId}/decline")
	public Response decline(@Context HttpServletRequest request, @PathParam("siteId") long siteId,
		@PathParam("nominationId") String nominationId) {
		nominations.decline(identities.resolve(request), QueryParameters.pathSiteId(siteId), nominationId);
		return Response.noContent().build();
	}

	@POST
	@Path("/{nominationId}/withdraw")
	public Response withdraw(@Context HttpServletRequest request, @PathParam("siteId") long siteId,
		@PathParam("nominationId") String nominationId) {
		nominations.withdraw(identities.resolve(request), QueryParameters.pathSiteId(siteId), nominationId);
		return Response.noContent().build();
	}

}
