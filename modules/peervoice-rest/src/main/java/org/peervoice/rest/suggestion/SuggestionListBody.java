package org.peervoice.rest.suggestion;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.peervoice.core.kernel.Page;
import org.peervoice.core.suggestion.SuggestionList;
import org.peervoice.core.suggestion.SuggestionView;

/** A page of suggestions (as every list endpoint returns a page) with the number of items in each status. */
public final class SuggestionListBody {

	private final Page<SuggestionView> page;
	private final Map<String, Long> statusCounts = new LinkedHashMap<>();

	SuggestionListBody(SuggestionList list) {
		this.page = list.page();
		list.statusCounts().forEach((status, count) -> statusCounts.put(status.name(), count));
	}

	public List<SuggestionView> getItems() {
		return page.items();
	}

	public int getPage() {
		return page.page();
	}

	public int getPageSize() {
		return page.pageSize();
	}

	public long getTotalCount() {
		return page.totalCount();
	}

	public int getLastPage() {
		return page.lastPage();
	}

	public Map<String, Long> getStatusCounts() {
		return statusCounts;
	}

}
