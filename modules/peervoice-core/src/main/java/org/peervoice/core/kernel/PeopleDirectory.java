package org.peervoice.core.kernel;

import java.util.Optional;

/**
 * Port: what the portal's user profile says about a person, to prefill what they fill in about
 * themselves (Liferay: the {@code User}; dev portal: the demo directory). Never used to show one
 * person's profile to another.
 */
public interface PeopleDirectory {

	/** A host without a directory: nothing to prefill. */
	PeopleDirectory NONE = (companyId, userKey) -> Optional.empty();

	Optional<Profile> profile(long companyId, String userKey);

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
