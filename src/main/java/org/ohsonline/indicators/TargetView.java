package org.ohsonline.indicators;

import java.math.BigDecimal;
import java.time.Instant;

/** A target set for a region, year and indicator. */
public record TargetView(long id, String indicatorCode, String regionCode, int year, BigDecimal value, String source,
		String setBy, Instant setAt) {
}
