package org.ohsonline.testing.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ohsonline.reference.Oel;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.InvalidInputException.FieldError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * EN 689:2018 decisions for 3, 4, 5 and ≥ 6 results. Expected figures for the fits come from an
 * independent SciPy 1.17.1 computation (the script in docs/decisions/0006-exposure-statistics.md:
 * numpy mean/std(ddof=1) of the logarithms, scipy.stats.nct for k and the exceedance bound,
 * scipy.optimize on the censored likelihood).
 */
class ExposureStatisticsTests {

	static final String MG = "mg/m³";

	static Oel oel(String pcTwa) {
		return new Oel("2999", null, new BigDecimal(pcTwa), null, MG, null, null, false);
	}

	static List<Measurement> results(String... values) {
		List<Measurement> list = new ArrayList<>();
		for (int i = 0; i < values.length; i++) {
			String v = values[i];
			list.add(v.startsWith("<") ? Measurement.notDetected("R" + (i + 1), new BigDecimal(v.substring(1)), MG)
					: Measurement.detected("R" + (i + 1), new BigDecimal(v), MG));
		}
		return list;
	}

	// --- preliminary test ------------------------------------------------------------------------

	@Test
	void compliesWithThreeResultsAllBelowATenthOfTheOel() {
		// OEL 2: threshold 0.10 × 2 = 0.2; 0.05, 0.12, 0.18 all < 0.2
		ExposureAssessment assessment = ExposureStatistics.evaluate(results("0.05", "0.12", "0.18"), oel("2"));

		assertThat(assessment.decision()).isEqualTo(Decision.COMPLIANT);
		assertThat(assessment.preliminary().threshold()).isCloseTo(0.2, within(1e-12));
		assertThat(assessment.preliminary().belowThreshold()).isEqualTo(3);
		assertThat(assessment.fit()).isNull();
	}

	@Test
	void needsMoreMeasurementsWhenOneOfThreeReachesTheThreshold() {
		// 0.2 is not below 0.2: neither compliant nor above the OEL
		assertThat(ExposureStatistics.evaluate(results("0.05", "0.12", "0.2"), oel("2")).decision())
			.isEqualTo(Decision.MORE_MEASUREMENTS_NEEDED);
	}

	@Test
	void usesFifteenPerCentForFourResultsCountingANonDetectByItsLimitOfDetection() {
		// OEL 2: threshold 0.15 × 2 = 0.3; 0.1, 0.2, 0.25 and ND<0.29 all below → compliant
		assertThat(ExposureStatistics.evaluate(results("0.1", "0.2", "0.25", "<0.29"), oel("2")).decision())
			.isEqualTo(Decision.COMPLIANT);
		// a non-detect with LOD 0.4 may hide anything up to 0.4 ≥ 0.3: no conclusion
		ExposureAssessment unclear = ExposureStatistics.evaluate(results("0.1", "0.2", "0.25", "<0.4"), oel("2"));
		assertThat(unclear.decision()).isEqualTo(Decision.MORE_MEASUREMENTS_NEEDED);
		assertThat(unclear.preliminary().belowThreshold()).isEqualTo(3);
	}

	@Test
	void failsFiveResultsWithOneAboveTheOelButNotOneExactlyAtIt() {
		// OEL 2: threshold 0.20 × 2 = 0.4; 2.1 > 2 → non-compliant
		ExposureAssessment above = ExposureStatistics.evaluate(results("0.1", "0.2", "0.3", "0.35", "2.1"), oel("2"));
		assertThat(above.decision()).isEqualTo(Decision.NON_COMPLIANT);
		assertThat(above.preliminary().aboveLimit()).isEqualTo(1);
		// exactly 2 is not above the OEL: more measurements
		assertThat(ExposureStatistics.evaluate(results("0.1", "0.2", "0.3", "0.35", "2"), oel("2")).decision())
			.isEqualTo(Decision.MORE_MEASUREMENTS_NEEDED);
		// all five below 0.4 → compliant
		assertThat(ExposureStatistics.evaluate(results("0.1", "0.2", "0.3", "0.35", "0.39"), oel("2")).decision())
			.isEqualTo(Decision.COMPLIANT);
	}

