package org.peervoice.rest.people;

import java.util.Map;
import java.util.stream.Collectors;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.peervoice.core.kernel.InvalidInput;
import org.peervoice.core.kernel.PeopleDirectory.PersonSummary;
import org.peervoice.core.people.PeopleLimits;
import org.peervoice.core.people.SitePeople;
import org.peervoice.rest.IdentityResolver;
import org.peervoice.rest.ItemsBody;
import org.peervoice.rest.QueryParameters;

/** The site's people: the people picker's search (name and job title, never an e-mail), and leavers. */
@Path("/v1.0/sites/{siteId}/people")
@Produces(MediaType.APPLICATION_JSON)
public final class PeopleResource {

	private final SitePeople people;
	private final IdentityResolver identities;

	public PeopleResource(SitePeople people, IdentityResolver identities) {
		this.people = people;
		this.identities = identities;
	}

	@GET
	public ItemsBody<PersonSummaryBody> search(@Context HttpServletRequest request, @PathParam("siteId") long siteId, @QueryParam("q") String text,
		@QueryParam("limit") String limit) {
		String q = QueryParameters.optionalText("q", text, PeopleLimits.SEARCH_TEXT);
		if (q == null) {
			throw new InvalidInput(Map.of("q", "is required"));
		}
		int most = QueryParameters.optionalNumber("limit", limit, 1, PeopleLimits.SEARCH_LIMIT_MAX, PeopleLimits.SEARCH_LIMIT_DEFAULT);
		return new ItemsBody<>(people.search(identities.resolve(request), QueryParameters.pathSiteId(siteId), q, most).stream()
			.map(PersonSummaryBody::new).collect(Collectors.toList()));
	}

	/** An administrator records that a member has left: their champion listings leave the directory at once. */
	@POST
	@Path("/{userKey}/left")
	public Response left(@Context HttpServletRequest request, @PathParam("siteId") long siteId, @PathParam("userKey") String userKey) {
		people.personLeft(identities.resolve(request), QueryParameters.pathSiteId(siteId), userKey);
		return Response.noContent().build();
	}

	/** A person as the picker shows them. */
	public static final class PersonSummaryBody {

		private final PersonSummary person;

		PersonSummaryBody(PersonSummary person) {
			this.person = person;
		}

		public String getUserKey() {
			return person.userKey();
		}

		public String getDisplayName() {
			return person.displayName();
		}

		public String getJobTitle() {
			return person.jobTitle();
		}

	}

}
