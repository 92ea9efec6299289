package org.peervoice.rest.townhall;

import java.net.URI;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.peervoice.core.PeerVoiceServices;
import org.peervoice.core.kernel.InvalidInput;
import org.peervoice.core.kernel.TextLimits;
import org.peervoice.core.townhall.FeedbackDraft;
import org.peervoice.core.townhall.FeedbackSummary;
import org.peervoice.core.townhall.FollowUp;
import org.peervoice.core.townhall.Moderation;
import org.peervoice.core.townhall.PollDraft;
import org.peervoice.core.townhall.PollView;
import org.peervoice.core.townhall.QuestionDraft;
import org.peervoice.core.townhall.QuestionEdit;
import org.peervoice.core.townhall.QuestionState;
import org.peervoice.core.townhall.QuestionView;
import org.peervoice.core.townhall.TownHallDraft;
import org.peervoice.core.townhall.TownHallExportView;
import org.peervoice.core.townhall.TownHallQuestions;
import org.peervoice.core.townhall.TownHallView;
import org.peervoice.core.townhall.TownHalls;
import org.peervoice.rest.CsvDownloads;
import org.peervoice.rest.IdentityResolver;
import org.peervoice.rest.ItemsBody;
import org.peervoice.rest.PageBody;
import org.peervoice.rest.QueryParameters;
import org.peervoice.rest.suggestion.ReceiptRequest;

/**
 * The town hall: town halls of a site, their questions, polls, feedback, follow-up and export. The live view and the
 * votes, a live meeting's most frequent requests, are resources of their own ({@link TownHallLiveResource},
 * {@link TownHallVoteResource}): a root path of their own is matched before the many routes under {@code /v1.0}.
 */
@Path("/v1.0")
@Produces(MediaType.APPLICATION_JSON)
public final class TownHallResource {

	private final PeerVoiceServices services;
	private final IdentityResolver identities;

	public TownHallResource(PeerVoiceServices services, IdentityResolver identities) {
		this.services = services;
		this.identities = identities;
	}

	@GET
	@Path("/sites/{siteId}/town-halls")
	public PageBody<TownHallView> listTownHalls(@Context HttpServletRequest request, @PathParam("siteId") long siteId,
			@QueryParam("when") String when, @QueryParam("page") String page, @QueryParam("pageSize") String pageSize) {
		return PageBody.of(services.townHalls().list(identities.resolve(request), QueryParameters.pathSiteId(siteId),
			QueryParameters.optionalEnum("when", when, TownHalls.When.class), QueryParameters.pageRequest(page, pageSize)));
	}

	@POST
	@Path("/sites/{siteId}/town-halls")
	@Consumes(MediaType.APPLICATION_JSON)
	public Response createTownHall(@Context HttpServletRequest request, @Context UriInfo uri, @PathParam("siteId") long siteId,
			TownHallDraft body) {
		TownHallView created = services.townHalls().create(identities.resolve(request), QueryParameters.pathSiteId(siteId), required(body));
		URI location = uri.getBaseUriBuilder().path("v1.0/town-halls/{id}").build(created.getId());
		return Response.created(location).entity(created).build();
	}

	@GET
	@Path("/town-halls/{townHallId}")
	public TownHallView townHall(@Context HttpServletRequest request, @PathParam("townHallId") String townHallId) {
		return services.townHalls().get(identities.resolve(request), townHallId);
	}

	@PUT
	@Path("/town-halls/{townHallId}")
	@Consumes(MediaType.APPLICATION_JSON)
	public TownHallView editTownHall(@Context HttpServletRequest request, @PathParam("townHallId") String townHallId, TownHallDraft body) {
		return services.townHalls().edit(identities.resolve(request), townHallId, required(body));
	}

	@POST
	@Path("/town-halls/{townHallId}/state")
	@Consumes(MediaType.APPLICATION_JSON)
	public TownHallView moveTownHall(@Context HttpServletRequest request, @PathParam("townHallId") String townHallId,
			TownHallStateRequest body) {
		return services.townHalls().moveTo(identities.resolve(request), townHallId, required(body).getState(), body.getVersion());
	}

