package org.ohsonline.grid;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The KPIs of a grid or of a person for a quarter, scored with the {@code grid-kpis} catalog version in force on the
 * quarter's last day.
 *
 * @param subject the grid's name or the person's
 * @param referenceDay the day membership and assignments are taken on: the quarter's last day, or today while it runs
 * @param employers employers counted (in the grid, or in the person's grids, on the reference day)
 * @param points the points earned
 * @param possible the sum of the maximum points of the applicable KPIs
 * @param score points / possible × 100, two decimals; null when nothing is applicable
 */
@io.swagger.v3.oas.annotations.media.Schema(name = "GridKpiSheet")
public record KpiSheet(String subject, Quarter quarter, LocalDate referenceDay, int employers, List<KpiFigure> figures,
		BigDecimal points, BigDecimal possible, BigDecimal score, String edition, LocalDate effectiveFrom, String source) {

	public KpiSheet {
		figures = List.copyOf(figures);
	}

}
