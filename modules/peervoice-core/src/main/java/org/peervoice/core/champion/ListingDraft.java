package org.peervoice.core.champion;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a champion writes about themselves, and the body of {@code PUT /sites/{siteId}/champions/mine} as it is read
 * (properties are what the getters expose). Checked and normalized by {@link ListingRules}; the fluent setters are
 * for hosts and tests that build one.
 */
public final class ListingDraft {

	private String displayName;
	private String title;
	private ChampionCategory category;
	private String role;
	private String email;
	private Audience emailAudience;
	private String phone;
	private String phoneExtension;
	private Audience phoneAudience;
	private String location;
	private Audience locationAudience;
	private String officeHours;
	private Audience officeHoursAudience;
	private ContactMethod preferredContact;
	private String pronouns;
	private boolean livedExperience;
	private List<String> programs;
	private List<String> languages;
	private List<String> expertise;

	// for the JSON reader
	private ListingDraft() {
	}

	public ListingDraft(String displayName, String title, ChampionCategory category, String role) {
		this.displayName = displayName;
		this.title = title;
		this.category = category;
		this.role = role;
	}

	public ListingDraft email(String address, Audience audience) {
		this.email = address;
		this.emailAudience = audience;
		return this;
	}

	public ListingDraft phone(String number, String extension, Audience audience) {
		this.phone = number;
		this.phoneExtension = extension;
		this.phoneAudience = audience;
		return this;
	}

	public ListingDraft location(String place, Audience audience) {
		this.location = place;
		this.locationAudience = audience;
		return this;
	}

	public ListingDraft officeHours(String hours, Audience audience) {
		this.officeHours = hours;
		this.officeHoursAudience = audience;
		return this;
	}

	public ListingDraft preferredContact(ContactMethod method) {
		this.preferredContact = method;
		return this;
	}

	public ListingDraft pronouns(String text) {
		this.pronouns = text;
		return this;
	}

	public ListingDraft livedExperience(boolean shown) {
		this.livedExperience = shown;
		return this;
	}

	public ListingDraft programs(List<String> values) {
		this.programs = values == null ? null : new ArrayList<>(values);
		return this;
	}

	public ListingDraft languages(List<String> values) {
		this.languages = values == null ? null : new ArrayList<>(values);
		return this;
	}

	public ListingDraft expertise(List<String> values) {
		this.expertise = values == null ? null : new ArrayList<>(values);
		return this;
	}

	public String getDisplayName() {
		return displayName;
	}

	public String getTitle() {
		return title;
	}

	public ChampionCategory getCategory() {
		return category;
	}

	public String getRole() {
		return role;
	}

	public String getEmail() {
		return email;
	}

	public Audience getEmailAudience() {
		return emailAudience;
	}

	public String getPhone() {
		return phone;
	}

	public String getPhoneExtension() {
		return phoneExtension;
	}

	public Audience getPhoneAudience() {
		return phoneAudience;
	}

	public String getLocation() {
		return location;
	}

	public Audience getLocationAudience() {
		return locationAudience;
	}

	public String getOfficeHours() {
		return officeHours;
	}

	public Audience getOfficeHoursAudience() {
		return officeHoursAudience;
	}

	public ContactMethod getPreferredContact() {
		return preferredContact;
	}

	public String getPronouns() {
		return pronouns;
	}

	public boolean isLivedExperience() {
		return livedExperience;
	}

	public List<String> getPrograms() {
		return programs == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(programs));
	}

	public List<String> getLanguages() {
		return languages == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(languages));
	}

	public List<String> getExpertise() {
		return expertise == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(expertise));
	}

}