	@GET
	@Path("/town-halls/{townHallId}/questions")
	public PageBody<QuestionView> listQuestions(@Context HttpServletRequest request, @PathParam("townHallId") String townHallId,
			@QueryParam("state") String state, @QueryParam("sort") String sort, @QueryParam("q") String text,
			@QueryParam("page") String page, @QueryParam("pageSize") String pageSize) {
		return PageBody.of(services.townHallQuestions().list(identities.resolve(request), townHallId,
			QueryParameters.optionalEnum("state", state, QuestionState.class),
			QueryParameters.optionalEnum("sort", sort, TownHallQuestions.Sort.class),
			QueryParameters.optionalText("q", text, TextLimits.SEARCH_TEXT), QueryParameters.pageRequest(page, pageSize)));
	}

	@POST
	@Path("/town-halls/{townHallId}/questions")
	@Consumes(MediaType.APPLICATION_JSON)
	public Response ask(@Context HttpServletRequest request, @Context UriInfo uri, @PathParam("townHallId") String townHallId,
			QuestionDraft body) {
		QuestionView asked = services.townHallQuestions().ask(identities.resolve(request), townHallId, required(body));
		URI location = uri.getBaseUriBuilder().path("v1.0/town-hall-questions/{id}").build(asked.getId());
		return Response.created(location).entity(asked).build();
	}

	/** The caller's own named questions in the town hall, pending and withdrawn included (docs/town-hall.md, "Your questions"). */
	@GET
	@Path("/town-halls/{townHallId}/my-questions")
	public ItemsBody<QuestionView> myQuestions(@Context HttpServletRequest request, @PathParam("townHallId") String townHallId) {
		return new ItemsBody<>(services.townHallQuestions().mine(identities.resolve(request), townHallId));
	}

	@POST
	@Path("/town-halls/{townHallId}/questions/approve")
	@Consumes(MediaType.APPLICATION_JSON)
	public ItemsBody<QuestionView> approveAll(@Context HttpServletRequest request, @PathParam("townHallId") String townHallId,
			BulkApprovalRequest body) {
		return new ItemsBody<>(services.townHallQuestions().approveAll(identities.resolve(request), townHallId, required(body).getIds()));
	}

	@GET
	@Path("/town-halls/{townHallId}/polls")
	public ItemsBody<PollView> polls(@Context HttpServletRequest request, @PathParam("townHallId") String townHallId) {
		return new ItemsBody<>(services.townHallPolls().list(identities.resolve(request), townHallId));
	}

	@POST
	@Path("/town-halls/{townHallId}/polls")
	@Consumes(MediaType.APPLICATION_JSON)
	public Response createPoll(@Context HttpServletRequest request, @PathParam("townHallId") String townHallId, PollDraft body) {
		return Response.status(Response.Status.CREATED)
			.entity(services.townHallPolls().create(identities.resolve(request), townHallId, required(body))).build();
	}

	@GET
	@Path("/town-halls/{townHallId}/feedback")
	public FeedbackSummary feedbackSummary(@Context HttpServletRequest request, @PathParam("townHallId") String townHallId) {
		return services.townHallFeedback().summary(identities.resolve(request), townHallId);
	}

	@POST
	@Path("/town-halls/{townHallId}/feedback")
	@Consumes(MediaType.APPLICATION_JSON)
	public Response giveFeedback(@Context HttpServletRequest request, @PathParam("townHallId") String townHallId, FeedbackDraft body) {
		services.townHallFeedback().give(identities.resolve(request), townHallId, required(body));
		return Response.status(Response.Status.CREATED).entity(new FeedbackReceivedBody()).build();
	}

	@GET
	@Path("/town-halls/{townHallId}/follow-up")
	public FollowUp followUp(@Context HttpServletRequest request, @PathParam("townHallId") String townHallId) {
		return services.townHallFollowUp().followUp(identities.resolve(request), townHallId);
	}

