package org.ohsonline.agency.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.ohsonline.agency.AgencyKind;
import org.ohsonline.agency.CreditLevel;
import org.ohsonline.agency.RatingIndicator;
import org.ohsonline.agency.RatingStatus;
import org.ohsonline.agency.RatingView.Advice;
import org.ohsonline.agency.internal.RatingCalculator.Measure;
import org.ohsonline.agency.internal.RatingCalculator.Outcome;
import org.ohsonline.reference.CatalogEntry;

/**
 * The rating arithmetic worked by hand with the bundled platform edition's weights and thresholds
 * (reference/agency-rating-rules-2026.csv): QUALIFICATION 20 and STAFF 15 (required, every kind), ON_TIME 25
 * (service agencies), CLIENT 20 (every kind), CAPACITY 20 (exam institutions); A from 85, B from 70; stars
 * 5/4/3/2 from 90/80/70/60; at least 3 indicators with data.
 */
class RatingCalculatorTests {

	static RatingRules bundled() {
		List<CatalogEntry> entries = new ArrayList<>();
		indicator(entries, "QUALIFICATION", 20, true, "ALL");
		indicator(entries, "STAFF", 15, true, "ALL");
		indicator(entries, "ON_TIME", 25, false, "SERVICE_AGENCY");
		indicator(entries, "CLIENT", 20, false, "ALL");
		indicator(entries, "CAPACITY", 20, false, "EXAM_INSTITUTION");
		threshold(entries, "LEVEL_A", 85, "threshold");
		threshold(entries, "LEVEL_B", 70, "threshold");
		threshold(entries, "STAR_5", 90, "threshold");
		threshold(entries, "STAR_4", 80, "threshold");
		threshold(entries, "STAR_3", 70, "threshold");
		threshold(entries, "STAR_2", 60, "threshold");
		threshold(entries, "MIN_INDICATORS", 3, "parameter");
		return RatingRules.of(1, "platform 2026", entries);
	}

	private static void indicator(List<CatalogEntry> entries, String code, int weight, boolean required, String applies) {
		entries.add(new CatalogEntry(code, code, null, 1, Map.of("kind", "indicator", "weight", Integer.toString(weight),
				"required", Boolean.toString(required), "appliesTo", applies)));
	}

	private static void threshold(List<CatalogEntry> entries, String code, int value, String kind) {
		entries.add(new CatalogEntry(code, code, null, 1, Map.of("kind", kind, "threshold", Integer.toString(value))));
	}

	private static Map<RatingIndicator, Measure> measures(Object... pairs) {
		Map<RatingIndicator, Measure> measures = new EnumMap<>(RatingIndicator.class);
		for (int i = 0; i < pairs.length; i += 2) {
			measures.put((RatingIndicator) pairs[i], (Measure) pairs[i + 1]);
		}
		return measures;
	}

