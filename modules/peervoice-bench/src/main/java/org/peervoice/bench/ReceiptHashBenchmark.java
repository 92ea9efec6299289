package org.peervoice.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.peervoice.core.anonymity.ReceiptCode;
import org.peervoice.core.anonymity.ReceiptHash;

/**
 * The Argon2id receipt hash on its own. Target: 20–500 ms per hash (slow against guessing,
 * not a denial of service), and checking a wrong or unknown receipt costs what a right one does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReceiptHashBenchmark {

	String secret;
	String wrongSecret;
	String stored;

	@Setup
	public void createReceipt() {
		secret = ReceiptCode.generate().secret();
		wrongSecret = ReceiptCode.generate().secret();
		stored = ReceiptHash.of(secret);
	}

	@Benchmark
	public String hash() {
		return ReceiptHash.of(secret);
	}

	@Benchmark
	public boolean verifyRightSecret() {
		return ReceiptHash.matches(secret, stored);
	}

	@Benchmark
	public boolean verifyWrongSecret() {
		return ReceiptHash.matches(wrongSecret, stored);
	}

	/** What the service spends when no suggestion has the receipt's locator. */
	@Benchmark
	public void spendTimeForUnknownReceipt() {
		ReceiptHash.spendVerificationTime(wrongSecret);
	}

}
