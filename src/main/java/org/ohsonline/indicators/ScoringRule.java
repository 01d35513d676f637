package org.ohsonline.indicators;

import java.math.BigDecimal;

/**
 * How one indicator counts in a region's quarterly score (catalog {@code indicator-scoring}): its weight and the points
 * of each rating. A weight of 0 leaves the indicator out of the score.
 */
public record ScoringRule(String indicatorCode, String name, int weight, BigDecimal greenPoints, BigDecimal amberPoints,
		BigDecimal redPoints) {

	/** The points of a rating; {@code null} for {@link Rating#NONE} (no target or no denominator: not scored). */
	public BigDecimal points(Rating rating) {
		return switch (rating) {
			case GREEN -> this.greenPoints;
			case AMBER -> this.amberPoints;
			case RED -> this.redPoints;
			case NONE -> null;
		};
	}

}