	@Test
	void decidesNothingOnFewerThanThreeResults() {
		assertThat(ExposureStatistics.evaluate(results("0.01", "0.02"), oel("2")).decision())
			.isEqualTo(Decision.INSUFFICIENT_DATA);
	}

	// --- statistical test, 6 or more results -------------------------------------------------------

	@Test
	void failsSixResultsWhoseToleranceLimitExceedsTheOelThoughEveryResultIsBelowIt() {
		List<Measurement> six = results("0.12", "0.25", "0.31", "0.45", "0.62", "1.1");

		ExposureAssessment assessment = ExposureStatistics.evaluate(six, oel("2"));

		LognormalFit fit = assessment.fit();
		assertThat(fit.method()).isEqualTo(LognormalFit.Method.COMPLETE_DATA);
		// SciPy: mu = -0.976495699363229, sigma = 0.7671965573178651
		assertThat(fit.mu()).isCloseTo(-0.976495699363229, within(1e-13));
		assertThat(fit.sigma()).isCloseTo(0.7671965573178651, within(1e-13));
		// GM = 0.37662860890148026, GSD = 2.15371995207573
		assertThat(fit.geometricMean()).isCloseTo(0.37662860890148026, within(1e-13));
		assertThat(fit.geometricStandardDeviation()).isCloseTo(2.15371995207573, within(1e-12));
		// X95 = GM·GSD^1.6449 = 1.3303344017607235 < 2
		assertThat(fit.percentileValue()).isCloseTo(1.3303344017607235, within(1e-12));
		// k = 2.1867449612854877; UTL = GM·GSD^k = 2.016105150161561 > 2 → non-compliant
		assertThat(fit.toleranceFactor()).isCloseTo(2.1867449612854877, within(1e-10));
		assertThat(fit.upperToleranceLimit()).isCloseTo(2.016105150161561, within(1e-9));
		// U_R = (ln 2 − μ)/σ = 2.1762908918156256 < U_T = 2.187
		assertThat(fit.standardisedLimit()).isCloseTo(2.1762908918156256, within(1e-12));
		// exceedance 1.4767 %, its 70 % upper limit 5.0864 % (> 5 %, consistent with UTL > OEL)
		assertThat(fit.exceedanceFraction()).isCloseTo(0.014766758086318332, within(1e-12));
		assertThat(fit.exceedanceUpperLimit()).isCloseTo(0.050864400835359924, within(1e-9));
		assertThat(assessment.decision()).isEqualTo(Decision.NON_COMPLIANT);
	}

	@Test
	void compliesWhenTheToleranceLimitIsBelowTheOel() {
		ExposureAssessment assessment = ExposureStatistics.evaluate(
				results("0.12", "0.25", "0.31", "0.45", "0.62", "1.1"), oel("2.5"));

		// UTL 2.0161 ≤ 2.5; SciPy: exceedance 0.6810 %, upper limit 3.0919 %
		assertThat(assessment.decision()).isEqualTo(Decision.COMPLIANT);
		assertThat(assessment.fit().exceedanceFraction()).isCloseTo(0.006809727945460269, within(1e-12));
		assertThat(assessment.fit().exceedanceUpperLimit()).isCloseTo(0.030918528595872297, within(1e-9));
	}

