package org.peervoice.core.kernel;

import java.util.Map;

/** A 1-based page of at most {@value #MAX_PAGE_SIZE} items. */
public record PageRequest(int page, int pageSize) {

	public static final int DEFAULT_PAGE_SIZE = 20;
	public static final int MAX_PAGE_SIZE = 100;

	public PageRequest {
		if (page < 1) {
			throw new InvalidInput(Map.of("page", "must be 1 or more"));
		}
		if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
			throw new InvalidInput(Map.of("pageSize", "must be between 1 and " + MAX_PAGE_SIZE));
		}
	}

	public static PageRequest of(Integer page, Integer pageSize) {
		return new PageRequest(page == null ? 1 : page, pageSize == null ? DEFAULT_PAGE_SIZE : pageSize);
	}

	public int offset() {
		return (page - 1) * pageSize;
	}

}
