package org.ohsonline.testing.judgement;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ohsonline.reference.Oel;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.InvalidInputException.FieldError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** C_TWA, C_STE, C_ME, action level, non-detects, mixtures, dust fractions, posts and refusals, worked by hand. */
class JudgementsTests {

	static final String MG = "mg/m³";

	/** A factor with PC-TWA only (peak-exposure rule), 1 mg/m³. */
	static final Oel TWA_ONLY = new Oel("2999", null, new BigDecimal("1"), null, MG, null, null, false);

	/** A factor with PC-TWA 2 mg/m³ only. */
	static final Oel TWA_TWO = new Oel("2998", null, new BigDecimal("2"), null, MG, null, null, false);

	/** Benzene as published in 2019: PC-TWA 6, PC-STEL 10 mg/m³. */
	static final Oel BENZENE = new Oel("2013", null, new BigDecimal("6"), new BigDecimal("10"), MG, null, "皮, G1",
			false);

	/** Formaldehyde: MAC 0.5 mg/m³. */
	static final Oel FORMALDEHYDE = new Oel("2158", new BigDecimal("0.5"), null, null, MG, null, "敏, G1", false);

	static final LocalDateTime DAY = LocalDateTime.of(2026, 6, 1, 0, 0);

	static Sample segment(String id, String value, double hours) {
		return Sample.segment(id, Duration.ofMinutes((long) (hours * 60)), new BigDecimal(value), MG);
	}

	static Sample shortTerm(String id, String from, String to, String value) {
		return Sample.detected(id, at(from), at(to), new BigDecimal(value), MG);
	}

	static LocalDateTime at(String time) {
		return DAY.with(java.time.LocalTime.parse(time));
	}

	static List<String> codes(InvalidInputException ex) {
		return ex.errors().stream().map(FieldError::code).toList();
	}

	// --- C_TWA ---------------------------------------------------------------------------------

	@Test
	void averagesSegmentsOverEightHoursWithANonDetectAtHalfItsLimitOfDetection() {
		List<Sample> segments = List.of(segment("S1", "0.5", 2), segment("S2", "1.2", 4),
				Sample.notDetectedSegment("S3", Duration.ofHours(2), new BigDecimal("0.1"), MG));

		Judgement judgement = Judgements.judge(ChemicalExposure.ofShift("2999", segments), TWA_ONLY);

		// (0.5 mg/m³ × 2 h + 1.2 × 4 h + ND→0.1/2 = 0.05 × 2 h) / 8 h = (1.0 + 4.8 + 0.1) / 8 = 0.7375
		assertThat(judgement.twa()).hasValueSatisfying(twa -> assertThat(twa).isEqualByComparingTo("0.7375"));
		assertThat(judgement.verdict()).isEqualTo(Verdict.COMPLIANT);
		// action level 0.5 × 1 = 0.5 mg/m³; 0.7375 ≥ 0.5
		assertThat(judgement.actionLevel().level()).isEqualByComparingTo("0.5");
		assertThat(judgement.actionLevel().reached()).isTrue();
		assertThat(judgement.notAssessed()).as("no short-term samples for the peak rule")
			.containsExactly(Rule.PEAK_MAXIMUM, Rule.PEAK_EXCURSION_LENGTH, Rule.PEAK_EXCURSION_COUNT,
					Rule.PEAK_EXCURSION_SPACING);
	}

