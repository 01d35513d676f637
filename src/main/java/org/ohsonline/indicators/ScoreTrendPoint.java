package org.ohsonline.indicators;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A region's quarter in the trend across snapshots: the latest revision's score, rank (when the reader may see the
 * level) and the rate per indicator.
 */
public record ScoreTrendPoint(String quarter, int revision, BigDecimal score, Integer rank, int siblings,
		Map<String, BigDecimal> percents) {

	public ScoreTrendPoint {
		percents = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(percents));
	}

}
