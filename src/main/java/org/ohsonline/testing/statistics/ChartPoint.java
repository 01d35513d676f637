package org.ohsonline.testing.statistics;

/**
 * One result on a lognormal probability plot: ordered by value, Blom plotting position
 * (i − 3/8)/(n + 1/4), its normal score, and the fitted value at that score. A non-detect is placed
 * at its limit of detection and drawn hollow.
 */
public record ChartPoint(String id, double value, boolean nonDetect, double plottingPosition, double normalScore,
		double fitted) {
}
