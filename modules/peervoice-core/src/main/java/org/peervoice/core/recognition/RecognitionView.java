package org.peervoice.core.recognition;

import java.time.Instant;
import java.util.List;

/**
 * A recognition as one viewer may see it (built by {@link RecognitionViews}, the only place that decides): only the
 * recipients this viewer may see are named; the message is withheld (null, {@link #isMessageWithheld}) from everyone
 * but its giver when it names a recipient who does not let it show, other than the viewer; the moderation reason only
 * for the giver, the recipients and moderators.
 */
public final class RecognitionView {

	private final String id;
	private final String giverName;
	private final boolean givenByMe;
	private final List<RecipientView> recipients;
	private final String message;
	private final boolean messageWithheld;
	private final List<String> values;
	private final Visibility visibility;
	private final boolean awaitingApproval;
	private final Instant createdAt;
	private final long celebrations;
	private final boolean celebratedByMe;
	private final boolean commentsOpen;
	private final List<CommentView> comments;
	private final String moderationReason;

	RecognitionView(Recognition recognition, boolean givenByMe, List<RecipientView> recipients, boolean messageWithheld, boolean awaitingApproval,
		long celebrations,
		boolean celebratedByMe, boolean commentsOpen, List<CommentView> comments, String moderationReason) {
		this.id = recognition.id();
		this.giverName = recognition.giverName();
		this.givenByMe = givenByMe;
		this.recipients = List.copyOf(recipients);
		this.message = messageWithheld ? null : recognition.message();
		this.messageWithheld = messageWithheld;
		this.values = recognition.values();
		this.visibility = recognition.visibility();
		this.awaitingApproval = awaitingApproval;
		this.createdAt = recognition.createdAt();
		this.celebrations = celebrations;
		this.celebratedByMe = celebratedByMe;
		this.commentsOpen = commentsOpen;
		this.comments = List.copyOf(comments);
		this.moderationReason = moderationReason;
	}

	public String getId() {
		return id;
	}

	public String getGiverName() {
		return giverName;
	}

	public boolean isGivenByMe() {
		return givenByMe;
	}

	public List<RecipientView> getRecipients() {
		return recipients;
	}

	public String getMessage() {
		return message;
	}

	/** Whether the message is left out for this viewer: it names a co-recipient who does not let it show. */
	public boolean isMessageWithheld() {
		return messageWithheld;
	}

	public List<String> getValues() {
		return values;
	}

	public Visibility getVisibility() {
		return visibility;
	}

	/** For the giver: the text was confirmed with warnings, so recipients approve it first. */
	public boolean isAwaitingApproval() {
		return awaitingApproval;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public long getCelebrations() {
		return celebrations;
	}

	public boolean isCelebratedByMe() {
		return celebratedByMe;
	}

	public boolean isCommentsOpen() {
		return commentsOpen;
	}

	public List<CommentView> getComments() {
		return comments;
	}

	/** Why a moderator took it off the board; null when it was not, or for viewers who are not told. */
	public String getModerationReason() {
		return moderationReason;
	}

}
