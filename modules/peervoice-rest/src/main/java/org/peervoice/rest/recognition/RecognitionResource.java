package org.peervoice.rest.recognition;

import java.util.Locale;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
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
import javax.ws.rs.core.StreamingOutput;

import org.peervoice.core.kernel.InvalidInput;
import org.peervoice.core.recognition.CommentRequest;
import org.peervoice.core.recognition.FeedQuery;
import org.peervoice.core.recognition.ReasonRequest;
import org.peervoice.core.recognition.RecognitionBoard;
import org.peervoice.core.recognition.RecognitionDraft;
import org.peervoice.core.recognition.RecognitionLimits;
import org.peervoice.core.recognition.RecognitionModeration;
import org.peervoice.core.recognition.RecognitionView;
import org.peervoice.core.recognition.ReportView;
import org.peervoice.rest.IdentityResolver;
import org.peervoice.rest.ItemsBody;
import org.peervoice.rest.PageBody;
import org.peervoice.rest.QueryParameters;
import org.peervoice.rest.SliceBody;

/** The recognition board of a site: the board and one's own recognitions, giving, recipients' choices, moderation. */
@Path("/v1.0/sites/{siteId}/recognitions")
@Produces(MediaType.APPLICATION_JSON)
public final class RecognitionResource {

	/** The languages a certificate is written in. */
	enum CertificateLocale {
		EN, ES
	}

	private final RecognitionBoard board;
	private final RecognitionModeration moderation;
	private final IdentityResolver identities;

	public RecognitionResource(RecognitionBoard board, RecognitionModeration moderation, IdentityResolver identities) {
		this.board = board;
		this.moderation = moderation;
		this.identities = identities;
	}

	@GET
	public SliceBody<RecognitionView> board(@Context HttpServletRequest request, @PathParam("siteId") long siteId,
		@QueryParam("value") String value, @QueryParam("person") String person, @QueryParam("role") String role,
		@QueryParam("period") String period, @QueryParam("page") String page, @QueryParam("pageSize") String pageSize) {
		FeedQuery query = new FeedQuery(QueryParameters.optionalText("value", value, RecognitionLimits.VALUE),
			QueryParameters.optionalText("person", person, RecognitionLimits.USER_KEY), QueryParameters.optionalEnum("role", role, FeedQuery.Role.class),
			QueryParameters.optionalEnum("period", period, FeedQuery.Period.class));
		return SliceBody.of(board.board(identities.resolve(request), QueryParameters.pathSiteId(siteId), query,
			QueryParameters.pageRequest(page, pageSize)));
	}

	@POST
	@Consumes(MediaType.APPLICATION_JSON)
	public Response give(@Context HttpServletRequest request, @PathParam("siteId") long siteId, RecognitionDraft body) {
		RecognitionView given = board.give(identities.resolve(request), QueryParameters.pathSiteId(siteId), required(body));
		return Response.status(Response.Status.CREATED).entity(given).build();
	}

	@GET
	@Path("/mine")
	public PageBody<RecognitionView> mine(@Context HttpServletRequest request, @PathParam("siteId") long siteId,
		@QueryParam("page") String page, @QueryParam("pageSize") String pageSize) {
		return PageBody.of(board.mine(identities.resolve(request), QueryParameters.pathSiteId(siteId), QueryParameters.pageRequest(page, pageSize)));
	}

	@GET
	@Path("/reports")
	public ItemsBody<ReportView> reports(@Context HttpServletRequest request, @PathParam("siteId") long siteId) {
		return new ItemsBody<>(moderation.reports(identities.resolve(request), QueryParameters.pathSiteId(siteId)));
	}

	@GET
	@Path("/{recognitionId}")
	public RecognitionView one(@Context HttpServletRequest request, @PathParam("siteId") long siteId, @PathParam("recognitionId") String id) {
		return board.one(identities.resolve(request), QueryParameters.pathSiteId(siteId), id);
	}

	@GET
	@Path("/{recognitionId}/certificate.pdf")
	@Produces("application/pdf")
	public Response certificate(@Context HttpServletRequest request, @PathParam("siteId") long siteId, @PathParam("recognitionId") String id,
		@QueryParam("locale") String locale) {
		CertificateLocale language = QueryParameters.optionalEnum("locale", locale, CertificateLocale.class);
		RecognitionBoard.Certificate certificate = board.certificate(identities.resolve(request), QueryParameters.pathSiteId(siteId), id,
			Locale.forLanguageTag(language == null ? "en" : language.name().toLowerCase(Locale.ROOT)));
		StreamingOutput body = certificate::writeTo;
		return Response.ok(body).header("Content-Disposition", "attachment; filename=\"recognition-certificate.pdf\"").build();
	}

