package org.peervoice.core.kernel;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Port: the portal's people as Peer Voice may use them (Liferay: the site's {@code User}s; dev portal: the demo
 * directory). It answers only about members of the site asked for, and nothing it returns about one person to
 * another carries an e-mail address: {@link PersonSummary} has a name and a job title, no more.
 *
 * <p>Only {@link #profile} is needed by every host; a host without a directory ({@link #NONE}) knows nobody:
 * searches find no one, no key is a member, everyone is {@link RoleGroup#OTHER_STAFF} and no group has a head.
 */
public interface PeopleDirectory {

	/** A host without a directory: nothing to prefill, nobody to find. */
	PeopleDirectory NONE = (companyId, userKey) -> Optional.empty();

	/**
	 * What the portal's profile says about a person, to prefill what they fill in <em>about themselves</em>; the
	 * only method that returns an e-mail address, so never used to show one person's profile to another.
	 */
	Optional<Profile> profile(long companyId, String userKey);

	/**
	 * Where the portal serves the person's own picture, if they have set one: a path on the portal itself, starting with
	 * a single {@code /} (Liferay: the user's portrait; the dev portal has none, and the directory shows initials).
	 * Only for active people; empty for anyone else and for people without a picture.
	 */
	default Optional<String> portraitPath(long companyId, String userKey) {
		return Optional.empty();
	}

	/**
	 * The members of the site whose display name contains every word of {@code text} (see {@link NameQuery}:
	 * case- and accent-insensitive), sorted by {@link PersonSummary#BY_NAME}, at most {@code limit}. Only members
	 * of that site, only active people, and never matched on or returning an e-mail address or screen name, so a
	 * search cannot confirm an address.
	 */
	default List<PersonSummary> search(long companyId, long siteId, String text, int limit) {
		return List.of();
	}

	/**
	 * The person with this key if they are an active member of the site, to check recipients or nominees given by
	 * key; empty for anyone else, whether they exist elsewhere or not (callers answer both the same way).
	 */
	default Optional<PersonSummary> member(long companyId, long siteId, String userKey) {
		return Optional.empty();
	}

	/**
	 * The group a member of the site counts in for aggregate views (equity) under the site's {@code rules} (a host
	 * that knows roles, user groups and job titles applies them); {@link RoleGroup#OTHER_STAFF} for anyone the host
	 * cannot place. Never shown next to a person's name.
	 */
	default RoleGroup roleGroup(long companyId, long siteId, String userKey, RoleGroupRules rules) {
		return RoleGroup.OTHER_STAFF;
	}

	/**
	 * How many active members of the site each group has under the site's {@code rules}, for rates "per head"; groups
	 * without members may be missing. Counts only: callers suppress small cells themselves.
	 */
	default Map<RoleGroup, Integer> headcount(long companyId, long siteId, RoleGroupRules rules) {
		return Map.of();
	}

	/**
	 * An administrator marked the person as left in Peer Voice (see {@code SitePeople#personLeft}): a host that keeps
	 * its own people (the dev portal) stops treating them as a member; a portal whose own deactivation is what counts
	 * (Liferay, which then tells Peer Voice itself) ignores it.
	 */
	default void personLeft(long companyId, String userKey) {
		// a portal's own deactivation is the source of truth
	}

	/** The groups aggregate views compare, so that leadership can see whether peer staff are treated fairly. */
	enum RoleGroup {
		PEER_STAFF, CLINICAL_STAFF, OTHER_STAFF, LEADERSHIP
	}

	/** A person as other members of the site may see them in a picker: key, name and job title, never an e-mail. */
	final class PersonSummary {

		/** By display name, accents and case aside, then by key, so equal names keep a stable order. */
		public static final Comparator<PersonSummary> BY_NAME = Comparator
			.comparing((PersonSummary person) -> NameQuery.fold(person.displayName()))
			.thenComparing(PersonSummary::displayName)
			.thenComparing(PersonSummary::userKey);

		private final String userKey;
		private final String displayName;
		private final String jobTitle;

		public PersonSummary(String userKey, String displayName, String jobTitle) {
			if (userKey == null || userKey.isEmpty()) {
				throw new IllegalArgumentException("A person summary needs a user key.");
			}
			this.userKey = userKey;
			this.displayName = displayName == null ? "" : displayName;
			this.jobTitle = jobTitle == null ? "" : jobTitle;
		}

		public String userKey() {
			return userKey;
		}

		public String displayName() {
			return displayName;
		}

		public String jobTitle() {
			return jobTitle;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof PersonSummary && ((PersonSummary) other).userKey.equals(userKey)
				&& ((PersonSummary) other).displayName.equals(displayName) && ((PersonSummary) other).jobTitle.equals(jobTitle);
		}

		@Override
		public int hashCode() {
			return userKey.hashCode();
		}

		@Override
		public String toString() {
			return "PersonSummary[" + userKey + "]";
		}

	}

	/** A person's name, e-mail address and job title as the portal holds them; any may be empty. */
	final class Profile {

		private final String displayName;
		private final String email;
		private final String jobTitle;

		public Profile(String displayName, String email, String jobTitle) {
			this.displayName = displayName == null ? "" : displayName;
			this.email = email == null ? "" : email;
			this.jobTitle = jobTitle == null ? "" : jobTitle;
		}

		public String displayName() {
			return displayName;
		}

		public String email() {
			return email;
		}

		public String jobTitle() {
			return jobTitle;
		}

	}

}
