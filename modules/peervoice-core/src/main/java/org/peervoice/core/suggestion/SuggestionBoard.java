package org.peervoice.core.suggestion;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.peervoice.core.anonymity.AnonymousWriting;
import org.peervoice.core.anonymity.AnonymousWriting.IssuedReceipt;
import org.peervoice.core.kernel.Actor;
import org.peervoice.core.kernel.Conflict;
import org.peervoice.core.kernel.FieldErrors;
import org.peervoice.core.kernel.Identity;
import org.peervoice.core.kernel.InvalidInput;
import org.peervoice.core.kernel.NotPermitted;
import org.peervoice.core.kernel.Page;
import org.peervoice.core.kernel.PageRequest;
import org.peervoice.core.kernel.Permission;
import org.peervoice.core.kernel.TextLimits;
import org.peervoice.core.kernel.UnitOfWork;
import org.peervoice.core.kernel.UnknownItem;
import org.peervoice.core.kernel.UserText;
import org.peervoice.core.notification.DigestEntry;
import org.peervoice.core.notification.NotificationEvent;
import org.peervoice.core.notification.Notifier;
import org.peervoice.core.privacy.PrivacyScreen;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The board as writers and readers use it: submitting (named or anonymous), listing, reading one
 * suggestion, voting, and the writer's withdrawal. Every method checks the caller's permissions
 * and runs in one unit of work. Nothing about anonymous writers is logged.
 */
public final class SuggestionBoard {

	private static final Logger LOG = LoggerFactory.getLogger(SuggestionBoard.class);

	private final UnitOfWork unitOfWork;
	private final SuggestionRepository suggestions;
	private final AnonymousWriting anonymity;
	private final Clock clock;
	private final PrivacyScreen privacyScreen;
	private final SuggestionAccess access;
	private final SuggestionViews views;
	private final Notifier notifier;

	public SuggestionBoard(UnitOfWork unitOfWork, AnonymousWriting anonymity, Clock clock, Notifier notifier) {
		this(unitOfWork, new JpaSuggestionRepository(unitOfWork), anonymity, clock, notifier);
	}

	SuggestionBoard(UnitOfWork unitOfWork, SuggestionRepository suggestions, AnonymousWriting anonymity, Clock clock, Notifier notifier) {
		this.notifier = notifier;
		this.unitOfWork = unitOfWork;
		this.suggestions = suggestions;
		this.anonymity = anonymity;
		this.clock = clock;
		this.privacyScreen = new PrivacyScreen();
		this.access = new SuggestionAccess(suggestions, anonymity, clock);
		this.views = new SuggestionViews(suggestions, anonymity, privacyScreen, clock);
	}

	public SubmittedSuggestion submit(Identity who, long siteId, SuggestionDraft draft) {
		return unitOfWork.inTransaction(() -> {
			Actor actor = who.actorIn(siteId);
			actor.require(Permission.SUBMIT);
			String userKey = actor.requireUserKey();
			SuggestionSettings settings = access.settingsOf(actor.scope());
			FieldErrors errors = new FieldErrors();
			String title = UserText.requireLine(errors, "title", draft.getTitle(), TextLimits.SUGGESTION_TITLE);
			String body = UserText.require(errors, "body", draft.getBody(), TextLimits.SUGGESTION_BODY);
			if (draft.getCategory() == null || !settings.hasCategory(draft.getCategory())) {
				errors.add("category", "unknown-category", "must be one of this site's categories");
			}
			errors.throwIfAny();
			privacyScreen.requireConfirmedOrClean(SuggestionViews.titleAndBody(title, body), draft.isConfirmPrivacyWarnings());
			boolean published = settings.getPublication() == Publication.IMMEDIATE;
			Instant now = clock.instant();
			if (draft.isAnonymous()) {
				IssuedReceipt receipt = anonymity.admitSubmission(actor.scope().companyId(), userKey);
				Suggestion suggestion = Suggestion.anonymous(actor.scope(), title, body, draft.getCategory(), published,
					receipt.locator(), receipt.hash(), now);
				suggestions.store(suggestion);
				return new SubmittedSuggestion(views.view(actor, suggestion, receipt.text()), receipt.text());
			}
			Suggestion suggestion = Suggestion.identified(actor.scope(), title, body, draft.getCategory(), published, userKey,
				actor.displayName(), now);
			suggestions.store(suggestion);
			// an anonymous item reaches reviewers, and their digest, at its mixing point (SuggestionMixing)
			notifier.publish(NotificationEvent.forReviewers(DigestEntry.NEW_ITEM, actor.scope(), suggestion.id(), now));
			LOG.info("Suggestion {} submitted in site {}", suggestion.id(), siteId);
			return new SubmittedSuggestion(views.view(actor, suggestion), null);
		});
	}

