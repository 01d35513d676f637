package org.ohsonline.reference.web;

import java.util.List;

import org.ohsonline.reference.Division;
import org.ohsonline.shared.RegionCode;

/**
 * A list page's region picker as it stands: the code chosen (or {@code ""} for the whole scope) and one
 * select per level from the top of the user's scope down to the level below the division chosen.
 *
 * @param value the region filter the page applies ({@code ""}: the whole scope)
 * @param levels the selects, outermost first; empty when there is nothing to choose
 */
public record RegionPicker(String value, List<Level> levels) {

	public RegionPicker {
		levels = List.copyOf(levels);
	}

	/** Whether the page shows a picker at all. */
	public boolean shown() {
		return !this.levels.isEmpty();
	}

	/**
	 * One select: the divisions directly under {@code parent}, the one chosen among them if any.
	 *
	 * @param level the level of the divisions offered
	 * @param parent the code the "all" option stands for ({@code ""} at the top of the scope)
	 * @param options the divisions offered
	 * @param selected the code chosen at this level, or {@code null}
	 */
	public record Level(RegionCode.Level level, String parent, List<Division> options, String selected) {

		public Level {
			options = List.copyOf(options);
		}

	}

}
