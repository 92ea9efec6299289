package org.peervoice.core.recognition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A list of values stored in one column as LF-separated lines with a LF before the first and after the last, so a
 * portable {@code LIKE '%\nvalue\n%'} finds one value exactly. Values never hold a line break, {@code %} or {@code _}
 * ({@link RecognitionSettingsService} refuses them).
 */
final class ValueLines {

	/** {@link RecognitionLimits#MAX_SITE_VALUES} values of {@link RecognitionLimits#VALUE} units, each with its LF, and one more. */
	static final int LENGTH = 821;

	private ValueLines() {
	}

	static String join(List<String> values) {
		return "\n" + String.join("\n", values) + "\n";
	}

	static List<String> split(String lines) {
		List<String> values = new ArrayList<>();
		for (String value : Arrays.asList(lines.split("\n"))) {
			if (!value.isEmpty()) {
				values.add(value);
			}
		}
		return values;
	}

	/** The {@code LIKE} pattern that finds {@code value} in a column of lines. */
	static String containing(String value) {
		return "%\n" + value + "\n%";
	}

}
