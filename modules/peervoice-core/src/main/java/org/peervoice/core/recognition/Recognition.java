package org.peervoice.core.recognition;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import javax.persistence.Access;
import javax.persistence.AccessType;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.PostPersist;
import javax.persistence.PostRemove;
import javax.persistence.PostUpdate;
import javax.persistence.Table;
import javax.persistence.Version;

import org.peervoice.core.kernel.Scope;

/**
 * One recognition as its giver wrote it: message, values, the giver's choice of visibility, and whether the giver
 * confirmed text the screen warned about (then every recipient approves it before anyone else sees it). Its recipients
 * are {@link RecognitionRecipient} rows, each with the recipient's own consent.
 */
@Entity
@Access(AccessType.FIELD)
@Table(name = "PV_RECOGNITION")
public class Recognition {

	@Id
	@Column(name = "id", length = 36)
	private String id;

	@Column(name = "company_id", nullable = false)
	private long companyId;

	@Column(name = "site_id", nullable = false)
	private long siteId;

	@Column(name = "giver_key", nullable = false, length = RecognitionLimits.USER_KEY)
	private String giverKey;

	@Column(name = "giver_name", nullable = false, length = RecognitionLimits.NAME)
	private String giverName;

	@Column(name = "message", nullable = false, length = RecognitionLimits.MESSAGE)
	private String message;

	@Column(name = "value_keys", nullable = false, length = ValueLines.LENGTH)
	private String valueKeys;

	@Enumerated(EnumType.STRING)
	@Column(name = "visibility", nullable = false, length = 10)
	private Visibility visibility;

	/**
	 * Whether each recipient must approve it before anyone else sees it: the giver confirmed disclosure warnings, or a
	 * board recognition names a value that tells something about the recipients ({@link RecognitionSettings#DISCLOSING_VALUES}).
	 * The column keeps its first name.
	 */
	@Column(name = "confirmed_warnings", nullable = false)
	private boolean confirmedWarnings;

	@Column(name = "moderation_reason", length = RecognitionLimits.REASON)
	private String moderationReason;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	/**
	 * Whether the board shows it: on the board, not hidden by a moderator, and at least one recipient lets it show. Kept
	 * with every change of those ({@link #showOnBoardWhen}, {@link #moderate}) so that the board and its count read one
	 * indexed column instead of every recipient's consent (docs/benchmarks.md).
	 */
	@Column(name = "on_board", nullable = false)
	private boolean onBoard;

	@Version
	@Column(name = "version", nullable = false)
	private int version;

	protected Recognition() {
	}

	Recognition(Scope scope, String giverKey, String giverName, String message, List<String> values, Visibility visibility,
		boolean confirmedWarnings, Instant now) {
		this.id = UUID.randomUUID().toString();
		this.companyId = scope.companyId();
		this.siteId = scope.siteId();
		this.giverKey = giverKey;
		this.giverName = giverName;
		this.message = message;
		this.valueKeys = ValueLines.join(values);
		this.visibility = visibility;
		this.confirmedWarnings = confirmedWarnings;
		this.createdAt = now;
	}

	public String id() {
		return id;
	}

	Scope scope() {
		return new Scope(companyId, siteId);
	}

	String giverKey() {
		return giverKey;
	}

	String giverName() {
		return giverName;
	}

	String message() {
		return message;
	}

	List<String> values() {
		return ValueLines.split(valueKeys);
	}

	Visibility visibility() {
		return visibility;
	}

	boolean confirmedWarnings() {
		return confirmedWarnings;
	}

	Instant createdAt() {
		return createdAt;
	}

	boolean isModerated() {
		return moderationReason != null;
	}

	String moderationReason() {
		return moderationReason;
	}

	void moderate(String reason) {
		this.moderationReason = reason;
		this.onBoard = false;
	}

	/** After its recipients' consent was given or changed: {@code recipients} are all of them. */
	void showOnBoardWhen(List<RecognitionRecipient> recipients) {
		this.onBoard = showsOnBoard(recipients);
	}

	/**
	 * The board's rule, the one definition of it ({@code recipients} are all of them): the giver chose the board, no
	 * moderator hid it, at least one recipient lets it show, and the message names no recipient who does not (hides it
	 * or has not approved it yet: {@link RecipientMentions}), since the message shows as written.
	 */
	boolean showsOnBoard(List<RecognitionRecipient> recipients) {
		return visibility == Visibility.BOARD && moderationReason == null && recipients.stream().anyMatch(RecognitionRecipient::isShown)
			&& !namesARecipientWhoIsNotShown(recipients, null);
	}

	/**
	 * Whether the message, as written, names a recipient other than {@code viewerKey} (null: anyone) who hides it or has
	 * not approved it ({@link RecipientMentions}): then it is off the board, and co-recipients get it without its message
	 * ({@link RecognitionViews#view}, the certificate), since a hidden recipient's name never shows to others.
	 */
	boolean namesARecipientWhoIsNotShown(List<RecognitionRecipient> recipients, String viewerKey) {
		return recipients.stream().anyMatch(recipient -> !recipient.isShown() && !recipient.recipientKey().equals(viewerKey)
			&& RecipientMentions.names(message, recipient.recipientName()));
	}

	boolean isOnBoard() {
		return onBoard;
	}

	/** The board's revision of its site is incremented with this write ({@link FeedAnswers#REVISIONS}). */
	@PostPersist
	@PostUpdate
	@PostRemove
	void written() {
		FeedAnswers.touched(scope());
	}

}
