package org.ohsonline.indicators;

import java.math.BigDecimal;

/**
 * A figure a revision changed against the revision before it (a late correction): before and after, {@code null} on
 * the side where the region had no figure of the indicator.
 */
public record SnapshotChange(String regionCode, String indicatorCode, Long beforeNumerator, Long beforeDenominator,
		BigDecimal beforeTarget, Long afterNumerator, Long afterDenominator, BigDecimal afterTarget) {

	public BigDecimal beforePercent() {
		return this.beforeNumerator == null ? null : Figure.percent(this.beforeNumerator, this.beforeDenominator);
	}

	public BigDecimal afterPercent() {
		return this.afterNumerator == null ? null : Figure.percent(this.afterNumerator, this.afterDenominator);
	}

}
