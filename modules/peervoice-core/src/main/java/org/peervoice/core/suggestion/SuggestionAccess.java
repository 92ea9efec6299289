package org.peervoice.core.suggestion;

import java.time.Clock;

import org.peervoice.core.anonymity.AnonymousWriting;
import org.peervoice.core.kernel.Actor;
import org.peervoice.core.kernel.Conflict;
import org.peervoice.core.kernel.Identity;
import org.peervoice.core.kernel.Permission;
import org.peervoice.core.kernel.Scope;
import org.peervoice.core.kernel.UnknownItem;

/**
 * Finds a suggestion for a caller and checks what the caller may do with it; the steps the
 * suggestion use cases share. Runs inside their unit of work.
 */
final class SuggestionAccess {

	private final SuggestionRepository suggestions;
	private final AnonymousWriting anonymity;
	private final Clock clock;

	SuggestionAccess(SuggestionRepository suggestions, AnonymousWriting anonymity, Clock clock) {
		this.suggestions = suggestions;
		this.anonymity = anonymity;
		this.clock = clock;
	}

	// An item not mixed yet is known only to its receipt (byReceipt): reviewers see anonymous writes once mixed.
	Located locate(Identity who, String id) {
		Suggestion suggestion = suggestions.find(id)
			.filter(candidate -> candidate.belongsTo(who.companyId()))
			.filter(Suggestion::isMixed)
			.orElseThrow(() -> new UnknownItem("No such suggestion."));
		return new Located(actorFor(who, suggestion), suggestion);
	}

	// An item of a site the caller cannot see is answered exactly like an item that does not exist, so the answer
	// tells neither that it exists nor where.
	static Actor actorFor(Identity who, Suggestion suggestion) {
		try {
			return who.actorIn(suggestion.siteId());
		}
		catch (UnknownItem siteNotVisible) {
			throw new UnknownItem("No such suggestion.");
		}
	}

	Located locateVisible(Identity who, String id) {
		Located located = locate(who, id);
		located.actor.require(Permission.VIEW);
		Suggestion suggestion = located.suggestion;
		boolean onBoard = suggestion.isPublished() && suggestion.status() != SuggestionStatus.WITHDRAWN;
		if (!onBoard && !located.actor.can(Permission.REVIEW) && !located.isWriter()) {
			throw new UnknownItem("No such suggestion.");
		}
		return located;
	}

	// No lock on the suggestion: a vote must not write its row (docs/privacy.md); one vote per person is the unique key's.
	Located locateForVoting(Identity who, String id) {
		Located located = locateVisible(who, id);
		located.actor.require(Permission.VOTE);
		if (!located.suggestion.isPublished() || !located.suggestion.status().isOpen()) {
			throw new Conflict("Votes are only taken on published, open suggestions.");
		}
		return located;
	}

	Located locateForReviewer(Identity who, String id, Permission permission) {
		Located located = locate(who, id);
		located.actor.require(permission);
		return located;
	}

	/** Call {@link AnonymousWriting#admitReceiptCheck} first, outside the unit of work. */
	Located locateByReceipt(Identity who, String receipt) {
		Suggestion suggestion = anonymity.findByReceipt(receipt, suggestions::findByReceiptLocator, Suggestion::receiptHash)
			.filter(found -> found.belongsTo(who.companyId()))
			.orElseThrow(() -> new UnknownItem("No suggestion has this receipt."));
		Actor actor = who.actorIn(suggestion.siteId());
		actor.require(Permission.VIEW);
		return new Located(actor, suggestion);
	}

	void withdraw(Suggestion suggestion) {
		SuggestionStatus from = suggestion.status();
		suggestion.withdraw();
		suggestions.addTransition(SuggestionTransition.byWriter(suggestion.id(), from, SuggestionStatus.WITHDRAWN,
			suggestion.isAnonymous(), clock.instant()));
		suggestions.flush();
	}

	static void requireNotWithdrawn(Suggestion suggestion) {
		if (suggestion.status() == SuggestionStatus.WITHDRAWN) {
			throw new Conflict("This suggestion was withdrawn.");
		}
	}

	SuggestionSettings settingsOf(Scope scope) {
		return SuggestionSettingsService.current(suggestions, scope);
	}

	/** A suggestion with the caller, as an actor of the suggestion's site. */
	static final class Located {

		final Actor actor;
		final Suggestion suggestion;

		Located(Actor actor, Suggestion suggestion) {
			this.actor = actor;
			this.suggestion = suggestion;
		}

		boolean isWriter() {
			return actor.userKey().map(suggestion::isWrittenBy).orElse(false);
		}

	}

}
