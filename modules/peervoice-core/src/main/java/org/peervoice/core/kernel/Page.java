package org.peervoice.core.kernel;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** One page of a list, as every list endpoint returns it. */
public record Page<T>(List<T> items, int page, int pageSize, long totalCount) {

	public Page {
		items = List.copyOf(items);
	}

	public static <T> Page<T> of(List<T> items, PageRequest request, long totalCount) {
		return new Page<>(items, request.page(), request.pageSize(), totalCount);
	}

	public int lastPage() {
		return (int) Math.max(1, (totalCount + pageSize - 1) / pageSize);
	}

	public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
		return new Page<>(items.stream().map(mapper).collect(Collectors.toList()), page, pageSize, totalCount);
	}

}
