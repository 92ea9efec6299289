package org.peervoice.rest.recognition;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.peervoice.core.recognition.EquityView;
import org.peervoice.core.recognition.RecognitionInsights;
import org.peervoice.rest.CsvDownloads;
import org.peervoice.rest.IdentityResolver;
import org.peervoice.rest.QueryParameters;

/** Whether peer staff are recognized as much as others (VIEW_INSIGHTS): the equity view and its CSV. */
@Path("/v1.0/sites/{siteId}/recognition-insights")
@Produces(MediaType.APPLICATION_JSON)
public final class RecognitionInsightsResource {

	private final RecognitionInsights insights;
	private final IdentityResolver identities;

	public RecognitionInsightsResource(RecognitionInsights insights, IdentityResolver identities) {
		this.insights = insights;
		this.identities = identities;
	}

	@GET
	public EquityView equity(@Context HttpServletRequest request, @PathParam("siteId") long siteId) {
		return insights.equity(identities.resolve(request), QueryParameters.pathSiteId(siteId));
	}

	@GET
	@Path("/export.csv")
	@Produces("text/csv; charset=UTF-8")
	public Response csv(@Context HttpServletRequest request, @PathParam("siteId") long siteId) {
		String csv = insights.csv(identities.resolve(request), QueryParameters.pathSiteId(siteId));
		return Response.ok(CsvDownloads.marked(csv)).header("Content-Disposition", "attachment; filename=\"recognition-equity.csv\"").build();
	}

}
