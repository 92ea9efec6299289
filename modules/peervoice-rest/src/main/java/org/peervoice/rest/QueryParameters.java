package org.peervoice.rest;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
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

	private QueryParameters() {
	}

	public static PageRequest pageRequest(String page, String pageSize) {
		return pageRequest(page, pageSize, PageRequest.DEFAULT_PAGE_SIZE);
	}

	public static PageRequest pageRequest(String page, String pageSize, int defaultPageSize) {
		Integer pageNumber = wholeNumber("page", page);
		Integer size = wholeNumber("pageSize", pageSize);
		return PageRequest.of(pageNumber, size == null ? Integer.valueOf(defaultPageSize) : size);
	}

	/** A required id, e.g. {@code siteId}. */
	public static long requiredId(String name, String value) {
		if (isBlank(value)) {
			throw new InvalidInput(Map.of(name, "is required"));
		}
		try {
			long id = Long.parseLong(value.trim());
			if (id <= 0) {
				throw new InvalidInput(Map.of(name, "must be a positive whole number"));
			}
			return id;
		}
		catch (NumberFormatException e) {
			throw new InvalidInput(Map.of(name, "must be a positive whole number"));
		}
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

	private static Integer wholeNumber(String name, String value) {
		if (isBlank(value)) {
			return null;
		}
		try {
			return Integer.valueOf(value.trim());
		}
		catch (NumberFormatException e) {
			throw new InvalidInput(Map.of(name, "must be a whole number"));
		}
	}

	private static boolean isBlank(String value) {
		return value == null || value.trim().isEmpty();
	}

}
