package org.peervoice.core.townhall;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.Query;

import org.peervoice.core.anonymity.AnonymousWriting;
import org.peervoice.core.anonymity.AnonymousWriting.IssuedReceipt;
import org.peervoice.core.anonymity.MergeableVote;
import org.peervoice.core.audit.AuditEvent;
import org.peervoice.core.audit.JpaAuditLog;
import org.peervoice.core.kernel.Actor;
import org.peervoice.core.kernel.Conflict;
import org.peervoice.core.kernel.ConflictingWrites;
import org.peervoice.core.kernel.FieldErrors;
import org.peervoice.core.kernel.Identity;
import org.peervoice.core.kernel.InvalidInput;
import org.peervoice.core.kernel.NotPermitted;
import org.peervoice.core.kernel.Page;
import org.peervoice.core.kernel.PageRequest;
import org.peervoice.core.kernel.Problem;
import org.peervoice.core.kernel.Permission;
import org.peervoice.core.kernel.Scope;
import org.peervoice.core.kernel.UnitOfWork;
import org.peervoice.core.kernel.UnknownItem;
import org.peervoice.core.kernel.UserText;
import org.peervoice.core.notification.NotificationEvent;
import org.peervoice.core.notification.NotificationType;
import org.peervoice.core.notification.Notifier;
import org.peervoice.core.privacy.PrivacyScreen;
import org.peervoice.core.suggestion.ForwardedSuggestions;
import org.peervoice.core.suggestion.SuggestionStatus;
import org.peervoice.core.suggestion.VoteTally;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A town hall's questions: asking (named, or anonymous like a suggestion: nothing of the asker stored, its day only, a
 * receipt, the privacy screen, mixing), listing, upvotes (one per person, keyed per question, counted by the database),
 * the asker's edit and withdrawal, and moderation. Every method runs in one unit of work; nothing about anonymous askers
 * is logged.
 */
public final class TownHallQuestions {

	/** How many questions one query loads by id (bind parameters stay few on every database). */
	static final int LOAD_CHUNK = 500;

	/** The orders of a list of questions. */
	public enum Sort {
		POPULAR, RECENT
	}

	static final String CORRECTED_ACTION = "town-hall-question.corrected";
	/**
	 * A write lock on a town hall's row until the transaction ends, the same on every database: HSQLDB in MVCC mode takes
	 * no lock for SELECT ... FOR UPDATE (a PESSIMISTIC_WRITE read), but an update of the row waits for another one's.
	 */
	static final String LOCK_TOWN_HALL = "UPDATE PV_TOWN_HALL SET version = version WHERE id = ?1";
	private static final Logger LOG = LoggerFactory.getLogger(TownHallQuestions.class);
	private static final String OWN_QUESTION = "You cannot vote for your own question.";
	private static final String ALREADY_VOTED = "You already voted for this question.";
	/** Rows of one INSERT of a batch of votes: 4 bind parameters each. */
	static final int INSERT_CHUNK = 100;

	private final UnitOfWork unitOfWork;
	private final AnonymousWriting anonymity;
	private final Clock clock;
	private final TownHallAccess access;
	private final TownHallChanges changes;
	private final QuestionViews views;
	private final PrivacyScreen privacyScreen = new PrivacyScreen();
	private final ForwardedSuggestions suggestionBox;
	private final JpaAuditLog auditLog;
	private final Notifier notifier;
	private final VoteBatches votes = new VoteBatches(TownHallLimits.VOTE_BATCH_MOST, TownHallLimits.VOTE_BATCHES_AT_ONCE, this::writeVotes,
		this::voteAlone);
	private final Random shuffling = new SecureRandom();

	/** @param copies this node's live state of town halls, told of every change after it commits */
	public TownHallQuestions(UnitOfWork unitOfWork, AnonymousWriting anonymity, Clock clock, Notifier notifier, LiveCopies copies) {
		this.notifier = notifier;
		this.unitOfWork = unitOfWork;
		this.anonymity = anonymity;
		this.clock = clock;
		this.access = new TownHallAccess(unitOfWork, anonymity, clock);
		this.changes = new TownHallChanges(unitOfWork, copies);
		this.views = new QuestionViews(unitOfWork, anonymity);
		this.suggestionBox = new ForwardedSuggestions(unitOfWork);
		this.auditLog = new JpaAuditLog(unitOfWork);
	}

