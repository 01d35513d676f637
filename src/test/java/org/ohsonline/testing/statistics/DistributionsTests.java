package org.ohsonline.testing.statistics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The distribution functions against SciPy 1.17.1 (python3: {@code scipy.stats.norm},
 * {@code scipy.stats.nct}), the figures printed by the script in
 * docs/decisions/0006-exposure-statistics.md, and against EN 689:2018's table of U_T.
 */
class DistributionsTests {

	@Test
	void matchesScipyForTheNormalDistribution() {
		// norm.ppf(0.95) = 1.6448536269514722; norm.cdf(-8) = 6.22096057427174e-16; norm.ppf(1e-10) = -6.361340902404056
		assertThat(Distributions.normalQuantile(0.95)).isCloseTo(1.6448536269514722, within(1e-14));
		assertThat(Distributions.normalCdf(-8)).isCloseTo(6.22096057427174e-16, within(1e-28));
		assertThat(Distributions.normalQuantile(1e-10)).isCloseTo(-6.361340902404056, within(1e-12));
		assertThat(Distributions.normalCdf(0)).isEqualTo(0.5);
		assertThat(Distributions.normalCdf(1.6448536269514722)).isCloseTo(0.95, within(1e-15));
	}

	@Test
	void matchesScipyForTheNonCentralTDistribution() {
		// nct.cdf(2.5, 5, 1.5) = 0.7547562435084103
		assertThat(Distributions.nonCentralTCdf(2.5, 5, 1.5)).isCloseTo(0.7547562435084103, within(1e-12));
		// nct.cdf(-1.0, 9, 0.8) = 0.04202344238938552 (negative t)
		assertThat(Distributions.nonCentralTCdf(-1.0, 9, 0.8)).isCloseTo(0.04202344238938552, within(1e-12));
		// nct.cdf(40.0, 30, 35.0) = 0.8120106006133082 (large non-centrality, many series terms)
		assertThat(Distributions.nonCentralTCdf(40.0, 30, 35.0)).isCloseTo(0.8120106006133082, within(1e-9));
		// nct.cdf(3.0, 100, 2.0) = 0.8342136565467992
		assertThat(Distributions.nonCentralTCdf(3.0, 100, 2.0)).isCloseTo(0.8342136565467992, within(1e-12));
	}

	@Test
	void reproducesTheToleranceFactorsOfEn689() {
		// EN 689:2018 U_T (95th percentile, 70 % confidence) as tabled to 3 decimals; identical to
		// nct.ppf(0.70, n-1, norm.ppf(0.95)*sqrt(n))/sqrt(n)
		int[] n = { 6, 7, 8, 9, 10, 12, 15, 20, 30, 50, 100 };
		double[] table = { 2.187, 2.120, 2.072, 2.035, 2.005, 1.961, 1.917, 1.870, 1.820, 1.775, 1.733 };
		for (int i = 0; i < n.length; i++) {
			assertThat(Distributions.toleranceFactor(n[i], 0.95, 0.70)).as("n = " + n[i])
				.isCloseTo(table[i], within(0.0005));
		}
		// full precision for n = 6: 2.1867449612854877
		assertThat(Distributions.toleranceFactor(6, 0.95, 0.70)).isCloseTo(2.1867449612854877, within(1e-10));
	}

}
