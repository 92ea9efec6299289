package org.peervoice.core.suggestion;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.peervoice.core.anonymity.AnonymousWriting;
import org.peervoice.core.anonymity.FloodLimit;
import org.peervoice.core.audit.AuditEvent;
import org.peervoice.core.fixtures.DirectUnitOfWork;
import org.peervoice.core.fixtures.MovableClock;
import org.peervoice.core.fixtures.SiteMember;
import org.peervoice.core.kernel.PeerVoiceRole;
import org.peervoice.core.kernel.Scope;
import org.peervoice.core.notification.NotificationEvent;

/** The suggestion use cases on one in-memory repository, as their constructors build them; no database. */
final class SuggestionServicesFixture {

	static final byte[] SECRET = "a-unit-test-server-secret-of-32-bytes".getBytes(StandardCharsets.US_ASCII);
	static final Scope SCOPE = new Scope(SiteMember.COMPANY, SiteMember.SITE);

	final SiteMember alex = SiteMember.staff("user-alex");
	final SiteMember casey = SiteMember.staff("user-casey");
	final SiteMember lee = SiteMember.withRole("user-lee", PeerVoiceRole.PEER_VOICE_LEADERSHIP);
	final SiteMember admin = SiteMember.withRole("user-admin", PeerVoiceRole.SITE_ADMINISTRATOR);
	final SiteMember guest = SiteMember.guest();

	final MovableClock clock = new MovableClock(Instant.parse("2026-11-23T14:37:21.123Z"));
	final DirectUnitOfWork unitOfWork = new DirectUnitOfWork();
	final InMemorySuggestions repository = new InMemorySuggestions();
	final List<AuditEvent> audit = new ArrayList<>();
	final List<NotificationEvent> published = new ArrayList<>();
	final AnonymousWriting anonymity;
	final SuggestionBoard board;
	final SuggestionReview review;
	final SuggestionThreads threads;
	final SuggestionReceipts receipts;
	final SuggestionSettingsService settings;

	SuggestionServicesFixture() {
		this(FloodLimit.anonymousSubmissions(new MovableClock(Instant.EPOCH)));
	}

	SuggestionServicesFixture(FloodLimit anonymousSubmissions) {
		anonymity = new AnonymousWriting(() -> SECRET.clone(), anonymousSubmissions, FloodLimit.receiptChecksPerPerson(clock),
			FloodLimit.receiptChecksPerNode(clock));
		board = new SuggestionBoard(unitOfWork, repository, anonymity, clock, published::add);
		review = new SuggestionReview(unitOfWork, repository, audit::add, anonymity, clock, published::add);
		threads = new SuggestionThreads(unitOfWork, repository, anonymity, clock, published::add);
		// no mixer: these tests never ask when an unmixed write will be mixed
		receipts = new SuggestionReceipts(unitOfWork, repository, anonymity, clock, null);
		settings = new SuggestionSettingsService(unitOfWork, repository);
	}

	static FloodLimit oneAnonymousSubmission(MovableClock clock) {
		return new FloodLimit(clock, 1, Duration.ofHours(1));
	}

	/** Items go on the board at once (no review first). */
	SuggestionServicesFixture publishingImmediately() {
		repository.addSettings(new SiteSuggestionSettings(SCOPE,
			new SuggestionSettings(Publication.IMMEDIATE, SuggestionSettings.defaults().getCategories())));
		return this;
	}

	String named(SiteMember writer, String title) {
		return board.submit(writer, SiteMember.SITE, new SuggestionDraft(title, "Some words about it.", "other", false, false))
			.getSuggestion().getId();
	}

	Suggestion stored(String id) {
		return repository.suggestions.get(id);
	}

}
