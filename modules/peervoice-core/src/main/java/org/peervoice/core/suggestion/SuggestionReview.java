package org.peervoice.core.suggestion;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.peervoice.core.anonymity.AnonymousWriting;
import org.peervoice.core.audit.AuditEvent;
import org.peervoice.core.audit.AuditLog;
import org.peervoice.core.audit.JpaAuditLog;
import org.peervoice.core.kernel.FieldErrors;
import org.peervoice.core.kernel.Identity;
import org.peervoice.core.kernel.Permission;
import org.peervoice.core.kernel.TextFault;
import org.peervoice.core.kernel.TextLimits;
import org.peervoice.core.kernel.UnitOfWork;
import org.peervoice.core.kernel.UserText;
import org.peervoice.core.notification.NotificationEvent;
import org.peervoice.core.notification.NotificationType;
import org.peervoice.core.notification.Notifier;
import org.peervoice.core.privacy.PrivacyScreen;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What reviewers do to a suggestion: respond publicly (with or without a new status), publish,
 * redact (audited). Every method requires RESPOND and runs in one unit of work.
 */
public final class SuggestionReview {

	static final String REDACT_ACTION = "suggestion.redact";

	private static final Logger LOG = LoggerFactory.getLogger(SuggestionReview.class);

	private final UnitOfWork unitOfWork;
	private final SuggestionRepository suggestions;
	private final AuditLog auditLog;
	private final Clock clock;
	private final PrivacyScreen privacyScreen;
	private final SuggestionAccess access;
	private final SuggestionViews views;
	private final Notifier notifier;

	public SuggestionReview(UnitOfWork unitOfWork, AnonymousWriting anonymity, Clock clock, Notifier notifier) {
		this(unitOfWork, new JpaSuggestionRepository(unitOfWork), new JpaAuditLog(unitOfWork), anonymity, clock, notifier);
	}

	SuggestionReview(UnitOfWork unitOfWork, SuggestionRepository suggestions, AuditLog auditLog, AnonymousWriting anonymity, Clock clock,
		Notifier notifier) {
		this.notifier = notifier;
		this.unitOfWork = unitOfWork;
		this.suggestions = suggestions;
		this.auditLog = auditLog;
		this.clock = clock;
		this.privacyScreen = new PrivacyScreen();
		this.access = new SuggestionAccess(suggestions, anonymity, clock);
		this.views = new SuggestionViews(suggestions, anonymity, privacyScreen, clock);
	}

	public SuggestionView respond(Identity who, String id, SuggestionStatus statusOrNull, String message) {
		return respond(who, id, statusOrNull, message, false);
	}

	/**
	 * A public response; it is screened, and so is the item when the response publishes it, unless the reviewer
	 * confirms the warnings.
	 */
	public SuggestionView respond(Identity who, String id, SuggestionStatus statusOrNull, String message, boolean confirmPrivacyWarnings) {
		return unitOfWork.inTransaction(() -> {
			SuggestionAccess.Located located = access.locateForReviewer(who, id, Permission.RESPOND);
			Suggestion suggestion = located.suggestion;
			FieldErrors errors = new FieldErrors();
			String text = UserText.optional(errors, "message", message, TextLimits.MESSAGE);
			errors.throwIfAny();
			if (text.isEmpty() && (statusOrNull == null || statusOrNull.needsMessage())) {
				errors.add("message", TextFault.REQUIRED.code(), statusOrNull == null
					? "is required when no status is given" : "is required to move a suggestion to " + statusOrNull);
				errors.throwIfAny();
			}
			if (!text.isEmpty()) {
				Map<String, String> screened = suggestion.isPublished() ? new LinkedHashMap<>()
					: SuggestionViews.titleAndBody(suggestion.title(), suggestion.body());
				screened.put("message", text);
				privacyScreen.requireConfirmedOrClean(screened, confirmPrivacyWarnings);
			}
			Instant now = clock.instant();
			String reviewerKey = located.actor.requireUserKey();
			if (statusOrNull != null) {
				SuggestionStatus from = suggestion.status();
				suggestion.moveTo(statusOrNull);
				suggestions.addTransition(SuggestionTransition.byReviewer(id, from, statusOrNull, reviewerKey,
					located.actor.displayName(), now));
			}
			if (!text.isEmpty()) {
				suggestion.publish();
				suggestion.respondedAt(now);
				suggestions.addResponse(new SuggestionResponse(id, statusOrNull, text, reviewerKey, located.actor.displayName(), now));
			}
			notifyWriter(suggestion, reviewerKey, text.isEmpty() ? NotificationType.SUGGESTION_STATUS : NotificationType.SUGGESTION_RESPONSE,
				statusOrNull == null ? null : statusOrNull.name(), now);
			suggestions.flush();
			LOG.info("Suggestion {} answered, status {}", id, suggestion.status());
			return views.view(located.actor, suggestion);
		});
	}

	// An identified writer learns of it; an anonymous one reads it with the receipt, and nobody notifies the reviewer of their own act.
	private void notifyWriter(Suggestion suggestion, String reviewerKey, NotificationType type, String detail, Instant now) {
		if (!suggestion.isAnonymous() && suggestion.authorKey() != null && !suggestion.authorKey().equals(reviewerKey)) {
			notifier.publish(NotificationEvent.forPerson(type, suggestion.scope(), suggestion.id(), suggestion.authorKey(), detail, now));
		}
	}

	public SuggestionView publish(Identity who, String id) {
		return publish(who, id, false);
	}

	/** Publishing an item whose text the screen flags needs the reviewer's confirmation (they have seen the findings). */
	public SuggestionView publish(Identity who, String id, boolean confirmPrivacyWarnings) {
		return unitOfWork.inTransaction(() -> {
			SuggestionAccess.Located located = access.locateForReviewer(who, id, Permission.RESPOND);
			if (!located.suggestion.isPublished()) {
				privacyScreen.requireConfirmedOrClean(SuggestionViews.titleAndBody(located.suggestion.title(), located.suggestion.body()),
					confirmPrivacyWarnings);
			}
			located.suggestion.publish();
			suggestions.flush();
			LOG.info("Suggestion {} published", id);
			return views.view(located.actor, located.suggestion);
		});
	}

	public SuggestionView redact(Identity who, String id, String title, String body) {
		return unitOfWork.inTransaction(() -> {
			SuggestionAccess.Located located = access.locateForReviewer(who, id, Permission.RESPOND);
			FieldErrors errors = new FieldErrors();
			String newTitle = UserText.requireLine(errors, "title", title, TextLimits.SUGGESTION_TITLE);
			String newBody = UserText.require(errors, "body", body, TextLimits.SUGGESTION_BODY);
			errors.throwIfAny();
			located.suggestion.redact(newTitle, newBody);
			auditLog.record(new AuditEvent(located.actor, REDACT_ACTION, id, clock.instant()));
			suggestions.flush();
			LOG.info("Suggestion {} redacted", id);
			return views.view(located.actor, located.suggestion);
		});
	}

}
