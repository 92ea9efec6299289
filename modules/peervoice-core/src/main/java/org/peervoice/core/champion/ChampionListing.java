package org.peervoice.core.champion;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import javax.persistence.Access;
import javax.persistence.AccessType;
import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.NamedQueries;
import javax.persistence.NamedQuery;
import javax.persistence.PostPersist;
import javax.persistence.PostRemove;
import javax.persistence.PostUpdate;
import javax.persistence.Table;
import javax.persistence.Version;

import org.peervoice.core.kernel.Scope;

/**
 * One row of a person's listing in one site: the CURRENT row is the listing (draft, submitted, published...), and
 * while a published listing has edits waiting for approval, a REVISION row holds them; the published row stays what
 * the directory shows until the revision is approved. Lists are stored as lines (items are single-line texts).
 */
@Entity
@Access(AccessType.FIELD)
@Table(name = "PV_CHAMPION_LISTING")
@NamedQueries({
	@NamedQuery(name = "ChampionListing.ofOwner",
		query = "SELECT l FROM ChampionListing l WHERE l.companyId = :companyId AND l.siteId = :siteId AND l.ownerKey = :ownerKey"
			+ " AND l.stage = :stage"),
	@NamedQuery(name = "ChampionListing.published",
		query = "SELECT l FROM ChampionListing l WHERE l.companyId = :companyId AND l.siteId = :siteId AND l.stage = :stage"
			+ " AND l.status = :status AND l.lastConfirmedAt >= :confirmedSince"),
	@NamedQuery(name = "ChampionListing.inStatus",
		query = "SELECT l FROM ChampionListing l WHERE l.companyId = :companyId AND l.siteId = :siteId AND l.status = :status"),
	@NamedQuery(name = "ChampionListing.confirmedBefore",
		query = "SELECT l FROM ChampionListing l WHERE l.companyId = :companyId AND l.siteId = :siteId AND l.stage = :stage"
			+ " AND l.status = :status AND l.lastConfirmedAt < :confirmedBefore"),
	@NamedQuery(name = "ChampionListing.allOfOwner",
		query = "SELECT l FROM ChampionListing l WHERE l.companyId = :companyId AND l.ownerKey = :ownerKey"),
	@NamedQuery(name = "ChampionListing.withPendingTags",
		query = "SELECT l FROM ChampionListing l WHERE l.companyId = :companyId AND l.siteId = :siteId AND l.pendingExpertise <> ''"),
	@NamedQuery(name = "ChampionListing.sitesPublished",
		query = "SELECT DISTINCT l.companyId, l.siteId FROM ChampionListing l WHERE l.stage = :stage AND l.status = :status")
})
public class ChampionListing {

	enum Stage {
		CURRENT, REVISION
	}

	private static final String LINE = "\n";

	@Id
	@Column(name = "id", length = 36)
	private String id;

	@Column(name = "company_id", nullable = false)
	private long companyId;

	@Column(name = "site_id", nullable = false)
	private long siteId;

	@Column(name = "owner_key", nullable = false, length = 75)
	private String ownerKey;

	@Enumerated(EnumType.STRING)
	@Column(name = "stage", nullable = false, length = 10)
	private Stage stage;

	@Enumerated(EnumType.STRING)
	@Column(name = "status", nullable = false, length = 20)
	private ListingStatus status;

	@Column(name = "display_name", nullable = false, length = ChampionLimits.DISPLAY_NAME)
	private String displayName;

	@Column(name = "title", nullable = false, length = ChampionLimits.TITLE)
	private String title;

	@Enumerated(EnumType.STRING)
	@Column(name = "category", nullable = false, length = 20)
	private ChampionCategory category;

	@Column(name = "role_text", nullable = false, length = ChampionLimits.ROLE)
	private String role;

	@Column(name = "email", nullable = false, length = ChampionLimits.EMAIL)
	private String email;

	@Enumerated(EnumType.STRING)
	@Column(name = "email_audience", nullable = false, length = 30)
	private Audience emailAudience;

	// E.164, at most 16 characters
	@Column(name = "phone", nullable = false, length = 16)
	private String phone;

	@Column(name = "phone_extension", nullable = false, length = ChampionLimits.PHONE_EXTENSION)
	private String phoneExtension;

	@Enumerated(EnumType.STRING)
	@Column(name = "phone_audience", nullable = false, length = 30)
	private Audience phoneAudience;

	@Column(name = "location", nullable = false, length = ChampionLimits.LOCATION)
	private String location;

	@Enumerated(EnumType.STRING)
	@Column(name = "location_audience", nullable = false, length = 30)
	private Audience locationAudience;

	@Column(name = "office_hours", nullable = false, length = ChampionLimits.OFFICE_HOURS)
	private String officeHours;

	@Enumerated(EnumType.STRING)
	@Column(name = "office_hours_audience", nullable = false, length = 30)
	private Audience officeHoursAudience;

	@Enumerated(EnumType.STRING)
	@Column(name = "preferred_contact", length = 20)
	private ContactMethod preferredContact;

