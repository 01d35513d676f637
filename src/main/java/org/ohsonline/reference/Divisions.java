package org.ohsonline.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ohsonline.shared.RegionCode;
import org.ohsonline.shared.Scope;

/** Administrative divisions (GB/T 2260 and NBS township codes) of the version in force. */
public interface Divisions {

	Optional<Division> find(String code);

	/** The divisions directly under a code; {@code ""} gives the provinces. */
	List<Division> children(String parentCode);

	/** How many divisions of each level lie under a prefix (the prefix's own division excluded). */
	Map<RegionCode.Level, Long> countWithin(String prefix);

	/** "浙江省 杭州市 拱墅区" for {@code 330105}; the code itself when unknown. */
	String fullName(String code);

	/**
	 * The options of a list page's region picker for a scope: the scope's own division, then the
	 * cities and counties under it in tree order (townships are left out: a province has too many
	 * for one list). Empty for scopes that are not regions.
	 */
	default List<Division> pickerOptions(Scope scope) {
		List<Division> options = new ArrayList<>();
		scope.regionPrefix().ifPresent(prefix -> {
			find(prefix).ifPresent(options::add);
			addCitiesAndCounties(prefix, options);
		});
		return options;
	}

	private void addCitiesAndCounties(String parent, List<Division> into) {
		for (Division child : children(parent)) {
			if (child.level() != RegionCode.Level.TOWNSHIP) {
				into.add(child);
				addCitiesAndCounties(child.code(), into);
			}
		}
	}

}
