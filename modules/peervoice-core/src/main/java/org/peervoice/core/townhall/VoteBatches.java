package org.peervoice.core.townhall;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.peervoice.core.kernel.Identity;
import org.peervoice.core.kernel.Problem;
import org.peervoice.core.kernel.ServiceUnavailable;
import org.peervoice.core.suggestion.VoteTally;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit of this node's question votes (docs/town-hall.md, "Votes under load"): the votes that arrive while a
 * batch is being written wait in a queue and are written together by the next one, in one transaction (one insert, one
 * increment of the change counter, one commit) instead of one transaction each. Each vote is answered only after its
 * batch has committed, or with its own refusal ({@link Problem}: not visible, closed, one's own question, already
 * voted). No thread of its own and no timer: the request thread that finds fewer than
 * {@link TownHallLimits#VOTE_BATCHES_AT_ONCE} batches under way writes the next one (at most
 * {@link TownHallLimits#VOTE_BATCH_MOST} votes), and on finishing hands the turn to the first vote still queued; a vote
 * that arrives while nothing is under way is written at once (alone, as without batches), so a quiet meeting waits for
 * nothing.
 *
 * <p>A batch that fails (its transaction rolled back: nothing of it is stored) is never an answer: each of its votes is
 * then written alone by its own request thread, exactly as without batches, so one vote's failure (a duplicate sent at
 * the same moment from another node, a database refusal) neither loses nor refuses the others; only when the database
 * cannot serve now ({@link ServiceUnavailable}: a timeout, no connection) is each answered 503, as it would have been
 * alone, rather than made to wait as long again. A vote still queued after {@link TownHallLimits#VOTE_QUEUE_MILLIS} is
 * answered 503 (nothing stored), like a request that gets no pool connection in time. The database's unique key stays the arbiter of one vote per person and question, on every node.
 */
final class VoteBatches {

	private static final Logger LOG = LoggerFactory.getLogger(VoteBatches.class);

	/** A vote waiting for its batch; its answer, under its own lock (a batch wakes its own votes only). */
	static final class Vote {

		final Identity who;
		final String questionId;
		private boolean promoted;
		private boolean toLead;
		private boolean answered;
		private Outcome outcome;

		Vote(Identity who, String questionId) {
			this.who = who;
			this.questionId = questionId;
		}

		synchronized void promote() {
			promoted = true;
			toLead = true;
			notifyAll();
		}

		/** Whether it was given a turn it has not taken yet (then it no longer has it). */
		synchronized boolean takeTurn() {
			boolean turn = toLead;
			toLead = false;
			return turn;
		}

		synchronized void answer(Outcome given) {
			if (!answered) {
				answered = true;
				outcome = given;
				notifyAll();
			}
		}

		/**
		 * Waits for its answer or its turn to write a batch (returns null then), uninterruptibly; {@link Outcome#LATE} once
		 * {@code deadline} ({@link System#nanoTime}) has passed without either (0: no deadline).
		 */
		synchronized Outcome await(long deadline) {
			boolean interrupted = false;
			try {
				while (!toLead && !answered) {
					long left = deadline == 0 ? 0 : deadline - System.nanoTime();
					if (deadline != 0 && left <= 0) {
						return Outcome.LATE;
					}
					try {
						if (deadline == 0) {
							wait();
						}
						else {
							wait(Math.max(1, left / 1_000_000));
						}
					}
					catch (InterruptedException e) {
						interrupted = true;
					}
				}
			}
			finally {
				if (interrupted) {
					Thread.currentThread().interrupt();
				}
			}
			if (toLead) {
				toLead = false;
				return null;
			}
			return outcome == null ? Outcome.ALONE : outcome;
		}

	}

	/** What a batch's transaction found for one vote; given to the voter only once the transaction has committed. */
	static final class Outcome {

		/** Not written by the batch: the voter's own thread writes it alone. */
		static final Outcome ALONE = new Outcome(null, null);
		/** Still queued at its deadline (not in a batch): answered 503 like a request that got no pool connection. */
		static final Outcome LATE = new Outcome(null, null);

		final VoteTally tally;
		final RuntimeException refusal;

		private Outcome(VoteTally tally, RuntimeException refusal) {
			this.tally = tally;
			this.refusal = refusal;
		}

		static Outcome written(VoteTally tally) {
			return new Outcome(tally, null);
		}

		static Outcome refused(Problem refusal) {
			return new Outcome(null, refusal);
		}

		/** A vote written alone in a batch's turn that failed: its failure, as its own request would have met it. */
		static Outcome failed(RuntimeException failure) {
			return new Outcome(null, failure);
		}

	}

	private final int most;
	private final int atOnce;
	/** Writes a batch in one unit of work; returns the outcome of each vote it decided (a missing one is written alone). */
	private final Function<List<Vote>, Map<Vote, Outcome>> writeBatch;
	private final BiFunction<Identity, String, VoteTally> writeAlone;
	private final ArrayDeque<Vote> queue = new ArrayDeque<>();
	private int leaders;

	VoteBatches(int most, int atOnce, Function<List<Vote>, Map<Vote, Outcome>> writeBatch, BiFunction<Identity, String, VoteTally> writeAlone) {
		this.most = most;
		this.atOnce = atOnce;
		this.writeBatch = writeBatch;
		this.writeAlone = writeAlone;
	}

	VoteTally vote(Identity who, String questionId) {
		Vote vote = new Vote(who, questionId);
		synchronized (this) {
			queue.add(vote);
			if (leaders < atOnce) {
				leaders++;
				vote.promote();
			}
		}
		long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(TownHallLimits.VOTE_QUEUE_MILLIS);
		for (;;) {
			Outcome outcome = vote.await(deadline);
			if (outcome == Outcome.LATE) {
				if (leftQueue(vote)) {
					throw new ServiceUnavailable();
				}
				// taken into a batch meanwhile: its answer comes (the batch's statements are bounded by the database's)
				deadline = 0;
			}
			else if (outcome == null) {
				lead();
			}
			else if (outcome == Outcome.ALONE) {
				return writeAlone.apply(who, questionId);
			}
			else if (outcome.refusal != null) {
				throw outcome.refusal;
			}
			else {
				return outcome.tally;
			}
		}
	}

	/** Writes one batch of the queue (perhaps none: another batch took them), then hands the turn on. */
	private void lead() {
		List<Vote> batch = new ArrayList<>();
		try {
			synchronized (this) {
				while (batch.size() < most && !queue.isEmpty()) {
					batch.add(queue.poll());
				}
			}
			if (batch.size() == 1) {
				// alone, but within this turn: the votes arriving meanwhile queue up for the next batch
				Vote only = batch.get(0);
				try {
					only.answer(Outcome.written(writeAlone.apply(only.who, only.questionId)));
				}
				catch (RuntimeException failed) {
					only.answer(Outcome.failed(failed));
				}
			}
			else if (batch.size() > 1) {
				Map<Vote, Outcome> outcomes = Map.of();
				try {
					outcomes = writeBatch.apply(batch);
				}
				catch (ServiceUnavailable unavailable) {
					// the database cannot serve now (a timeout, no connection): nothing is stored, and each vote written alone
					// would wait as long again; each is answered 503, as it would have been alone
					Outcome failed = Outcome.failed(unavailable);
					outcomes = new IdentityHashMap<>();
					for (Vote each : batch) {
						outcomes.put(each, failed);
					}
				}
				catch (RuntimeException failed) {
					// rolled back: nothing of the batch is stored; each vote is written alone (types only in the log)
					LOG.info("A batch of {} votes failed; each is written alone ({})", batch.size(), failed.getClass().getName());
				}
				for (Vote each : batch) {
					each.answer(outcomes.getOrDefault(each, Outcome.ALONE));
				}
			}
		}
		finally {
			for (Vote each : batch) {
				each.answer(Outcome.ALONE);
			}
			handOn();
		}
	}

	/** Takes a late vote out of the queue, if no batch took it; a turn it was given meanwhile goes on to the next. */
	private synchronized boolean leftQueue(Vote vote) {
		if (!queue.remove(vote)) {
			return false;
		}
		if (vote.takeTurn()) {
			handOn();
		}
		return true;
	}

	private synchronized void handOn() {
		for (Vote queued : queue) {
			if (!queued.promoted) {
				queued.promote();
				return;
			}
		}
		leaders--;
	}

}
