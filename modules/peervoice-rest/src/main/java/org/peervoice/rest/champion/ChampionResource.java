package org.peervoice.rest.champion;

import java.util.Locale;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.NotAllowedException;
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

import org.peervoice.core.champion.CategoryGroup;
import org.peervoice.core.champion.ChampionApprovals;
import org.peervoice.core.champion.ChampionCategory;
import org.peervoice.core.champion.ChampionDirectory;
import org.peervoice.core.champion.ChampionExport;
import org.peervoice.core.champion.ChampionLimits;
import org.peervoice.core.champion.ChampionListSending;
import org.peervoice.core.champion.ChampionListings;
import org.peervoice.core.champion.DirectoryPage;
import org.peervoice.core.champion.DirectoryQuery;
import org.peervoice.core.champion.ListingDraft;
import org.peervoice.core.champion.ListingView;
import org.peervoice.core.kernel.InvalidInput;
import org.peervoice.rest.CsvDownloads;
import org.peervoice.rest.IdentityResolver;
import org.peervoice.rest.ItemsBody;
import org.peervoice.rest.QueryParameters;

/** The champion directory of a site: search, the worksheet, one's own listing, and leadership's approval. */
@Path("/v1.0/sites/{siteId}/champions")
@Produces(MediaType.APPLICATION_JSON)
public final class ChampionResource {

	private static final String SENDINGS = "sendings";

	/** The languages names are ordered and filed in. */
	enum NameLocale {
		EN, ES
	}

	private final ChampionListings listings;
	private final ChampionApprovals approvals;
	private final ChampionDirectory directory;
	private final ChampionExport export;
	private final ChampionListSending sender;
	private final IdentityResolver identities;

	public ChampionResource(ChampionListings listings, ChampionApprovals approvals, ChampionDirectory directory, ChampionExport export,
		ChampionListSending sender, IdentityResolver identities) {
		this.listings = listings;
		this.approvals = approvals;
		this.directory = directory;
		this.export = export;
		this.sender = sender;
		this.identities = identities;
	}

	@GET
	public DirectoryPage search(@Context HttpServletRequest request, @PathParam("siteId") long siteId, @QueryParam("q") String text,
		@QueryParam("category") String category, @QueryParam("program") String program, @QueryParam("language") String language,
		@QueryParam("expertise") String expertise, @QueryParam("letter") String letter, @QueryParam("locale") String locale,
		@QueryParam("page") String page, @QueryParam("pageSize") String pageSize) {
		DirectoryQuery query = new DirectoryQuery(QueryParameters.optionalText("q", text, ChampionLimits.SEARCH_TEXT),
			QueryParameters.optionalEnum("category", category, ChampionCategory.class),
			QueryParameters.optionalText("program", program, ChampionLimits.FACET_VALUE),
			QueryParameters.optionalText("language", language, ChampionLimits.FACET_VALUE),
			QueryParameters.optionalText("expertise", expertise, ChampionLimits.FACET_VALUE),
			QueryParameters.optionalText("letter", letter, ChampionLimits.LETTER), locale(locale));
		return directory.search(identities.resolve(request), QueryParameters.pathSiteId(siteId), query,
			QueryParameters.pageRequest(page, pageSize));
	}

	@GET
	@Path("/worksheet")
	public ItemsBody<CategoryGroup> worksheet(@Context HttpServletRequest request, @PathParam("siteId") long siteId,
		@QueryParam("locale") String locale) {
		return new ItemsBody<>(directory.worksheet(identities.resolve(request), QueryParameters.pathSiteId(siteId), locale(locale)));
	}

	@GET
	@Path("/export.csv")
	@Produces("text/csv; charset=UTF-8")
	public Response csv(@Context HttpServletRequest request, @PathParam("siteId") long siteId, @QueryParam("locale") String locale) {
		ChampionExport.Copy copy = export.csvCopy(identities.resolve(request), QueryParameters.pathSiteId(siteId), locale(locale));
		return Response.ok(CsvDownloads.marked((StreamingOutput) copy::writeTo)).header("Content-Disposition", "attachment; filename=\"champions.csv\"")
			.build();
	}

	// champion copies: PDF worksheet and vCards, streamed once the caller is checked

	@GET
	@Path("/worksheet.pdf")
	@Produces("application/pdf")
	public Response pdf(@Context HttpServletRequest request, @PathParam("siteId") long siteId, @QueryParam("locale") String locale) {
		return download(export.worksheetPdf(identities.resolve(request), QueryParameters.pathSiteId(siteId), locale(locale)),
			"champions.pdf");
	}

	@GET
	@Path("/export.vcf")
	@Produces("text/vcard; charset=UTF-8")
	public Response vcards(@Context HttpServletRequest request, @PathParam("siteId") long siteId, @QueryParam("locale") String locale) {
		return download(export.vcards(identities.resolve(request), QueryParameters.pathSiteId(siteId), locale(locale)), "champions.vcf");
	}

