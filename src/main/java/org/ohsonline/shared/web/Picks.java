package org.ohsonline.shared.web;

import java.util.List;

/**
 * The answer of a searchable picker's endpoint ({@code kit :: searchPicker}, js/kit.js): the first
 * matches in the caller's scope and whether there are more (the picker then asks for more letters).
 * Endpoints return at most {@link #LIMIT} options.
 *
 * @param items the options, best first
 * @param more whether more records match than are listed
 */
public record Picks(List<Option> items, boolean more) {

	/** How many options a picker lists at most. */
	public static final int LIMIT = 20;

	public Picks {
		items = List.copyOf(items);
	}

	/**
	 * One option.
	 *
	 * @param id what the form sends (a record's id, a code)
	 * @param label what the user chose, shown in the box
	 * @param hint what tells two alike apart (a credit code, a region, a category)
	 */
	public record Option(String id, String label, String hint) {
	}

	/** The first {@link #LIMIT} of a list filtered in memory. */
	public static Picks first(List<Option> matches) {
		return new Picks(matches.stream().limit(LIMIT).toList(), matches.size() > LIMIT);
	}

}
