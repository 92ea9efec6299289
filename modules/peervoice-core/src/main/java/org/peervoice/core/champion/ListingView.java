package org.peervoice.core.champion;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A listing as one caller may see it, assembled only by {@link ListingViews}; getters are named like the JSON fields
 * of the API. A contact field its owner did not show to this caller is {@code null}, and so is the preferred contact
 * method when the field it names is hidden. {@link #getWorkflow()} is for the owner and leadership,
 * {@link #getConsent()} and {@link #getPendingRevision()} for the owner (and the revision for leadership too).
 */
public final class ListingView {

	private final String id;
	private final long siteId;
	private final String displayName;
	private final String initials;
	private final String title;
	private final ChampionCategory category;
	private final String role;
	private final String email;
	private final String phone;
	private final String phoneExtension;
	private final String location;
	private final String officeHours;
	private final ContactMethod preferredContact;
	private final String pronouns;
	private final boolean livedExperience;
	private final List<String> programs;
	private final List<String> languages;
	private final List<String> expertise;
	private final List<String> pendingExpertise;
	private final boolean mine;
	private final WorkflowView workflow;
	private final ConsentView consent;
	private final ListingView pendingRevision;
	private final String portraitUrl;

	ListingView(String id, long siteId, ListingContent content, String email, String phone, String phoneExtension, String location,
		String officeHours, ContactMethod preferredContact, boolean mine, WorkflowView workflow, ConsentView consent,
		ListingView pendingRevision, String portraitUrl) {
		this.id = id;
		this.siteId = siteId;
		this.displayName = content.displayName;
		this.initials = initialsOf(content.displayName);
		this.title = content.title;
		this.category = content.category;
		this.role = content.role;
		this.email = email;
		this.phone = phone;
		this.phoneExtension = phoneExtension;
		this.location = location;
		this.officeHours = officeHours;
		this.preferredContact = preferredContact;
		this.pronouns = content.pronouns.isEmpty() ? null : content.pronouns;
		this.livedExperience = content.livedExperience;
		this.programs = content.programs;
		this.languages = content.languages;
		this.expertise = content.expertise;
		this.pendingExpertise = workflow == null ? null : content.pendingExpertise;
		this.mine = mine;
		this.workflow = workflow;
		this.consent = consent;
		this.pendingRevision = pendingRevision;
		this.portraitUrl = portraitUrl;
	}

	private ListingView(ListingView view, String portraitUrl) {
		this.id = view.id;
		this.siteId = view.siteId;
		this.displayName = view.displayName;
		this.initials = view.initials;
		this.title = view.title;
		this.category = view.category;
		this.role = view.role;
		this.email = view.email;
		this.phone = view.phone;
		this.phoneExtension = view.phoneExtension;
		this.location = view.location;
		this.officeHours = view.officeHours;
		this.preferredContact = view.preferredContact;
		this.pronouns = view.pronouns;
		this.livedExperience = view.livedExperience;
		this.programs = view.programs;
		this.languages = view.languages;
		this.expertise = view.expertise;
		this.pendingExpertise = view.pendingExpertise;
		this.mine = view.mine;
		this.workflow = view.workflow;
		this.consent = view.consent;
		this.pendingRevision = view.pendingRevision;
		this.portraitUrl = portraitUrl;
	}

	/** The same view with this picture (a kept directory answer holds none: the portal's picture may change any time). */
	ListingView withPortrait(String portraitUrl) {
		return Objects.equals(portraitUrl, this.portraitUrl) ? this : new ListingView(this, portraitUrl);
	}

	static String initialsOf(String name) {
		StringBuilder initials = new StringBuilder();
		for (String word : name.trim().split("\\s+")) {
			if (!word.isEmpty() && initials.codePointCount(0, initials.length()) < 2) {
				initials.appendCodePoint(word.codePointAt(0));
			}
		}
		return initials.toString().toUpperCase(Locale.ROOT);
	}

	public String getId() {
		return id;
	}

	public long getSiteId() {
		return siteId;
	}

	public String getDisplayName() {
		return displayName;
	}

	public String getInitials() {
		return initials;
	}

	/** The owner's own picture on the portal (a path on the portal itself), or null: the initials are shown instead. */
	public String getPortraitUrl() {
		return portraitUrl;
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

	public String getPhone() {
		return phone;
	}

	public String getPhoneExtension() {
		return phoneExtension;
	}

	public String getLocation() {
		return location;
	}

	public String getOfficeHours() {
		return officeHours;
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
		return programs;
	}

	public List<String> getLanguages() {
		return languages;
	}

	public List<String> getExpertise() {
		return expertise;
	}

	/** Free tags waiting for leadership to accept them; for the owner and leadership only ({@code null} otherwise). */
	public List<String> getPendingExpertise() {
		return pendingExpertise;
	}

	public boolean isMine() {
		return mine;
	}

	public WorkflowView getWorkflow() {
		return workflow;
	}

	public ConsentView getConsent() {
		return consent;
	}

	public ListingView getPendingRevision() {
		return pendingRevision;
	}

}
