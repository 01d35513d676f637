package org.ohsonline.indicators;

import java.math.BigDecimal;

/**
 * A target to set: the indicator, the region (province, city or county), the year, the value in per cent and where it
 * comes from (the plan's document number or title).
 */
public record TargetCommand(String indicatorCode, String regionCode, Integer year, BigDecimal value, String source) {
}
