package org.ohsonline.reference;

import java.util.List;
import java.util.Optional;

/** Industries (GB/T 4754-2017) of the version in force. */
public interface Industries {

	Optional<Industry> findIndustry(String code);

	/** The industries directly under a code; {@code ""} gives the sections. */
	List<Industry> childIndustries(String parentCode);

}
