package org.peervoice.core.townhall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.peervoice.core.fixtures.SiteMember;
import org.peervoice.core.kernel.Conflict;
import org.peervoice.core.kernel.Identity;
import org.peervoice.core.kernel.ServiceUnavailable;
import org.peervoice.core.suggestion.VoteTally;

/**
 * The group commit of votes without a database: every vote answered once, from its batch or alone, batches formed under
 * load and never more at once than allowed, and a failed batch neither losing nor refusing the votes it held.
 */
class VoteBatchesTest {

	private static final int VOTERS = 300;

	private final Set<String> stored = ConcurrentHashMap.newKeySet();
	private final AtomicInteger running = new AtomicInteger();
	private final AtomicInteger mostRunning = new AtomicInteger();
	private final List<Integer> sizes = java.util.Collections.synchronizedList(new ArrayList<>());
	private final AtomicInteger alone = new AtomicInteger();

	/** A batch writer like the real one: stores each vote, refuses a second vote of a voter, fails on a poisoned vote. */
	private final Function<List<VoteBatches.Vote>, Map<VoteBatches.Vote, VoteBatches.Outcome>> writer = batch -> {
		int now = running.incrementAndGet();
		mostRunning.accumulateAndGet(now, Math::max);
		try {
			sizes.add(batch.size());
			sleep(3);
			if (batch.stream().anyMatch(vote -> vote.questionId.equals("poison"))) {
				throw new IllegalStateException("the transaction failed: nothing of the batch is stored");
			}
			Map<VoteBatches.Vote, VoteBatches.Outcome> outcomes = new IdentityHashMap<>();
			for (VoteBatches.Vote vote : batch) {
				String key = vote.who.userKey().orElseThrow() + ' ' + vote.questionId;
				outcomes.put(vote, stored.add(key) ? VoteBatches.Outcome.written(new VoteTally(stored.size(), true))
					: VoteBatches.Outcome.refused(new Conflict("You already voted for this question.")));
			}
			return outcomes;
		}
		finally {
			running.decrementAndGet();
		}
	};

	private final BiFunction<Identity, String, VoteTally> writeAlone = (who, questionId) -> {
		alone.incrementAndGet();
		sleep(2);
		if (questionId.equals("poison")) {
			throw new Conflict("refused alone");
		}
		String key = who.userKey().orElseThrow() + ' ' + questionId;
		if (!stored.add(key)) {
			throw new Conflict("You already voted for this question.");
		}
		return new VoteTally(stored.size(), true);
	};

	@Test
	void underLoadVotesAreWrittenInBatchesEachAnsweredOnceAndNoMoreBatchesAtOnceThanAllowed() throws Exception {
		VoteBatches batches = new VoteBatches(50, 2, writer, writeAlone);
		List<Future<Object>> answers = castAtOnce(batches, VOTERS, i -> "q" + (i % 10), 1);

		int written = 0;
		for (Future<Object> answer : answers) {
			Object outcome = answer.get(60, TimeUnit.SECONDS);
			assertTrue(outcome instanceof VoteTally, "every first vote is written: " + outcome);
			written++;
		}
		assertEquals(VOTERS, written);
		assertEquals(VOTERS, stored.size(), "every acknowledged vote stored, none twice");
		assertTrue(mostRunning.get() <= 2, "never more than 2 batches at once: " + mostRunning.get());
		assertTrue(sizes.stream().anyMatch(size -> size > 1), "votes arriving together share a transaction: " + sizes);
		assertTrue(sizes.stream().allMatch(size -> size > 1 && size <= 50), "a batch holds 2 to 50 votes (one vote is written alone): " + sizes);
		assertTrue(sizes.size() < VOTERS / 5, "far fewer transactions than votes: " + sizes.size() + " batches and " + alone.get() + " alone");
		assertEquals(VOTERS - sizes.stream().mapToInt(Integer::intValue).sum(), alone.get(), "only votes of no batch were written alone");
	}

	@Test
	void aSecondVoteOfTheSameVoterIsRefusedOnceWhetherInTheSameBatchOrNot() throws Exception {
		VoteBatches batches = new VoteBatches(50, 2, writer, writeAlone);
		// every voter votes twice for the same question at the same moment
		List<Future<Object>> answers = castAtOnce(batches, VOTERS, i -> "q" + (i % 10), 2);

		Map<String, Integer> acknowledged = new ConcurrentHashMap<>();
		int refused = 0;
		for (int i = 0; i < answers.size(); i++) {
			Object outcome = answers.get(i).get(60, TimeUnit.SECONDS);
			if (outcome instanceof VoteTally) {
				acknowledged.merge("voter-" + (i / 2), 1, Integer::sum);
			}
			else {
				assertTrue(outcome instanceof Conflict, "a second vote is a conflict: " + outcome);
				refused++;
			}
		}
		assertEquals(VOTERS, refused, "exactly one of each voter's two votes refused");
		assertTrue(acknowledged.values().stream().allMatch(count -> count == 1));
		assertEquals(VOTERS, stored.size());
	}

