package org.ohsonline.reference.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.ohsonline.reference.Division;
import org.ohsonline.reference.Divisions;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.RegionCode;
import org.ohsonline.shared.Scope;

import org.springframework.stereotype.Component;

/**
 * Builds the region picker of list pages ({@code kit :: regionPicker}) from the divisions in force,
 * limited to what the user may filter by: a supervisor's or administrator's region and everything
 * under it; for agency and institution staff, whose rows lie wherever their clients are, the province
 * they are registered in. Employers and workers get no picker: their rows are their own, whatever the
 * region. The lists narrow any requested region to the scope themselves ({@code ScopeFilter}); the
 * picker only keeps people from asking for what they cannot see.
 */
@Component("regionPickers")
public class RegionPickers {

	private final Divisions divisions;

	RegionPickers(Divisions divisions) {
		this.divisions = divisions;
	}

	/** The picker for the user with {@code value} chosen ({@code null} or blank: nothing chosen). */
	public RegionPicker of(Actor actor, String value) {
		Optional<String> root = actor == null ? Optional.empty() : root(actor);
		if (root.isEmpty()) {
			return new RegionPicker("", List.of());
		}
		String top = root.get();
		String chosen = value == null ? "" : value.trim();
		if (!chosen.startsWith(top) || !RegionCode.isValid(chosen) && !chosen.isEmpty()) {
			chosen = "";
		}
		List<RegionPicker.Level> levels = new ArrayList<>();
		String parent = top;
		// One select per level, down to the level below the division chosen (at most four: 省, 市, 县, 乡).
		while (levels.size() < 4) {
			List<Division> options = this.divisions.children(parent);
			if (options.isEmpty()) {
				break;
			}
			String within = chosen;
			String selected = options.stream()
				.map(Division::code)
				.filter(code -> within.startsWith(code))
				.findFirst()
				.orElse(null);
			levels.add(new RegionPicker.Level(options.get(0).level(), parent.equals(top) ? "" : parent, options, selected));
			if (selected == null) {
				break;
			}
			parent = selected;
		}
		return new RegionPicker(chosen, levels);
	}

	private static Optional<String> root(Actor actor) {
		Scope scope = actor.scope();
		return switch (scope.kind()) {
			case REGION -> scope.regionPrefix();
			case AGENCY, INSTITUTION -> actor.regionCode() == null || actor.regionCode().length() < 2 ? Optional.empty()
					: Optional.of(actor.regionCode().substring(0, 2));
			case EMPLOYER, PERSON -> Optional.empty();
		};
	}

}
