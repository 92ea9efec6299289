package org.peervoice.rest.site;

import java.util.List;
import java.util.stream.Collectors;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;

import org.peervoice.core.kernel.Actor;
import org.peervoice.core.kernel.Page;
import org.peervoice.core.kernel.PageRequest;
import org.peervoice.core.kernel.Site;
import org.peervoice.rest.IdentityResolver;
import org.peervoice.rest.PageBody;
import org.peervoice.rest.QueryParameters;

/** The sites a caller can see, and who the caller is in one of them (the UI asks on start). */
@Path("/v1.0")
@Produces(MediaType.APPLICATION_JSON)
public final class SiteResource {

	private final IdentityResolver identities;

	public SiteResource(IdentityResolver identities) {
		this.identities = identities;
	}

	@GET
	@Path("/sites")
	public PageBody<SiteBody> sites(@Context HttpServletRequest request, @QueryParam("page") String page, @QueryParam("pageSize") String pageSize) {
		PageRequest pageRequest = QueryParameters.pageRequest(page, pageSize, PageRequest.MAX_PAGE_SIZE);
		List<Site> visible = identities.resolve(request).visibleSites();
		List<Site> onPage = visible.stream()
			.skip(pageRequest.offset())
			.limit(pageRequest.pageSize())
			.collect(Collectors.toList());
		return PageBody.of(Page.of(onPage, pageRequest, visible.size()).map(SiteBody::new));
	}

	@GET
	@Path("/me")
	public MeBody me(@Context HttpServletRequest request, @QueryParam("siteId") String siteId) {
		long id = QueryParameters.requiredId("siteId", siteId);
		Actor actor = identities.resolve(request).actorIn(id);
		return new MeBody(actor, id);
	}

}
