package org.ohsonline.testing.statistics;

/**
 * The EN 689 preliminary test on 3, 4 or 5 results.
 *
 * @param fraction the threshold as a fraction of the OEL (0.10, 0.15 or 0.20)
 * @param threshold fraction × OEL
 * @param belowThreshold results strictly below the threshold (a non-detect counts when its limit
 * of detection is below it)
 * @param aboveLimit results strictly above the OEL (never a non-detect)
 */
public record PreliminaryTest(double fraction, double threshold, int belowThreshold, int aboveLimit) {
}
