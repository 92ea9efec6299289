package org.peervoice.core.townhall;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.peervoice.core.anonymity.AnonymousWriting;
import org.peervoice.core.kernel.Actor;
import org.peervoice.core.kernel.UnitOfWork;

/** Makes question views for a caller: vote counts counted by the database, and whether the caller voted. */
final class QuestionViews {

	private final UnitOfWork unitOfWork;
	private final AnonymousWriting anonymity;

	QuestionViews(UnitOfWork unitOfWork, AnonymousWriting anonymity) {
		this.unitOfWork = unitOfWork;
		this.anonymity = anonymity;
	}

	QuestionView view(Actor actor, TownHallQuestion question) {
		return views(actor, List.of(question)).get(0);
	}

	QuestionView withReceipt(TownHallQuestion question, String receipt) {
		return new QuestionView(question, 0, false, false, receipt);
	}

	List<QuestionView> views(Actor actor, List<TownHallQuestion> questions) {
		if (questions.isEmpty()) {
			return List.of();
		}
		List<String> ids = questions.stream().map(TownHallQuestion::id).collect(Collectors.toList());
		Map<String, Long> counts = counts(ids);
		Set<String> voted = votedByMe(actor, questions);
		List<QuestionView> views = new ArrayList<>();
		for (TownHallQuestion question : questions) {
			boolean mine = actor.userKey().map(question::isAskedBy).orElse(false);
			views.add(new QuestionView(question, counts.getOrDefault(question.id(), 0L), voted.contains(question.id()), mine, null));
		}
		return views;
	}

	Map<String, Long> counts(Collection<String> ids) {
		unitOfWork.entityManager().flush();
		List<Object[]> rows = unitOfWork.entityManager()
			.createQuery("SELECT v.questionId, COUNT(v) FROM QuestionVote v WHERE v.questionId IN :ids GROUP BY v.questionId", Object[].class)
			.setParameter("ids", ids).getResultList();
		Map<String, Long> counts = new HashMap<>();
		for (Object[] row : rows) {
			counts.put((String) row[0], ((Number) row[1]).longValue());
		}
		return counts;
	}

	/**
	 * The hashes under which a vote of this person for this question is stored: per question, keyed, and the hashes of
	 * questions merged into it (their voters count once). The one place that says which vote rows are the person's.
	 */
	static Set<String> voteHashes(AnonymousWriting anonymity, TownHallQuestion question, String userKey) {
		return anonymity.mergeableVoteHashes(question.companyId(), question.siteId(), question.townHallId(), question.id(), userKey);
	}

	/** {@link #voteHashes} for several questions of one town hall, per question id. */
	static Map<String, Set<String>> voteHashes(AnonymousWriting anonymity, TownHall townHall, List<TownHallQuestion> questions, String userKey) {
		return anonymity.mergeableVoteHashes(townHall.companyId(), townHall.siteId(), townHall.id(),
			questions.stream().map(TownHallQuestion::id).collect(Collectors.toList()), userKey);
	}

	private Set<String> votedByMe(Actor actor, List<TownHallQuestion> questions) {
		if (actor.isGuest()) {
			return Set.of();
		}
		String userKey = actor.requireUserKey();
		Map<String, String> questionByHash = new HashMap<>();
		for (TownHallQuestion question : questions) {
			for (String hash : voteHashes(anonymity, question, userKey)) {
				questionByHash.put(hash, question.id());
			}
		}
		if (questionByHash.isEmpty()) {
			return Set.of();
		}
		List<Object[]> rows = unitOfWork.entityManager()
			.createQuery("SELECT v.questionId, v.voterHash FROM QuestionVote v WHERE v.questionId IN :ids AND v.voterHash IN :hashes",
				Object[].class)
			.setParameter("ids", questions.stream().map(TownHallQuestion::id).collect(Collectors.toSet()))
			.setParameter("hashes", questionByHash.keySet()).getResultList();
		Set<String> voted = new HashSet<>();
		for (Object[] row : rows) {
			if (row[0].equals(questionByHash.get((String) row[1]))) {
				voted.add((String) row[0]);
			}
		}
		return voted;
	}

}
