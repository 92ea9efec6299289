package org.peervoice.core.kernel;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** One page of a list, as every list endpoint returns it. */
public final class Page<T> {

	private final List<T> items;
	private final int page;
	private final int pageSize;
	private final long totalCount;

	public Page(List<T> items, int page, int pageSize, long totalCount) {
		this.items = List.copyOf(items);
		this.page = page;
		this.pageSize = pageSize;
		this.totalCount = totalCount;
	}

	public static <T> Page<T> of(List<T> items, PageRequest request, long totalCount) {
		return new Page<>(items, request.page(), request.pageSize(), totalCount);
	}

	public List<T> items() {
		return items;
	}

	public int page() {
		return page;
	}

	public int pageSize() {
		return pageSize;
	}

	public long totalCount() {
		return totalCount;
	}

	public int lastPage() {
		return (int) Math.max(1, (totalCount + pageSize - 1) / pageSize);
	}

	public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
		return new Page<>(items.stream().map(mapper).collect(Collectors.toList()), page, pageSize, totalCount);
	}

}
