package org.peervoice.core.champion;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A listing's fields once {@link ListingRules} accepted them: normalized, within limits, the phone in E.164. */
final class ListingContent {

	final String displayName;
	final String title;
	final ChampionCategory category;
	final String role;
	final String email;
	final Audience emailAudience;
	final String phone;
	final String phoneExtension;
	final Audience phoneAudience;
	final String location;
	final Audience locationAudience;
	final String officeHours;
	final Audience officeHoursAudience;
	final ContactMethod preferredContact;
	final String pronouns;
	final boolean livedExperience;
	final List<String> programs;
	final List<String> languages;
	final List<String> expertise;
	/** Free tags waiting for leadership to accept them into the site's vocabulary: shown to the owner and leadership only. */
	final List<String> pendingExpertise;

	ListingContent(String displayName, String title, ChampionCategory category, String role, String email, Audience emailAudience,
		String phone, String phoneExtension, Audience phoneAudience, String location, Audience locationAudience, String officeHours,
		Audience officeHoursAudience, ContactMethod preferredContact, String pronouns, boolean livedExperience, List<String> programs,
		List<String> languages, List<String> expertise) {
		this(displayName, title, category, role, email, emailAudience, phone, phoneExtension, phoneAudience, location, locationAudience,
			officeHours, officeHoursAudience, preferredContact, pronouns, livedExperience, programs, languages, expertise, List.of());
	}

	ListingContent(String displayName, String title, ChampionCategory category, String role, String email, Audience emailAudience,
		String phone, String phoneExtension, Audience phoneAudience, String location, Audience locationAudience, String officeHours,
		Audience officeHoursAudience, ContactMethod preferredContact, String pronouns, boolean livedExperience, List<String> programs,
		List<String> languages, List<String> expertise, List<String> pendingExpertise) {
		this.displayName = displayName;
		this.title = title;
		this.category = category;
		this.role = role;
		this.email = email;
		this.emailAudience = emailAudience;
		this.phone = phone;
		this.phoneExtension = phoneExtension;
		this.phoneAudience = phoneAudience;
		this.location = location;
		this.locationAudience = locationAudience;
		this.officeHours = officeHours;
		this.officeHoursAudience = officeHoursAudience;
		this.preferredContact = preferredContact;
		this.pronouns = pronouns;
		this.livedExperience = livedExperience;
		this.programs = List.copyOf(programs);
		this.languages = List.copyOf(languages);
		this.expertise = List.copyOf(expertise);
		this.pendingExpertise = List.copyOf(pendingExpertise);
	}

	/** The same content with its tags split into shown and pending ones. */
	ListingContent withExpertise(List<String> shown, List<String> pending) {
		return new ListingContent(displayName, title, category, role, email, emailAudience, phone, phoneExtension, phoneAudience, location,
			locationAudience, officeHours, officeHoursAudience, preferredContact, pronouns, livedExperience, programs, languages, shown,
			pending);
	}

	/**
	 * This (published) content with only the parts of {@code edit} that show less: for each contact field the tighter
	 * of the two audiences, and the field cleared if the edit clears it; pronouns cleared, the lived experience mark
	 * turned off, programs, languages and tags the edit removes removed (compared as search folds them); the
	 * preferred contact method cleared if the edit clears it or its field is now empty. Everything the edit adds or
	 * changes (names, titles, category, role, a new value or a wider audience) stays as it is here.
	 */
	ListingContent narrowedBy(ListingContent edit) {
		String narrowedEmail = edit.email.isEmpty() ? "" : email;
		String narrowedPhone = edit.phone.isEmpty() ? "" : phone;
		String narrowedExtension = narrowedPhone.isEmpty() || edit.phoneExtension.isEmpty() ? "" : phoneExtension;
		String narrowedLocation = edit.location.isEmpty() ? "" : location;
		String narrowedHours = edit.officeHours.isEmpty() ? "" : officeHours;
		ContactMethod preferred = edit.preferredContact == null ? null : preferredContact;
		if (preferred == ContactMethod.EMAIL && narrowedEmail.isEmpty() || preferred == ContactMethod.PHONE && narrowedPhone.isEmpty()
			|| preferred == ContactMethod.IN_PERSON && narrowedLocation.isEmpty()) {
			preferred = null;
		}
		return new ListingContent(displayName, title, category, role, narrowedEmail, emailAudience.tighter(edit.emailAudience),
			narrowedPhone, narrowedExtension, phoneAudience.tighter(edit.phoneAudience), narrowedLocation,
			locationAudience.tighter(edit.locationAudience), narrowedHours, officeHoursAudience.tighter(edit.officeHoursAudience), preferred,
			edit.pronouns.isEmpty() ? "" : pronouns, livedExperience && edit.livedExperience, kept(programs, edit.programs),
			kept(languages, edit.languages), kept(expertise, edit.allExpertise()), kept(pendingExpertise, edit.allExpertise()));
	}

	private static List<String> kept(List<String> items, List<String> stillWanted) {
		Set<String> wanted = stillWanted.stream().map(SearchFolding::fold).collect(Collectors.toSet());
		return items.stream().filter(item -> wanted.contains(SearchFolding.fold(item))).collect(Collectors.toList());
	}

	/** Every field, for comparing two contents. */
	private List<Object> fields() {
		return Arrays.asList(displayName, title, category, role, email, emailAudience, phone, phoneExtension, phoneAudience, location,
			locationAudience, officeHours, officeHoursAudience, preferredContact, pronouns, livedExperience, programs, languages, expertise,
			pendingExpertise);
	}

	/** The same value in every field. */
	boolean sameAs(ListingContent other) {
		return fields().equals(other.fields());
	}

	/** Every tag the owner chose, shown and pending. */
	List<String> allExpertise() {
		List<String> all = new ArrayList<>(expertise);
		all.addAll(pendingExpertise);
		return all;
	}

}
