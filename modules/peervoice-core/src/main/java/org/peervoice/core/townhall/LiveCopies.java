package org.peervoice.core.townhall;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.peervoice.core.anonymity.VoterHash;
import org.peervoice.core.kernel.Identity;
import org.peervoice.core.kernel.WrittenOnce;

/**
 * This node's live state of each town hall (docs/town-hall.md, "Live updates"): the town hall as last read, the value of
 * its change counter read with it and when, and the copies of the shared part of its live view, each kept under the
 * counter value it was read at (per order and kind of viewer). One per node, shared by the town hall's services: the
 * writes of this node mark the state stale after they commit ({@link #written}).
 *
 * <p>A refresh within {@link TownHallLimits#LIVE_REFRESH_MILLIS} of the last read of the counter, with no write of this
 * node committed since that read began, is answered from here without the database. Otherwise one request thread per
 * town hall reads the town hall and the counter again (and a copy, when the counter moved); meanwhile the others keep
 * answering from the state as it is, except after a write of this node: then they wait for a read that began after it,
 * so that whoever wrote sees their write in their next refresh. Another node's write shows within the interval.
 *
 * <p>A copy is read after the counter, so it holds at least every change the counter counts (perhaps one or two more
 * that committed meanwhile: these raised the counter, and the next read sees it). Bounded: the most recently used
 * {@link #TOWN_HALLS} town halls, at most {@link #KINDS} copies each ({@link #CAPACITY}); only town halls that are
 * SCHEDULED or LIVE are kept.
 */
public final class LiveCopies {

	/** How many copies a node keeps at most: {@link #TOWN_HALLS} town halls, one per order and kind of viewer. */
	static final int CAPACITY = 64;
	/** Orders (popular, recent) times kinds of viewer (moderator or not). */
	static final int KINDS = 4;
	static final int TOWN_HALLS = CAPACITY / KINDS;
	/** How long a request waits for another thread's read after a write of this node, before it reads itself. */
	static final long WAIT_MILLIS = 4L * TownHallLimits.LIVE_REFRESH_MILLIS;

	private final Clock clock;
	private final byte[] writerKey = new byte[32];
	/** The town halls kept; a refresh within the interval takes no lock but its town hall's snapshot (volatile). */
	private final Map<String, Hall> halls = new ConcurrentHashMap<>();
	private final AtomicLong uses = new AtomicLong();

	/** @param clock the node's clock, which times {@link TownHallLimits#LIVE_REFRESH_MILLIS} (tests move it) */
	public LiveCopies(Clock clock) {
		this.clock = clock;
		new SecureRandom().nextBytes(writerKey);
	}

	/** The town hall as this node last read it, if kept: for checking a caller's access before {@link #plan}. */
	TownHall known(String townHallId) {
		Hall hall = townHallId == null ? null : halls.get(townHallId);
		Snapshot snapshot = hall == null ? null : hall.snapshot;
		return snapshot == null ? null : snapshot.townHall;
	}

	private Hall hall(String townHallId) {
		Hall hall = halls.get(townHallId);
		if (hall == null) {
			hall = halls.computeIfAbsent(townHallId, id -> new Hall());
			if (halls.size() > TOWN_HALLS) {
				evictLeastRecentlyUsed();
			}
		}
		hall.used = uses.incrementAndGet();
		return hall;
	}

	private synchronized void evictLeastRecentlyUsed() {
		while (halls.size() > TOWN_HALLS) {
			Map.Entry<String, Hall> eldest = null;
			for (Map.Entry<String, Hall> entry : halls.entrySet()) {
				if (eldest == null || entry.getValue().used < eldest.getValue().used) {
					eldest = entry;
				}
			}
			halls.remove(eldest.getKey(), eldest.getValue());
		}
	}

