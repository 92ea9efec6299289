package org.peervoice.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.peervoice.core.privacy.PrivacyScreen;
import org.peervoice.core.privacy.PrivacyWarning;

/**
 * The privacy screen on a body of the maximum 5,000 characters. Target: p99 under 1 ms for
 * every kind of text, including text built to make the patterns backtrack.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PrivacyScreenBenchmark {

	static final int BODY_LENGTH = 5000;

	/** prose: ordinary text; details: text full of things to flag; digits: numbers and short words, hard on the patterns. */
	@Param({"prose", "details", "digits"})
	public String text;

	final PrivacyScreen screen = new PrivacyScreen();
	String body;

	@Setup
	public void writeBody() {
		body = bodyOf(text);
	}

	@Benchmark
	public List<PrivacyWarning> screenBody() {
		return screen.screen("body", body);
	}

	static String bodyOf(String kind) {
		String unit;
		if ("prose".equals(kind)) {
			unit = "On the 3rd of the month our group ran over by 20 minutes, and staff on 2 teams had no time to write notes. ";
		}
		else if ("details".equals(kind)) {
			unit = "Call me at (555) 123-4567 or jo.doe@example.org; client MRN 448812, DOB 04/12/1988, lives at 12 Elm Street. ";
		}
		else if ("digits".equals(kind)) {
			unit = "12 34 5678 901 23 4 56 78 9012 3 45 678 1 2 3 4 5 6 7 8 9 0 - 12-34-56 123.456.7 ";
		}
		else {
			throw new IllegalArgumentException("Unknown text kind " + kind);
		}
		StringBuilder body = new StringBuilder(BODY_LENGTH + unit.length());
		while (body.length() < BODY_LENGTH) {
			body.append(unit);
		}
		return body.substring(0, BODY_LENGTH);
	}

}
