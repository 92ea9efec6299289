package org.peervoice.core.recognition;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.peervoice.core.audit.AuditEvent;
import org.peervoice.core.audit.AuditLog;
import org.peervoice.core.audit.JpaAuditLog;
import org.peervoice.core.kernel.Actor;
import org.peervoice.core.kernel.Conflict;
import org.peervoice.core.kernel.FieldErrors;
import org.peervoice.core.kernel.Identity;
import org.peervoice.core.kernel.InvalidInput;
import org.peervoice.core.kernel.Permission;
import org.peervoice.core.kernel.UnitOfWork;
import org.peervoice.core.kernel.UnknownItem;
import org.peervoice.core.kernel.UserText;
import org.peervoice.core.notification.NotificationEvent;
import org.peervoice.core.notification.NotificationType;
import org.peervoice.core.notification.Notifier;

/**
 * Leadership's moderation (MODERATE): the open reports, and hiding a board recognition or a comment with a reason.
 * Each hiding is audited under the moderator's name, and the giver, the recipients (and a comment's writer) are told.
 */
public final class RecognitionModeration {

	private final UnitOfWork unitOfWork;
	private final JpaRecognitions recognitions;
	private final RecognitionBoard board;
	private final AuditLog audit;
	private final Notifier notifier;
	private final Clock clock;

	public RecognitionModeration(UnitOfWork unitOfWork, RecognitionBoard board, Notifier notifier, Clock clock) {
		this.unitOfWork = FeedAnswers.REVISIONS.around(unitOfWork);
		this.recognitions = new JpaRecognitions(unitOfWork);
		this.board = board;
		this.audit = new JpaAuditLog(unitOfWork);
		this.notifier = notifier;
		this.clock = clock;
	}

	/** Reported recognitions and comments a moderator has not hidden yet, grouped per item, oldest report first. */
	public List<ReportView> reports(Identity who, long siteId) {
		return unitOfWork.inTransaction(() -> {
			Actor actor = who.actorIn(siteId);
			actor.require(Permission.MODERATE);
			Map<String, List<RecognitionReport>> byItem = new LinkedHashMap<>();
			for (RecognitionReport report : recognitions.openReports(actor.scope())) {
				byItem.computeIfAbsent(report.recognitionId() + "/" + report.commentId(), key -> new ArrayList<>()).add(report);
			}
			List<ReportView> views = new ArrayList<>();
			for (List<RecognitionReport> reports : byItem.values()) {
				RecognitionReport first = reports.get(0);
				Recognition recognition = recognitions.find(actor.scope(), first.recognitionId()).orElse(null);
				// moderators see what the board shows: a recognition its recipients took off the board (one who is named in
				// it hid it, or nobody lets it show) leaves the queue until it is back; there is nothing public to moderate
				if (recognition == null || !recognition.isOnBoard()) {
					continue;
				}
				List<String> reasons = new ArrayList<>();
				reports.stream().map(RecognitionReport::reason).filter(reason -> !reason.isEmpty()).forEach(reasons::add);
				String commentText = first.commentId().isEmpty() ? null
					: recognitions.findComment(recognition, first.commentId()).map(RecognitionComment::text).orElse(null);
				views.add(new ReportView(board.viewOf(actor, recognition), first.commentId().isEmpty() ? null : first.commentId(), commentText,
					reasons));
			}
			return views;
		});
	}

	/** Takes a board recognition off the board for everyone but its giver and recipients, who see the reason. */
	public RecognitionView hideRecognition(Identity who, long siteId, String id, ReasonRequest request) {
		return unitOfWork.inTransaction(() -> {
			Actor actor = who.actorIn(siteId);
			actor.require(Permission.MODERATE);
			String reason = reason(request);
			Recognition recognition = board.visible(actor, id);
			if (recognition.visibility() != Visibility.BOARD) {
				throw RecognitionBoard.unknown();
			}
			if (recognition.isModerated()) {
				throw new Conflict("A moderator has hidden this recognition already.");
			}
			recognition.moderate(reason);
			recognitions.flush();
			Instant now = clock.instant();
			audit.record(new AuditEvent(actor, "recognition-hidden", recognition.id(), now));
			tell(actor, recognition, involved(recognition), "recognition", now);
			return board.viewOf(actor, recognition);
		});
	}

	/** Hides one comment; its writer, the giver and the recipients are told. */
	public RecognitionView hideComment(Identity who, long siteId, String id, String commentId, ReasonRequest request) {
		return unitOfWork.inTransaction(() -> {
			Actor actor = who.actorIn(siteId);
			actor.require(Permission.MODERATE);
			String reason = reason(request);
			Recognition recognition = board.visible(actor, id);
			RecognitionComment comment = recognitions.findComment(recognition, commentId).orElseThrow(() -> new UnknownItem("No such comment."));
			if (comment.isModerated()) {
				throw new Conflict("A moderator has hidden this comment already.");
			}
			comment.moderate(reason);
			recognitions.flush();
			Instant now = clock.instant();
			audit.record(new AuditEvent(actor, "recognition-comment-hidden", comment.id(), now));
			Set<String> told = new LinkedHashSet<>();
			told.add(comment.authorKey());
			told.addAll(involved(recognition));
			tell(actor, recognition, told, "comment", now);
			return board.viewOf(actor, recognition);
		});
	}

	private Set<String> involved(Recognition recognition) {
		Set<String> keys = new LinkedHashSet<>();
		keys.add(recognition.giverKey());
		recognitions.recipientsOf(List.of(recognition.id())).getOrDefault(recognition.id(), List.of())
			.forEach(row -> keys.add(row.recipientKey()));
		return keys;
	}

	private void tell(Actor moderator, Recognition recognition, Set<String> keys, String detail, Instant now) {
		String self = moderator.requireUserKey();
		for (String key : keys) {
			if (!key.equals(self)) {
				notifier.publish(NotificationEvent.forPerson(NotificationType.RECOGNITION_MODERATED, recognition.scope(), recognition.id(), key,
					detail, now));
			}
		}
	}

	private static String reason(ReasonRequest request) {
		if (request == null) {
			throw new InvalidInput("A request body is required.");
		}
		FieldErrors errors = new FieldErrors();
		String reason = UserText.require(errors, "reason", request.getReason(), RecognitionLimits.REASON);
		errors.throwIfAny();
		return reason;
	}

}
