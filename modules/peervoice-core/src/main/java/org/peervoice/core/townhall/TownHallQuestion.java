package org.peervoice.core.townhall;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import javax.persistence.Access;
import javax.persistence.AccessType;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.peervoice.core.anonymity.AnonymousWriting;
import org.peervoice.core.kernel.Conflict;

/**
 * A question asked for a town hall. An anonymous one holds no trace of its asker: no user key or name, a time
 * truncated to the day, a random receipt locator and a slow hash of the receipt's secret; it is stored unmixed and
 * appears once the town hall's mixing has rewritten it (TownHallMixing).
 */
@Entity
@Access(AccessType.FIELD)
@Table(name = "PV_TOWN_HALL_QUESTION")
public class TownHallQuestion {

	@Id
	@Column(name = "id", length = 36)
	private String id;

	@Column(name = "town_hall_id", nullable = false, length = 36)
	private String townHallId;

	@Column(name = "company_id", nullable = false)
	private long companyId;

	@Column(name = "site_id", nullable = false)
	private long siteId;

	@Column(name = "question_text", nullable = false, length = 300)
	private String text;

	/** An anonymous asker's new text waiting for the mixing, which makes it the text; null when none waits. */
	@Column(name = "edited_text", length = 300)
	private String editedText;

	@Column(name = "topic", length = 60)
	private String topic;

	@Column(name = "anonymous", nullable = false)
	private boolean anonymous;

	@Column(name = "author_key", length = 75)
	private String authorKey;

	@Column(name = "author_name", length = 200)
	private String authorName;

