package org.ohsonline.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One indicator in one region: numerator over denominator (always shown together), the rate, the target that applies
 * (the region's own or the nearest higher region's) and the rating against it.
 *
 * @param targetRegion the region whose target applies ({@code null} without a target)
 * @param source for an imported figure, the source it was imported from; {@code null} for a counted one
 */
public record Figure(String indicatorCode, String regionCode, long numerator, long denominator, BigDecimal target,
		String targetRegion, Rating rating, String source) {

	/** The rate in per cent with one decimal; {@code null} when the denominator is 0. */
	@com.fasterxml.jackson.annotation.JsonProperty("percent")
	public BigDecimal percent() {
		return percent(this.numerator, this.denominator);
	}

	public static BigDecimal percent(long numerator, long denominator) {
		return denominator == 0 ? null
				: BigDecimal.valueOf(numerator * 100L).divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
	}

}
