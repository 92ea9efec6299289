package org.peervoice.core.recognition;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.peervoice.core.kernel.Actor;
import org.peervoice.core.kernel.Scope;
import org.peervoice.core.kernel.SiteAnswers;
import org.peervoice.core.kernel.SiteRevisions;

/**
 * The board's feed pages kept on each node under its sites' board revisions ({@link #REVISIONS}, the shared mechanism of
 * {@link SiteRevisions}: docs/architecture.md, "Per-node answers under site revisions"), and what is the feed's own.
 * A site's row holds two counters: the board revision ({@link #BOARD}: recognitions, recipient rows, the comments the
 * board shows, the settings) and the celebrations revision ({@link #CELEBRATIONS}: a celebration, or the bulk delete
 * that undoes it, changes nothing of a page but its celebrations, which are then read again alone). A page is keyed by
 * everything its rows depend on: company and site, the {@link FeedQuery} (value, person and role, and the period's
 * start, which {@link RecognitionBoard#board} rounds up to the second so that a kept page never holds a recognition
 * older than its period), the page and its size. Nothing of a viewer is in a kept page: it holds the rows the database
 * gave at that revision (each recognition, all its recipient rows, the comments the board shows, the celebrations as
 * the database counted them and who celebrated), and each request has {@link RecognitionViews}, the one place that
 * decides who sees what, make the page for its viewer from them, as it does from rows just read: the giver sees the
 * recipients who hid it, a recipient their own consent, a moderator the reason, everyone whether they celebrated it
 * and which comments are theirs, and nobody another's.
 */
final class FeedAnswers {

	/** The board revision's counter: what a page's rows depend on. */
	static final int BOARD = 0;
	/** The celebrations revision's counter: what only a page's celebrations depend on. */
	static final int CELEBRATIONS = 1;
	/** The sites' board and celebrations revisions (V22); the site state's detail is the celebrations revision. */
	static final SiteRevisions<Long, Answer> REVISIONS = new SiteRevisions<>("PV_RECOGNITION_BOARD_REVISION", "revision",
		"celebrations");
	/** Set by the benchmark only (and a test's reference node), to measure without it: nothing is weaker without, only slower. */
	static final String BENCHMARK_OFF = "peervoice.bench.feedAnswersOff";

	private FeedAnswers() {
	}

	static boolean isOn() {
		return !Boolean.getBoolean(BENCHMARK_OFF);
	}

	/** A recognition, a recipient row or the settings of {@code scope} were written (called by their JPA callbacks). */
	static void touched(Scope scope) {
		REVISIONS.touched(BOARD, scope);
	}

	/** A comment of the recognition was written: its site is looked up once the changes are written. */
	static void touchedRecognition(String recognitionId) {
		REVISIONS.touched(BOARD, entityManager -> siteOf(entityManager, recognitionId));
	}

	/** A celebration of the recognition was written or undone: its site's celebrations revision is incremented. */
	static void celebrated(String recognitionId) {
		REVISIONS.touched(CELEBRATIONS, entityManager -> siteOf(entityManager, recognitionId));
	}

	private static Scope siteOf(EntityManager entityManager, String recognitionId) {
		// in the persistence context already (the service read it to check the viewer may see it)
		Recognition recognition = entityManager.find(Recognition.class, recognitionId);
		return recognition == null ? null : recognition.scope();
	}

	/** The site's state as read in the caller's unit of work: its board revision, its celebrations revision as detail. */
	static SiteAnswers.Site<Long> read(EntityManager entityManager, Scope scope, Instant now) {
		long[] revisions = REVISIONS.read(entityManager, scope);
		return new SiteAnswers.Site<>(revisions[BOARD], revisions[CELEBRATIONS], Instant.MAX, now);
	}

	/** The key of a page; {@code since} is the period's start as the board computed it (or null). */
	static List<Object> key(Scope scope, FeedQuery query, Instant since, long offset, int pageSize) {
		return SiteAnswers.key(scope.companyId(), scope.siteId(), query.value(), query.personKey(), query.personKey() == null ? null : query.role(),
			since, offset, pageSize);
	}

	/** One kept page: its recognitions as read at the revision, and whether another page follows. */
	static final class Answer {

		final long revision;
		/** The site's celebrations revision the page's celebrations were read at. */
		final long celebrations;
		final List<Item> items;
		final boolean hasMore;

		Answer(long revision, long celebrations, List<Item> items, boolean hasMore) {
			this.revision = revision;
			this.celebrations = celebrations;
			this.items = items;
			this.hasMore = hasMore;
		}

		List<String> ids() {
			List<String> ids = new ArrayList<>();
			items.forEach(item -> ids.add(item.recognition.id()));
			return ids;
		}

		/** The same page with its celebrations as read again at the site's celebrations revision {@code at}. */
		Answer celebrated(long at, JpaRecognitions.Celebrations counts, Map<String, Set<String>> reactors) {
			List<Item> fresh = new ArrayList<>();
			for (Item item : items) {
				String id = item.recognition.id();
				fresh.add(new Item(item.recognition, item.recipients, item.comments, counts.count(id), reactors.getOrDefault(id, Set.of())));
			}
			return new Answer(revision, at, List.copyOf(fresh), hasMore);
		}

		/** The page as this viewer sees it, decided by {@link RecognitionViews} as for a page read from the database. */
		List<RecognitionView> views(Actor viewer) {
			String viewerKey = viewer.userKey().orElse(null);
			List<RecognitionView> views = new ArrayList<>();
			for (Item item : items) {
				views.add(RecognitionViews.view(viewer, item.recognition, item.recipients, item.comments, item.celebrations,
					viewerKey != null && item.celebratedBy.contains(viewerKey)));
			}
			return views;
		}

	}

	/**
	 * A recognition on a kept page, as the database held it at the revision: the row, all its recipient rows, the comments
	 * the board shows, the celebrations as the database counted them, and who celebrated it. Rows of a unit of work that
	 * has ended (no shared cache: nothing changes them), only ever read, by {@link RecognitionViews}.
	 */
	static final class Item {

		final Recognition recognition;
		final List<RecognitionRecipient> recipients;
		final List<RecognitionComment> comments;
		final long celebrations;
		final Set<String> celebratedBy;

		Item(Recognition recognition, List<RecognitionRecipient> recipients, List<RecognitionComment> comments, long celebrations,
			Set<String> celebratedBy) {
			this.recognition = recognition;
			this.recipients = List.copyOf(recipients);
			this.comments = List.copyOf(comments);
			this.celebrations = celebrations;
			this.celebratedBy = Set.copyOf(celebratedBy);
		}

	}

}
