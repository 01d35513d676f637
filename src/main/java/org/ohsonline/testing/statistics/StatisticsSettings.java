package org.ohsonline.testing.statistics;

import java.util.List;

/**
 * The parameters of the EN 689:2018 tests, so that a report states them.
 *
 * @param preliminaryFractions the preliminary test's thresholds as fractions of the OEL for 3, 4
 * and 5 results (EN 689: 0.10, 0.15, 0.20)
 * @param coverage the percentile judged (EN 689: the 95th)
 * @param confidence the confidence of its upper tolerance limit and of the exceedance fraction's
 * upper limit (EN 689: 70 %)
 * @param minimumDetected the fewest detected results with which non-detects are fitted
 */
public record StatisticsSettings(List<Double> preliminaryFractions, double coverage, double confidence,
		int minimumDetected) {

	public StatisticsSettings {
		preliminaryFractions = List.copyOf(preliminaryFractions);
		if (preliminaryFractions.size() != 3) {
			throw new IllegalArgumentException("one preliminary fraction each for 3, 4 and 5 results");
		}
		if (!(coverage > 0 && coverage < 1) || !(confidence > 0 && confidence < 1)) {
			throw new IllegalArgumentException("coverage and confidence must lie in (0, 1)");
		}
	}

	/** EN 689:2018: 0.10/0.15/0.20 × OEL; 95th percentile at 70 % confidence; at least 3 detected. */
	public static StatisticsSettings en689() {
		return new StatisticsSettings(List.of(0.10, 0.15, 0.20), 0.95, 0.70, 3);
	}

}
