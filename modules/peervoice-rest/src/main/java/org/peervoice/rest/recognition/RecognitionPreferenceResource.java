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

import org.peervoice.core.recognition.PreferenceView;
import org.peervoice.core.recognition.RecognitionBoard;
import org.peervoice.rest.IdentityResolver;
import org.peervoice.rest.QueryParameters;

/** The caller's standing choice about recognition of them in a site: shown publicly, or "ask me first". */
@Path("/v1.0/sites/{siteId}/recognition-preference")
@Produces(MediaType.APPLICATION_JSON)
public final class RecognitionPreferenceResource {

	private final RecognitionBoard board;
	private final IdentityResolver identities;

	public RecognitionPreferenceResource(RecognitionBoard board, IdentityResolver identities) {
		this.board = board;
		this.identities = identities;
	}

	@GET
	public PreferenceView preference(@Context HttpServletRequest request, @PathParam("siteId") long siteId) {
		return board.preference(identities.resolve(request), QueryParameters.pathSiteId(siteId));
	}

	@PUT
	@Consumes(MediaType.APPLICATION_JSON)
	public PreferenceView choose(@Context HttpServletRequest request, @PathParam("siteId") long siteId, PreferenceView body) {
		return board.choosePreference(identities.resolve(request), QueryParameters.pathSiteId(siteId), RecognitionResource.required(body));
	}

}
