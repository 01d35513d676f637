package org.ohsonline.grid;

import java.math.BigDecimal;

/**
 * One KPI of a grid or person for a quarter, with the numbers behind it and its points.
 *
 * @param code the KPI's code in the {@code grid-kpis} catalog (e.g. {@code INSPECTION_COVERAGE})
 * @param name its name in the catalog version used
 * @param kind {@code RATE} (numerator of denominator) or {@code COUNT} (numerator only, denominator null)
 * @param rate numerator / denominator for a RATE with a denominator, else null
 * @param applicable false for a RATE whose denominator is 0: it gets no points and its maximum leaves the possible total
 */
@io.swagger.v3.oas.annotations.media.Schema(name = "GridKpiFigure")
public record KpiFigure(String code, String name, String kind, long numerator, Long denominator, BigDecimal rate,
		BigDecimal maxPoints, BigDecimal points, boolean applicable) {

	public boolean rateKind() {
		return "RATE".equals(this.kind);
	}

}
