package org.ohsonline.indicators;

/**
 * One row of an import of figures the platform does not hold: the indicator, the county, the year, numerator and
 * denominator.
 */
public record ImportRow(String indicatorCode, String regionCode, Integer year, Long numerator, Long denominator) {
}