	public Page<SuggestionView> list(Identity who, long siteId, SuggestionQuery query, PageRequest page) {
		return unitOfWork.inTransaction(() -> {
			Listing listing = listing(who, siteId, query);
			return listing.page(page);
		});
	}

	/** A page of the list and, in the same transaction, how many items each status holds under the other filters. */
	public SuggestionList listWithCounts(Identity who, long siteId, SuggestionQuery query, PageRequest page) {
		return unitOfWork.inTransaction(() -> {
			Listing listing = listing(who, siteId, query);
			return new SuggestionList(listing.page(page),
				suggestions.countByStatus(listing.actor.scope(), query, listing.authorKey));
		});
	}

	private Listing listing(Identity who, long siteId, SuggestionQuery query) {
		Actor actor = who.actorIn(siteId);
		actor.require(Permission.VIEW);
		String authorKey = null;
		if (query.getView() == SuggestionQuery.View.QUEUE) {
			actor.require(Permission.REVIEW);
		}
		else if (query.isNeedsFirstResponse()) {
			// a private message to the writer answers an item too: outside the queue the filter would show it
			throw new InvalidInput(Map.of("needsFirstResponse", "is for the review queue only (view=queue)"));
		}
		if (query.getView() == SuggestionQuery.View.MINE) {
			authorKey = actor.requireUserKey();
		}
		return new Listing(actor, query, authorKey);
	}

	private final class Listing {

		private final Actor actor;
		private final SuggestionQuery query;
		private final String authorKey;

		Listing(Actor actor, SuggestionQuery query, String authorKey) {
			this.actor = actor;
			this.query = query;
			this.authorKey = authorKey;
		}

		Page<SuggestionView> page(PageRequest page) {
			List<SuggestionView> items = views.views(actor, suggestions.list(actor.scope(), query, authorKey, page));
			return Page.of(items, page, suggestions.count(actor.scope(), query, authorKey));
		}

	}

	public SuggestionView get(Identity who, String id) {
		return unitOfWork.inTransaction(() -> {
			SuggestionAccess.Located located = access.locateVisible(who, id);
			return views.view(located.actor, located.suggestion);
		});
	}

	public VoteTally vote(Identity who, String id) {
		return unitOfWork.inTransaction(() -> {
			SuggestionAccess.Located located = access.locateForVoting(who, id);
			if (located.isWriter()) {
				throw new Conflict("You cannot vote for your own suggestion.");
			}
			Suggestion suggestion = located.suggestion;
			String userKey = located.actor.requireUserKey();
			String voterHash = anonymity.voterHash(suggestion.companyId(), suggestion.siteId(), id, userKey);
			for (String earlier : anonymity.voterHashes(suggestion.companyId(), suggestion.siteId(), id, userKey)) {
				if (suggestions.hasVote(id, earlier)) {
					throw new Conflict("You already voted for this suggestion.");
				}
			}
			suggestions.addVote(new SuggestionVote(id, voterHash));
			return new VoteTally(suggestions.voteCounts(List.of(id)).getOrDefault(id, 0L), true);
		});
	}

	public void retractVote(Identity who, String id) {
		unitOfWork.run(() -> {
			SuggestionAccess.Located located = access.locateForVoting(who, id);
			Suggestion suggestion = located.suggestion;
			boolean removed = false;
			for (String candidate : anonymity.voterHashes(suggestion.companyId(), suggestion.siteId(), id, located.actor.requireUserKey())) {
				removed = suggestions.removeVote(id, candidate) || removed;
			}
			if (!removed) {
				throw new UnknownItem("You have not voted for this suggestion.");
			}
		});
	}

	/** The named writer's withdrawal; an anonymous writer withdraws with the receipt ({@link SuggestionReceipts}). */
	public SuggestionView withdraw(Identity who, String id) {
		return unitOfWork.inTransaction(() -> {
			SuggestionAccess.Located located = access.locateVisible(who, id);
			if (!located.isWriter()) {
				throw new NotPermitted("Only the writer can withdraw a suggestion.");
			}
			access.withdraw(located.suggestion);
			LOG.info("Suggestion {} withdrawn by its writer", id);
			return views.view(located.actor, located.suggestion);
		});
	}

}
