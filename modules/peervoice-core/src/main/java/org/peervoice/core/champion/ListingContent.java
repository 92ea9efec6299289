package org.peervoice.core.champion;

import java.util.ArrayList;
import java.util.List;

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

	/** Every tag the owner chose, shown and pending. */
	List<String> allExpertise() {
		List<String> all = new ArrayList<>(expertise);
		all.addAll(pendingExpertise);
		return all;
	}

}