	@Test
	void substitutesANonDetectByThePolicyChosen() {
		List<Sample> segments = List.of(segment("S1", "0.5", 4),
				Sample.notDetectedSegment("S2", Duration.ofHours(4), new BigDecimal("0.1"), MG));
		ChemicalExposure exposure = ChemicalExposure.ofShift("2999", segments);
		JudgementSettings settings = JudgementSettings.defaults();

		// (0.5 × 4 h + x × 4 h) / 8 h = 0.25 + x/2
		// LOD/2 = 0.05 → 0.275
		assertThat(Judgements.judge(exposure, TWA_ONLY, settings).twa()).hasValueSatisfying(
				v -> assertThat(v).isEqualByComparingTo("0.275"));
		// LOD/√2 = 0.07071067811865475 → 0.25 + 0.035355339059327375 = 0.2853553390593274 (16 digits)
		assertThat(Judgements.judge(exposure, TWA_ONLY, settings.withNonDetects(NonDetectPolicy.LOD_OVER_ROOT_TWO))
			.twa()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.2853553390593274"));
		// LOD = 0.1 → 0.3
		assertThat(Judgements.judge(exposure, TWA_ONLY, settings.withNonDetects(NonDetectPolicy.LOD)).twa())
			.hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.3"));
		// zero → 0.25
		assertThat(Judgements.judge(exposure, TWA_ONLY, settings.withNonDetects(NonDetectPolicy.ZERO)).twa())
			.hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.25"));
	}

	@Test
	void isCompliantExactlyAtTheLimitAndNotAboveIt() {
		// 3 mg/m³ × 160 min + 1.5 mg/m³ × 320 min = 480 + 480 = 960 mg·min/m³; / 480 min = 2 = PC-TWA
		Judgement atLimit = Judgements.judge(ChemicalExposure.ofShift("2998",
				List.of(Sample.segment("A", Duration.ofMinutes(160), new BigDecimal("3"), MG),
						Sample.segment("B", Duration.ofMinutes(320), new BigDecimal("1.5"), MG))),
				TWA_TWO);
		assertThat(atLimit.twa()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("2"));
		assertThat(atLimit.verdict()).isEqualTo(Verdict.COMPLIANT);

		// 2.3 mg/m³ × 8 h / 8 h = 2.3 > 2
		Judgement above = Judgements.judge(ChemicalExposure.ofShift("2998", List.of(segment("A", "2.3", 8))), TWA_TWO);
		assertThat(above.verdict()).isEqualTo(Verdict.NON_COMPLIANT);
		assertThat(above.decisive()).hasToString("C_TWA 2.3 mg/m³ > PC-TWA 2 mg/m³: NON_COMPLIANT");
		assertThat(above.decisive().rule().clause()).startsWith("GBZ 2.1-2019");
	}

	@Test
	void dividesByEightHoursWhateverTheExposureTime() {
		// 6 h at 1.6 mg/m³: 1.6 × 6 / 8 = 1.2 (not 1.6); 10 h at 1.6: 1.6 × 10 / 8 = 2.0
		assertThat(Judgements.judge(ChemicalExposure.ofShift("2998", List.of(segment("A", "1.6", 6))), TWA_TWO).twa())
			.hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1.2"));
		Judgement longShift = Judgements.judge(ChemicalExposure.ofShift("2998", List.of(segment("A", "1.6", 10))),
				TWA_TWO);
		assertThat(longShift.twa()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("2.0"));
		assertThat(longShift.verdict()).isEqualTo(Verdict.COMPLIANT);
	}

	@Test
	void handlesExposedTimeWithoutAResultAsTheSettingsSay() {
		ChemicalExposure exposure = new ChemicalExposure("2998", List.of(segment("A", "1", 3), segment("B", "2", 3)),
				Duration.ofHours(8), List.of());

		// default: refused, naming the 120 uncovered minutes
		assertThatThrownBy(() -> Judgements.judge(exposure, TWA_TWO))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> {
				assertThat(codes(ex)).containsExactly("testing.judgement.unsampledTime");
				assertThat(ex.errors().get(0).arguments()).containsExactly("2998", 120.0);
			});
		JudgementSettings settings = JudgementSettings.defaults();
		// not exposed then: (1 × 3 h + 2 × 3 h) / 8 h = 9 / 8 = 1.125
		assertThat(Judgements.judge(exposure, TWA_TWO, settings.withUnsampledTime(UnsampledTime.NOT_EXPOSED)).twa())
			.hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1.125"));
		// at the sampled mean: mean 9 / 6 = 1.5 over the 2 h left → (9 + 1.5 × 2) / 8 = 12 / 8 = 1.5
		assertThat(Judgements.judge(exposure, TWA_TWO, settings.withUnsampledTime(UnsampledTime.AT_SAMPLED_MEAN))
			.twa()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1.5"));
	}

	@Test
	void refusesSegmentsLongerThanTheDeclaredExposure() {
		ChemicalExposure exposure = new ChemicalExposure("2998", List.of(segment("A", "1", 5), segment("B", "2", 4)),
				Duration.ofHours(8), List.of());

		assertThatThrownBy(() -> Judgements.judge(exposure, TWA_TWO))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors())
				.extracting(FieldError::code, FieldError::arguments)
				.containsExactly(tuple("testing.judgement.segmentsExceedExposure", List.of("2998", 540.0, 480.0))));
	}

	// --- C_STE and C_ME ------------------------------------------------------------------------

	@Test
	void judgesShortTermExposureAgainstPcStelCountingAShortSampleOverFifteenMinutes() {
		List<Sample> shift = List.of(segment("A", "3", 8));

		// 15-min samples 9.8 and 10 mg/m³: C_STE = 10 = PC-STEL → 符合
		Judgement atLimit = Judgements.judge(new ChemicalExposure("2013", shift, null,
				List.of(shortTerm("B", "09:00", "09:15", "9.8"), shortTerm("C", "14:00", "14:15", "10"))), BENZENE);
		assertThat(atLimit.check(Rule.STEL)).hasValueSatisfying(c -> {
			assertThat(c.value()).isEqualByComparingTo("10");
			assertThat(c.compliant()).isTrue();
		});
		assertThat(atLimit.verdict()).isEqualTo(Verdict.COMPLIANT);
		assertThat(atLimit.notAssessed()).isEmpty();

		// a 10-min sample at 14 mg/m³: 14 × 10 min / 15 min = 9.333… ≤ 10 → 符合
		Judgement shortSample = Judgements.judge(
				new ChemicalExposure("2013", shift, null, List.of(shortTerm("D", "09:00", "09:10", "14"))), BENZENE);
		assertThat(shortSample.check(Rule.STEL)).hasValueSatisfying(c -> {
			assertThat(c.value()).isEqualByComparingTo("9.333333333333333");
			assertThat(c.compliant()).isTrue();
		});

		// 12 mg/m³ over 15 min > 10 → 不符合, although C_TWA 3 ≤ 6
		Judgement above = Judgements.judge(
				new ChemicalExposure("2013", shift, null, List.of(shortTerm("E", "09:00", "09:15", "12"))), BENZENE);
		assertThat(above.verdict()).isEqualTo(Verdict.NON_COMPLIANT);
		assertThat(above.decisive().rule()).isEqualTo(Rule.STEL);
		assertThat(above.check(Rule.TWA)).hasValueSatisfying(c -> assertThat(c.compliant()).isTrue());
	}

	@Test
	void listsPcStelAsNotAssessedWithoutShortTermSamples() {
		Judgement judgement = Judgements.judge(ChemicalExposure.ofShift("2013", List.of(segment("A", "3", 8))),
				BENZENE);

		assertThat(judgement.verdict()).isEqualTo(Verdict.COMPLIANT);
		assertThat(judgement.notAssessed()).containsExactly(Rule.STEL);
	}

	@Test
	void judgesTheHighestShortTermResultAgainstMac() {
		// C_ME = max(0.3, 0.5) = 0.5 = MAC → 符合; action level 0.5 × 0.5 = 0.25 ≤ 0.5 → reached
		Judgement atLimit = Judgements.judge(new ChemicalExposure("2158", List.of(), null,
				List.of(shortTerm("A", "09:00", "09:15", "0.3"), shortTerm("B", "10:00", "10:15", "0.5"))), FORMALDEHYDE);
		assertThat(atLimit.verdict()).isEqualTo(Verdict.COMPLIANT);
		assertThat(atLimit.decisive()).hasToString("C_ME 0.5 mg/m³ = MAC 0.5 mg/m³: COMPLIANT");
		assertThat(atLimit.actionLevel().level()).isEqualByComparingTo("0.25");
		assertThat(atLimit.actionLevel().reached()).isTrue();

		Judgement above = Judgements.judge(new ChemicalExposure("2158", List.of(), null,
				List.of(shortTerm("A", "09:00", "09:15", "0.52"))), FORMALDEHYDE);
		assertThat(above.verdict()).isEqualTo(Verdict.NON_COMPLIANT);
	}

	@Test
	void judgesAShortTermNonDetectAtItsSubstitute() {
		// ND with LOD 0.8 → 0.4 under LOD/2 ≤ 0.5 → 符合; under LOD: 0.8 > 0.5 → 不符合
		ChemicalExposure exposure = new ChemicalExposure("2158", List.of(), null, List.of(Sample.notDetected("A",
				at("09:00"), at("09:15"), new BigDecimal("0.8"), MG)));

		assertThat(Judgements.judge(exposure, FORMALDEHYDE).verdict()).isEqualTo(Verdict.COMPLIANT);
		assertThat(Judgements.judge(exposure, FORMALDEHYDE,
				JudgementSettings.defaults().withNonDetects(NonDetectPolicy.LOD)).verdict())
			.isEqualTo(Verdict.NON_COMPLIANT);
	}

	// --- the peak-exposure rule, PC-TWA 1 mg/m³: excursions above 3, never above 5 ---------------

	private static Judgement peak(Sample... shortTerm) {
		return Judgements.judge(new ChemicalExposure("2999", List.of(segment("A", "0.8", 8)), null, List.of(shortTerm)),
				TWA_ONLY);
	}

	@Test
	void passesFourShortExcursionsAnHourApartBelowFiveTimesTheLimit() {
		// 4 excursions of 15 min above 3 (3.5, 4, 3.2, 4.9), gaps of 1 h 45 min, highest 4.9 ≤ 5
		Judgement judgement = peak(shortTerm("1", "09:00", "09:15", "3.5"), shortTerm("2", "11:00", "11:15", "4"),
				shortTerm("3", "13:00", "13:15", "3.2"), shortTerm("4", "15:00", "15:15", "4.9"),
				shortTerm("5", "16:30", "16:45", "2.9"));

		assertThat(judgement.verdict()).isEqualTo(Verdict.COMPLIANT);
		assertThat(judgement.checks()).extracting(c -> c.rule(), c -> c.value().stripTrailingZeros().toPlainString(),
				c -> c.compliant())
			.containsExactly(tuple(Rule.TWA, "0.8", true), tuple(Rule.PEAK_MAXIMUM, "4.9", true),
					tuple(Rule.PEAK_EXCURSION_LENGTH, "15", true), tuple(Rule.PEAK_EXCURSION_COUNT, "4", true),
					tuple(Rule.PEAK_EXCURSION_SPACING, "105", true));
		assertThat(judgement.excursions()).hasSize(4);
	}

	@Test
	void failsAnExposureAboveFiveTimesTheLimitButNotOneExactlyAtIt() {
		// 5.1 > 5 × 1 → 不符合
		Judgement above = peak(shortTerm("1", "09:00", "09:15", "5.1"));
		assertThat(above.verdict()).isEqualTo(Verdict.NON_COMPLIANT);
		assertThat(above.decisive().rule()).isEqualTo(Rule.PEAK_MAXIMUM);

		// exactly 5 is not above 5 × PC-TWA
		assertThat(peak(shortTerm("1", "09:00", "09:15", "5")).verdict()).isEqualTo(Verdict.COMPLIANT);
	}

	@Test
	void failsAnExcursionLongerThanFifteenMinutes() {
		// two touching 15-min samples above 3 (3.5 and 3.6) are one 30-min excursion > 15 min
		Judgement judgement = peak(shortTerm("1", "09:00", "09:15", "3.5"), shortTerm("2", "09:15", "09:30", "3.6"));

		assertThat(judgement.excursions()).containsExactly(new Excursion(at("09:00"), at("09:30")));
		assertThat(judgement.decisive()).hasToString("longest excursion > 3 × PC-TWA 30 min > limit 15 min: NON_COMPLIANT");
	}

	@Test
	void failsAFifthExcursionInADay() {
		// 5 excursions of 15 min, 1 h 45 min apart: 5 > 4
		Judgement judgement = peak(shortTerm("1", "08:00", "08:15", "3.5"), shortTerm("2", "10:00", "10:15", "3.5"),
				shortTerm("3", "12:00", "12:15", "3.5"), shortTerm("4", "14:00", "14:15", "3.5"),
				shortTerm("5", "16:00", "16:15", "3.5"));

		assertThat(judgement.verdict()).isEqualTo(Verdict.NON_COMPLIANT);
		assertThat(judgement.decisive()).hasToString("excursions > 3 × PC-TWA 5 > limit 4: NON_COMPLIANT");
	}

	@Test
	void failsExcursionsLessThanAnHourApartButNotExactlyAnHour() {
		// 09:00–09:15 then 09:45–10:00: 30 min apart < 60 min
		Judgement close = peak(shortTerm("1", "09:00", "09:15", "3.5"), shortTerm("2", "09:45", "10:00", "3.5"));
		assertThat(close.decisive()).hasToString("shortest gap between excursions 30 min < limit 60 min: NON_COMPLIANT");

		// 09:00–09:15 then 10:15–10:30: exactly 60 min apart → 符合
		Judgement hourApart = peak(shortTerm("1", "09:00", "09:15", "3.5"), shortTerm("2", "10:15", "10:30", "3.5"));
		assertThat(hourApart.check(Rule.PEAK_EXCURSION_SPACING))
			.hasValueSatisfying(c -> assertThat(c.compliant()).isTrue());
		assertThat(hourApart.verdict()).isEqualTo(Verdict.COMPLIANT);
	}

	@Test
	void doesNotCountAResultExactlyAtThreeTimesTheLimitAsAnExcursion() {
		Judgement judgement = peak(shortTerm("1", "09:00", "09:15", "3"), shortTerm("2", "09:15", "09:30", "3"));

		assertThat(judgement.excursions()).isEmpty();
		assertThat(judgement.check(Rule.PEAK_EXCURSION_COUNT)).hasValueSatisfying(
				c -> assertThat(c.value()).isEqualByComparingTo("0"));
	}

	// --- dust, mixtures, posts -----------------------------------------------------------------

	static final Oel SILICA_TOTAL = new Oel("1038", null, new BigDecimal("1"), null, MG, "total", "10%≤游离SiO2≤50%",
			false);

	static final Oel SILICA_RESPIRABLE = new Oel("1038", null, new BigDecimal("0.7"), null, MG, "respirable",
			"10%≤游离SiO2≤50%", false);

	@Test
	void judgesTotalAndRespirableDustEachAgainstItsOwnLimit() {
		JudgementSettings settings = JudgementSettings.defaults();
		// total 0.9 × 8 h / 8 h = 0.9 ≤ 1; respirable 0.75 > 0.7
		Judgement total = Judgements.judgeDust(ChemicalExposure.ofShift("1038", List.of(segment("T", "0.9", 8))),
				DustFraction.TOTAL, SILICA_TOTAL, settings);
		Judgement respirable = Judgements.judgeDust(
				ChemicalExposure.ofShift("1038", List.of(segment("R", "0.75", 8))), DustFraction.RESPIRABLE,
				SILICA_RESPIRABLE, settings);

		assertThat(total.verdict()).isEqualTo(Verdict.COMPLIANT);
		assertThat(respirable.verdict()).isEqualTo(Verdict.NON_COMPLIANT);
		assertThat(respirable.dustFraction()).isEqualTo(DustFraction.RESPIRABLE);

		PostJudgement post = Judgements.post("grinding", List.of(total, respirable), List.of());
		assertThat(post.verdict()).isEqualTo(Verdict.NON_COMPLIANT);
		assertThat(post.failures()).singleElement().satisfies(f -> {
			assertThat(f.hazardCode()).isEqualTo("1038");
			assertThat(f.check()).hasToString("C_TWA 0.75 mg/m³ > PC-TWA 0.7 mg/m³: NON_COMPLIANT");
		});
	}

	@Test
	void refusesADustLimitOfTheOtherFraction() {
		assertThatThrownBy(() -> Judgements.judgeDust(ChemicalExposure.ofShift("1038", List.of(segment("R", "0.5", 8))),
				DustFraction.RESPIRABLE, SILICA_TOTAL, JudgementSettings.defaults()))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(codes(ex)).containsExactly("testing.judgement.dustFractionMismatch"));
	}

	@Test
	void sumsRatiosOfAgentsWithTheSameEffectAgainstOne() {
		// toluene 20/50 = 0.4 + xylene 30/50 = 0.6 → 1.0 ≤ 1 → 符合 (each alone far below its limit)
		MixtureJudgement atLimit = Judgements.mixture(List.of(new MixtureComponent("2145", new BigDecimal("20"),
				new BigDecimal("50")), new MixtureComponent("2073", new BigDecimal("30"), new BigDecimal("50"))));
		assertThat(atLimit.check().value()).isEqualByComparingTo("1");
		assertThat(atLimit.verdict()).isEqualTo(Verdict.COMPLIANT);

		// 20/50 + 31/50 = 0.4 + 0.62 = 1.02 > 1 → 不符合, and the post fails on the mixture
		MixtureJudgement above = Judgements.mixture(List.of(new MixtureComponent("2145", new BigDecimal("20"),
				new BigDecimal("50")), new MixtureComponent("2073", new BigDecimal("31"), new BigDecimal("50"))));
		assertThat(above.check().value()).isEqualByComparingTo("1.02");
		PostJudgement post = Judgements.post("painting", List.of(), List.of(above));
		assertThat(post.verdict()).isEqualTo(Verdict.NON_COMPLIANT);
		assertThat(post.failures()).extracting(PostJudgement.Failure::hazardCode).containsExactly("2145+2073");
	}

	@Test
	void takesMixtureComponentsFromFactorJudgements() {
		Oel toluene = new Oel("2145", null, new BigDecimal("50"), new BigDecimal("100"), MG, null, null, false);
		Judgement judged = Judgements.judge(ChemicalExposure.ofShift("2145", List.of(segment("A", "25", 8))), toluene);

		MixtureComponent component = MixtureComponent.from(judged, Rule.TWA);

		// C_TWA 25 × 8 / 8 = 25 against PC-TWA 50
		assertThat(component.exposure()).isEqualByComparingTo("25");
		assertThat(component.limit()).isEqualByComparingTo("50");
	}

	@Test
	void judgesAPostCompliantWhenEveryFactorComplies() {
		Judgement a = Judgements.judge(ChemicalExposure.ofShift("2998", List.of(segment("A", "1", 8))), TWA_TWO);
		Judgement b = Judgements.judge(ChemicalExposure.ofShift("2013", List.of(segment("B", "6", 8))), BENZENE);

		PostJudgement post = Judgements.post("mixing", List.of(a, b), List.of());

		assertThat(post.verdict()).isEqualTo(Verdict.COMPLIANT);
		assertThat(post.failures()).isEmpty();
		assertThat(Verdict.COMPLIANT.chinese()).isEqualTo("符合");
		assertThat(Verdict.NON_COMPLIANT.chinese()).isEqualTo("不符合");
	}

	// --- refusals ------------------------------------------------------------------------------

	@Test
	void refusesZeroDurationEndBeforeStartMissingUnitAndUnitMismatchAllAtOnce() {
		List<Sample> segments = new ArrayList<>();
		segments.add(Sample.segment("ZERO", Duration.ZERO, new BigDecimal("1"), MG));
		segments.add(Sample.detected("BACKWARDS", at("10:00"), at("09:00"), new BigDecimal("1"), MG));
		segments.add(Sample.segment("NOUNIT", Duration.ofHours(1), new BigDecimal("1"), " "));
		segments.add(Sample.segment("PPM", Duration.ofHours(1), new BigDecimal("1"), "ppm"));
		segments.add(Sample.notDetectedSegment("NOLOD", Duration.ofHours(1), null, MG));
		segments.add(Sample.segment("NEGATIVE", Duration.ofHours(1), new BigDecimal("-0.1"), MG));
		segments.add(Sample.detected("INSTANT", at("09:00"), at("09:00"), new BigDecimal("1"), MG));

		assertThatThrownBy(() -> Judgements.judge(ChemicalExposure.ofShift("2998", segments), TWA_TWO))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors())
				.extracting(FieldError::field, FieldError::code)
				.containsExactly(tuple("shiftSamples[0].exposure", "testing.sample.durationNotPositive"),
						tuple("shiftSamples[1].end", "testing.sample.endBeforeStart"),
						tuple("shiftSamples[2].unit", "testing.sample.unitMissing"),
						tuple("shiftSamples[3].unit", "testing.sample.unitMismatch"),
						tuple("shiftSamples[4].limitOfDetection", "testing.sample.limitOfDetectionMissing"),
						tuple("shiftSamples[5].value", "testing.sample.valueNegative"),
						tuple("shiftSamples[6].end", "testing.sample.durationNotPositive")));
	}

	@Test
	void acceptsTheAsciiSpellingOfTheUnit() {
		Judgement judgement = Judgements.judge(ChemicalExposure.ofShift("2998",
				List.of(Sample.segment("A", Duration.ofHours(8), new BigDecimal("1"), "mg/m3"))), TWA_TWO);

		assertThat(judgement.verdict()).isEqualTo(Verdict.COMPLIANT);
	}

	@Test
	void refusesShortTermSamplesWithoutTimesOrLongerThanFifteenMinutes() {
		ChemicalExposure exposure = new ChemicalExposure("2013", List.of(), null,
				List.of(Sample.segment("NOTIMES", Duration.ofMinutes(15), new BigDecimal("1"), MG),
						shortTerm("LONG", "09:00", "09:30", "1")));

		assertThatThrownBy(() -> Judgements.judge(exposure, BENZENE))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(codes(ex))
				.containsExactly("testing.sample.timesMissing", "testing.sample.shortTermTooLong"));
	}

	@Test
	void refusesALimitWithoutValuesAndAnInputWithNothingItsLimitCanJudge() {
		Oel noValues = new Oel("3007", null, null, null, "°C WBGT", null, null, false);
		assertThatThrownBy(() -> Judgements.judge(ChemicalExposure.ofShift("3007", List.of(segment("A", "1", 8))),
				noValues))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(codes(ex)).containsExactly("testing.judgement.oelWithoutLimit"));
		assertThatThrownBy(() -> Judgements.judge(ChemicalExposure.ofShift("2158", List.of(segment("A", "0.1", 8))),
				FORMALDEHYDE))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(codes(ex)).containsExactly("testing.judgement.nothingToJudge"));
	}

}
