package org.ohsonline.testing.statistics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ohsonline.testing.statistics.ExposureStatisticsTests.oel;
import static org.ohsonline.testing.statistics.ExposureStatisticsTests.results;

/**
 * The words beside EN 689's decision: where every measured shift passed (each single-day verdict
 * 符合) but the statistics do not, the explanation says why, with the numbers that decided.
 */
class DecisionExplanationTests {

	@Test
	void explainsWhySixPassingShiftsStillFailOnTheirSpread() {
		// Every C_TWA is below 2 mg/m³, so every single-day verdict is compliant; the fit's UTL 2.016 > 2
		// (ExposureStatisticsTests), exceedance 1.48 % with upper limit 5.09 %.
		DecisionExplanation why = DecisionExplanation
			.of(ExposureStatistics.evaluate(results("0.12", "0.25", "0.31", "0.45", "0.62", "1.1"), oel("2")));
		assertThat(why.differs()).isTrue();
		assertThat(why.code()).isEqualTo("testing.statistics.why.NON_COMPLIANT_SPREAD");
		assertThat(why.arguments()).containsExactly("6", "1.5%", "5.1%", "2.02 mg/m³", "2 mg/m³");
	}

	@Test
	void explainsThatFourPassingShiftsAreTooFewWhenNotAllAreFarBelowTheLimit() {
		// 4 results: all must be below 0.15 × 2 = 0.3 mg/m³; 0.35 is not, though below the limit.
		DecisionExplanation why = DecisionExplanation
			.of(ExposureStatistics.evaluate(results("0.1", "0.2", "0.25", "0.35"), oel("2")));
		assertThat(why.differs()).isTrue();
		assertThat(why.code()).isEqualTo("testing.statistics.why.MORE_MEASUREMENTS_NEEDED");
		assertThat(why.arguments()).containsExactly("4", "15.0%", "0.3 mg/m³", "3");
	}

	@Test
	void saysBothAgreeWhenAShiftExceedsTheLimitOrAllAreFarBelowIt() {
		DecisionExplanation above = DecisionExplanation
			.of(ExposureStatistics.evaluate(results("0.1", "0.2", "0.3", "0.35", "2.1"), oel("2")));
		assertThat(above.differs()).isFalse();
		assertThat(above.code()).isEqualTo("testing.statistics.why.NON_COMPLIANT_DAYS");
		assertThat(above.arguments()).containsExactly("1", "5");

		DecisionExplanation below = DecisionExplanation
			.of(ExposureStatistics.evaluate(results("0.05", "0.12", "0.18"), oel("2")));
		assertThat(below.differs()).isFalse();
		assertThat(below.code()).isEqualTo("testing.statistics.why.COMPLIANT_PRELIMINARY");
		assertThat(below.arguments()).containsExactly("3", "10.0%", "0.2 mg/m³");
	}

	@Test
	void saysTwoResultsDecideNothingStatistically() {
		DecisionExplanation why = DecisionExplanation.of(ExposureStatistics.evaluate(results("0.01", "3"), oel("2")));
		assertThat(why.code()).isEqualTo("testing.statistics.why.INSUFFICIENT_DATA");
		assertThat(why.arguments()).containsExactly("2", "1");
	}

}
