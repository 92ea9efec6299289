package org.peervoice.core.anonymity;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

import org.peervoice.core.kernel.TooManyRequests;

/**
 * Flood control that forgets: at most {@code max} attempts per person within a sliding window,
 * counted only in memory, keyed by an HMAC of the person under a random secret that is replaced,
 * with every counter, each day (UTC). Nothing of it is persisted or logged, so it can never link
 * anonymous items to anyone. One instance per kind of attempt (anonymous submissions, receipt checks),
 * shared by every feature through {@link AnonymousWriting}; a node-wide instance bounds the work of
 * everyone together.
 */
public final class FloodLimit {

	static final int ANONYMOUS_SUBMISSIONS_PER_HOUR = 10;
	static final int RECEIPT_CHECKS_PER_PERSON = 30;
	static final Duration RECEIPT_WINDOW = Duration.ofMinutes(10);
	// Argon2id at m=19 MiB, t=2 takes some 30 ms of one core: this ceiling keeps receipt checks under a tenth of a core.
	static final int RECEIPT_CHECKS_PER_NODE_AND_MINUTE = 200;

	private static final String NODE_WIDE = "node";
	private static final SecureRandom RANDOM = new SecureRandom();

	private final Clock clock;
	private final int max;
	private final Duration window;
	private final Map<String, Deque<Instant>> recent = new HashMap<>();
	private byte[] dailySecret;
	private LocalDate secretDay;

	public FloodLimit(Clock clock, int max, Duration window) {
		if (max < 1 || window.isNegative() || window.isZero()) {
			throw new IllegalArgumentException("a flood limit needs at least one attempt per positive window");
		}
		this.clock = clock;
		this.max = max;
		this.window = window;
	}

	/** Ten anonymous submissions per person and hour. */
	public static FloodLimit anonymousSubmissions(Clock clock) {
		return new FloodLimit(clock, ANONYMOUS_SUBMISSIONS_PER_HOUR, Duration.ofHours(1));
	}

	/** Thirty receipt checks (look-ups, replies, withdrawals) per person within ten minutes. */
	public static FloodLimit receiptChecksPerPerson(Clock clock) {
		return new FloodLimit(clock, RECEIPT_CHECKS_PER_PERSON, RECEIPT_WINDOW);
	}

	/** A ceiling on receipt checks of everyone on this node together, to bound the Argon2 work. */
	public static FloodLimit receiptChecksPerNode(Clock clock) {
		return new FloodLimit(clock, RECEIPT_CHECKS_PER_NODE_AND_MINUTE, Duration.ofMinutes(1));
	}

	/**
	 * Counts one attempt by this person.
	 *
	 * @throws TooManyRequests when the person reached the maximum within the window (it says when to retry)
	 */
	public synchronized void register(long companyId, String userKey) {
		Instant now = clock.instant();
		count(VoterHash.hmacHex(secretOf(now), Long.toString(companyId), userKey), now);
	}

	/**
	 * Counts one attempt by anyone on this node.
	 *
	 * @throws TooManyRequests when the node reached the maximum within the window (it says when to retry)
	 */
	public synchronized void registerNodeWide() {
		Instant now = clock.instant();
		secretOf(now);
		count(NODE_WIDE, now);
	}

	private byte[] secretOf(Instant now) {
		LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
		if (!today.equals(secretDay)) {
			dailySecret = new byte[32];
			RANDOM.nextBytes(dailySecret);
			secretDay = today;
			recent.clear();
		}
		return dailySecret;
	}

	private void count(String key, Instant now) {
		Deque<Instant> times = recent.computeIfAbsent(key, k -> new ArrayDeque<>());
		while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(window))) {
			times.removeFirst();
		}
		if (times.size() >= max) {
			Duration wait = Duration.between(now, times.peekFirst().plus(window));
			throw new TooManyRequests(Math.max(1, (wait.toMillis() + 999) / 1000));
		}
		times.addLast(now);
	}

}