	@Test
	void aFailedBatchLosesNoVoteAndRefusesOnlyTheVoteThatFailsAlone() throws Exception {
		VoteBatches batches = new VoteBatches(50, 1, writer, writeAlone);
		// every 25th vote makes its batch's transaction fail
		List<Future<Object>> answers = castAtOnce(batches, VOTERS, i -> i % 25 == 7 ? "poison" : "q" + (i % 10), 1);

		int written = 0;
		int refused = 0;
		for (int i = 0; i < answers.size(); i++) {
			Object outcome = answers.get(i).get(60, TimeUnit.SECONDS);
			if (i % 25 == 7) {
				assertTrue(outcome instanceof Conflict && ((Conflict) outcome).getMessage().equals("refused alone"), "the failing vote is refused alone: " + outcome);
				refused++;
			}
			else {
				assertTrue(outcome instanceof VoteTally, "the others of a failed batch are written alone: " + outcome);
				written++;
			}
		}
		assertEquals(12, refused);
		assertEquals(VOTERS - 12, written);
		assertEquals(written, stored.size(), "acknowledged = stored");
	}

	@Test
	void aRefusalFromTheBatchIsThrownToItsVoterOnly() {
		VoteBatches batches = new VoteBatches(50, 2, batch -> Map.of(), writeAlone);
		SiteMember voter = SiteMember.staff("user-1");
		assertEquals(1, batches.vote(voter, "q1").getVoteCount(), "alone when nothing else waits");
		assertThrows(Conflict.class, () -> batches.vote(voter, "q1"));
	}

	@Test
	void aBatchTheDatabaseCannotServeIsAnswered503WithoutWritingEachVoteAgain() throws Exception {
		VoteBatches batches = new VoteBatches(50, 1, batch -> {
			sleep(3);
			throw new ServiceUnavailable();
		}, writeAlone);
		List<Future<Object>> answers = castAtOnce(batches, 100, i -> "q" + (i % 10), 1);

		int unavailable = 0;
		for (Future<Object> answer : answers) {
			if (answer.get(60, TimeUnit.SECONDS) instanceof ServiceUnavailable) {
				unavailable++;
			}
		}
		assertEquals(100 - alone.get(), unavailable, "every vote of a failed batch answered 503; only votes of no batch written");
		assertTrue(unavailable > 0, "batches were formed");
	}

	@Test
	void aVoteStillQueuedAfterTheBoundIsAnswered503AndTheQueueGoesOn() throws Exception {
		CountDownLatch holding = new CountDownLatch(1);
		BiFunction<Identity, String, VoteTally> slowFirst = (who, questionId) -> {
			if (who.userKey().orElseThrow().equals("voter-slow")) {
				holding.countDown();
				sleep(TownHallLimits.VOTE_QUEUE_MILLIS + 1_000);
			}
			return writeAlone.apply(who, questionId);
		};
		VoteBatches batches = new VoteBatches(50, 1, writer, slowFirst);
		ExecutorService threads = Executors.newFixedThreadPool(4);
		try {
			Future<VoteTally> slow = threads.submit(() -> batches.vote(SiteMember.staff("voter-slow"), "q1"));
			holding.await();
			long queued = System.nanoTime();
			Future<Object> late = threads.submit(() -> {
				try {
					return batches.vote(SiteMember.staff("voter-late"), "q1");
				}
				catch (ServiceUnavailable refused) {
					return refused;
				}
			});
			assertTrue(late.get(60, TimeUnit.SECONDS) instanceof ServiceUnavailable, "queued behind a turn that did not end in time: 503");
			long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - queued);
			assertTrue(waited >= TownHallLimits.VOTE_QUEUE_MILLIS - 50 && waited < TownHallLimits.VOTE_QUEUE_MILLIS + 900, "waited " + waited + " ms");
			assertEquals(1, slow.get(60, TimeUnit.SECONDS).getVoteCount());
			assertTrue(!stored.contains("voter-late q1"), "nothing of the late vote stored");
			assertEquals(2, batches.vote(SiteMember.staff("voter-next"), "q1").getVoteCount(), "the next vote is taken at once");
		}
		finally {
			threads.shutdownNow();
		}
	}

	/** Casts VOTERS × times votes from as many threads, released at once; each future holds a tally or the refusal. */
	private List<Future<Object>> castAtOnce(VoteBatches batches, int voters, java.util.function.IntFunction<String> question, int times)
		throws InterruptedException {
		ExecutorService threads = Executors.newFixedThreadPool(voters * times);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Object>> answers = new ArrayList<>();
		try {
			for (int i = 0; i < voters; i++) {
				SiteMember voter = SiteMember.staff("voter-" + i);
				String questionId = question.apply(i);
				for (int t = 0; t < times; t++) {
					answers.add(threads.submit(() -> {
						start.await();
						try {
							return batches.vote(voter, questionId);
						}
						catch (Conflict | ServiceUnavailable refused) {
							return refused;
						}
					}));
				}
			}
			start.countDown();
			return answers;
		}
		finally {
			threads.shutdown();
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

}
