package org.ohsonline.promotion.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ohsonline.promotion.ItemScore;

import static org.assertj.core.api.Assertions.assertThat;

/** The healthy-enterprise rule alone: a mandatory item not met fails the review whatever the points. */
class HealthyScoringTests {

	static final List<ItemScore> STANDARD = List.of(item("A", 40, true), item("B", 30, false), item("C", 30, true));

	@Test
	void fullPointsWithAMandatoryItemNotMetFail() {
		var outcome = HealthyScoring.review(STANDARD, Map.of("A", bd(40), "B", bd(30), "C", bd(30)),
				Map.of("A", true, "C", false), bd(60));
		assertThat(outcome.points()).isEqualByComparingTo("100");
		assertThat(outcome.failedMandatory()).containsExactly("C");
		assertThat(outcome.passed()).isFalse();
	}

	@Test
	void everyMandatoryItemMetPassesAtThePassMarkAndNotBelow() {
		assertThat(HealthyScoring.review(STANDARD, Map.of("A", bd(30), "B", bd(0), "C", bd(30)), Map.of("A", true, "C", true),
				bd(60)).passed()).isTrue();
		var below = HealthyScoring.review(STANDARD, Map.of("A", bd(30), "B", bd(0), "C", new BigDecimal("29.9")),
				Map.of("A", true, "C", true), bd(60));
		assertThat(below.failedMandatory()).isEmpty();
		assertThat(below.passed()).isFalse();
	}

	@Test
	void aMandatoryItemNotAnsweredCountsAsNotMet() {
		var outcome = HealthyScoring.review(STANDARD, Map.of("A", bd(40), "B", bd(30), "C", bd(30)), Map.of("A", true), bd(60));
		assertThat(outcome.failedMandatory()).containsExactly("C");
		assertThat(outcome.passed()).isFalse();
	}

	@Test
	void pointsMustLieWithinTheItemWithOneDecimal() {
		assertThat(HealthyScoring.valid(bd(0), bd(5))).isTrue();
		assertThat(HealthyScoring.valid(new BigDecimal("4.5"), bd(5))).isTrue();
		assertThat(HealthyScoring.valid(new BigDecimal("5.00"), bd(5))).isTrue();
		assertThat(HealthyScoring.valid(new BigDecimal("5.1"), bd(5))).isFalse();
		assertThat(HealthyScoring.valid(new BigDecimal("-1"), bd(5))).isFalse();
		assertThat(HealthyScoring.valid(new BigDecimal("2.25"), bd(5))).isFalse();
		assertThat(HealthyScoring.valid(null, bd(5))).isFalse();
	}

	private static ItemScore item(String code, int points, boolean mandatory) {
		return new ItemScore(code, code, "S", "S", bd(points), mandatory, null, null, null, null, null, null);
	}

	private static BigDecimal bd(int value) {
		return BigDecimal.valueOf(value);
	}

}