	@POST
	@Path("/{recognitionId}/approve")
	public RecognitionView approve(@Context HttpServletRequest request, @PathParam("siteId") long siteId, @PathParam("recognitionId") String id) {
		return board.approve(identities.resolve(request), QueryParameters.pathSiteId(siteId), id);
	}

	@POST
	@Path("/{recognitionId}/hide")
	public RecognitionView hide(@Context HttpServletRequest request, @PathParam("siteId") long siteId, @PathParam("recognitionId") String id) {
		return board.hide(identities.resolve(request), QueryParameters.pathSiteId(siteId), id);
	}

	@PUT
	@Path("/{recognitionId}/comments-off")
	@Consumes(MediaType.APPLICATION_JSON)
	public RecognitionView commentsOff(@Context HttpServletRequest request, @PathParam("siteId") long siteId,
		@PathParam("recognitionId") String id, CommentsRequest body) {
		return board.turnComments(identities.resolve(request), QueryParameters.pathSiteId(siteId), id, required(body).isOff());
	}

	@PUT
	@Path("/{recognitionId}/celebration")
	public RecognitionView celebrate(@Context HttpServletRequest request, @PathParam("siteId") long siteId, @PathParam("recognitionId") String id) {
		return board.celebrate(identities.resolve(request), QueryParameters.pathSiteId(siteId), id);
	}

	@DELETE
	@Path("/{recognitionId}/celebration")
	public RecognitionView uncelebrate(@Context HttpServletRequest request, @PathParam("siteId") long siteId,
		@PathParam("recognitionId") String id) {
		return board.uncelebrate(identities.resolve(request), QueryParameters.pathSiteId(siteId), id);
	}

	@POST
	@Path("/{recognitionId}/comments")
	@Consumes(MediaType.APPLICATION_JSON)
	public Response comment(@Context HttpServletRequest request, @PathParam("siteId") long siteId, @PathParam("recognitionId") String id,
		CommentRequest body) {
		RecognitionView view = board.comment(identities.resolve(request), QueryParameters.pathSiteId(siteId), id, required(body));
		return Response.status(Response.Status.CREATED).entity(view).build();
	}

	@POST
	@Path("/{recognitionId}/report")
	@Consumes(MediaType.APPLICATION_JSON)
	public Response report(@Context HttpServletRequest request, @PathParam("siteId") long siteId, @PathParam("recognitionId") String id,
		ReasonRequest body) {
		board.report(identities.resolve(request), QueryParameters.pathSiteId(siteId), id, null, required(body));
		return Response.noContent().build();
	}

	@POST
	@Path("/{recognitionId}/comments/{commentId}/report")
	@Consumes(MediaType.APPLICATION_JSON)
	public Response reportComment(@Context HttpServletRequest request, @PathParam("siteId") long siteId, @PathParam("recognitionId") String id,
		@PathParam("commentId") String commentId, ReasonRequest body) {
		board.report(identities.resolve(request), QueryParameters.pathSiteId(siteId), id, commentId, required(body));
		return Response.noContent().build();
	}

	@POST
	@Path("/{recognitionId}/moderate")
	@Consumes(MediaType.APPLICATION_JSON)
	public RecognitionView moderate(@Context HttpServletRequest request, @PathParam("siteId") long siteId, @PathParam("recognitionId") String id,
		ReasonRequest body) {
		return moderation.hideRecognition(identities.resolve(request), QueryParameters.pathSiteId(siteId), id, required(body));
	}

	@POST
	@Path("/{recognitionId}/comments/{commentId}/moderate")
	@Consumes(MediaType.APPLICATION_JSON)
	public RecognitionView moderateComment(@Context HttpServletRequest request, @PathParam("siteId") long siteId,
		@PathParam("recognitionId") String id, @PathParam("commentId") String commentId, ReasonRequest body) {
		return moderation.hideComment(identities.resolve(request), QueryParameters.pathSiteId(siteId), id, commentId, required(body));
	}

	static <T> T required(T body) {
		if (body == null) {
			throw new InvalidInput("A request body is required.");
		}
		return body;
	}

}