	public QuestionView ask(Identity who, String townHallId, QuestionDraft draft) {
		return unitOfWork.inTransaction(() -> {
			TownHallAccess.Located located = access.locate(who, townHallId);
			Actor actor = located.actor;
			actor.require(Permission.SUBMIT);
			String userKey = actor.requireUserKey();
			TownHall townHall = located.townHall;
			TownHalls.required(draft);
			Instant now = clock.instant();
			if (!townHall.questionsOpen(now)) {
				throw new Conflict("Questions are not open for this town hall.");
			}
			FieldErrors errors = new FieldErrors();
			String text = UserText.require(errors, "text", draft.getText(), TownHallLimits.QUESTION);
			String topic = topic(errors, townHall, draft.getTopic());
			if (draft.isAnonymous() && !townHall.anonymousAllowed()) {
				errors.add("anonymous", "not-allowed", "this town hall takes named questions only");
			}
			errors.throwIfAny();
			privacyScreen.requireConfirmedOrClean(Map.of("text", text), draft.isConfirmPrivacyWarnings());
			QuestionState state = townHall.preModeration() ? QuestionState.PENDING : QuestionState.OPEN;
			if (draft.isAnonymous()) {
				IssuedReceipt receipt = anonymity.admitSubmission(townHall.companyId(), userKey);
				TownHallQuestion question = TownHallQuestion.anonymous(townHall, text, topic, state, receipt.locator(), receipt.hash(), now);
				unitOfWork.entityManager().persist(question);
				// it appears, and the live views change, at the town hall's next mixing
				return views.withReceipt(question, receipt.text());
			}
			TownHallQuestion question = TownHallQuestion.named(townHall, text, topic, state, userKey, actor.displayName(), now);
			unitOfWork.entityManager().persist(question);
			QuestionView view = views.view(actor, question);
			// the counter's row last: it is held from its increment until the commit (docs/town-hall.md, "Votes under load")
			changes.bump(townHall.id(), who);
			LOG.info("Question {} asked for town hall {}", question.id(), townHall.id());
			return view;
		});
	}

	private String topic(FieldErrors errors, TownHall townHall, String topic) {
		List<String> topics = townHall.topics();
		if (topic == null || topic.isEmpty()) {
			if (!topics.isEmpty()) {
				errors.add("topic", "required", "must be one of the town hall's topics");
			}
			return null;
		}
		boolean known = topics.isEmpty() ? suggestionBox.isCategory(townHall.scope(), topic) : topics.contains(topic);
		if (!known) {
			errors.add("topic", "unknown-category", topics.isEmpty() ? "must be a category of this site" : "must be one of the town hall's topics");
		}
		return topic;
	}

	public Page<QuestionView> list(Identity who, String townHallId, QuestionState state, Sort sort, String search, PageRequest page) {
		return unitOfWork.inTransaction(() -> {
			TownHallAccess.Located located = access.locate(who, townHallId);
			if (state == QuestionState.PENDING || state == QuestionState.WITHDRAWN) {
				located.actor.require(Permission.MODERATE);
			}
			List<QuestionState> states = state == null ? List.of(QuestionState.OPEN, QuestionState.HIGHLIGHTED) : List.of(state);
			Sort order = sort != null ? sort : state == QuestionState.PENDING ? null : Sort.POPULAR;
			List<TownHallQuestion> found = find(townHallId, states, order, search, (int) page.offset(), page.pageSize());
			long total = count(townHallId, states, search);
			return Page.of(views.views(located.actor, found), page, total);
		});
	}

	/** Up to {@code limit} listed questions of a town hall in these states, for the live view and the export. */
	List<TownHallQuestion> find(String townHallId, List<QuestionState> states, Sort sort, String search, int offset, int limit) {
		return loaded(new ArrayList<>(ranked(townHallId, states, sort, search, offset, limit).keySet()));
	}

	/**
	 * The ids of up to {@code limit} listed questions in their order, each with its vote count: the order and the counts
	 * from the one aggregation of the votes the order needs anyway (the live view used to count the same votes twice).
	 */
	LinkedHashMap<String, Long> ranked(String townHallId, List<QuestionState> states, Sort sort, String search, int offset, int limit) {
		List<String> words = words(search);
		String order = sort == Sort.POPULAR ? " ORDER BY COUNT(v.id) DESC, q.created_at DESC, q.id"
			: sort == Sort.RECENT ? " ORDER BY q.created_at DESC, q.id" : " ORDER BY q.created_at, q.id";
		Query select = unitOfWork.entityManager().createNativeQuery("SELECT q.id, COUNT(v.id) FROM PV_TOWN_HALL_QUESTION q"
			+ " LEFT JOIN PV_TOWN_HALL_VOTE v ON v.question_id = q.id" + where(states, words) + " GROUP BY q.id, q.created_at" + order);
		bind(select, townHallId, words);
		@SuppressWarnings("unchecked")
		List<Object[]> rows = select.setFirstResult(offset).setMaxResults(limit).getResultList();
		LinkedHashMap<String, Long> ranked = new LinkedHashMap<>();
		for (Object[] row : rows) {
			ranked.put((String) row[0], ((Number) row[1]).longValue());
		}
		return ranked;
	}

	/**
	 * The questions of these ids in their order, read in one query per {@link #LOAD_CHUNK} ids: one find per id made a
	 * live view's 50 questions 50 round trips, on every refresh of every attendee (docs/benchmarks.md, town hall).
	 */
	List<TownHallQuestion> loaded(List<String> ids) {
		Map<String, TownHallQuestion> byId = new HashMap<>();
		for (int from = 0; from < ids.size(); from += LOAD_CHUNK) {
			for (TownHallQuestion question : unitOfWork.entityManager()
				.createQuery("SELECT q FROM TownHallQuestion q WHERE q.id IN :ids", TownHallQuestion.class)
				.setParameter("ids", ids.subList(from, Math.min(ids.size(), from + LOAD_CHUNK))).getResultList()) {
				byId.put(question.id(), question);
			}
		}
		List<TownHallQuestion> questions = new ArrayList<>();
		for (String id : ids) {
			TownHallQuestion question = byId.get(id);
			if (question != null) {
				questions.add(question);
			}
		}
		return questions;
	}

