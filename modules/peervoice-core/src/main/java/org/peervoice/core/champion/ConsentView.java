package org.peervoice.core.champion;

/** Who sees each contact field, as the owner chose; shown to the owner only. */
public final class ConsentView {

	private final Audience email;
	private final Audience phone;
	private final Audience location;
	private final Audience officeHours;

	ConsentView(ListingContent content) {
		this.email = content.emailAudience;
		this.phone = content.phoneAudience;
		this.location = content.locationAudience;
		this.officeHours = content.officeHoursAudience;
	}

	public Audience getEmail() {
		return email;
	}

	public Audience getPhone() {
		return phone;
	}

	public Audience getLocation() {
		return location;
	}

	public Audience getOfficeHours() {
		return officeHours;
	}

}
