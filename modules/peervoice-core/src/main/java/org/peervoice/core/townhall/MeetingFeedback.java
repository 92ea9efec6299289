package org.peervoice.core.townhall;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.peervoice.core.anonymity.AnonymousWriting;
import org.peervoice.core.kernel.Actor;
import org.peervoice.core.kernel.Conflict;
import org.peervoice.core.kernel.ConflictingWrites;
import org.peervoice.core.kernel.FieldErrors;
import org.peervoice.core.kernel.Identity;
import org.peervoice.core.kernel.NotPermitted;
import org.peervoice.core.kernel.Permission;
import org.peervoice.core.kernel.UnitOfWork;
import org.peervoice.core.kernel.UserText;
import org.peervoice.core.privacy.PrivacyScreen;

/**
 * Feedback after a town hall, while it is open: always anonymous, screened like every anonymous text, one per person
 * (a keyed per-town-hall hash); moderators and leadership see the summary under the small-group rule.
 */
public final class MeetingFeedback {

	private final UnitOfWork unitOfWork;
	private final AnonymousWriting anonymity;
	private final Clock clock;
	private final TownHallAccess access;
	private final PrivacyScreen privacyScreen = new PrivacyScreen();
	private final SecureRandom random = new SecureRandom();

	public MeetingFeedback(UnitOfWork unitOfWork, AnonymousWriting anonymity, Clock clock) {
		this.unitOfWork = unitOfWork;
		this.anonymity = anonymity;
		this.clock = clock;
		this.access = new TownHallAccess(unitOfWork, anonymity, clock);
	}

	public void give(Identity who, String townHallId, FeedbackDraft draft) {
		unitOfWork.run(() -> {
			TownHallAccess.Located located = access.locate(who, townHallId);
			located.actor.require(Permission.SUBMIT);
			String userKey = located.actor.requireUserKey();
			TownHall townHall = located.townHall;
			TownHalls.required(draft);
			Instant now = clock.instant();
			if (!townHall.feedbackOpen(now)) {
				throw new Conflict("Feedback is not open for this town hall.");
			}
			FieldErrors errors = new FieldErrors();
			if (draft.getRating() == null || draft.getRating() < 1 || draft.getRating() > 5) {
				errors.add("rating", "invalid-count", "must be 1 to 5");
			}
			if (draft.getAnswered() == null) {
				errors.add("answered", "required", "is required");
			}
			String comment = TownHallContent.blankAsNull(UserText.optional(errors, "comment", draft.getComment(), TownHallLimits.FEEDBACK_COMMENT));
			errors.throwIfAny();
			if (comment != null) {
				privacyScreen.requireConfirmedOrClean(Map.of("comment", comment), draft.isConfirmPrivacyWarnings());
			}
			if (!anonymity.respondentHashes(townHall.companyId(), townHall.siteId(), townHall.id(), userKey).isEmpty()
				&& given(townHall, userKey)) {
				throw new Conflict("You already gave feedback on this town hall.");
			}
			String hash = anonymity.respondentHash(townHall.companyId(), townHall.siteId(), townHall.id(), userKey);
			ConflictingWrites.persistOrConflict(unitOfWork.entityManager(),
				new TownHallFeedback(townHall, hash, draft.getRating(), draft.getAnswered(), comment, now), "You already gave feedback on this town hall.");
		});
	}

	private boolean given(TownHall townHall, String userKey) {
		return !unitOfWork.entityManager()
			.createQuery("SELECT f.id FROM TownHallFeedback f WHERE f.townHallId = :id AND f.respondentHash IN :hashes")
			.setParameter("id", townHall.id())
			.setParameter("hashes", anonymity.respondentHashes(townHall.companyId(), townHall.siteId(), townHall.id(), userKey))
			.setMaxResults(1).getResultList().isEmpty();
	}

	public FeedbackSummary summary(Identity who, String townHallId) {
		return unitOfWork.inTransaction(() -> {
			TownHallAccess.Located located = access.locate(who, townHallId);
			requireModeratorOrLeadership(located.actor);
			return summaryOf(townHallId);
		});
	}

	static void requireModeratorOrLeadership(Actor actor) {
		if (!actor.can(Permission.MODERATE) && !actor.can(Permission.MANAGE_TOWN_HALLS)) {
			actor.require(Permission.MODERATE);
			throw new NotPermitted(Permission.MODERATE);
		}
	}

	/*
	 * Mixed feedback only: counted as it arrived, the summary grew by one response at a time, so a moderator who knew who
	 * had just given feedback learnt their rating, answer and comment from the difference. Feedback has no live deadline:
	 * it joins the summary at the mixing, in a batch with all the feedback of the window (docs/privacy.md).
	 */
	FeedbackSummary summaryOf(String townHallId) {
		List<TownHallFeedback> all = unitOfWork.entityManager()
			.createQuery("SELECT f FROM TownHallFeedback f WHERE f.townHallId = :id AND f.mixed = TRUE", TownHallFeedback.class)
			.setParameter("id", townHallId).getResultList();
		Map<String, Long> ratings = new LinkedHashMap<>();
		for (int rating = 1; rating <= 5; rating++) {
			ratings.put(Integer.toString(rating), 0L);
		}
		Map<String, Long> answered = new LinkedHashMap<>();
		for (TownHallFeedback.Answered value : TownHallFeedback.Answered.values()) {
			answered.put(value.name(), 0L);
		}
		long sum = 0;
		List<String> comments = new ArrayList<>();
		for (TownHallFeedback feedback : all) {
			ratings.merge(Integer.toString(feedback.rating()), 1L, Long::sum);
			answered.merge(feedback.answered().name(), 1L, Long::sum);
			sum += feedback.rating();
			if (feedback.comment() != null) {
				comments.add(feedback.comment());
			}
		}
		Collections.shuffle(comments, random);
		Double average = all.isEmpty() ? null : Math.round(10.0 * sum / all.size()) / 10.0;
		return new FeedbackSummary(all.size(), ratings, answered, average, comments);
	}

}