	@Test
	void fitsNonDetectsByCensoredMaximumLikelihood() {
		// 8 results, 2 non-detects below 0.05
		List<Measurement> eight = results("<0.05", "<0.05", "0.08", "0.15", "0.22", "0.41", "0.6", "0.95");

		ExposureAssessment strict = ExposureStatistics.evaluate(eight, oel("1"));

		LognormalFit fit = strict.fit();
		assertThat(fit.method()).isEqualTo(LognormalFit.Method.CENSORED_MAXIMUM_LIKELIHOOD);
		// SciPy (Nelder–Mead then BFGS on the censored log-likelihood): mu = -1.8605957125922825,
		// sigma_ML = 1.3466576956359761, scaled by sqrt(8/7) = 1.4396376326663785
		assertThat(fit.mu()).isCloseTo(-1.8605957125922825, within(1e-6));
		assertThat(fit.sigma()).isCloseTo(1.4396376326663785, within(1e-6));
		// GM 0.15558, GSD 4.2192, X95 1.6610, k(8) 2.0717, UTL 3.0707 > 1 → non-compliant
		assertThat(fit.geometricMean()).isCloseTo(0.15557992183837427, within(1e-6));
		assertThat(fit.geometricStandardDeviation()).isCloseTo(4.219166651783813, within(1e-5));
		assertThat(fit.percentileValue()).isCloseTo(1.6609628577373607, within(1e-5));
		assertThat(fit.toleranceFactor()).isCloseTo(2.0716965699146495, within(1e-10));
		assertThat(fit.upperToleranceLimit()).isCloseTo(3.07067262263691, within(1e-5));
		// exceedance 9.81 %, upper limit 16.24 %
		assertThat(fit.exceedanceFraction()).isCloseTo(0.09810836230274161, within(1e-6));
		assertThat(fit.exceedanceUpperLimit()).isCloseTo(0.16243852210976134, within(1e-6));
		assertThat(strict.decision()).isEqualTo(Decision.NON_COMPLIANT);
		assertThat(strict.heavilyCensored()).isFalse();

		// the same group against an OEL of 5: UTL 3.07 ≤ 5 → compliant
		assertThat(ExposureStatistics.evaluate(eight, oel("5")).decision()).isEqualTo(Decision.COMPLIANT);
	}

	@Test
	void refusesToFitWithFewerThanThreeDetectedResults() {
		ExposureAssessment assessment = ExposureStatistics.evaluate(
				results("<0.05", "<0.05", "<0.05", "<0.05", "0.3", "0.4"), oel("1"));

		assertThat(assessment.decision()).isEqualTo(Decision.TOO_FEW_DETECTED);
		assertThat(assessment.heavilyCensored()).isTrue();
		assertThat(assessment.fit()).isNull();
	}

	@Test
	void givesAChartTheOrderedResultsWithPlottingPositionsAndTheFittedLine() {
		ExposureAssessment assessment = ExposureStatistics.evaluate(
				results("1.1", "0.25", "0.12", "0.62", "0.45", "0.31"), oel("2"));

		// ordered 0.12 … 1.1; Blom position of the first (1 − 0.375)/(6 + 0.25) = 0.1, z = −1.2816
		assertThat(assessment.points()).extracting(ChartPoint::value).containsExactly(0.12, 0.25, 0.31, 0.45, 0.62, 1.1);
		ChartPoint first = assessment.points().get(0);
		assertThat(first.plottingPosition()).isCloseTo(0.1, within(1e-15));
		assertThat(first.normalScore()).isCloseTo(-1.2815515655446004, within(1e-12));
		// fitted at z: exp(−0.976495699363229 + 0.7671965573178651 × −1.2815515655446004) = 0.14111…
		assertThat(first.fitted()).isCloseTo(Math.exp(-0.976495699363229 + 0.7671965573178651 * -1.2815515655446004),
				within(1e-12));
		// the line's median is the GM
		assertThat(assessment.line()).filteredOn(q -> q.probability() == 0.5)
			.singleElement()
			.satisfies(q -> assertThat(q.value()).isCloseTo(0.37662860890148026, within(1e-13)));
	}

	@Test
	void refusesZeroValuesMismatchedUnitsAndNonDetectsWithoutLimit() {
		List<Measurement> bad = List.of(Measurement.detected("Z", BigDecimal.ZERO, MG),
				Measurement.detected("P", BigDecimal.ONE, "ppm"), Measurement.notDetected("N", null, MG));

		assertThatThrownBy(() -> ExposureStatistics.evaluate(bad, oel("1")))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors())
				.extracting(FieldError::code)
				.containsExactly("testing.statistics.valueNotPositive", "testing.sample.unitMismatch",
						"testing.sample.limitOfDetectionMissing"));
	}

}
