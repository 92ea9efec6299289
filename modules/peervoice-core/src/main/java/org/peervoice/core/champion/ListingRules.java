package org.peervoice.core.champion;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.peervoice.core.kernel.FieldErrors;
import org.peervoice.core.kernel.InvalidInput;
import org.peervoice.core.kernel.UserText;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Checks and normalizes a {@link ListingDraft}: every text through {@link UserText} as one line (the role may have
 * lines), limits of {@link ChampionLimits}, the e-mail address by its shape, the phone number by libphonenumber in
 * the site's default region (a number starting with + in any), lists without blanks or repeats. A contact field
 * without an audience is shown to nobody.
 */
final class ListingRules {

	// The addresses people type: an unquoted local part, and a domain of letter-digit-hyphen labels with a dot.
	private static final Pattern EMAIL = Pattern.compile(
		"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");
	private static final Pattern EXTENSION = Pattern.compile("[0-9]{1," + ChampionLimits.PHONE_EXTENSION + "}");
	private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

	private ListingRules() {
	}

	/** @throws InvalidInput naming each field that breaks a rule */
	static ListingContent check(ListingDraft draft, String phoneRegion) {
		return check(draft, phoneRegion, null);
	}

	/**
	 * As {@link #check(ListingDraft, String)}; with a {@code profile} (the site does not let owners edit these fields),
	 * the display name, title and e-mail are the profile's and the draft's are neither read nor checked.
	 *
	 * @throws InvalidInput naming each field that breaks a rule
	 */
	static ListingContent check(ListingDraft draft, String phoneRegion, ProfileFields profile) {
		if (draft == null) {
			throw new InvalidInput("A listing is required.");
		}
		FieldErrors errors = new FieldErrors();
		String displayName = profile == null
			? UserText.requireLine(errors, "displayName", draft.getDisplayName(), ChampionLimits.DISPLAY_NAME) : profile.displayName();
		String title = profile == null ? UserText.requireLine(errors, "title", draft.getTitle(), ChampionLimits.TITLE) : profile.title();
		if (draft.getCategory() == null) {
			errors.add("category", "required", "must be one of the eight categories");
		}
		String role = UserText.require(errors, "role", draft.getRole(), ChampionLimits.ROLE);
		String email = profile == null ? optionalLine(errors, "email", draft.getEmail(), ChampionLimits.EMAIL) : profile.email();
		if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
			errors.add("email", "invalid-email", "must be an e-mail address such as name@example.org");
		}
		String phone = phone(errors, draft.getPhone(), phoneRegion);
		String extension = optionalLine(errors, "phoneExtension", draft.getPhoneExtension(), ChampionLimits.PHONE_EXTENSION);
		if (!extension.isEmpty() && !EXTENSION.matcher(extension).matches()) {
			errors.add("phoneExtension", "invalid-extension", "must be 1 to " + ChampionLimits.PHONE_EXTENSION + " digits");
		}
		else if (!extension.isEmpty() && phone.isEmpty()) {
			errors.add("phoneExtension", "extension-without-phone", "needs a phone number");
		}
		String location = optionalLine(errors, "location", draft.getLocation(), ChampionLimits.LOCATION);
		String officeHours = optionalLine(errors, "officeHours", draft.getOfficeHours(), ChampionLimits.OFFICE_HOURS);
		String pronouns = optionalLine(errors, "pronouns", draft.getPronouns(), ChampionLimits.PRONOUNS);
		List<String> programs = list(errors, "programs", draft.getPrograms(), ChampionLimits.PROGRAM, ChampionLimits.MAX_PROGRAMS);
		List<String> languages = list(errors, "languages", draft.getLanguages(), ChampionLimits.LANGUAGE, ChampionLimits.MAX_LANGUAGES);
		List<String> expertise = list(errors, "expertise", draft.getExpertise(), ChampionLimits.EXPERTISE_TAG,
			ChampionLimits.MAX_EXPERTISE_TAGS);
		ContactMethod preferred = draft.getPreferredContact();
		if (preferred == ContactMethod.EMAIL && email.isEmpty() || preferred == ContactMethod.PHONE && phone.isEmpty()
			|| preferred == ContactMethod.IN_PERSON && location.isEmpty()) {
			errors.add("preferredContact", "preferred-contact-missing", "names a contact field that is empty");
		}
		errors.throwIfAny();
		return new ListingContent(displayName, title, draft.getCategory(), role, email, audience(draft.getEmailAudience()), phone,
			extension, audience(draft.getPhoneAudience()), location, audience(draft.getLocationAudience()), officeHours,
			audience(draft.getOfficeHoursAudience()), preferred, pronouns, draft.isLivedExperience(), programs, languages, expertise);
	}

	static boolean isEmail(String address) {
		return address != null && address.length() <= ChampionLimits.EMAIL && EMAIL.matcher(address).matches();
	}

	/**
	 * A listing may be submitted only with what a listing needs (a draft from an accepted nomination starts without
	 * a role, and maybe without a title).
	 *
	 * @throws InvalidInput naming each missing field
	 */
	static void checkComplete(ListingContent content) {
		FieldErrors errors = new FieldErrors();
		if (content.displayName.isEmpty()) {
			errors.add("displayName", "required", "is required");
		}
		if (content.title.isEmpty()) {
			errors.add("title", "required", "is required");
		}
		if (content.role.isEmpty()) {
			errors.add("role", "required", "is required");
		}
		errors.throwIfAny();
	}

	static boolean isRegion(String region) {
		return region != null && PHONES.getSupportedRegions().contains(region);
	}

	private static Audience audience(Audience chosen) {
		return chosen == null ? Audience.NOBODY : chosen;
	}

	private static String optionalLine(FieldErrors errors, String field, String raw, int maxLength) {
		UserText text = UserText.of(raw);
		if (text.isBlank() && text.fault() == null) {
			return "";
		}
		return UserText.requireLine(errors, field, raw, maxLength);
	}

	private static String phone(FieldErrors errors, String raw, String region) {
		String typed = optionalLine(errors, "phone", raw, ChampionLimits.PHONE);
		if (typed.isEmpty()) {
			return "";
		}
		try {
			PhoneNumber number = PHONES.parse(typed, region);
			if (number.hasExtension() || !PHONES.isValidNumber(number)) {
				errors.add("phone", "invalid-phone", "must be a valid phone number (the extension goes in its own field)");
				return "";
			}
			return PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
		}
		catch (NumberParseException notANumber) {
			errors.add("phone", "invalid-phone", "must be a valid phone number (the extension goes in its own field)");
			return "";
		}
	}

	private static List<String> list(FieldErrors errors, String field, List<String> raw, int maxLength, int maxItems) {
		List<String> cleaned = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < raw.size(); i++) {
			String item = optionalLine(errors, field + "[" + i + "]", raw.get(i), maxLength);
			if (!item.isEmpty() && seen.add(SearchFolding.fold(item))) {
				cleaned.add(item);
			}
		}
		if (cleaned.size() > maxItems) {
			errors.add(field, "too-many", "must list at most " + maxItems);
		}
		return cleaned;
	}

}
