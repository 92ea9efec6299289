package org.peervoice.core.recognition;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.peervoice.core.kernel.Actor;
import org.peervoice.core.kernel.Permission;

/**
 * The one place that decides what a viewer sees of a recognition (docs/recognition-board.md, "Who sees what"):
 * <ul>
 * <li>it is <em>on the board</em> when its giver chose the board, no moderator hid it, and at least one recipient lets it
 * show ({@link Consent#SHOWN}); then every site member sees it;</li>
 * <li>its giver and its recipients see it always (private, pending, hidden or moderated);</li>
 * <li>a recipient is named to a viewer only if that recipient lets it show, or the viewer is that recipient or the
 * giver (who chose them, and is never told of their choice): a hidden or unapproved recipient's name appears nowhere
 * else.</li>
 * </ul>
 */
final class RecognitionViews {

	private RecognitionViews() {
	}

	static boolean isOnBoard(Recognition recognition, List<RecognitionRecipient> recipients) {
		return recognition.showsOnBoard(recipients);
	}

	static boolean isInvolved(Recognition recognition, List<RecognitionRecipient> recipients, String viewerKey) {
		return viewerKey != null && (recognition.giverKey().equals(viewerKey) || recipients.stream().anyMatch(r -> r.recipientKey().equals(viewerKey)));
	}

	static boolean canSee(Actor viewer, Recognition recognition, List<RecognitionRecipient> recipients) {
		String viewerKey = viewer.userKey().orElse(null);
		return viewer.can(Permission.VIEW) && (isOnBoard(recognition, recipients) || isInvolved(recognition, recipients, viewerKey));
	}

	static boolean commentsOpen(Recognition recognition, List<RecognitionRecipient> recipients) {
		return !recognition.isModerated() && recipients.stream().noneMatch(RecognitionRecipient::commentsOff);
	}

	static RecognitionView view(Actor viewer, Recognition recognition, List<RecognitionRecipient> recipients, List<RecognitionComment> comments,
		long celebrations, boolean celebratedByMe) {
		String viewerKey = viewer.userKey().orElse(null);
		boolean giver = recognition.giverKey().equals(viewerKey);
		boolean involved = isInvolved(recognition, recipients, viewerKey);
		List<RecipientView> named = new ArrayList<>();
		for (RecognitionRecipient recipient : recipients) {
			boolean me = recipient.recipientKey().equals(viewerKey);
			if (me) {
				named.add(new RecipientView(recipient.recipientName(), true, recipient.consent(), recipient.commentsOff()));
			}
			else if (giver || recipient.isShown()) {
				named.add(new RecipientView(recipient.recipientName(), false, null, null));
			}
		}
		boolean open = commentsOpen(recognition, recipients);
		List<CommentView> shownComments = open ? comments.stream().map(c -> new CommentView(c, viewerKey)).collect(Collectors.toList()) : List.of();
		String reason = involved || viewer.can(Permission.MODERATE) ? recognition.moderationReason() : null;
		// the giver wrote it; anyone else does not read a message that names a recipient who keeps it to themselves
		// (a recognition on the board names nobody hidden, by the board's rule: the feed's items skip the name search)
		boolean withheld = !giver && !recognition.isOnBoard() && recognition.namesARecipientWhoIsNotShown(recipients, viewerKey);
		return new RecognitionView(recognition, giver, named, withheld, giver && recognition.confirmedWarnings(), celebrations, celebratedByMe,
			open, shownComments, reason);
	}

	/** The views of a page of recognitions, with their recipients, comments and celebrations read in three queries. */
	static List<RecognitionView> views(JpaRecognitions recognitions, Actor viewer, List<Recognition> page) {
		List<String> ids = page.stream().map(Recognition::id).collect(Collectors.toList());
		Map<String, List<RecognitionRecipient>> recipients = recognitions.recipientsOf(ids);
		Map<String, List<RecognitionComment>> comments = recognitions.commentsOf(ids);
		JpaRecognitions.Celebrations celebrations = recognitions.celebrationsOf(viewer.userKey().orElse(null), ids);
		List<RecognitionView> views = new ArrayList<>();
		for (Recognition recognition : page) {
			views.add(view(viewer, recognition, recipients.getOrDefault(recognition.id(), List.of()),
				comments.getOrDefault(recognition.id(), List.of()), celebrations.count(recognition.id()), celebrations.byMe(recognition.id())));
		}
		return views;
	}

}