	@Column(name = "pronouns", nullable = false, length = ChampionLimits.PRONOUNS)
	private String pronouns;

	@Column(name = "lived_experience", nullable = false)
	private boolean livedExperience;

	@Column(name = "programs", nullable = false, length = 809)
	private String programs;

	@Column(name = "languages", nullable = false, length = 409)
	private String languages;

	@Column(name = "expertise", nullable = false, length = 614)
	private String expertise;

	@Column(name = "pending_expertise", nullable = false, length = 614)
	private String pendingExpertise = "";

	@Column(name = "nominated", nullable = false)
	private boolean nominated;

	// written only by a conditional UPDATE (ChampionRepository.markReminded), never through the version
	@Column(name = "due_reminded_for")
	private Instant dueRemindedFor;

	@Column(name = "stale_reminded_for")
	private Instant staleRemindedFor;

	@Column(name = "review_message", length = ChampionLimits.REVIEW_MESSAGE)
	private String reviewMessage;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "published_at")
	private Instant publishedAt;

	@Column(name = "last_confirmed_at")
	private Instant lastConfirmedAt;

	// search, order and A–Z letter (ChampionSearchKeys), and the facet rows: derived on every write
	@Column(name = "search_text", nullable = false, length = ChampionSearchKeys.SEARCH_TEXT_COLUMN)
	private String searchText;

	@Column(name = "sort_key_en", nullable = false, length = ChampionSearchKeys.SORT_KEY_COLUMN)
	private String sortKeyEn;

	@Column(name = "sort_key_es", nullable = false, length = ChampionSearchKeys.SORT_KEY_COLUMN)
	private String sortKeyEs;

	@Column(name = "initial_en", nullable = false, length = ChampionSearchKeys.INITIAL_COLUMN)
	private String initialEn;

	@Column(name = "initial_es", nullable = false, length = ChampionSearchKeys.INITIAL_COLUMN)
	private String initialEs;

	@ElementCollection
	@CollectionTable(name = "PV_CHAMPION_FACET", joinColumns = @JoinColumn(name = "listing_id"))
	private List<ListingFacet> facets = new ArrayList<>();

	@Version
	@Column(name = "version", nullable = false)
	private int version;

	protected ChampionListing() {
	}

	private ChampionListing(Scope scope, String ownerKey, Stage stage, ListingStatus status, ListingContent content, Instant now) {
		this.id = UUID.randomUUID().toString();
		this.companyId = scope.companyId();
		this.siteId = scope.siteId();
		this.ownerKey = ownerKey;
		this.stage = stage;
		this.status = status;
		this.createdAt = now;
		write(content, now);
	}

	static ChampionListing draft(Scope scope, String ownerKey, ListingContent content, Instant now) {
		return new ChampionListing(scope, ownerKey, Stage.CURRENT, ListingStatus.DRAFT, content, now);
	}

	/** Edits to a published listing, waiting for approval. */
	static ChampionListing revisionOf(ChampionListing published, ListingContent content, Instant now) {
		ChampionListing revision = new ChampionListing(published.scope(), published.ownerKey, Stage.REVISION, ListingStatus.SUBMITTED,
			content, now);
		revision.submittedAt = now;
		return revision;
	}

	void write(ListingContent content, Instant now) {
		this.displayName = content.displayName;
		this.title = content.title;
		this.category = content.category;
		this.role = content.role;
		this.email = content.email;
		this.emailAudience = content.emailAudience;
		this.phone = content.phone;
		this.phoneExtension = content.phoneExtension;
		this.phoneAudience = content.phoneAudience;
		this.location = content.location;
		this.locationAudience = content.locationAudience;
		this.officeHours = content.officeHours;
		this.officeHoursAudience = content.officeHoursAudience;
		this.preferredContact = content.preferredContact;
		this.pronouns = content.pronouns;
		this.livedExperience = content.livedExperience;
		this.programs = String.join(LINE, content.programs);
		this.languages = String.join(LINE, content.languages);
		this.expertise = String.join(LINE, content.expertise);
		this.pendingExpertise = String.join(LINE, content.pendingExpertise);
		this.updatedAt = now;
		ChampionSearchKeys keys = ChampionSearchKeys.of(displayName, title, role, content.programs, content.languages, content.expertise);
		this.searchText = keys.getSearchText();
		this.sortKeyEn = keys.getSortKeyEn();
		this.sortKeyEs = keys.getSortKeyEs();
		this.initialEn = keys.getInitialEn();
		this.initialEs = keys.getInitialEs();
		List<ListingFacet> written = new ArrayList<>();
		content.programs.forEach(value -> written.add(new ListingFacet(ListingFacet.Kind.PROGRAM, value)));
		content.languages.forEach(value -> written.add(new ListingFacet(ListingFacet.Kind.LANGUAGE, value)));
		content.expertise.forEach(value -> written.add(new ListingFacet(ListingFacet.Kind.EXPERTISE, value)));
		if (!written.equals(facets)) {
			facets.clear();
			facets.addAll(written);
		}
	}

	ListingContent content() {
		return new ListingContent(displayName, title, category, role, email, emailAudience, phone, phoneExtension, phoneAudience,
			location, locationAudience, officeHours, officeHoursAudience, preferredContact, pronouns, livedExperience, programs(),
			languages(), expertise(), pendingExpertise());
	}

	void submit(Instant now) {
		status = ListingStatus.SUBMITTED;
		submittedAt = now;
		reviewMessage = null;
	}

	void publish(Instant now) {
		status = ListingStatus.PUBLISHED;
		if (publishedAt == null) {
			publishedAt = now;
		}
		lastConfirmedAt = now;
		reviewMessage = null;
		updatedAt = now;
	}

	void returnToOwner(ListingStatus outcome, String message, Instant now) {
		status = outcome;
		reviewMessage = message.isEmpty() ? null : message;
		updatedAt = now;
	}

	void reopenAsDraft() {
		status = ListingStatus.DRAFT;
	}

	void confirm(Instant now) {
		lastConfirmedAt = now;
	}

	/** The listing began with an accepted nomination (its owner keeps it without the champion role). */
	void markNominated() {
		nominated = true;
	}

	boolean isNominated() {
		return nominated;
	}

	/** Moves a pending tag that folds like {@code term} to the shown ones, spelled as the vocabulary spells it. */
	boolean acceptTag(String term, Instant now) {
		return moderateTag(term, true, now);
	}

	/** Drops a pending tag that folds like {@code term}. */
	boolean rejectTag(String term, Instant now) {
		return moderateTag(term, false, now);
	}

	private boolean moderateTag(String term, boolean accepted, Instant now) {
		String folded = SearchFolding.fold(term);
		List<String> pending = new ArrayList<>(pendingExpertise());
		if (!pending.removeIf(tag -> SearchFolding.fold(tag).equals(folded))) {
			return false;
		}
		List<String> shown = new ArrayList<>(expertise());
		if (accepted && shown.stream().noneMatch(tag -> SearchFolding.fold(tag).equals(folded))) {
			shown.add(term);
		}
		write(content().withExpertise(shown, pending), now);
		return true;
	}

	Instant dueRemindedFor() {
		return dueRemindedFor;
	}

	Instant staleRemindedFor() {
		return staleRemindedFor;
	}

	/** For a repository without statements (tests); the database's is {@code ChampionRepository.markReminded}. */
	void remindedFor(ChampionReminders.Kind kind, Instant due) {
		if (kind == ChampionReminders.Kind.DUE) {
			dueRemindedFor = due;
		}
		else {
			staleRemindedFor = due;
		}
	}

	void markLeft(Instant now) {
		status = ListingStatus.LEFT;
		updatedAt = now;
	}

	/** When the owner should confirm next; null unless published. */
	Instant confirmDueAt(ChampionSettings settings) {
		return status != ListingStatus.PUBLISHED || lastConfirmedAt == null ? null
			: lastConfirmedAt.plus(Duration.ofDays(settings.getReconfirmDays()));
	}

	/** A published listing unconfirmed past its due date and the grace period: kept, but out of the directory. */
	boolean isStale(ChampionSettings settings, Instant now) {
		Instant due = confirmDueAt(settings);
		return due != null && !now.isBefore(due.plus(Duration.ofDays(settings.getGraceDays())));
	}

	boolean isInDirectory(ChampionSettings settings, Instant now) {
		return stage == Stage.CURRENT && status == ListingStatus.PUBLISHED && !isStale(settings, now);
	}

	// any write may change the directory's counts (DirectoryCountsCache) and its answers (DirectoryAnswers.REVISIONS)
	@PostPersist
	@PostUpdate
	@PostRemove
	void changed() {
		DirectoryCountsCache.changed();
		DirectoryAnswers.touched(scope());
	}

	String id() {
		return id;
	}

	Scope scope() {
		return new Scope(companyId, siteId);
	}

	long siteId() {
		return siteId;
	}

	long companyId() {
		return companyId;
	}

	String ownerKey() {
		return ownerKey;
	}

	Stage stage() {
		return stage;
	}

	ListingStatus status() {
		return status;
	}

	String displayName() {
		return displayName;
	}

	String title() {
		return title;
	}

	ChampionCategory category() {
		return category;
	}

	String role() {
		return role;
	}

	String reviewMessage() {
		return reviewMessage;
	}

	Instant submittedAt() {
		return submittedAt;
	}

	Instant publishedAt() {
		return publishedAt;
	}

	Instant lastConfirmedAt() {
		return lastConfirmedAt;
	}

	List<String> programs() {
		return lines(programs);
	}

	List<String> languages() {
		return lines(languages);
	}

	List<String> expertise() {
		return lines(expertise);
	}

	List<String> pendingExpertise() {
		return lines(pendingExpertise);
	}

	String sortKey(Locale locale) {
		return ChampionSearchKeys.isSpanish(locale) ? sortKeyEs : sortKeyEn;
	}

	static List<String> lines(String stored) {
		return stored == null || stored.isEmpty() ? List.of() : Arrays.asList(stored.split(LINE));
	}

}
