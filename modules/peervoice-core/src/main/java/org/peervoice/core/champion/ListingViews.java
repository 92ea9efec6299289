package org.peervoice.core.champion;

import java.time.Instant;

import org.peervoice.core.kernel.Actor;
import org.peervoice.core.kernel.PeopleDirectory;
import org.peervoice.core.kernel.Permission;

/**
 * The one place a listing becomes what a caller sees: every read path (directory, own listing, approval queue,
 * worksheet, exports) goes through {@link #view}, so a contact field reaches only the audience its owner chose.
 */
final class ListingViews {

	private final ChampionSettings settings;
	private final Instant now;
	private final PeopleDirectory portraits;

	ListingViews(ChampionSettings settings, Instant now) {
		this(settings, now, PeopleDirectory.NONE);
	}

	/** With the owners' pictures from the portal's directory (the directory's pages and single listings). */
	ListingViews(ChampionSettings settings, Instant now, PeopleDirectory portraits) {
		this.settings = settings;
		this.now = now;
		this.portraits = portraits;
	}

	/** The listing as {@code actor} may see it, with its pending revision (may be null) for the owner and leadership. */
	ListingView view(ChampionListing listing, ChampionListing revision, Actor actor) {
		Viewer viewer = Viewer.of(actor, listing);
		boolean workflowShown = viewer == Viewer.OWNER || actor.can(Permission.APPROVE_LISTINGS);
		// one person, one portrait: the revision is the same owner's, so the directory is asked once
		String portrait = portraitOf(listing);
		ListingView pending = revision != null && workflowShown
			? contents(revision, Viewer.of(actor, revision), workflowShown, null, portrait) : null;
		return contents(listing, viewer, workflowShown, pending, portrait);
	}

	private ListingView contents(ChampionListing listing, Viewer viewer, boolean workflowShown, ListingView pending, String portrait) {
		ListingContent content = listing.content();
		String email = shown(content.email, content.emailAudience, viewer);
		String phone = shown(content.phone, content.phoneAudience, viewer);
		String extension = phone == null ? null : shown(content.phoneExtension, content.phoneAudience, viewer);
		String location = shown(content.location, content.locationAudience, viewer);
		String officeHours = shown(content.officeHours, content.officeHoursAudience, viewer);
		ContactMethod preferred = content.preferredContact;
		if (preferred == ContactMethod.EMAIL && email == null || preferred == ContactMethod.PHONE && phone == null
			|| preferred == ContactMethod.IN_PERSON && location == null) {
			preferred = null;
		}
		WorkflowView workflow = workflowShown ? new WorkflowView(listing.status(), listing.reviewMessage(), listing.submittedAt(),
			listing.publishedAt(), listing.lastConfirmedAt(), listing.confirmDueAt(settings), listing.isStale(settings, now)) : null;
		ConsentView consent = viewer == Viewer.OWNER ? new ConsentView(content) : null;
		return new ListingView(listing.id(), listing.siteId(), content, email, phone, extension, location, officeHours, preferred,
			viewer == Viewer.OWNER, workflow, consent, pending, portrait);
	}

	/** Only a path on the portal itself ("/image/..."), never another site's address: the browser loads it as it is. */
	private String portraitOf(ChampionListing listing) {
		return portraitOf(portraits, listing.companyId(), listing.ownerKey());
	}

	static String portraitOf(PeopleDirectory portraits, long companyId, String ownerKey) {
		return portraits.portraitPath(companyId, ownerKey)
			.filter(path -> path.startsWith("/") && !path.startsWith("//") && path.indexOf('\\') < 0 && path.length() <= 2_000)
			.orElse(null);
	}

	private static String shown(String value, Audience audience, Viewer viewer) {
		return value.isEmpty() || !audience.admits(viewer) ? null : value;
	}

}
