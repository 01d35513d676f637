package org.ohsonline.grid;

/**
 * Filters of the grid list; all optional.
 *
 * @param q part of the grid's name
 * @param region a region prefix inside the actor's scope (a city or county)
 * @param sort {@code name}, {@code county}, {@code members}; a leading {@code -} sorts descending
 */
public record GridFilter(String q, String region, String sort) {

	public static GridFilter none() {
		return new GridFilter(null, null, null);
	}

}
