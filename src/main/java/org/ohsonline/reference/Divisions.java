package org.ohsonline.reference;

import java.util.Collection;
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
	 * {@link #fullName} of many codes at once (a list page's rows), in a couple of queries instead of two per level
	 * of each code; unknown codes map to themselves.
	 */
	Map<String, String> fullNames(Collection<String> codes);

	/**
	 * The division of a prefix and every division under it down to a level, in tree order (a code sorts before the
	 * codes under it), in one query.
	 */
	List<Division> within(String prefix, RegionCode.Level deepest);

	/**
	 * The options of a list page's region picker for a scope: the scope's own division, then the
	 * cities and counties under it in tree order (townships are left out: a province has too many
	 * for one list). Empty for scopes that are not regions.
	 */
	default List<Division> pickerOptions(Scope scope) {
		return scope.regionPrefix().map(prefix -> within(prefix, RegionCode.Level.COUNTY)).orElse(List.of());
	}

}
