package org.ohsonline.surveillance.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The standard threshold shift rule (OSHA 29 CFR 1910.95(g)(10)): average shift at 2, 3 and 4 kHz
 * against the baseline ≥ 10 dB in either ear, with the arithmetic written out.
 */
class ThresholdShiftRuleTests {

	static ThresholdShiftRule.Audiogram audiogram(int l2, int l3, int l4, int r2, int r3, int r4) {
		return new ThresholdShiftRule.Audiogram(Map.of("L", Map.of(500, 10, 1000, 10, 2000, l2, 3000, l3, 4000, l4),
				"R", Map.of(500, 10, 1000, 10, 2000, r2, 3000, r3, 4000, r4)));
	}

	@Test
	void findsAShiftInTheLeftEarOfTheHandWorkedExample() {
		// Baseline  L: 2k 10, 3k 15, 4k 20   R: 2k 10, 3k 10, 4k 15
		// Current   L: 2k 20, 3k 25, 4k 35   R: 2k 15, 3k 15, 4k 20
		// Left shifts 10, 10, 15 → (10 + 10 + 15) / 3 = 35 / 3 = 11.67 dB ≥ 10 → shift.
		// Right shifts 5, 5, 5 → 15 / 3 = 5.00 dB < 10.
		ThresholdShiftRule.Shift shift = ThresholdShiftRule
			.assess(audiogram(10, 15, 20, 10, 10, 15), audiogram(20, 25, 35, 15, 15, 20))
			.orElseThrow();
		assertThat(shift.leftDb()).isEqualByComparingTo(new BigDecimal("11.67"));
		assertThat(shift.rightDb()).isEqualByComparingTo(new BigDecimal("5.00"));
		assertThat(shift.found()).isTrue();
	}

	@Test
	void countsAnAverageOfExactlyTenDecibelsAsAShift() {
		// Right shifts 5, 10, 15 → 30 / 3 = 10.00 dB: "10 dB or more" → shift.
		assertThat(ThresholdShiftRule.assess(audiogram(10, 10, 10, 10, 10, 10), audiogram(10, 10, 10, 15, 20, 25))
			.orElseThrow()
			.found()).isTrue();
		// Right shifts 5, 10, 14 → 29 / 3 = 9.67 dB → no shift.
		ThresholdShiftRule.Shift below = ThresholdShiftRule
			.assess(audiogram(10, 10, 10, 10, 10, 10), audiogram(10, 10, 10, 15, 20, 24))
			.orElseThrow();
		assertThat(below.rightDb()).isEqualByComparingTo(new BigDecimal("9.67"));
		assertThat(below.found()).isFalse();
	}

	@Test
	void anImprovementIsNoShift() {
		// Left shifts −5, −5, −5 → −5.00 dB.
		assertThat(ThresholdShiftRule.assess(audiogram(20, 20, 20, 10, 10, 10), audiogram(15, 15, 15, 10, 10, 10))
			.orElseThrow()
			.leftDb()).isEqualByComparingTo("-5.00");
	}

	@Test
	void assessesNothingWithoutThresholdsAtTwoThreeAndFourKilohertzInBothEars() {
		ThresholdShiftRule.Audiogram leftOnly = new ThresholdShiftRule.Audiogram(
				Map.of("L", Map.of(2000, 10, 3000, 10, 4000, 10)));
		assertThat(ThresholdShiftRule.assess(leftOnly, audiogram(10, 10, 10, 10, 10, 10))).isEmpty();
	}

	@Test
	void theBaselineIsTheFirstCompleteAudiogramUntilAShiftRevisesIt() {
		ThresholdShiftRule.Audiogram incomplete = new ThresholdShiftRule.Audiogram(Map.of("L", Map.of(2000, 5)));
		List<Map.Entry<Long, ThresholdShiftRule.Audiogram>> earlier = List.of(Map.entry(1L, incomplete),
				Map.entry(2L, audiogram(10, 10, 10, 10, 10, 10)), Map.entry(3L, audiogram(25, 25, 25, 10, 10, 10)),
				Map.entry(4L, audiogram(25, 25, 30, 10, 10, 10)));
		assertThat(ThresholdShiftRule.baseline(earlier, Set.of()).orElseThrow().getKey()).isEqualTo(2L);
		// Exam 3 found a shift (15 dB on the left against exam 2): it is the revised baseline.
		assertThat(ThresholdShiftRule.baseline(earlier, Set.of(3L)).orElseThrow().getKey()).isEqualTo(3L);
	}

}