	@GET
	@Path("/{listingId}/vcard.vcf")
	@Produces("text/vcard; charset=UTF-8")
	public Response vcard(@Context HttpServletRequest request, @PathParam("siteId") long siteId, @PathParam("listingId") String listingId,
		@QueryParam("locale") String locale) {
		return download(export.vcard(identities.resolve(request), QueryParameters.pathSiteId(siteId), listingId, locale(locale)),
			"champion.vcf");
	}

	@POST
	@Path("/" + SENDINGS)
	public Response sendToAllChampions(@Context HttpServletRequest request, @PathParam("siteId") long siteId) {
		return Response.accepted(new ChampionListSending.Receipt(sender.sendToAllChampions(identities.resolve(request),
			QueryParameters.pathSiteId(siteId)))).build();
	}

	private static Response download(ChampionExport.Copy copy, String fileName) {
		StreamingOutput body = copy::writeTo;
		return Response.ok(body).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
	}

	@GET
	@Path("/review")
	public ItemsBody<ListingView> review(@Context HttpServletRequest request, @PathParam("siteId") long siteId,
		@QueryParam("queue") String queue) {
		ChampionApprovals.Queue chosen = QueryParameters.optionalEnum("queue", queue, ChampionApprovals.Queue.class);
		return new ItemsBody<>(approvals.queue(identities.resolve(request), QueryParameters.pathSiteId(siteId),
			chosen == null ? ChampionApprovals.Queue.SUBMITTED : chosen));
	}

	@GET
	@Path("/mine")
	public ListingView mine(@Context HttpServletRequest request, @PathParam("siteId") long siteId) {
		return listings.mine(identities.resolve(request), QueryParameters.pathSiteId(siteId));
	}

	@GET
	@Path("/mine/prefill")
	public ListingDraft prefill(@Context HttpServletRequest request, @PathParam("siteId") long siteId) {
		return listings.prefill(identities.resolve(request), QueryParameters.pathSiteId(siteId));
	}

	@PUT
	@Path("/mine")
	@Consumes(MediaType.APPLICATION_JSON)
	public ListingView save(@Context HttpServletRequest request, @PathParam("siteId") long siteId, ListingDraft body) {
		return listings.save(identities.resolve(request), QueryParameters.pathSiteId(siteId), required(body));
	}

	@DELETE
	@Path("/mine")
	public Response delete(@Context HttpServletRequest request, @PathParam("siteId") long siteId) {
		listings.delete(identities.resolve(request), QueryParameters.pathSiteId(siteId));
		return Response.noContent().build();
	}

	@POST
	@Path("/mine/submit")
	public ListingView submit(@Context HttpServletRequest request, @PathParam("siteId") long siteId) {
		return listings.submit(identities.resolve(request), QueryParameters.pathSiteId(siteId));
	}

	@POST
	@Path("/mine/confirm")
	public ListingView confirm(@Context HttpServletRequest request, @PathParam("siteId") long siteId) {
		return listings.confirm(identities.resolve(request), QueryParameters.pathSiteId(siteId));
	}

	@GET
	@Path("/{listingId}")
	public ListingView listing(@Context HttpServletRequest request, @PathParam("siteId") long siteId,
		@PathParam("listingId") String listingId) {
		if (SENDINGS.equals(listingId)) {
			// Jersey would take GET .../sendings for a listing's id; the sendings take only POST.
			throw new NotAllowedException(HttpMethod.POST);
		}
		return directory.listing(identities.resolve(request), QueryParameters.pathSiteId(siteId), listingId);
	}

	@POST
	@Path("/{listingId}/approve")
	public ListingView approve(@Context HttpServletRequest request, @PathParam("siteId") long siteId,
		@PathParam("listingId") String listingId) {
		return approvals.approve(identities.resolve(request), QueryParameters.pathSiteId(siteId), listingId);
	}

	@POST
	@Path("/{listingId}/request-changes")
	@Consumes(MediaType.APPLICATION_JSON)
	public ListingView requestChanges(@Context HttpServletRequest request, @PathParam("siteId") long siteId,
		@PathParam("listingId") String listingId, ReviewMessageRequest body) {
		return approvals.requestChanges(identities.resolve(request), QueryParameters.pathSiteId(siteId), listingId,
			required(body).getMessage());
	}

	@POST
	@Path("/{listingId}/decline")
	@Consumes(MediaType.APPLICATION_JSON)
	public ListingView decline(@Context HttpServletRequest request, @PathParam("siteId") long siteId,
		@PathParam("listingId") String listingId, ReviewMessageRequest body) {
		return approvals.decline(identities.resolve(request), QueryParameters.pathSiteId(siteId), listingId, required(body).getMessage());
	}

	private static String locale(String value) {
		NameLocale chosen = QueryParameters.optionalEnum("locale", value, NameLocale.class);
		return chosen == null ? "en" : chosen.name().toLowerCase(Locale.ROOT);
	}

	static <T> T required(T body) {
		if (body == null) {
			throw new InvalidInput("A request body is required.");
		}
		return body;
	}

}
