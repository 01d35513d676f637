package org.ohsonline.indicators;

import java.math.BigDecimal;

/**
 * A figure against its target: green at or above it, amber within the definition's margin below it, red further
 * below; none without a target or without a denominator.
 */
public enum Rating {

	GREEN, AMBER, RED, NONE;

	/** The rating of a rate (per cent) against a target (per cent) with an amber margin in percentage points. */
	public static Rating of(BigDecimal percent, BigDecimal target, int amberMargin) {
		if (percent == null || target == null) {
			return NONE;
		}
		if (percent.compareTo(target) >= 0) {
			return GREEN;
		}
		return percent.compareTo(target.subtract(BigDecimal.valueOf(amberMargin))) >= 0 ? AMBER : RED;
	}

}