	@Enumerated(EnumType.STRING)
	@Column(name = "state", nullable = false, length = 20)
	private QuestionState state;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "receipt_locator", length = 16)
	private String receiptLocator;

	@Column(name = "receipt_hash", length = 200)
	private String receiptHash;

	@Enumerated(EnumType.STRING)
	@Column(name = "dismissal_reason", length = 30)
	private DismissalReason dismissalReason;

	@Column(name = "dismissal_text", length = 300)
	private String dismissalText;

	@Column(name = "merged_into", length = 36)
	private String mergedInto;

	@Column(name = "answer_text", length = 2000)
	private String answerText;

	@Column(name = "answered_live", nullable = false)
	private boolean answeredLive;

	@Column(name = "answered_at")
	private Instant answeredAt;

	@Column(name = "corrected", nullable = false)
	private boolean corrected;

	@Column(name = "suggestion_id", length = 36)
	private String suggestionId;

	// FALSE from an anonymous asker's act until the town hall's mixing rewrites the row (Mixer).
	@Column(name = "mixed", nullable = false)
	private boolean mixed;

	@Version
	@Column(name = "version", nullable = false)
	private int version;

	protected TownHallQuestion() {
	}

	private TownHallQuestion(TownHall townHall, String text, String topic, QuestionState state) {
		this.id = UUID.randomUUID().toString();
		this.townHallId = townHall.id();
		this.companyId = townHall.companyId();
		this.siteId = townHall.siteId();
		this.text = text;
		this.topic = topic;
		this.state = state;
	}

	static TownHallQuestion named(TownHall townHall, String text, String topic, QuestionState state, String authorKey,
		String authorName, Instant now) {
		TownHallQuestion question = new TownHallQuestion(townHall, text, topic, state);
		question.authorKey = authorKey;
		question.authorName = authorName;
		question.createdAt = now.truncatedTo(ChronoUnit.SECONDS);
		question.mixed = true;
		return question;
	}

	static TownHallQuestion anonymous(TownHall townHall, String text, String topic, QuestionState state, String receiptLocator,
		String receiptHash, Instant now) {
		TownHallQuestion question = new TownHallQuestion(townHall, text, topic, state);
		question.anonymous = true;
		question.receiptLocator = receiptLocator;
		question.receiptHash = receiptHash;
		question.createdAt = AnonymousWriting.coarsened(now);
		return question;
	}

	private void require(boolean allowed, String what) {
		if (!allowed) {
			throw new Conflict("A " + state + " question cannot be " + what + ".");
		}
	}

	/**
	 * The asker's edit. A named asker's takes effect now. An anonymous asker's waits for the mixing: the question stays
	 * listed as it was (the room, which may have seen who tapped, cannot tell from the list which question was just
	 * edited) and its row is mixed again, so it does not date the edit; the mixing makes the new text the text
	 * ({@link TownHallMixing#EDITS}). Under pre-moderation an OPEN question goes back to PENDING when its new text
	 * takes effect: moderators approve it before attendees or the presenter see it. Its votes stay and count again once
	 * it is approved.
	 */
	void editByAsker(String newText, boolean preModeration) {
		require(state.isChangeableByAsker(), "edited");
		if (anonymous && isListed()) {
			editedText = newText;
			mixed = false;
			return;
		}
		// named, or anonymous and not listed yet (its first mixing will show it as edited)
		text = newText;
		if (preModeration && state == QuestionState.OPEN) {
			state = QuestionState.PENDING;
		}
	}

	/** The text its asker reads: their edit waiting for the mixing, else the text. */
	String textForAsker() {
		return editedText != null ? editedText : text;
	}

	void withdrawByAsker() {
		require(state.isChangeableByAsker(), "withdrawn");
		state = QuestionState.WITHDRAWN;
		editedText = null;
		mixed = !anonymous;
	}

	void approve() {
		require(state == QuestionState.PENDING, "approved");
		state = QuestionState.OPEN;
	}

	void dismiss(DismissalReason reason, String explanation) {
		require(state.isUndecided(), "dismissed");
		state = QuestionState.DISMISSED;
		dismissalReason = reason;
		dismissalText = explanation;
	}

	void mergeInto(String targetId) {
		require(state.isUndecided(), "merged");
		state = QuestionState.MERGED;
		mergedInto = targetId;
	}

	void highlight() {
		require(state == QuestionState.OPEN, "highlighted");
		state = QuestionState.HIGHLIGHTED;
	}

	void unhighlight() {
		require(state == QuestionState.HIGHLIGHTED, "un-highlighted");
		state = QuestionState.OPEN;
	}

	void answer(String writtenAnswer, boolean live, Instant now) {
		require(state.isOpen(), "answered");
		state = QuestionState.ANSWERED;
		answerText = writtenAnswer;
		answeredLive = live;
		answeredAt = now.truncatedTo(ChronoUnit.SECONDS);
	}

	void correct(String correctedText) {
		require(state.isUndecided(), "corrected");
		text = correctedText;
		corrected = true;
	}

	void takenForward(String suggestion) {
		require(state == QuestionState.OPEN, "taken forward");
		state = QuestionState.TAKEN_FORWARD;
		suggestionId = suggestion;
	}

	String id() {
		return id;
	}

	String townHallId() {
		return townHallId;
	}

	long companyId() {
		return companyId;
	}

	long siteId() {
		return siteId;
	}

	String text() {
		return text;
	}

	String topic() {
		return topic;
	}

	boolean isAnonymous() {
		return anonymous;
	}

	String authorKey() {
		return authorKey;
	}

	String authorName() {
		return authorName;
	}

	QuestionState state() {
		return state;
	}

	Instant createdAt() {
		return createdAt;
	}

	String receiptHash() {
		return receiptHash;
	}

	DismissalReason dismissalReason() {
		return dismissalReason;
	}

	String dismissalText() {
		return dismissalText;
	}

	String mergedInto() {
		return mergedInto;
	}

	String answerText() {
		return answerText;
	}

	boolean answeredLive() {
		return answeredLive;
	}

	Instant answeredAt() {
		return answeredAt;
	}

	boolean isCorrected() {
		return corrected;
	}

	String suggestionId() {
		return suggestionId;
	}

	/** {@link #isListed} in SQL, for a question aliased {@code q}. */
	static final String LISTED_SQL = "(q.mixed = TRUE OR q.edited_text IS NOT NULL)";
	/** {@link #isListed} in JPQL, for a question aliased {@code q}. */
	static final String LISTED_JPQL = "(q.mixed = TRUE OR q.editedText IS NOT NULL)";

	/** Whether lists may show it: mixed, or mixed before and listed as it was while its asker's edit waits. */
	boolean isListed() {
		return isListed(mixed, editedText);
	}

	/** {@link #isListed} of a question's columns. */
	static boolean isListed(boolean mixed, String editedText) {
		return mixed || editedText != null;
	}

	boolean isAskedBy(String userKey) {
		return authorKey != null && authorKey.equals(userKey);
	}

}
