package org.peervoice.faults;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What the users saw during one phase of a run (steady load, a fault, the recovery after it): every request's
 * latency and outcome. Requests belong to the phase in which they started.
 */
final class PhaseLog {

	enum Outcome {
		/** 2xx, or the 409/404 that settles a vote whose earlier outcome was unknown. */
		DONE,
		/** 503 problem details with Retry-After. */
		UNAVAILABLE,
		/** Anything else: a 500, a 503 without problem details or Retry-After, another status. */
		WRONG,
		/** No HTTP answer at all (connection refused or reset: a killed node). */
		NO_ANSWER
	}

	private final String name;
	private final long startNanos = System.nanoTime();
	private volatile long endNanos;
	private final List<long[]> requests = new ArrayList<>();
	private final List<String> wrongAnswers = new ArrayList<>();

	PhaseLog(String name) {
		this.name = name;
	}

	String name() {
		return name;
	}

	synchronized void record(long startedNanos, long nanos, Outcome outcome, String description) {
		requests.add(new long[] {nanos, outcome.ordinal(), startedNanos - startNanos});
		if (outcome == Outcome.WRONG && wrongAnswers.size() < 20) {
			wrongAnswers.add(description);
		}
	}

	void end() {
		endNanos = System.nanoTime();
	}

	synchronized long count(Outcome outcome) {
		return requests.stream().filter(request -> request[1] == outcome.ordinal()).count();
	}

	/**
	 * Requests with this outcome that started in the second half of the phase and ended in it: one still running when
	 * the next fault began is that fault's.
	 */
	synchronized long countInSecondHalf(Outcome outcome) {
		long length = (long) (seconds() * 1e9);
		return requests.stream().filter(request -> request[1] == outcome.ordinal() && request[2] >= length / 2 && request[2] + request[0] <= length)
			.count();
	}

	synchronized int count() {
		return requests.size();
	}

	synchronized List<String> wrongAnswers() {
		return List.copyOf(wrongAnswers);
	}

	/** The longest request that got an HTTP answer, in milliseconds. */
	synchronized long longestMillis() {
		return requests.stream().filter(request -> request[1] != Outcome.NO_ANSWER.ordinal()).mapToLong(request -> request[0]).max().orElse(0)
			/ 1_000_000;
	}

	synchronized long percentileMillis(double percentile) {
		long[] sorted = requests.stream().mapToLong(request -> request[0]).sorted().toArray();
		if (sorted.length == 0) {
			return 0;
		}
		int index = (int) Math.min(sorted.length - 1, Math.ceil(percentile / 100.0 * sorted.length) - 1);
		return sorted[Math.max(0, index)] / 1_000_000;
	}

	double seconds() {
		long end = endNanos == 0 ? System.nanoTime() : endNanos;
		return (end - startNanos) / 1e9;
	}

	static String header() {
		return String.format(Locale.ROOT, "| %-22s | %8s | %6s | %7s | %6s | %6s | %6s | %6s | %6s | %7s | %7s |", "phase", "seconds", "req/s",
			"requests", "2xx", "503", "wrong", "no answer", "p50 ms", "p99 ms", "max ms") + "\n|" + "---|".repeat(11);
	}

	synchronized String row() {
		return String.format(Locale.ROOT, "| %-22s | %8.1f | %6.0f | %7d | %6d | %6d | %6d | %6d | %6d | %7d | %7d |", name, seconds(), count() / seconds(),
			count(), count(Outcome.DONE), count(Outcome.UNAVAILABLE), count(Outcome.WRONG), count(Outcome.NO_ANSWER), percentileMillis(50),
			percentileMillis(99), longestMillis());
	}

	@Override
	public String toString() {
		return name + Arrays.toString(new long[] {count(), count(Outcome.UNAVAILABLE), longestMillis()});
	}

}
