package org.ohsonline.shared;

/**
 * A page request from a list page or an API call. Pages count from 1; sizes are capped so a
 * client cannot ask for the whole table.
 */
public record PageQuery(int page, int size) {

	public static final int MAX_SIZE = 200;

	public PageQuery {
		if (page < 1) {
			page = 1;
		}
		if (size < 1) {
			size = 20;
		}
		size = Math.min(size, MAX_SIZE);
	}

	public static PageQuery of(Integer page, Integer size) {
		return new PageQuery(page == null ? 1 : page, size == null ? 20 : size);
	}

	public long offset() {
		return (long) (this.page - 1) * this.size;
	}

}
