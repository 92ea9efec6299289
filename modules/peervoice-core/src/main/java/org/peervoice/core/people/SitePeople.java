package org.peervoice.core.people;

import java.util.ArrayList;
import java.util.List;

import org.peervoice.core.kernel.Actor;
import org.peervoice.core.kernel.Departures;
import org.peervoice.core.kernel.FieldErrors;
import org.peervoice.core.kernel.Identity;
import org.peervoice.core.kernel.NameQuery;
import org.peervoice.core.kernel.PeopleDirectory;
import org.peervoice.core.kernel.PeopleDirectory.PersonSummary;
import org.peervoice.core.kernel.Permission;
import org.peervoice.core.kernel.UnknownItem;

/**
 * The site's people for its signed-in members: the people picker's search (names and job titles of members of
 * that site only, never an e-mail address), and an administrator's "this person has left".
 */
public final class SitePeople {

	private final PeopleDirectory people;
	private final Departures departures;

	/** @param departures what takes a leaver out of public view (PeerVoiceServices#departures()) */
	public SitePeople(PeopleDirectory people, Departures departures) {
		this.people = people;
		this.departures = departures;
	}

	/**
	 * Members of the site whose name has every word of {@code text}, by name, at most {@code limit}; for signed-in
	 * members with VIEW (a guest may see a public site but not who works there).
	 */
	public List<PersonSummary> search(Identity who, long siteId, String text, int limit) {
		Actor actor = who.actorIn(siteId);
		actor.requireUserKey();
		actor.require(Permission.VIEW);
		FieldErrors errors = new FieldErrors();
		if (text == null || text.trim().isEmpty()) {
			errors.add("q", "required", "is required");
		}
		else if (text.length() > PeopleLimits.SEARCH_TEXT) {
			errors.add("q", "too-long", "must be at most " + PeopleLimits.SEARCH_TEXT + " characters");
		}
		if (limit < 1 || limit > PeopleLimits.SEARCH_LIMIT_MAX) {
			errors.add("limit", "out-of-range", "must be between 1 and " + PeopleLimits.SEARCH_LIMIT_MAX);
		}
		errors.throwIfAny();
		NameQuery query = NameQuery.of(text);
		if (query.words().isEmpty()) {
			return List.of();
		}
		List<PersonSummary> found = new ArrayList<>();
		// the port promises members and name matches only; checked again here, as every host's mistake would show a stranger
		for (PersonSummary person : people.search(actor.scope().companyId(), siteId, text.trim(), limit)) {
			if (query.matches(person.displayName())) {
				found.add(person);
			}
		}
		found.sort(PersonSummary.BY_NAME);
		return List.copyOf(found.subList(0, Math.min(limit, found.size())));
	}

	/**
	 * An administrator (CONFIGURE) records that a member of the site has left the organization: the host's
	 * directory hears it ({@link PeopleDirectory#personLeft}) and, through {@link Departures}, their champion listings
	 * leave every directory at once. Anyone who is not a member of the site is an unknown item.
	 */
	public void personLeft(Identity who, long siteId, String userKey) {
		Actor actor = who.actorIn(siteId);
		actor.require(Permission.CONFIGURE);
		long companyId = actor.scope().companyId();
		PersonSummary person = people.member(companyId, siteId, userKey).orElseThrow(() -> new UnknownItem("No such person in this site."));
		people.personLeft(companyId, person.userKey());
		departures.personLeft(companyId, person.userKey());
	}

}
