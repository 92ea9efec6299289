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

import org.peervoice.core.champion.ChampionExpertise;
import org.peervoice.core.champion.ExpertiseVocabulary;
import org.peervoice.rest.IdentityResolver;
import org.peervoice.rest.QueryParameters;

/** A site's expertise vocabulary, and leadership's moderation of the free tags that wait for it. */
@Path("/v1.0/sites/{siteId}/champion-expertise")
@Produces(MediaType.APPLICATION_JSON)
public final class ChampionExpertiseResource {

	private final ChampionExpertise expertise;
	private final IdentityResolver identities;

	public ChampionExpertiseResource(ChampionExpertise expertise, IdentityResolver identities) {
		this.expertise = expertise;
		this.identities = identities;
	}

	@GET
	public ExpertiseVocabulary vocabulary(@Context HttpServletRequest request, @PathParam("siteId") long siteId) {
		return expertise.vocabulary(identities.resolve(request), QueryParameters.pathSiteId(siteId));
	}

	/** Adds a tag to the vocabulary, which accepts the free tags that fold alike. */
	@POST
	@Path("/terms")
	@Consumes(MediaType.APPLICATION_JSON)
	public ExpertiseVocabulary addTerm(@Context HttpServletRequest request, @PathParam("siteId") long siteId, ExpertiseTermRequest body) {
		return expertise.addTerm(identities.resolve(request), QueryParameters.pathSiteId(siteId), ChampionResource.required(body).getTerm());
	}

	@POST
	@Path("/terms/remove")
	@Consumes(MediaType.APPLICATION_JSON)
	public ExpertiseVocabulary removeTerm(@Context HttpServletRequest request, @PathParam("siteId") long siteId,
		ExpertiseTermRequest body) {
		return expertise.removeTerm(identities.resolve(request), QueryParameters.pathSiteId(siteId),
			ChampionResource.required(body).getTerm());
	}

	@POST
	@Path("/pending/reject")
	@Consumes(MediaType.APPLICATION_JSON)
	public ExpertiseVocabulary rejectPending(@Context HttpServletRequest request, @PathParam("siteId") long siteId,
		ExpertiseTermRequest body) {
		return expertise.rejectPending(identities.resolve(request), QueryParameters.pathSiteId(siteId),
			ChampionResource.required(body).getTerm());
	}

}
