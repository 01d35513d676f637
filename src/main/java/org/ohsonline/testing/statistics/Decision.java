package org.ohsonline.testing.statistics;

/** What EN 689's tests conclude about a similar exposure group. */
public enum Decision {

	/** Compliance: the preliminary test passed, or the upper tolerance limit is at most the OEL. */
	COMPLIANT,

	/** Non-compliance: a result above the OEL in the preliminary test, or the upper tolerance limit above it. */
	NON_COMPLIANT,

	/** 3 to 5 results, none above the OEL but not all below the threshold: measure to at least 6. */
	MORE_MEASUREMENTS_NEEDED,

	/** Fewer than 3 results: EN 689 decides nothing. */
	INSUFFICIENT_DATA,

	/** 6 or more results with too few detected to fit non-detects: measure with a lower limit of detection. */
	TOO_FEW_DETECTED

}
