package org.peervoice.rest;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.peervoice.core.kernel.InvalidInput;
import org.peervoice.core.kernel.PageRequest;
import org.peervoice.core.kernel.UnknownItem;

/**
 * Query parameters arrive as strings and are parsed here, because a JAX-RS runtime answers a
 * failed conversion of a typed query parameter with 404, where our contract says 400. (A path
 * parameter that does not convert is a 404, which is what the contract wants there.)
 */
public final class QueryParameters {

	// One way to write each number: no plus sign, no leading zeros, no spaces ("+5", "05" and " 5" are not 5).
	private static final Pattern WHOLE_NUMBER = Pattern.compile("-?(?:0|[1-9][0-9]{0,99})");

	private QueryParameters() {
	}

	public static PageRequest pageRequest(String page, String pageSize) {
		return pageRequest(page, pageSize, PageRequest.DEFAULT_PAGE_SIZE);
	}

	/** Both parameters are checked together, so a caller learns every wrong one at once. */
	public static PageRequest pageRequest(String page, String pageSize, int defaultPageSize) {
		Map<String, String> errors = new LinkedHashMap<>();
		int pageNumber = boundedNumber(errors, "page", page, 1, PageRequest.MAX_PAGE, 1);
		int size = boundedNumber(errors, "pageSize", pageSize, 1, PageRequest.MAX_PAGE_SIZE, defaultPageSize);
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		return new PageRequest(pageNumber, size);
	}

	/** A required id, e.g. {@code siteId}. */
	public static long requiredId(String name, String value) {
		if (isBlank(value)) {
			throw new InvalidInput(Map.of(name, "is required"));
		}
		// ASCII digits only: Long.parseLong would also take other scripts' digits, e.g. a fullwidth "１"
		String digits = value;
		if (!WHOLE_NUMBER.matcher(digits).matches() || digits.length() > 18) {
			throw new InvalidInput(Map.of(name, "must be a positive whole number"));
		}
		long id = Long.parseLong(digits);
		if (id <= 0) {
			throw new InvalidInput(Map.of(name, "must be a positive whole number"));
		}
		return id;
	}

	/** A site id from the path; ids that cannot exist are unknown items, as any other unknown site. */
	public static long pathSiteId(long siteId) {
		if (siteId <= 0) {
			throw new UnknownItem("No such site.");
		}
		return siteId;
	}

	/** An optional enum value given by its constant name (case-insensitive); null when absent. */
	public static <E extends Enum<E>> E optionalEnum(String name, String value, Class<E> type) {
		if (isBlank(value)) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
			throw new InvalidInput(Map.of(name, "must be one of: " + allowed));
		}
	}

	/** An optional free-text filter; blank means absent. */
	public static String optionalText(String name, String value, int maxLength) {
		if (isBlank(value)) {
			return null;
		}
		if (value.length() > maxLength) {
			throw new InvalidInput(Map.of(name, "must be at most " + maxLength + " characters"));
		}
		return value.trim();
	}

	/** An optional flag, {@code true} or {@code false} (any case); absent or blank means false. */
	public static boolean optionalBoolean(String name, String value) {
		if (isBlank(value)) {
			return false;
		}
		String flag = value.trim().toLowerCase(Locale.ROOT);
		if (!"true".equals(flag) && !"false".equals(flag)) {
			throw new InvalidInput(Map.of(name, "must be true or false"));
		}
		return "true".equals(flag);
	}

	/** An optional whole number from {@code min} to {@code max}; {@code absent} when not given. */
	public static int optionalNumber(String name, String value, int min, int max, int absent) {
		Map<String, String> errors = new LinkedHashMap<>();
		int number = boundedNumber(errors, name, value, min, max, absent);
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		return number;
	}

	private static int boundedNumber(Map<String, String> errors, String name, String value, int min, int max, int absent) {
		if (isBlank(value)) {
			return absent;
		}
		String digits = value;
		if (!WHOLE_NUMBER.matcher(digits).matches()) {
			errors.put(name, "must be a whole number between " + min + " and " + max);
			return absent;
		}
		// more digits than any allowed value has: out of range, whatever its sign
		long number = digits.length() > 12 ? Long.MAX_VALUE : Long.parseLong(digits);
		if (number < min || number > max) {
			errors.put(name, "must be between " + min + " and " + max);
			return absent;
		}
		return (int) number;
	}

	private static boolean isBlank(String value) {
		return value == null || value.trim().isEmpty();
	}

}
