package org.ohsonline.reference;

import java.math.BigDecimal;

/**
 * The WBGT limit that applies to a heat exposure, with the table cell and the adjustment that made
 * it, so a page can say 'WBGT 31.2 °C > 30 °C (Ⅱ级, 接触时间率 75 %)'.
 *
 * @param intensity the labour intensity asked for
 * @param timeSharePercent the exposure time share asked for (1–100)
 * @param tableTimeShare the column of the table used: the smallest tabled share not below the one
 * asked for (a share between two columns takes the stricter, higher column)
 * @param tableLimit the table's limit for that intensity and column
 * @param adjustment what was added because the summer outdoor design temperature is high (zero
 * otherwise)
 * @param limit the limit to judge against: table limit plus adjustment
 * @param unit {@code °C WBGT}
 * @param catalogEdition the edition of the {@code heat-limits} catalog used
 * @param source that version's source
 * @param verified whether the table cell (and the adjustment, when applied) were checked against
 * the official text
 */
public record HeatLimit(LabourIntensity intensity, int timeSharePercent, int tableTimeShare, BigDecimal tableLimit,
		BigDecimal adjustment, BigDecimal limit, String unit, String catalogEdition, String source,
		boolean verified) {
}
