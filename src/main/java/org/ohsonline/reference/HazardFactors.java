package org.ohsonline.reference;

import java.util.List;
import java.util.Optional;

/** The hazard factor catalogue (2015 edition and later) in force. */
public interface HazardFactors {

	Optional<HazardFactor> findFactor(String code);

	/** Every factor of a category, or of all categories for {@code null}, by code. */
	List<HazardFactor> factors(String categoryCode);

}