	@Test
	void ratesServiceAgencyAsWeightedMeanOfItsIndicators() {
		// Q 100 (w 20), S 4 of 5 certified = 80 (w 15), ON_TIME 3 of 4 = 75 (w 25), CLIENT 62.5 (w 20);
		// Σw = 80, Σwv = 2000 + 1200 + 1875 + 1250 = 6325, score = 6325 / 80 = 79.0625 → 79.1
		Outcome outcome = RatingCalculator.rate(bundled(), AgencyKind.SERVICE_AGENCY,
				measures(RatingIndicator.QUALIFICATION, new Measure(new BigDecimal("100"), 1, 1), RatingIndicator.STAFF,
						Measure.share(4, 5), RatingIndicator.ON_TIME, Measure.share(3, 4), RatingIndicator.CLIENT,
						new Measure(new BigDecimal("62.5"), 3, 1), RatingIndicator.CAPACITY, Measure.share(1, 1)));

		assertThat(outcome.status()).isEqualTo(RatingStatus.RATED);
		assertThat(outcome.score()).isEqualByComparingTo("79.1");
		assertThat(outcome.level()).isEqualTo(CreditLevel.B); // 70 ≤ 79.1 < 85
		assertThat(outcome.stars()).isEqualTo(3); // 70 ≤ 79.1 < 80
		assertThat(outcome.pointsToNextLevel()).isEqualByComparingTo("5.9"); // 85 − 79.1
		// CAPACITY does not apply to a service agency: not listed, whatever its data
		assertThat(outcome.indicators()).extracting(v -> v.indicator())
			.containsExactly(RatingIndicator.QUALIFICATION, RatingIndicator.STAFF, RatingIndicator.ON_TIME,
					RatingIndicator.CLIENT);
		// shares of the score: 20/80 = 25.0, 15/80 = 18.75 → 18.8, 25/80 = 31.25 → 31.3, 20/80 = 25.0
		assertThat(outcome.indicators()).extracting(v -> v.share().toPlainString())
			.containsExactly("25.0", "18.8", "31.3", "25.0");
		// what would raise it: CLIENT 20 × 37.5 / 80 = 9.375 → 9.4, ON_TIME 25 × 25 / 80 = 7.8125 → 7.8,
		// STAFF 15 × 20 / 80 = 3.75 → 3.8
		assertThat(outcome.advice()).extracting(Advice::indicator, a -> a.points().toPlainString())
			.containsExactly(org.assertj.core.groups.Tuple.tuple(RatingIndicator.CLIENT, "9.4"),
					org.assertj.core.groups.Tuple.tuple(RatingIndicator.ON_TIME, "7.8"),
					org.assertj.core.groups.Tuple.tuple(RatingIndicator.STAFF, "3.8"));
	}

	@Test
	void leavesOptionalIndicatorWithoutDataOutOfTheWeights() {
		// exam institution: Q 100 (20), S 100 (15), CLIENT no data, CAPACITY 1 of 2 days = 50 (20);
		// Σw = 55, Σwv = 2000 + 1500 + 1000 = 4500, score = 81.818… → 81.8: B, 4 stars
		Outcome outcome = RatingCalculator.rate(bundled(), AgencyKind.EXAM_INSTITUTION,
				measures(RatingIndicator.QUALIFICATION, Measure.share(1, 1), RatingIndicator.STAFF, Measure.share(2, 2),
						RatingIndicator.CLIENT, Measure.none(2), RatingIndicator.CAPACITY, Measure.share(1, 2)));

		assertThat(outcome.status()).isEqualTo(RatingStatus.RATED);
		assertThat(outcome.score()).isEqualByComparingTo("81.8");
		assertThat(outcome.level()).isEqualTo(CreditLevel.B);
		assertThat(outcome.stars()).isEqualTo(4);
		assertThat(outcome.missing()).containsExactly(RatingIndicator.CLIENT);
		assertThat(outcome.advice().get(0)).isEqualTo(new Advice(RatingIndicator.CLIENT, null, true));
	}

