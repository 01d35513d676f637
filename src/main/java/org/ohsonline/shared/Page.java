package org.ohsonline.shared;

import java.util.List;
import java.util.function.Function;

/** One page of results with the total count of the filtered set. */
public record Page<T>(List<T> items, long total, int page, int size) {

	public Page {
		items = List.copyOf(items);
	}

	public static <T> Page<T> of(List<T> items, long total, PageQuery query) {
		return new Page<>(items, total, query.page(), query.size());
	}

	public int totalPages() {
		return this.total == 0 ? 1 : (int) ((this.total + this.size - 1) / this.size);
	}

	public boolean hasPrevious() {
		return this.page > 1;
	}

	public boolean hasNext() {
		return this.page < totalPages();
	}

	public <R> Page<R> map(Function<T, R> mapper) {
		return new Page<>(this.items.stream().map(mapper).toList(), this.total, this.page, this.size);
	}

}
