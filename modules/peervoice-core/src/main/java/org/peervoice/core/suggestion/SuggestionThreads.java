package org.peervoice.core.suggestion;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.peervoice.core.anonymity.AnonymousWriting;
import org.peervoice.core.kernel.FieldErrors;
import org.peervoice.core.kernel.Identity;
import org.peervoice.core.kernel.NotPermitted;
import org.peervoice.core.kernel.Permission;
import org.peervoice.core.kernel.TextLimits;
import org.peervoice.core.kernel.UnitOfWork;
import org.peervoice.core.kernel.UserText;
import org.peervoice.core.notification.DigestEntry;
import org.peervoice.core.notification.NotificationEvent;
import org.peervoice.core.notification.NotificationType;
import org.peervoice.core.notification.Notifier;
import org.peervoice.core.privacy.PrivacyScreen;

/**
 * The private thread between a suggestion's writer and its reviewers: reading it, a named
 * writer's or a reviewer's message, and an anonymous writer's reply with the receipt.
 */
public final class SuggestionThreads {

	private final UnitOfWork unitOfWork;
	private final SuggestionRepository suggestions;
	private final AnonymousWriting anonymity;
	private final Clock clock;
	private final PrivacyScreen privacyScreen;
	private final SuggestionAccess access;
	private final Notifier notifier;

	public SuggestionThreads(UnitOfWork unitOfWork, AnonymousWriting anonymity, Clock clock, Notifier notifier) {
		this(unitOfWork, new JpaSuggestionRepository(unitOfWork), anonymity, clock, notifier);
	}

	SuggestionThreads(UnitOfWork unitOfWork, SuggestionRepository suggestions, AnonymousWriting anonymity, Clock clock, Notifier notifier) {
		this.notifier = notifier;
		this.unitOfWork = unitOfWork;
		this.suggestions = suggestions;
		this.anonymity = anonymity;
		this.clock = clock;
		this.privacyScreen = new PrivacyScreen();
		this.access = new SuggestionAccess(suggestions, anonymity, clock);
	}

	/** The thread as reviewers and the named writer see it: messages reach reviewers once mixed. */
	public List<ThreadMessageView> thread(Identity who, String id) {
		return unitOfWork.inTransaction(() -> {
			SuggestionAccess.Located located = access.locateVisible(who, id);
			if (!located.actor.can(Permission.REVIEW) && !located.isWriter()) {
				throw new NotPermitted(Permission.REVIEW);
			}
			List<SuggestionMessage> visible = suggestions.messagesOf(id).stream().filter(SuggestionMessage::isMixed).collect(Collectors.toList());
			if (!located.isWriter()) {
				// the review queue's "writer replied" mark counts from here for this reviewer
				visible.stream().mapToInt(SuggestionMessage::position).max()
					.ifPresent(last -> suggestions.markThreadRead(id, located.actor.requireUserKey(), last));
			}
			return visible.stream().map(SuggestionMessage::view).collect(Collectors.toList());
		});
	}

	public ThreadMessageView postMessage(Identity who, String id, String message) {
		return postMessage(who, id, message, false);
	}

	public ThreadMessageView postMessage(Identity who, String id, String message, boolean confirmPrivacyWarnings) {
		return unitOfWork.inTransaction(() -> {
			String text = requireMessage(message);
			SuggestionAccess.Located located = access.locateVisible(who, id);
			Suggestion suggestion = located.suggestion;
			SuggestionAccess.requireNotWithdrawn(suggestion);
			if (!located.isWriter()) {
				located.actor.require(Permission.RESPOND);
			}
			privacyScreen.requireConfirmedOrClean(Map.of("message", text), confirmPrivacyWarnings);
			Instant now = clock.instant();
			SuggestionMessage posted;
			if (located.isWriter()) {
				posted = SuggestionMessage.fromIdentifiedWriter(id, text, located.actor.requireUserKey(), located.actor.displayName(), now);
				notifier.publish(NotificationEvent.forReviewers(DigestEntry.WRITER_REPLY, suggestion.scope(), id, now));
			}
			else {
				posted = SuggestionMessage.fromReviewer(id, text, located.actor.requireUserKey(), located.actor.displayName(), now);
				suggestion.respondedAt(now);
				if (!suggestion.isAnonymous() && !suggestion.authorKey().equals(located.actor.requireUserKey())) {
					notifier.publish(NotificationEvent.forPerson(NotificationType.SUGGESTION_MESSAGE, suggestion.scope(), id, suggestion.authorKey(),
						null, now));
				}
			}
			suggestions.addMessage(posted);
			suggestions.flush();
			return posted.view();
		});
	}

	public ThreadMessageView replyWithReceipt(Identity who, String receipt, String message) {
		return replyWithReceipt(who, receipt, message, false);
	}

	public ThreadMessageView replyWithReceipt(Identity who, String receipt, String message, boolean confirmPrivacyWarnings) {
		anonymity.admitReceiptCheck(who);
		return unitOfWork.inTransaction(() -> {
			String text = requireMessage(message);
			SuggestionAccess.Located located = access.locateByReceipt(who, receipt);
			SuggestionAccess.requireNotWithdrawn(located.suggestion);
			privacyScreen.requireConfirmedOrClean(Map.of("message", text), confirmPrivacyWarnings);
			// no event here: reviewers, and their digest, learn of the reply at its mixing point (SuggestionMixing)
			SuggestionMessage posted = SuggestionMessage.fromAnonymousWriter(located.suggestion.id(), text, clock.instant());
			suggestions.addMessage(posted);
			return posted.view();
		});
	}

	private static String requireMessage(String message) {
		FieldErrors errors = new FieldErrors();
		String text = UserText.require(errors, "message", message, TextLimits.MESSAGE);
		errors.throwIfAny();
		return text;
	}

}