	@GET
	@Path("/town-halls/{townHallId}/export.csv")
	@Produces("text/csv; charset=UTF-8")
	public Response exportCsv(@Context HttpServletRequest request, @PathParam("townHallId") String townHallId) {
		String csv = services.townHallFollowUp().csv(identities.resolve(request), townHallId);
		return Response.ok(CsvDownloads.marked(csv)).header("Content-Disposition", "attachment; filename=\"town-hall.csv\"").build();
	}

	@GET
	@Path("/town-halls/{townHallId}/export.json")
	public TownHallExportView exportJson(@Context HttpServletRequest request, @PathParam("townHallId") String townHallId) {
		return services.townHallFollowUp().export(identities.resolve(request), townHallId);
	}

	@GET
	@Path("/town-hall-questions/{questionId}")
	public QuestionView question(@Context HttpServletRequest request, @PathParam("questionId") String questionId) {
		return services.townHallQuestions().get(identities.resolve(request), questionId);
	}

	@PUT
	@Path("/town-hall-questions/{questionId}")
	@Consumes(MediaType.APPLICATION_JSON)
	public QuestionView editQuestion(@Context HttpServletRequest request, @PathParam("questionId") String questionId,
			QuestionEditRequest body) {
		return services.townHallQuestions().edit(identities.resolve(request), questionId,
			new QuestionEdit(null, required(body).getText(), body.isConfirmPrivacyWarnings()));
	}

	@POST
	@Path("/town-hall-questions/{questionId}/withdraw")
	public QuestionView withdraw(@Context HttpServletRequest request, @PathParam("questionId") String questionId) {
		return services.townHallQuestions().withdraw(identities.resolve(request), questionId);
	}

	@POST
	@Path("/town-hall-questions/{questionId}/moderation")
	@Consumes(MediaType.APPLICATION_JSON)
	public QuestionView moderate(@Context HttpServletRequest request, @PathParam("questionId") String questionId, Moderation body) {
		return services.townHallQuestions().moderate(identities.resolve(request), questionId, required(body));
	}

	@POST
	@Path("/town-hall-polls/{pollId}/state")
	@Consumes(MediaType.APPLICATION_JSON)
	public PollView movePoll(@Context HttpServletRequest request, @PathParam("pollId") String pollId, PollStateRequest body) {
		return services.townHallPolls().moveTo(identities.resolve(request), pollId, required(body).getState());
	}

	@PUT
	@Path("/town-hall-polls/{pollId}/response")
	@Consumes(MediaType.APPLICATION_JSON)
	public PollView answerPoll(@Context HttpServletRequest request, @PathParam("pollId") String pollId, PollAnswerRequest body) {
		return services.townHallPolls().answer(identities.resolve(request), pollId, required(body).getChoices());
	}

	@POST
	@Path("/town-hall-receipts/lookup")
	@Consumes(MediaType.APPLICATION_JSON)
	public QuestionView lookUp(@Context HttpServletRequest request, ReceiptRequest body) {
		return services.townHallQuestions().lookUp(identities.resolve(request), required(body).getReceipt());
	}

	@POST
	@Path("/town-hall-receipts/edit")
	@Consumes(MediaType.APPLICATION_JSON)
	public QuestionView editWithReceipt(@Context HttpServletRequest request, QuestionEdit body) {
		QuestionEdit edit = required(body);
		if (edit.getReceipt() == null) {
			throw new InvalidInput(Map.of("receipt", "is required"));
		}
		return services.townHallQuestions().editWithReceipt(identities.resolve(request), edit);
	}

	@POST
	@Path("/town-hall-receipts/withdraw")
	@Consumes(MediaType.APPLICATION_JSON)
	public QuestionView withdrawWithReceipt(@Context HttpServletRequest request, ReceiptRequest body) {
		return services.townHallQuestions().withdrawWithReceipt(identities.resolve(request), required(body).getReceipt());
	}

	static <T> T required(T body) {
		if (body == null) {
			throw new InvalidInput("A request body is required.");
		}
		return body;
	}

}
