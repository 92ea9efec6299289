package org.peervoice.rest.suggestion;

import java.net.URI;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.peervoice.core.kernel.InvalidInput;
import org.peervoice.core.kernel.TextLimits;
import org.peervoice.core.suggestion.SubmittedSuggestion;
import org.peervoice.core.suggestion.SuggestionQuery;
import org.peervoice.core.suggestion.SuggestionBoard;
import org.peervoice.core.suggestion.SuggestionDraft;
import org.peervoice.core.suggestion.SuggestionReview;
import org.peervoice.core.suggestion.SuggestionStatus;
import org.peervoice.core.suggestion.SuggestionThreads;
import org.peervoice.core.suggestion.SuggestionView;
import org.peervoice.core.suggestion.ThreadMessageView;
import org.peervoice.core.suggestion.VoteTally;
import org.peervoice.rest.IdentityResolver;
import org.peervoice.rest.ItemsBody;
import org.peervoice.rest.QueryParameters;

/** The suggestion box: a site's suggestions, and each suggestion's votes, responses and thread. */
@Path("/v1.0")
@Produces(MediaType.APPLICATION_JSON)
public final class SuggestionResource {

	private final SuggestionBoard board;
	private final SuggestionReview review;
	private final SuggestionThreads threads;
	private final IdentityResolver identities;

	public SuggestionResource(SuggestionBoard board, SuggestionReview review, SuggestionThreads threads, IdentityResolver identities) {
		this.board = board;
		this.review = review;
		this.threads = threads;
		this.identities = identities;
	}

	@POST
	@Path("/sites/{siteId}/suggestions")
	@Consumes(MediaType.APPLICATION_JSON)
	public Response submit(@Context HttpServletRequest request, @Context UriInfo uri, @PathParam("siteId") long siteId,
			SuggestionDraft body) {
		SubmittedSuggestion submitted = board.submit(identities.resolve(request), QueryParameters.pathSiteId(siteId), required(body));
		URI location = uri.getBaseUriBuilder().path("v1.0/suggestions/{id}").build(submitted.getSuggestion().getId());
		return Response.created(location).entity(submitted.getSuggestion()).build();
	}

	@GET
	@Path("/sites/{siteId}/suggestions")
	public SuggestionListBody list(@Context HttpServletRequest request, @PathParam("siteId") long siteId,
			@QueryParam("status") String status, @QueryParam("category") String category, @QueryParam("sort") String sort,
			@QueryParam("view") String view, @QueryParam("q") String text, @QueryParam("needsFirstResponse") String needsFirstResponse,
			@QueryParam("page") String page, @QueryParam("pageSize") String pageSize) {
		SuggestionQuery query = new SuggestionQuery(
			QueryParameters.optionalEnum("status", status, SuggestionStatus.class),
			QueryParameters.optionalText("category", category, TextLimits.CATEGORY_KEY),
			QueryParameters.optionalEnum("sort", sort, SuggestionQuery.Sort.class),
			QueryParameters.optionalEnum("view", view, SuggestionQuery.View.class))
			.searching(QueryParameters.optionalText("q", text, TextLimits.SEARCH_TEXT))
			.needingFirstResponse(QueryParameters.optionalBoolean("needsFirstResponse", needsFirstResponse));
		return new SuggestionListBody(board.listWithCounts(identities.resolve(request), QueryParameters.pathSiteId(siteId), query,
			QueryParameters.pageRequest(page, pageSize)));
	}

	@GET
	@Path("/suggestions/{id}")
	public SuggestionView get(@Context HttpServletRequest request, @PathParam("id") String id) {
		return board.get(identities.resolve(request), id);
	}

	@POST
	@Path("/suggestions/{id}/votes")
	public Response vote(@Context HttpServletRequest request, @PathParam("id") String id) {
		VoteTally tally = board.vote(identities.resolve(request), id);
		return Response.status(Response.Status.CREATED).entity(tally).build();
	}

	@DELETE
	@Path("/suggestions/{id}/votes")
	public Response retractVote(@Context HttpServletRequest request, @PathParam("id") String id) {
		board.retractVote(identities.resolve(request), id);
		return Response.noContent().build();
	}

	@POST
	@Path("/suggestions/{id}/responses")
	@Consumes(MediaType.APPLICATION_JSON)
	public SuggestionView respond(@Context HttpServletRequest request, @PathParam("id") String id, ResponseRequest body) {
		ResponseRequest response = required(body);
		return review.respond(identities.resolve(request), id, response.getStatus(), response.getMessage(),
			response.isConfirmPrivacyWarnings());
	}

	@POST
	@Path("/suggestions/{id}/publish")
	@Consumes(MediaType.APPLICATION_JSON)
	public SuggestionView publish(@Context HttpServletRequest request, @PathParam("id") String id, PublishRequest body) {
		return review.publish(identities.resolve(request), id, required(body).isConfirmPrivacyWarnings());
	}

	@POST
	@Path("/suggestions/{id}/redact")
	@Consumes(MediaType.APPLICATION_JSON)
	public SuggestionView redact(@Context HttpServletRequest request, @PathParam("id") String id, RedactionRequest body) {
		RedactionRequest redaction = required(body);
		return review.redact(identities.resolve(request), id, redaction.getTitle(), redaction.getBody());
	}

	@GET
	@Path("/suggestions/{id}/messages")
	public ItemsBody<ThreadMessageView> thread(@Context HttpServletRequest request, @PathParam("id") String id) {
		return new ItemsBody<>(threads.thread(identities.resolve(request), id));
	}

	@POST
	@Path("/suggestions/{id}/messages")
	@Consumes(MediaType.APPLICATION_JSON)
	public Response postMessage(@Context HttpServletRequest request, @PathParam("id") String id, MessageRequest body) {
		MessageRequest posted = required(body);
		ThreadMessageView message = threads.postMessage(identities.resolve(request), id, posted.getMessage(), posted.isConfirmPrivacyWarnings());
		return Response.status(Response.Status.CREATED).entity(message).build();
	}

	@POST
	@Path("/suggestions/{id}/withdraw")
	public SuggestionView withdraw(@Context HttpServletRequest request, @PathParam("id") String id) {
		return board.withdraw(identities.resolve(request), id);
	}

	static <T> T required(T body) {
		if (body == null) {
			throw new InvalidInput("A request body is required.");
		}
		return body;
	}

}
