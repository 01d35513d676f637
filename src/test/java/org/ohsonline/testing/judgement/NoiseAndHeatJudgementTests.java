package org.ohsonline.testing.judgement;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ohsonline.reference.HeatLimit;
import org.ohsonline.reference.LabourIntensity;
import org.ohsonline.reference.Oel;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.InvalidInputException.FieldError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Noise L_EX,8h and L_EX,W by energy averaging, heat WBGT by time weighting, worked by hand. */
class NoiseAndHeatJudgementTests {

	static final Oel NOISE = new Oel("3008", null, new BigDecimal("85"), null, "dB(A)", null, null, false);

	/** Ⅱ级, 75 % column: 29 °C WBGT (GBZ 2.2-2007 表8 as DOMAIN.md quotes it). */
	static final HeatLimit MODERATE_75 = new HeatLimit(LabourIntensity.II, 75, 75, new BigDecimal("29"),
			BigDecimal.ZERO, new BigDecimal("29"), "°C WBGT", "GBZ 2.2-2007 表8", "test", false);

	static NoiseSegment noise(String level, double hours) {
		return new NoiseSegment("N" + level, new BigDecimal(level), "dB(A)", Duration.ofMinutes((long) (hours * 60)));
	}

	static WbgtSegment heat(String wbgt, double hours) {
		return new WbgtSegment("W" + wbgt, new BigDecimal(wbgt), "°C", Duration.ofMinutes((long) (hours * 60)));
	}

	@Test
	void averagesNoiseLevelsByEnergy() {
		// 10·lg((4 h × 10^9.0 + 4 h × 10^8.0) / 8 h) = 10·lg(5.5 × 10^8) = 87.4036… → 87.4 dB(A) > 85
		Judgement judgement = Judgements.noise(List.of(noise("90", 4), noise("80", 4)), null, NOISE);

		assertThat(judgement.check(Rule.NOISE_DAILY)).hasValueSatisfying(c -> {
			assertThat(c.value()).isEqualByComparingTo("87.4");
			assertThat(c).hasToString("L_EX,8h 87.4 dB(A) > limit 85 dB(A): NON_COMPLIANT");
		});
		assertThat(judgement.verdict()).isEqualTo(Verdict.NON_COMPLIANT);
		assertThat(judgement.actionLevel()).as("no 0.5 × OEL action level for decibels").isNull();
	}

	@Test
	void isCompliantAtEightyFiveDecibelsForEightHours() {
		// 10·lg(8 h × 10^8.5 / 8 h) = 85.0 → 符合 (the unrounded double is 85.00000000000001)
		Judgement judgement = Judgements.noise(List.of(noise("85", 8)), null, NOISE);

		assertThat(judgement.check(Rule.NOISE_DAILY)).hasValueSatisfying(c -> assertThat(c.value()).isEqualByComparingTo("85.0"));
		assertThat(judgement.verdict()).isEqualTo(Verdict.COMPLIANT);
	}

