package org.peervoice.rest.townhall;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.peervoice.core.PeerVoiceServices;
import org.peervoice.core.townhall.TownHallLive;
import org.peervoice.core.townhall.TownHallQuestions;
import org.peervoice.rest.IdentityResolver;
import org.peervoice.rest.QueryParameters;

/**
 * The live view of a town hall, polled by every attendee's page (docs/town-hall.md, "Live updates"). A root resource
 * of its own so that the runtime matches its path before trying the many routes of {@link TownHallResource} and the
 * other resources under {@code /v1.0} (docs/benchmarks.md, town hall).
 */
@Path("/v1.0/town-halls/{townHallId}/live")
@Produces(MediaType.APPLICATION_JSON)
public final class TownHallLiveResource {

	private final PeerVoiceServices services;
	private final IdentityResolver identities;

	public TownHallLiveResource(PeerVoiceServices services, IdentityResolver identities) {
		this.services = services;
		this.identities = identities;
	}

	/** Conditional polling: see docs/town-hall.md, "Live updates". */
	@GET
	public Response live(@Context HttpServletRequest request, @PathParam("townHallId") String townHallId, @QueryParam("sort") String sort,
			@HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
		TownHallLive.LiveAnswer answer = services.townHallLive().live(identities.resolve(request), townHallId,
			QueryParameters.optionalEnum("sort", sort, TownHallQuestions.Sort.class), ifNoneMatch);
		Response.ResponseBuilder response = answer.view().map(view -> Response.ok(view)).orElseGet(() -> Response.notModified());
		// Cache-Control stays no-store (SecurityHeaders): the client keeps the last answer and sends its ETag itself
		return response.header(HttpHeaders.ETAG, answer.etag()).build();
	}

}
