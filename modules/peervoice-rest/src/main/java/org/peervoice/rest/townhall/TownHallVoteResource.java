package org.peervoice.rest.townhall;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.DELETE;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.peervoice.core.PeerVoiceServices;
import org.peervoice.core.suggestion.VoteTally;
import org.peervoice.rest.IdentityResolver;

/**
 * One's vote for a town-hall question, cast by every attendee of a live meeting within seconds. A root resource of its
 * own, like {@link TownHallLiveResource}, so that its path is matched before the many routes under {@code /v1.0}.
 */
@Path("/v1.0/town-hall-questions/{questionId}/votes")
@Produces(MediaType.APPLICATION_JSON)
public final class TownHallVoteResource {

	private final PeerVoiceServices services;
	private final IdentityResolver identities;

	public TownHallVoteResource(PeerVoiceServices services, IdentityResolver identities) {
		this.services = services;
		this.identities = identities;
	}

	@POST
	public Response vote(@Context HttpServletRequest request, @PathParam("questionId") String questionId) {
		VoteTally tally = services.townHallQuestions().vote(identities.resolve(request), questionId);
		return Response.status(Response.Status.CREATED).entity(tally).build();
	}

	@DELETE
	public VoteTally retractVote(@Context HttpServletRequest request, @PathParam("questionId") String questionId) {
		return services.townHallQuestions().retractVote(identities.resolve(request), questionId);
	}

}