	@Test
	void normalisesAShortDayToEightHours() {
		// 88 dB(A) for 4 h: 10·lg(4 × 10^8.8 / 8) = 88 − 3.0103 = 84.99 → 85.0 → 符合
		assertThat(Judgements.noise(List.of(noise("88", 4)), null, NOISE).check(Rule.NOISE_DAILY))
			.hasValueSatisfying(c -> {
				assertThat(c.value()).isEqualByComparingTo("85.0");
				assertThat(c.compliant()).isTrue();
			});
		// the same 4 h in an 8-h working day with the rest at the sampled (energy) mean: 88.0
		JudgementSettings atMean = JudgementSettings.defaults().withUnsampledTime(UnsampledTime.AT_SAMPLED_MEAN);
		assertThat(Judgements.noise(List.of(noise("88", 4)), Duration.ofHours(8), NOISE, atMean)
			.check(Rule.NOISE_DAILY)).hasValueSatisfying(c -> assertThat(c.value()).isEqualByComparingTo("88.0"));
		// and refused by default
		assertThatThrownBy(() -> Judgements.noise(List.of(noise("88", 4)), Duration.ofHours(8), NOISE))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	void averagesAnIrregularWeekOverFortyHours() {
		// 10·lg((2 × 10^8.8 + 3 × 10^8.2) / 5) = 85.409… → 85.4 dB(A) > 85
		Judgement week = Judgements.noiseWeekly(List.of(new BigDecimal("88"), new BigDecimal("88"),
				new BigDecimal("82"), new BigDecimal("82"), new BigDecimal("82")), NOISE);
		assertThat(week.check(Rule.NOISE_WEEKLY)).hasValueSatisfying(c -> assertThat(c.value()).isEqualByComparingTo("85.4"));
		assertThat(week.verdict()).isEqualTo(Verdict.NON_COMPLIANT);

		// three days at 87 dB(A): 10·lg(3 × 10^8.7 / 5) = 87 − 2.218 = 84.78… → 84.8 → 符合
		Judgement shortWeek = Judgements.noiseWeekly(List.of(new BigDecimal("87"), new BigDecimal("87"),
				new BigDecimal("87")), NOISE);
		assertThat(shortWeek.check(Rule.NOISE_WEEKLY)).hasValueSatisfying(c -> assertThat(c.value()).isEqualByComparingTo("84.8"));
		assertThat(shortWeek.verdict()).isEqualTo(Verdict.COMPLIANT);
	}

	@Test
	void refusesNoiseInTheWrongUnitOrWithoutDuration() {
		List<NoiseSegment> segments = List.of(new NoiseSegment("A", new BigDecimal("90"), "dB", Duration.ofHours(4)),
				new NoiseSegment("B", new BigDecimal("90"), "dB(A)", Duration.ZERO));

		assertThatThrownBy(() -> Judgements.noise(segments, null, NOISE))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors())
				.extracting(FieldError::code)
				.containsExactly("testing.sample.unitMismatch", "testing.sample.durationNotPositive"));
	}

	@Test
	void weighsWbgtByTimeAgainstTheLimitForIntensityAndShare() {
		List<WbgtSegment> segments = List.of(heat("31", 2), heat("29", 4));

		// exposure 6 h of 8 h = 75 % → column 75 %
		assertThat(Judgements.timeSharePercent(segments)).isEqualTo(75);
		// (31 × 2 h + 29 × 4 h) / 6 h = 178 / 6 = 29.67 °C > 29 °C (Ⅱ, 75 %) → 不符合
		Judgement judgement = Judgements.heat("3007", segments, MODERATE_75);
		assertThat(judgement.check(Rule.HEAT_WBGT)).hasValueSatisfying(c -> {
			assertThat(c.value()).isEqualByComparingTo("29.66666666666667");
			assertThat(c.compliant()).isFalse();
		});

		// (30 × 3 h + 28.5 × 6 h) / 9 h = (90 + 171) / 9 = 29 = limit → 符合
		assertThat(Judgements.heat("3007", List.of(heat("30", 3), heat("28.5", 6)), MODERATE_75).verdict())
			.isEqualTo(Verdict.COMPLIANT);
	}

	@Test
	void roundsTheTimeShareUp() {
		// 6 h 1 min = 361 / 480 = 75.2 % → 76 %; 8 h 30 min → capped at 100 %; 1 min → 1 %
		assertThat(Judgements.timeSharePercent(List.of(new WbgtSegment("a", BigDecimal.ONE, "°C",
				Duration.ofMinutes(361))))).isEqualTo(76);
		assertThat(Judgements.timeSharePercent(List.of(new WbgtSegment("a", BigDecimal.ONE, "°C",
				Duration.ofMinutes(510))))).isEqualTo(100);
		assertThat(Judgements.timeSharePercent(List.of(new WbgtSegment("a", BigDecimal.ONE, "°C",
				Duration.ofMinutes(1))))).isEqualTo(1);
	}

}