	/**
	 * What this request is to do: answer from a copy, read (then {@link Hall#done} in every case), or check the caller's
	 * access first ({@link Plan#RETRY}: the town hall became known meanwhile). Blocks only after a write of this node,
	 * while another thread's read runs (at most {@link #WAIT_MILLIS}), and while a first read of the town hall runs.
	 *
	 * @param moderator whether the caller moderates the town hall, checked on {@link #known}; null when it was not known
	 */
	Plan plan(String townHallId, TownHallQuestions.Sort sort, Boolean moderator, String writerToken) {
		Hall hall = hall(townHallId);
		// the caller's own writes on this node, committed before this request: what they are served must hold them (a
		// read that began after them); anyone else is served the state as it is while another thread reads
		long arrival = writerToken == null ? -1 : hall.writers.getOrDefault(writerToken, -1L);
		// without a lock: a copy to serve, or this request becomes the one that reads (a lock convoy of 200 request
		// threads on one town hall's monitor cost seconds on the loaded benchmark machine: docs/benchmarks.md)
		Plan plan = planWithoutLock(hall, sort, moderator, arrival);
		if (plan != null) {
			return plan;
		}
		long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WAIT_MILLIS);
		synchronized (hall) {
			while (true) {
				plan = planWithoutLock(hall, sort, moderator, arrival);
				if (plan != null) {
					return plan;
				}
				long left = deadline - System.nanoTime();
				if (left <= 0) {
					return Plan.read(hall, hall.generation.get(), clock.millis(), false);
				}
				try {
					TimeUnit.NANOSECONDS.timedWait(hall, left);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					return Plan.read(hall, hall.generation.get(), clock.millis(), false);
				}
			}
		}
	}

	/** Serve, read or retry; null when this request must wait for another thread's read. */
	private Plan planWithoutLock(Hall hall, TownHallQuestions.Sort sort, Boolean moderator, long arrival) {
		if (hall.gone) {
			if (!expired(hall.goneAt)) {
				// not kept (neither SCHEDULED nor LIVE, or not found): every request reads, as before copies
				return Plan.read(hall, hall.generation.get(), clock.millis(), false);
			}
			hall.gone = false;
		}
		Snapshot snapshot = hall.snapshot;
		if (snapshot != null && moderator == null) {
			return Plan.RETRY;
		}
		Copy copy = snapshot == null ? null : snapshot.copies.get(kind(sort, moderator));
		if (copy != null && copy.generation >= arrival) {
			boolean current = snapshot.readGeneration >= hall.generation.get() && !expired(snapshot.readAt) && copy.counter == snapshot.counter;
			if (current || !hall.reading.compareAndSet(false, true)) {
				// current, or another thread reads meanwhile
				return Plan.serve(copy);
			}
			return Plan.read(hall, hall.generation.get(), clock.millis(), true);
		}
		if (hall.reading.compareAndSet(false, true)) {
			return Plan.read(hall, hall.generation.get(), clock.millis(), true);
		}
		return null;
	}

	private boolean expired(long readAt) {
		long age = clock.millis() - readAt;
		// a clock set back counts as expired: never a copy kept longer than the interval
		return age < 0 || age >= TownHallLimits.LIVE_REFRESH_MILLIS;
	}

	static int kind(TownHallQuestions.Sort sort, boolean moderator) {
		return sort.ordinal() * 2 + (moderator ? 1 : 0);
	}

	/**
	 * After a write of this node to this town hall has committed: the next refresh reads again, and the writer's next
	 * refresh is answered only from a read that began after this.
	 *
	 * @param writerToken {@link #writerToken} of the writer, or null
	 */
	void written(String townHallId, String writerToken) {
		Hall hall = halls.get(townHallId);
		if (hall != null) {
			hall.written(writerToken);
		}
	}

	/**
	 * Who wrote, as this node tells them apart until a read holds their write: a keyed hash of the user key under a key
	 * made at the node's start and never stored, for at most one read of the town hall (docs/town-hall.md, "Live updates").
	 */
	String writerToken(Identity who) {
		return who.userKey().map(userKey -> VoterHash.hmacHex(writerKey, "peervoice.live-writer.v1", userKey)).orElse(null);
	}

	/** After a mixing of this node has committed: every town hall of the site (and any not read yet) reads again. */
	void writtenSite(long companyId, long siteId) {
		for (Hall hall : halls.values()) {
			Snapshot snapshot = hall.snapshot;
			TownHall townHall = snapshot == null ? null : snapshot.townHall;
			if (townHall == null || townHall.companyId() == companyId && townHall.siteId() == siteId) {
				hall.written(null);
			}
		}
	}

	/**
	 * A town hall not to keep: neither SCHEDULED nor LIVE (its copies are dropped; for the interval every request reads
	 * it, none waits for another), or not found by a read (forgotten, unless read before).
	 */
	void notKept(String townHallId, Hall hall) {
		synchronized (hall) {
			hall.goneAt = clock.millis();
			hall.gone = true;
			if (hall.snapshot != null) {
				hall.snapshot = hall.snapshot.withoutCopies();
			}
			hall.notifyAll();
			if (hall.snapshot != null) {
				return;
			}
		}
		halls.remove(townHallId, hall);
	}

	/** A read that failed (404, 403, 503): a town hall never read is forgotten, and whoever waits for it reads itself. */
	void failed(String townHallId, Hall hall) {
		synchronized (hall) {
			hall.notifyAll();
			if (hall.snapshot != null) {
				return;
			}
			hall.goneAt = clock.millis();
			hall.gone = true;
		}
		halls.remove(townHallId, hall);
	}

	int size() {
		int copies = 0;
		for (Hall hall : halls.values()) {
			Snapshot snapshot = hall.snapshot;
			copies += snapshot == null ? 0 : snapshot.copies.size();
		}
		return copies;
	}

	/** One town hall's state on this node; guarded by itself. */
	static final class Hall {

		/** Writes of this node committed to this town hall since it was kept. */
		private final AtomicLong generation = new AtomicLong();
		/** The state as last read (replaced whole, under the lock). */
		private volatile Snapshot snapshot;
		private volatile boolean gone;
		private volatile long goneAt;
		private volatile long used;
		/** Whether a thread reads this town hall now (the one that set it). */
		private final AtomicBoolean reading = new AtomicBoolean();
		/** The writers of this node whose writes no read holds yet: {@link #writerToken} → the generation of the last. */
		private final Map<String, Long> writers = new ConcurrentHashMap<>();

		/** Without a lock: the reads waited for are told by {@link #done}, not by writes. */
		void written(String writerToken) {
			long written = generation.incrementAndGet();
			gone = false;
			if (writerToken != null) {
				writers.merge(writerToken, written, Math::max);
			}
		}

		/** The copy of this kind read at this counter value, if kept. */
		Copy copy(int kind, long counter) {
			Snapshot kept = snapshot;
			Copy copy = kept == null ? null : kept.copies.get(kind);
			return copy != null && copy.counter == counter ? copy : null;
		}

		/**
		 * What a read that began at {@code generation} and {@code readAt} found: the town hall, the counter, and the copy of
		 * one kind (null when the counter had not moved from the copy's). A read at an earlier counter value never replaces
		 * a later one.
		 */
		synchronized void found(long generation, long readAt, TownHall found, long count, int kind, Copy copy) {
			Snapshot kept = snapshot;
			if (kept != null && count < kept.counter) {
				return;
			}
			Map<Integer, Copy> copies = new HashMap<>(kept == null ? Map.of() : kept.copies);
			if (copy != null) {
				Copy same = copies.get(kind);
				if (same == null || same.counter <= copy.counter) {
					copies.put(kind, copy);
				}
			}
			snapshot = new Snapshot(found, count, readAt, generation, copies);
			// a writer whose write this read holds is anyone again
			writers.values().removeIf(written -> written <= generation);
		}

		/** Ends this thread's read (whatever it found). */
		synchronized void done(boolean wasReader) {
			if (wasReader) {
				reading.set(false);
			}
			notifyAll();
		}

	}

	/** A town hall's state as one read left it: the town hall, the counter, when, from which generation; the copies. */
	private static final class Snapshot {

		final TownHall townHall;
		final long counter;
		final long readAt;
		final long readGeneration;
		final Map<Integer, Copy> copies;

		Snapshot(TownHall townHall, long counter, long readAt, long readGeneration, Map<Integer, Copy> copies) {
			this.townHall = townHall;
			this.counter = counter;
			this.readAt = readAt;
			this.readGeneration = readGeneration;
			this.copies = Map.copyOf(copies);
		}

		Snapshot withoutCopies() {
			return new Snapshot(townHall, counter, readAt, readGeneration, Map.of());
		}

	}

	/** What one request does: serve {@link #copy}, or read (and tell {@link #hall}). */
	static final class Plan {

		final Copy copy;
		final Hall hall;
		final long generation;
		final long readAt;
		final boolean reader;

		private Plan(Copy copy, Hall hall, long generation, long readAt, boolean reader) {
			this.copy = copy;
			this.hall = hall;
			this.generation = generation;
			this.readAt = readAt;
			this.reader = reader;
		}

		/** The town hall became known while this request waited: check the caller's access on it, then plan again. */
		static final Plan RETRY = new Plan(null, null, 0, 0, false);

		static Plan serve(Copy copy) {
			return new Plan(copy, null, 0, 0, false);
		}

		static Plan read(Hall hall, long generation, long readAt, boolean reader) {
			return new Plan(null, hall, generation, readAt, reader);
		}

	}

	/**
	 * A copy of the shared part of a live view with the town hall and the counter value it was read at, and the
	 * generation of this node's writes its read began at.
	 */
	static final class Copy {

		final TownHall townHall;
		final long counter;
		final long generation;
		final Shared shared;

		Copy(TownHall townHall, long counter, long generation, Shared shared) {
			this.townHall = townHall;
			this.counter = counter;
			this.generation = generation;
			this.shared = shared;
		}

	}

	/**
	 * The shared part of a live view: the highlighted question and the listed open ones with their vote counts, how many
	 * are open, and the polls shown with their results; and, to tell each caller their own part without the database, the
	 * stored keyed hashes of the votes on those questions and of the answers to those polls (with the choices), as the
	 * first 64 bits of each hash. Never anything that names a viewer. Read-only once made; the entities in it are
	 * detached and never changed.
	 */
	static final class Shared {

		final TownHallQuestion highlighted;
		final long highlightedVotes;
		final List<TownHallQuestion> open;
		final Map<String, Long> openVotes;
		final long openCount;
		final List<TownHallPoll> polls;
		final Map<String, TownHallPolls.Tally> tallies;
		private final Map<String, long[]> voters;
		private final Map<String, Respondents> respondents;
		/** The written forms of the views' parts made from this copy (the REST layer writes each once). */
		final WrittenOnce written = new WrittenOnce();

		Shared(TownHallQuestion highlighted, long highlightedVotes, List<TownHallQuestion> open, Map<String, Long> openVotes, long openCount,
			List<TownHallPoll> polls, Map<String, TownHallPolls.Tally> tallies, Map<String, long[]> voters, Map<String, Respondents> respondents) {
			this.highlighted = highlighted;
			this.highlightedVotes = highlightedVotes;
			this.open = List.copyOf(open);
			this.openVotes = Map.copyOf(openVotes);
			this.openCount = openCount;
			this.polls = List.copyOf(polls);
			this.tallies = Map.copyOf(tallies);
			this.voters = Map.copyOf(voters);
			this.respondents = Map.copyOf(respondents);
		}

		/** Whether a vote is stored for this question under one of these hashes (the caller's). */
		boolean votedUnder(String questionId, Iterable<String> hashes) {
			long[] stored = voters.get(questionId);
			if (stored == null) {
				return false;
			}
			boolean found = false;
			for (String hash : hashes) {
				// every hash is looked up, found or not
				found |= Arrays.binarySearch(stored, prefix(hash)) >= 0;
			}
			return found;
		}

		/** The choices stored for this poll under one of these hashes (the caller's), or none. */
		List<Integer> choicesUnder(String pollId, Iterable<String> hashes) {
			Respondents stored = respondents.get(pollId);
			List<Integer> choices = List.of();
			if (stored == null) {
				return choices;
			}
			for (String hash : hashes) {
				int at = Arrays.binarySearch(stored.hashes, prefix(hash));
				if (at >= 0 && choices.isEmpty()) {
					choices = stored.choices.get(at);
				}
			}
			return choices;
		}

		/** How many hashes this copy holds: its size is about 8 bytes each, plus the choices of poll answers. */
		int hashCount() {
			int count = 0;
			for (long[] stored : voters.values()) {
				count += stored.length;
			}
			for (Respondents stored : respondents.values()) {
				count += stored.hashes.length;
			}
			return count;
		}

	}

	/** The answers stored for one poll: the hashes' prefixes, sorted, and the choices of each. */
	static final class Respondents {

		final long[] hashes;
		final List<List<Integer>> choices;

		private Respondents(long[] hashes, List<List<Integer>> choices) {
			this.hashes = hashes;
			this.choices = choices;
		}

	}

	/** Collects stored hashes per question or poll, then {@link #voters()} or {@link #respondents()}. */
	static final class Hashes {

		private final Map<String, Map<Long, List<Integer>>> byItem = new HashMap<>();

		void add(String itemId, String hash, List<Integer> choices) {
			byItem.computeIfAbsent(itemId, id -> new java.util.TreeMap<>()).putIfAbsent(prefix(hash), choices);
		}

		Map<String, long[]> voters() {
			Map<String, long[]> voters = new HashMap<>();
			for (Map.Entry<String, Map<Long, List<Integer>>> item : byItem.entrySet()) {
				voters.put(item.getKey(), item.getValue().keySet().stream().mapToLong(Long::longValue).toArray());
			}
			return voters;
		}

		Map<String, Respondents> respondents() {
			Map<String, Respondents> respondents = new HashMap<>();
			for (Map.Entry<String, Map<Long, List<Integer>>> item : byItem.entrySet()) {
				long[] hashes = item.getValue().keySet().stream().mapToLong(Long::longValue).toArray();
				respondents.put(item.getKey(), new Respondents(hashes, List.copyOf(item.getValue().values())));
			}
			return respondents;
		}

	}

	/**
	 * The first 64 bits of a stored hash (hexadecimal HMAC-SHA256): two different people's hashes for one question or
	 * poll share them with a probability of about 2^-64. Anything else stored (none is) is mapped by its characters.
	 */
	static long prefix(String hash) {
		if (hash.length() >= 16) {
			try {
				return Long.parseUnsignedLong(hash.substring(0, 16), 16);
			}
			catch (NumberFormatException notHex) {
				// below
			}
		}
		long folded = 1125899906842597L;
		for (int i = 0; i < hash.length(); i++) {
			folded = 31 * folded + hash.charAt(i);
		}
		return folded;
	}

}
