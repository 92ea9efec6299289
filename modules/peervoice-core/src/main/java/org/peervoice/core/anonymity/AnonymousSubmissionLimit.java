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
 * Flood control for anonymous posting that forgets: counters live only in memory, keyed by
 * an HMAC of the user key under a random secret that is replaced (with all counters) every day.
 * Nothing of it is persisted, so it cannot later link anonymous items to anyone.
 */
public final class AnonymousSubmissionLimit {

	private static final Duration WINDOW = Duration.ofHours(1);
	private static final SecureRandom RANDOM = new SecureRandom();

	private final Clock clock;
	private final int maxPerHour;
	private final Map<String, Deque<Instant>> recent = new HashMap<>();
	private byte[] dailySecret;
	private LocalDate secretDay;

	public AnonymousSubmissionLimit(Clock clock, int maxPerHour) {
		this.clock = clock;
		this.maxPerHour = maxPerHour;
	}

	/**
	 * Counts one anonymous submission by this user.
	 *
	 * @throws TooManyRequests when the user already submitted the maximum within the last hour
	 */
	public synchronized void register(long companyId, String userKey) {
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
		if (!today.equals(secretDay)) {
			dailySecret = new byte[32];
			RANDOM.nextBytes(dailySecret);
			secretDay = today;
			recent.clear();
		}
		String key = VoterHash.hmacHex(dailySecret, companyId + "|" + userKey);
		Deque<Instant> times = recent.computeIfAbsent(key, k -> new ArrayDeque<>());
		while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
			times.removeFirst();
		}
		if (times.size() >= maxPerHour) {
			throw new TooManyRequests();
		}
		times.addLast(now);
	}

}
