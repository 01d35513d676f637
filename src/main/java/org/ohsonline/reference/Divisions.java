package org.ohsonline.reference;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ohsonline.shared.RegionCode;

/** Administrative divisions (GB/T 2260 and NBS township codes) of the version in force. */
public interface Divisions {

	Optional<Division> find(String code);

	/** The divisions directly under a code; {@code ""} gives the provinces. */
	List<Division> children(String parentCode);

	/** How many divisions of each level lie under a prefix (the prefix's own division excluded). */
	Map<RegionCode.Level, Long> countWithin(String prefix);

	/** "浙江省 杭州市 拱墅区" for {@code 330105}; the code itself when unknown. */
	String fullName(String code);

}
