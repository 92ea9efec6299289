package org.peervoice.core.champion;

import java.util.Optional;

import org.peervoice.core.kernel.PeopleDirectory;
import org.peervoice.core.kernel.UserText;

/**
 * The display name, e-mail address and title a person's portal profile gives their listing ({@link PeopleDirectory#profile}:
 * Liferay's {@code User}, the dev portal's demo directory). The one reading of the profile for all three uses: the form's
 * prefill ({@link ChampionListings#prefill}), the draft a nominee's accepting makes ({@link ChampionNominations#accept}),
 * and every listing written while the site does not let owners edit these fields
 * ({@link ChampionSettings#isProfileFieldsEditable} false: {@link ListingRules#check}).
 * <p>
 * Each value goes through {@link UserText} as one line (white space runs become one space; a value it refuses counts as
 * absent) and is cut to its limit in {@link ChampionLimits}, so that a profile can never make a listing fail its rules.
 * The name is never empty (the caller's fallback stands in); the title may be; the e-mail is an address
 * {@link ListingRules#isEmail} accepts, or empty.
 */
final class ProfileFields {

	private final String displayName;
	private final String title;
	private final String email;

	private ProfileFields(String displayName, String title, String email) {
		this.displayName = displayName;
		this.title = title;
		this.email = email;
	}

	/**
	 * @param fallbackName the name when the profile has none (the signed-in person's name, the nominee's name as
	 *        the nomination has it)
	 */
	static ProfileFields of(PeopleDirectory people, long companyId, String userKey, String fallbackName) {
		Optional<PeopleDirectory.Profile> profile = people.profile(companyId, userKey);
		String name = line(profile.map(PeopleDirectory.Profile::displayName).orElse(""), ChampionLimits.DISPLAY_NAME);
		String title = line(profile.map(PeopleDirectory.Profile::jobTitle).orElse(""), ChampionLimits.TITLE);
		String email = profile.map(PeopleDirectory.Profile::email).map(String::strip).filter(ListingRules::isEmail).orElse("");
		return new ProfileFields(name.isEmpty() ? line(fallbackName, ChampionLimits.DISPLAY_NAME) : name, title, email);
	}

	String displayName() {
		return displayName;
	}

	String title() {
		return title;
	}

	/** An address, or "" when the profile has none (or none a listing accepts). */
	String email() {
		return email;
	}

	static String line(String raw, int maxLength) {
		return clip(UserText.of(raw).text(), maxLength);
	}

	/** One line (white space runs as one space), cut to {@code maxLength} without splitting a surrogate pair. */
	static String clip(String text, int maxLength) {
		String line = text == null ? "" : text.strip().replaceAll("\\s+", " ");
		return UserText.cut(line, maxLength).strip();
	}

}