	long count(String townHallId, List<QuestionState> states, String search) {
		List<String> words = words(search);
		Query count = unitOfWork.entityManager().createNativeQuery("SELECT COUNT(*) FROM PV_TOWN_HALL_QUESTION q" + where(states, words));
		bind(count, townHallId, words);
		return ((Number) count.getSingleResult()).longValue();
	}

	// states are enum names, never a caller's text; the words are bound
	private static String where(List<QuestionState> states, List<String> words) {
		StringBuilder where = new StringBuilder(" WHERE q.town_hall_id = ?1 AND " + TownHallQuestion.LISTED_SQL + " AND q.state IN (");
		where.append(states.stream().map(state -> "'" + state.name() + "'").collect(Collectors.joining(", "))).append(')');
		for (int i = 0; i < words.size(); i++) {
			where.append(" AND LOWER(q.question_text) LIKE ?").append(i + 2).append(" ESCAPE '!'");
		}
		return where.toString();
	}

	private static void bind(Query query, String townHallId, List<String> words) {
		query.setParameter(1, townHallId);
		for (int i = 0; i < words.size(); i++) {
			query.setParameter(i + 2, "%" + words.get(i).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
		}
	}

	private static List<String> words(String search) {
		if (search == null || search.isBlank()) {
			return List.of();
		}
		Set<String> words = new LinkedHashSet<>();
		for (String word : search.trim().toLowerCase(Locale.ROOT).split("\\s+")) {
			words.add(word);
		}
		return new ArrayList<>(words);
	}

	/**
	 * The caller's own named questions in a town hall, newest first, in every state (pending and withdrawn included),
	 * each with its fate. Anonymous questions are never among them: nothing ties them to anyone (their receipt follows them).
	 */
	public List<QuestionView> mine(Identity who, String townHallId) {
		return unitOfWork.inTransaction(() -> {
			TownHallAccess.Located located = access.locate(who, townHallId);
			String userKey = located.actor.requireUserKey();
			List<TownHallQuestion> found = unitOfWork.entityManager()
				.createQuery("SELECT q FROM TownHallQuestion q WHERE q.townHallId = :townHallId AND q.authorKey = :userKey AND q.anonymous = FALSE"
					+ " ORDER BY q.createdAt DESC, q.id", TownHallQuestion.class)
				.setParameter("townHallId", townHallId).setParameter("userKey", userKey)
				.setMaxResults(TownHallLimits.MAX_MY_QUESTIONS).getResultList();
			return views.views(located.actor, found);
		});
	}

	public QuestionView get(Identity who, String questionId) {
		return unitOfWork.inTransaction(() -> {
			Located located = locateVisible(who, questionId);
			return views.view(located.actor, located.question);
		});
	}

	/** The named asker's edit. */
	public QuestionView edit(Identity who, String questionId, QuestionEdit edit) {
		return unitOfWork.inTransaction(() -> {
			Located located = locateVisible(who, questionId);
			located.requireAsker();
			String text = checkedText(TownHalls.required(edit).getText(), edit.isConfirmPrivacyWarnings());
			located.question.editByAsker(text, located.townHall.preModeration());
			changes.bump(located.townHall.id(), who);
			return views.view(located.actor, located.question);
		});
	}

	/** The named asker's withdrawal. */
	public QuestionView withdraw(Identity who, String questionId) {
		return unitOfWork.inTransaction(() -> {
			Located located = locateVisible(who, questionId);
			located.requireAsker();
			located.question.withdrawByAsker();
			changes.bump(located.townHall.id(), who);
			return views.view(located.actor, located.question);
		});
	}

	private String checkedText(String raw, boolean confirmed) {
		FieldErrors errors = new FieldErrors();
		String text = UserText.require(errors, "text", raw, TownHallLimits.QUESTION);
		errors.throwIfAny();
		privacyScreen.requireConfirmedOrClean(Map.of("text", text), confirmed);
		return text;
	}

	/**
	 * A vote, written with the votes of others that arrive at the same moment on this node (group commit,
	 * {@link VoteBatches}; docs/town-hall.md, "Votes under load"); alone when it joins a unit of work already running.
	 */
	public VoteTally vote(Identity who, String questionId) {
		if (unitOfWork.isInTransaction()) {
			return voteAlone(who, questionId);
		}
		return votes.vote(who, questionId);
	}

	// No lock on the question: one vote per person is the unique key's.
	private VoteTally voteAlone(Identity who, String questionId) {
		return unitOfWork.inTransaction(() -> {
			VoteTarget question = voteTargets(List.of(questionId)).get(questionId);
			String userKey = checkVote(who, question);
			MergeableVote vote = question.mergeableVote(anonymity, userKey);
			Set<String> hashes = question.voteHashes(anonymity, userKey);
			// with one server key the new row's hash is the only one a vote of this person may have: the unique key of
			// (question, hash) refuses the second; after a key rotation an older key's row is looked for first
			if (!Set.of(vote.hash()).equals(hashes) && hasVote(question.id, hashes)) {
				throw new Conflict(ALREADY_VOTED);
			}
			// the batch's insert, not a persisted entity: nothing to register and compare at the commit
			ConflictingWrites.orConflict(() -> insertVotes(List.of(new BatchedVote(null, question, vote, hashes))), ALREADY_VOTED);
			VoteTally tally = new VoteTally(views.counts(List.of(question.id)).getOrDefault(question.id, 0L), true);
			// the counter's row last: it is held from its increment until the commit (docs/town-hall.md, "Votes under load")
			changes.bump(question.townHallId, who);
			return tally;
		});
	}

	/**
	 * Writes a batch of votes in one unit of work ({@link VoteBatches}): each vote checked as {@link #voteAlone} checks it
	 * (a refusal answers that vote only), the votes already stored looked for in one query, the rest inserted by one
	 * statement in a random order (their order in storage says nothing of the order they came in: docs/privacy.md), one
	 * increment of each town hall's change counter, the counts in one query. Any failure of the database fails the whole
	 * batch, and then each vote is written alone.
	 */
	private Map<VoteBatches.Vote, VoteBatches.Outcome> writeVotes(List<VoteBatches.Vote> batch) {
		return unitOfWork.inTransaction(() -> {
			Map<VoteBatches.Vote, VoteBatches.Outcome> outcomes = new IdentityHashMap<>();
			List<BatchedVote> candidates = new ArrayList<>();
			Set<String> inBatch = new HashSet<>();
			Map<String, VoteTarget> targets = voteTargets(batch.stream().map(each -> each.questionId).collect(Collectors.toCollection(LinkedHashSet::new)));
			for (VoteBatches.Vote each : batch) {
				try {
					VoteTarget question = targets.get(each.questionId);
					String userKey = checkVote(each.who, question);
					MergeableVote vote = question.mergeableVote(anonymity, userKey);
					Set<String> hashes = new HashSet<>(question.voteHashes(anonymity, userKey));
					hashes.add(vote.hash());
					// the same person twice in one batch (two tabs): the first is written, the second refused as the unique
					// key would refuse it
					if (!inBatch.add(question.id + ' ' + vote.hash())) {
						throw new Conflict(ALREADY_VOTED);
					}
					candidates.add(new BatchedVote(each, question, vote, hashes));
				}
				catch (Problem refused) {
					outcomes.put(each, VoteBatches.Outcome.refused(refused));
				}
			}
			Set<String> stored = storedVotes(candidates);
			List<BatchedVote> rows = new ArrayList<>();
			for (BatchedVote candidate : candidates) {
				if (candidate.hashes.stream().anyMatch(hash -> stored.contains(candidate.question.id + ' ' + hash))) {
					outcomes.put(candidate.request, VoteBatches.Outcome.refused(new Conflict(ALREADY_VOTED)));
				}
				else {
					rows.add(candidate);
				}
			}
			if (rows.isEmpty()) {
				return outcomes;
			}
			Collections.shuffle(rows, shuffling);
			insertVotes(rows);
			Map<String, List<Identity>> writers = new TreeMap<>();
			for (BatchedVote row : rows) {
				writers.computeIfAbsent(row.question.townHallId, id -> new ArrayList<>()).add(row.request.who);
			}
			Map<String, Long> counts = views.counts(rows.stream().map(row -> row.question.id).collect(Collectors.toCollection(LinkedHashSet::new)));
			// the counter's rows last, held from their increment until the commit; town halls in one order in every batch:
			// two batches never wait for each other's counter rows crosswise
			writers.forEach(changes::bump);
			for (BatchedVote row : rows) {
				outcomes.put(row.request, VoteBatches.Outcome.written(new VoteTally(counts.getOrDefault(row.question.id, 0L), true)));
			}
			return outcomes;
		});
	}

	/** "question id + ' ' + voter hash" of the votes of these candidates already stored (by any key still known). */
	private Set<String> storedVotes(List<BatchedVote> candidates) {
		Set<String> stored = new HashSet<>();
		if (candidates.isEmpty()) {
			return stored;
		}
		Set<String> questionIds = candidates.stream().map(candidate -> candidate.question.id).collect(Collectors.toSet());
		List<String> hashes = candidates.stream().flatMap(candidate -> candidate.hashes.stream()).distinct().collect(Collectors.toList());
		for (int from = 0; from < hashes.size(); from += LOAD_CHUNK) {
			List<Object[]> found = unitOfWork.entityManager()
				.createQuery("SELECT v.questionId, v.voterHash FROM QuestionVote v WHERE v.questionId IN :ids AND v.voterHash IN :hashes", Object[].class)
				.setParameter("ids", questionIds).setParameter("hashes", hashes.subList(from, Math.min(hashes.size(), from + LOAD_CHUNK)))
				.getResultList();
			for (Object[] row : found) {
				stored.add(row[0] + " " + row[1]);
			}
		}
		return stored;
	}

	/** One INSERT of many rows (per {@link #INSERT_CHUNK}); {@code mixed} takes its default, false, as a new vote's does. */
	private void insertVotes(List<BatchedVote> rows) {
		for (int from = 0; from < rows.size(); from += INSERT_CHUNK) {
			List<BatchedVote> chunk = rows.subList(from, Math.min(rows.size(), from + INSERT_CHUNK));
			StringBuilder sql = new StringBuilder("INSERT INTO PV_TOWN_HALL_VOTE (id, question_id, voter_hash, voter_seal) VALUES ");
			for (int i = 0; i < chunk.size(); i++) {
				int at = i * 4;
				sql.append(i == 0 ? "" : ", ").append("(?").append(at + 1).append(", ?").append(at + 2).append(", ?").append(at + 3)
					.append(", ?").append(at + 4).append(')');
			}
			Query insert = unitOfWork.entityManager().createNativeQuery(sql.toString());
			for (int i = 0; i < chunk.size(); i++) {
				BatchedVote row = chunk.get(i);
				int at = i * 4;
				insert.setParameter(at + 1, UUID.randomUUID().toString()).setParameter(at + 2, row.question.id)
					.setParameter(at + 3, row.mergeable.hash()).setParameter(at + 4, row.mergeable.seal());
			}
			insert.executeUpdate();
		}
	}

	/** A vote of a batch that passed its checks. */
	private static final class BatchedVote {

		/** null for a vote written alone */
		final VoteBatches.Vote request;
		final VoteTarget question;
		final MergeableVote mergeable;
		final Set<String> hashes;

		BatchedVote(VoteBatches.Vote request, VoteTarget question, MergeableVote mergeable, Set<String> hashes) {
			this.request = request;
			this.question = question;
			this.mergeable = mergeable;
			this.hashes = hashes;
		}

	}

	public VoteTally retractVote(Identity who, String questionId) {
		return unitOfWork.inTransaction(() -> {
			VoteTarget question = voteTargets(List.of(questionId)).get(questionId);
			String userKey = checkVoter(who, question);
			Set<String> hashes = question.voteHashes(anonymity, userKey);
			// The mixer rewrites pending votes (delete and re-insert, same ids): a delete that waited for it finds its row
			// gone and, under read committed, misses the row put back. A second statement sees the committed row, as for
			// suggestion votes (docs/reliability.md; the fault suite found it here too).
			int removed = hashes.isEmpty() ? 0 : deleteVotes(question.id, hashes);
			if (removed == 0 && !hashes.isEmpty()) {
				removed = deleteVotes(question.id, hashes);
			}
			if (removed == 0) {
				throw new UnknownItem("You have not voted for this question.");
			}
			VoteTally tally = new VoteTally(views.counts(List.of(question.id)).getOrDefault(question.id, 0L), false);
			// the counter's row last: it is held from its increment until the commit
			changes.bump(question.townHallId, who);
			return tally;
		});
	}

	private int deleteVotes(String questionId, Set<String> hashes) {
		return unitOfWork.entityManager().createQuery("DELETE FROM QuestionVote v WHERE v.questionId = :id AND v.voterHash IN :hashes")
			.setParameter("id", questionId).setParameter("hashes", hashes).executeUpdate();
	}

	private boolean hasVote(String questionId, Set<String> hashes) {
		if (hashes.isEmpty()) {
			// without a server secret no vote can be cast: mergeableVote says so (503)
			return false;
		}
		return !unitOfWork.entityManager().createQuery("SELECT v.id FROM QuestionVote v WHERE v.questionId = :id AND v.voterHash IN :hashes")
			.setParameter("id", questionId).setParameter("hashes", hashes).setMaxResults(1).getResultList().isEmpty();
	}

	public QuestionView moderate(Identity who, String questionId, Moderation moderation) {
		return unitOfWork.inTransaction(() -> {
			Moderation.Action action = Moderation.Action.named(TownHalls.required(moderation).getAction());
			Located located = locateForModerator(who, questionId);
			TownHallQuestion question = located.question;
			TownHall townHall = located.townHall;
			Instant now = clock.instant();
			switch (action) {
				case APPROVE:
					question.approve();
					break;
				case DISMISS:
					dismiss(question, moderation);
					break;
				case MERGE:
					merge(question, moderation.getInto());
					break;
				case HIGHLIGHT:
					highlight(townHall, question);
					break;
				case UNHIGHLIGHT:
					question.unhighlight();
					break;
				case ANSWER:
					answer(townHall, question, moderation, now);
					break;
				case CORRECT:
					question.correct(checkedCorrection(moderation.getText()));
					auditLog.record(new AuditEvent(located.actor, CORRECTED_ACTION, question.id(), now));
					break;
				default:
					takeForward(located.actor, townHall, question, moderation.getSuggestionStatus(), now);
					break;
			}
			unitOfWork.entityManager().flush();
			changes.bump(townHall.id(), who);
			tellAsker(located.actor, question, action, now);
			LOG.info("Question {} of town hall {}: {}", question.id(), townHall.id(), action.apiName());
			return views.view(located.actor, question);
		});
	}

	/*
	 * A named asker learns the fate of their question, and of a moderator's correction. An anonymous question has no
	 * asker to tell (nothing of them is stored): its receipt shows the same. Nobody is told of their own act.
	 */
	private void tellAsker(Actor moderator, TownHallQuestion question, Moderation.Action action, Instant now) {
		String detail = askerDetail(question, action);
		boolean ownAct = moderator.userKey().map(question::isAskedBy).orElse(false);
		if (question.isAnonymous() || question.authorKey() == null || detail == null || ownAct) {
			return;
		}
		String item = question.state() == QuestionState.TAKEN_FORWARD ? question.suggestionId() : question.townHallId();
		notifier.publish(NotificationEvent.forPerson(NotificationType.TOWN_HALL_QUESTION, new Scope(question.companyId(), question.siteId()),
			item, question.authorKey(), detail, now));
	}

	/** The detail of an asker's notification after a moderator's action, or null when the asker is not told. */
	static String askerDetail(TownHallQuestion question, Moderation.Action action) {
		switch (action) {
			case ANSWER:
				return "ANSWERED";
			case DISMISS:
				return "DISMISSED:" + question.dismissalReason().name();
			case MERGE:
				return "MERGED";
			case CORRECT:
				return "CORRECTED";
			case APPROVE:
			case HIGHLIGHT:
			case UNHIGHLIGHT:
				return null;
			default:
				return question.state() == QuestionState.TAKEN_FORWARD ? "TAKEN_FORWARD" : null;
		}
	}

	private static void dismiss(TownHallQuestion question, Moderation moderation) {
		FieldErrors errors = new FieldErrors();
		if (moderation.getReason() == null) {
			errors.add("reason", "required", "is required");
		}
		String text = TownHallContent.blankAsNull(UserText.optional(errors, "text", moderation.getText(), TownHallLimits.DISMISSAL_TEXT));
		if (moderation.getReason() == DismissalReason.OTHER && text == null) {
			errors.add("text", "required", "is required for OTHER");
		}
		errors.throwIfAny();
		question.dismiss(moderation.getReason(), text);
	}

	private String checkedCorrection(String raw) {
		FieldErrors errors = new FieldErrors();
		String text = UserText.require(errors, "text", raw, TownHallLimits.QUESTION);
		errors.throwIfAny();
		return text;
	}

	private void highlight(TownHall townHall, TownHallQuestion question) {
		// One highlighted question per town hall: two moderators highlighting at once are serialised on the town hall's
		// row, and the second one then reads the first one's question and takes it back to OPEN.
		EntityManager entityManager = unitOfWork.entityManager();
		entityManager.createNativeQuery(LOCK_TOWN_HALL).setParameter(1, townHall.id()).executeUpdate();
		entityManager.refresh(townHall);
		entityManager.refresh(question);
		if (townHall.state() != TownHallState.LIVE) {
			throw new Conflict("Questions are highlighted only while the town hall is live.");
		}
		question.highlight();
		entityManager
			.createQuery("UPDATE TownHallQuestion q SET q.state = :open WHERE q.townHallId = :townHallId AND q.state = :highlighted AND q.id <> :id")
			.setParameter("open", QuestionState.OPEN).setParameter("highlighted", QuestionState.HIGHLIGHTED)
			.setParameter("townHallId", townHall.id()).setParameter("id", question.id()).executeUpdate();
	}

	private void answer(TownHall townHall, TownHallQuestion question, Moderation moderation, Instant now) {
		FieldErrors errors = new FieldErrors();
		String text = TownHallContent.blankAsNull(UserText.optional(errors, "answer", moderation.getAnswer(), TownHallLimits.ANSWER));
		if (text == null && townHall.state().isOver()) {
			errors.add("answer", "required", "is required once the town hall has ended (answered in writing)");
		}
		errors.throwIfAny();
		if (text != null) {
			privacyScreen.requireConfirmedOrClean(Map.of("answer", text), moderation.isConfirmPrivacyWarnings());
		}
		question.answer(text, townHall.state() == TownHallState.LIVE, now);
	}

	/*
	 * The merged question's voters join the target's, each once: every vote's sealed voter tag is opened and hashed for
	 * the target; a voter who voted for both keeps the one vote on the target. The moved votes are mixed again.
	 */
	private void merge(TownHallQuestion question, String intoId) {
		if (intoId == null) {
			throw new InvalidInput(Map.of("into", "is required"));
		}
		TownHallQuestion target = unitOfWork.find(TownHallQuestion.class, intoId)
			.filter(found -> found.townHallId().equals(question.townHallId()) && found.isListed() && !found.id().equals(question.id()))
			.orElseThrow(() -> new InvalidInput(Map.of("into", "must be another question of this town hall")));
		if (!target.state().isOpen()) {
			throw new Conflict("A question can only be merged into an open one.");
		}
		question.mergeInto(target.id());
		List<QuestionVote> votes = unitOfWork.entityManager()
			.createQuery("SELECT v FROM QuestionVote v WHERE v.questionId = :id", QuestionVote.class)
			.setParameter("id", question.id()).getResultList();
		for (QuestionVote vote : votes) {
			Optional<MergeableVote> moved = anonymity.mergeableVoteMovedTo(target.companyId(), target.siteId(), target.id(), vote.voterSeal());
			if (moved.isEmpty()) {
				continue;
			}
			boolean alreadyThere = !unitOfWork.entityManager()
				.createQuery("SELECT v.id FROM QuestionVote v WHERE v.questionId = :id AND v.voterHash = :hash")
				.setParameter("id", target.id()).setParameter("hash", moved.get().hash()).getResultList().isEmpty();
			if (alreadyThere) {
				unitOfWork.entityManager().remove(vote);
			}
			else {
				vote.moveTo(target.id(), moved.get());
			}
			unitOfWork.entityManager().flush();
		}
	}

	private void takeForward(Actor moderator, TownHall townHall, TownHallQuestion question, SuggestionStatus status, Instant now) {
		if (status != SuggestionStatus.PLANNED && status != SuggestionStatus.UNDER_REVIEW) {
			throw new InvalidInput(Map.of("suggestionStatus", "must be PLANNED or UNDER_REVIEW"));
		}
		if (!townHall.state().isOver()) {
			throw new Conflict("Questions are taken forward once the town hall has ended.");
		}
		if (question.state() != QuestionState.OPEN) {
			throw new Conflict("A " + question.state() + " question cannot be taken forward.");
		}
		String category = question.topic() != null && suggestionBox.isCategory(townHall.scope(), question.topic()) ? question.topic()
			: suggestionBox.firstCategory(townHall.scope()).orElseThrow(() -> new Conflict("The site's suggestion box has no categories."));
		String suggestionId = suggestionBox.takeForward(moderator, title(question.text()), question.text(), category,
			question.isAnonymous() ? null : question.authorKey(), question.isAnonymous() ? null : question.authorName(), status,
			question.id(), now);
		question.takenForward(suggestionId);
	}

	/** A suggestion's title from a question: one line, at most a suggestion title's length. */
	static String title(String text) {
		String line = text.replaceAll("\\s+", " ").trim();
		int max = org.peervoice.core.kernel.TextLimits.SUGGESTION_TITLE;
		if (line.length() <= max) {
			return line;
		}
		return UserText.cut(line, max - 1) + "\u2026";
	}

	/** Approves several pending questions of one town hall: all of them or none. */
	public List<QuestionView> approveAll(Identity who, String townHallId, List<String> ids) {
		return unitOfWork.inTransaction(() -> {
			TownHallAccess.Located located = access.locate(who, townHallId);
			located.actor.require(Permission.MODERATE);
			if (ids == null || ids.isEmpty() || ids.size() > TownHallLimits.MAX_BULK_APPROVAL) {
				throw new InvalidInput(Map.of("ids", "must list 1 to " + TownHallLimits.MAX_BULK_APPROVAL + " questions"));
			}
			List<TownHallQuestion> approved = new ArrayList<>();
			for (String id : new LinkedHashSet<>(ids)) {
				TownHallQuestion question = unitOfWork.find(TownHallQuestion.class, id)
					.filter(found -> found.townHallId().equals(townHallId) && found.isListed())
					.orElseThrow(() -> new UnknownItem("No such question in this town hall."));
				question.approve();
				approved.add(question);
			}
			unitOfWork.entityManager().flush();
			changes.bump(townHallId, who);
			return views.views(located.actor, approved);
		});
	}

	// receipts: the anonymous asker follows, edits and withdraws with the receipt

	public QuestionView lookUp(Identity who, String receipt) {
		anonymity.admitReceiptCheck(who);
		return unitOfWork.inTransaction(() -> {
			Located located = locateByReceipt(who, receipt);
			return views.view(located.actor, located.question).forItsAsker();
		});
	}

	public QuestionView editWithReceipt(Identity who, QuestionEdit edit) {
		anonymity.admitReceiptCheck(who);
		return unitOfWork.inTransaction(() -> {
			Located located = locateByReceipt(who, TownHalls.required(edit).getReceipt());
			String text = checkedText(edit.getText(), edit.isConfirmPrivacyWarnings());
			located.question.editByAsker(text, located.townHall.preModeration());
			// lists keep showing it as it was until the next mixing, which makes the new text the text and changes the live views
			return views.view(located.actor, located.question).forItsAsker();
		});
	}

	public QuestionView withdrawWithReceipt(Identity who, String receipt) {
		anonymity.admitReceiptCheck(who);
		return unitOfWork.inTransaction(() -> {
			Located located = locateByReceipt(who, receipt);
			located.question.withdrawByAsker();
			changes.bump(located.townHall.id());
			return views.view(located.actor, located.question);
		});
	}

	private Located locateByReceipt(Identity who, String receipt) {
		TownHallQuestion question = anonymity.findByReceipt(receipt, this::findByReceiptLocator, TownHallQuestion::receiptHash)
			.filter(found -> found.companyId() == who.companyId())
			.orElseThrow(() -> new UnknownItem("No question has this receipt."));
		TownHallAccess.Located townHall = access.locate(who, question.townHallId());
		return new Located(townHall.actor, townHall.townHall, question);
	}

	private Optional<TownHallQuestion> findByReceiptLocator(String locator) {
		return unitOfWork.entityManager()
			.createQuery("SELECT q FROM TownHallQuestion q WHERE q.receiptLocator = :locator", TownHallQuestion.class)
			.setParameter("locator", locator).getResultList().stream().findFirst();
	}

	// A question not mixed yet is known only to its receipt.
	private Located locate(Identity who, String questionId) {
		TownHallQuestion question = unitOfWork.find(TownHallQuestion.class, questionId)
			.filter(found -> found.companyId() == who.companyId() && found.isListed())
			.orElseThrow(TownHallQuestions::unknown);
		TownHallAccess.Located townHall;
		try {
			townHall = access.locate(who, question.townHallId());
		}
		catch (UnknownItem townHallNotVisible) {
			throw unknown();
		}
		return new Located(townHall.actor, townHall.townHall, question);
	}

	private Located locateVisible(Identity who, String questionId) {
		Located located = locate(who, questionId);
		QuestionState state = located.question.state();
		boolean hidden = state == QuestionState.PENDING || state == QuestionState.WITHDRAWN;
		if (hidden && !located.actor.can(Permission.MODERATE) && !located.isAsker()) {
			throw unknown();
		}
		return located;
	}

	/**
	 * What the checks of a vote need of these questions, by id (absent: no such question): a few columns read by one
	 * query, no question loaded (docs/benchmarks.md, town hall, "The vote's question in one read"). Not the town hall: the
	 * question holds its company and site (neither changes), and a question exists only in a town hall that was
	 * published (a town hall never goes back to DRAFT), so the town hall's checks for a caller come to the same.
	 */
	private Map<String, VoteTarget> voteTargets(java.util.Collection<String> questionIds) {
		Map<String, VoteTarget> found = new HashMap<>();
		List<String> ids = new ArrayList<>(questionIds);
		for (int from = 0; from < ids.size(); from += LOAD_CHUNK) {
			List<Object[]> rows = unitOfWork.entityManager()
				// no CASE here: EclipseLink 2.7 prepares a query's CASE with shared state, and two threads preparing it at once
				// failed (a NullPointerException in ExpressionOperator.printCollection; TownHallContract's votes at once)
				.createQuery("SELECT q.id, q.townHallId, q.companyId, q.siteId, q.state, q.authorKey, q.mixed, q.editedText"
					+ " FROM TownHallQuestion q WHERE q.id IN :ids", Object[].class)
				.setParameter("ids", ids.subList(from, Math.min(ids.size(), from + LOAD_CHUNK))).getResultList();
			for (Object[] row : rows) {
				VoteTarget target = new VoteTarget((String) row[0], (String) row[1], ((Number) row[2]).longValue(), ((Number) row[3]).longValue(),
					(QuestionState) row[4], (String) row[5], TownHallQuestion.isListed((Boolean) row[6], (String) row[7]));
				found.put(target.id, target);
			}
		}
		return found;
	}

	/**
	 * The checks of a vote or its retraction on this question ({@code null}: none such): the caller sees it, may vote, and
	 * it is open; the same answers as for a question located with its town hall.
	 *
	 * @return the caller's user key
	 */
	private static String checkVoter(Identity who, VoteTarget question) {
		if (question == null || question.companyId != who.companyId() || !question.listed) {
			throw unknown();
		}
		Actor actor;
		try {
			actor = TownHallAccess.actorIn(who, question.siteId);
			actor.require(Permission.VIEW);
		}
		catch (UnknownItem townHallNotVisible) {
			throw unknown();
		}
		boolean asker = actor.userKey().map(question::isAskedBy).orElse(false);
		if ((question.state == QuestionState.PENDING || question.state == QuestionState.WITHDRAWN) && !actor.can(Permission.MODERATE) && !asker) {
			throw unknown();
		}
		actor.require(Permission.VOTE);
		if (!question.state.isOpen()) {
			throw new Conflict("Votes are only taken on open questions.");
		}
		return actor.requireUserKey();
	}

	/** {@link #checkVoter}, and never one's own question. */
	private static String checkVote(Identity who, VoteTarget question) {
		String userKey = checkVoter(who, question);
		if (question.isAskedBy(userKey)) {
			throw new Conflict(OWN_QUESTION);
		}
		return userKey;
	}

	/** What a vote's checks and row need of its question. */
	private static final class VoteTarget {

		final String id;
		final String townHallId;
		final long companyId;
		final long siteId;
		final QuestionState state;
		final String authorKey;
		final boolean listed;

		VoteTarget(String id, String townHallId, long companyId, long siteId, QuestionState state, String authorKey, boolean listed) {
			this.id = id;
			this.townHallId = townHallId;
			this.companyId = companyId;
			this.siteId = siteId;
			this.state = state;
			this.authorKey = authorKey;
			this.listed = listed;
		}

		boolean isAskedBy(String userKey) {
			return authorKey != null && authorKey.equals(userKey);
		}

		/** This person's vote on the question: its keyed hash and sealed tag. */
		MergeableVote mergeableVote(AnonymousWriting anonymity, String userKey) {
			return anonymity.mergeableVote(companyId, siteId, townHallId, id, userKey);
		}

		/** As {@link QuestionViews#voteHashes} for the question itself. */
		Set<String> voteHashes(AnonymousWriting anonymity, String userKey) {
			return anonymity.mergeableVoteHashes(companyId, siteId, townHallId, id, userKey);
		}

	}

	private Located locateForModerator(Identity who, String questionId) {
		Located located = locate(who, questionId);
		located.actor.require(Permission.MODERATE);
		return located;
	}

	private static UnknownItem unknown() {
		return new UnknownItem("No such question.");
	}

	/** A question with its town hall and the caller. */
	private static final class Located {

		final Actor actor;
		final TownHall townHall;
		final TownHallQuestion question;

		Located(Actor actor, TownHall townHall, TownHallQuestion question) {
			this.actor = actor;
			this.townHall = townHall;
			this.question = question;
		}

		boolean isAsker() {
			return actor.userKey().map(question::isAskedBy).orElse(false);
		}

		void requireAsker() {
			if (!isAsker()) {
				throw new NotPermitted("Only the asker can change this question.");
			}
		}

	}

}