	@Test
	void givesTheLevelAndStarsFromTheThresholdsInclusive() {
		// Q 100, S 100, ON_TIME 7 of 10 = 70, CLIENT 75: Σwv = 2000 + 1500 + 1750 + 1500 = 6750 / 80 = 84.375 → 84.4 (B, 4)
		Outcome justBelow = RatingCalculator.rate(bundled(), AgencyKind.SERVICE_AGENCY,
				measures(RatingIndicator.QUALIFICATION, Measure.share(1, 1), RatingIndicator.STAFF, Measure.share(3, 3),
						RatingIndicator.ON_TIME, Measure.share(7, 10), RatingIndicator.CLIENT,
						new Measure(new BigDecimal("75"), 5, 3)));
		assertThat(justBelow.score()).isEqualByComparingTo("84.4");
		assertThat(justBelow.level()).isEqualTo(CreditLevel.B);
		// ON_TIME 72 instead: 2000 + 1500 + 1800 + 1500 = 6800 / 80 = 85.0 exactly: A, 4 stars
		Outcome exactly = RatingCalculator.rate(bundled(), AgencyKind.SERVICE_AGENCY,
				measures(RatingIndicator.QUALIFICATION, Measure.share(1, 1), RatingIndicator.STAFF, Measure.share(3, 3),
						RatingIndicator.ON_TIME, Measure.share(18, 25), RatingIndicator.CLIENT,
						new Measure(new BigDecimal("75"), 5, 3)));
		assertThat(exactly.score()).isEqualByComparingTo("85.0");
		assertThat(exactly.level()).isEqualTo(CreditLevel.A);
		assertThat(exactly.stars()).isEqualTo(4);
		assertThat(exactly.pointsToNextLevel()).isNull();
		// an expired qualification (0) with everything else perfect: 0 + 1500 + 2500 + 2000 = 6000 / 80 = 75.0 (B, 3)
		Outcome expired = RatingCalculator.rate(bundled(), AgencyKind.SERVICE_AGENCY,
				measures(RatingIndicator.QUALIFICATION, Measure.share(0, 1), RatingIndicator.STAFF, Measure.share(3, 3),
						RatingIndicator.ON_TIME, Measure.share(4, 4), RatingIndicator.CLIENT,
						new Measure(new BigDecimal("100"), 3, 3)));
		assertThat(expired.score()).isEqualByComparingTo("75.0");
		assertThat(expired.stars()).isEqualTo(3);
		// everything at 0: C and 1 star
		Outcome worst = RatingCalculator.rate(bundled(), AgencyKind.SERVICE_AGENCY,
				measures(RatingIndicator.QUALIFICATION, Measure.share(0, 1), RatingIndicator.STAFF, Measure.share(0, 3),
						RatingIndicator.ON_TIME, Measure.share(0, 4)));
		assertThat(worst.level()).isEqualTo(CreditLevel.C);
		assertThat(worst.stars()).isEqualTo(1);
		assertThat(worst.pointsToNextLevel()).isEqualByComparingTo("70.0");
	}

	@Test
	void isNotRatedWithoutARequiredIndicatorNeverADefaultScore() {
		// no active staff: STAFF (required) has no data, so the rest does not rate
		Outcome outcome = RatingCalculator.rate(bundled(), AgencyKind.SERVICE_AGENCY,
				measures(RatingIndicator.QUALIFICATION, Measure.share(1, 1), RatingIndicator.STAFF, Measure.none(0),
						RatingIndicator.ON_TIME, Measure.share(4, 4), RatingIndicator.CLIENT,
						new Measure(new BigDecimal("100"), 3, 3)));

		assertThat(outcome.status()).isEqualTo(RatingStatus.NOT_RATED);
		assertThat(outcome.score()).isNull();
		assertThat(outcome.level()).isNull();
		assertThat(outcome.stars()).isNull();
		assertThat(outcome.missing()).containsExactly(RatingIndicator.STAFF);
	}

	@Test
	void isNotRatedOnTheRegisterAloneBelowTheMinimumIndicators() {
		// a new agency: qualification and staff only, no job and no evaluation yet: 2 < 3 indicators
		Outcome outcome = RatingCalculator.rate(bundled(), AgencyKind.SERVICE_AGENCY,
				measures(RatingIndicator.QUALIFICATION, Measure.share(1, 1), RatingIndicator.STAFF, Measure.share(2, 2),
						RatingIndicator.ON_TIME, Measure.none(1), RatingIndicator.CLIENT, Measure.none(0)));

		assertThat(outcome.status()).isEqualTo(RatingStatus.NOT_RATED);
		assertThat(outcome.score()).isNull();
		assertThat(outcome.missing()).containsExactly(RatingIndicator.ON_TIME, RatingIndicator.CLIENT);
		assertThat(outcome.advice()).extracting(Advice::indicator, Advice::dataMissing)
			.contains(org.assertj.core.groups.Tuple.tuple(RatingIndicator.ON_TIME, true),
					org.assertj.core.groups.Tuple.tuple(RatingIndicator.CLIENT, true));
	}

}
