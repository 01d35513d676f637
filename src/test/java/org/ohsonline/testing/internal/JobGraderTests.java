package org.ohsonline.testing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.ohsonline.reference.GradingTables;
import org.ohsonline.reference.JobGrade;
import org.ohsonline.reference.LabourIntensity;
import org.ohsonline.reference.ToxicityClass;
import org.ohsonline.testing.JobView;
import org.ohsonline.testing.JobView.GradeStatus;
import org.ohsonline.testing.JobView.GradeView;
import org.ohsonline.testing.SamplingMode;
import org.ohsonline.testing.judgement.Check;
import org.ohsonline.testing.judgement.Judgement;
import org.ohsonline.testing.judgement.Rule;
import org.ohsonline.testing.judgement.Verdict;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which exposure and which inputs grade a post's factor: the highest B among C_TWA/PC-TWA,
 * C_STE/PC-STEL and C_ME/MAC over the days, the most severe of the plan rows' inputs, and the
 * reasons for no grade. Tables as bundled (chemical-grading, GBZ/T 229.2-2010, verified=false).
 */
class JobGraderTests {

	private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

	private static final GradingTables.ChemicalTable CHEMICAL = new GradingTables.ChemicalTable(
			new GradingTables.Source("chemical-grading", "GBZ/T 229.2-2010", "test", false),
			Map.of(ToxicityClass.MILD, BigDecimal.ONE, ToxicityClass.MODERATE, new BigDecimal("2"), ToxicityClass.HIGH,
					new BigDecimal("4"), ToxicityClass.EXTREME, new BigDecimal("8")),
			Map.of(LabourIntensity.I, new BigDecimal("1.0"), LabourIntensity.II, new BigDecimal("1.5"),
					LabourIntensity.III, new BigDecimal("2.0"), LabourIntensity.IV, new BigDecimal("2.5")),
			new GradingTables.ExposureWeight(BigDecimal.ONE, BigDecimal.ZERO),
			List.of(new GradingTables.Band(JobGrade.ZERO, "0级 相对无害作业", null, BigDecimal.ONE),
					new GradingTables.Band(JobGrade.I, "Ⅰ级 轻度危害作业", null, new BigDecimal("6")),
					new GradingTables.Band(JobGrade.II, "Ⅱ级 中度危害作业", null, new BigDecimal("24")),
					new GradingTables.Band(JobGrade.III, "Ⅲ级 重度危害作业", null, null)));

	private final JobGrader grader = new JobGrader(new GradingTables() {

		@Override
		public Optional<ChemicalTable> chemical(LocalDate on) {
			return Optional.of(CHEMICAL);
		}

		@Override
		public Optional<DustTable> dust(LocalDate on) {
			return Optional.empty();
		}

		@Override
		public Optional<NoiseTable> noise(LocalDate on) {
			return Optional.empty();
		}

		@Override
		public Optional<HeatTable> heat(LocalDate on) {
			return Optional.empty();
		}

	});

	@Test
	void theHighestExposureRatioOverTheRulesAndDaysGradesTheChemical() {
		// Day 1: C_TWA 3 / PC-TWA 6 → B = 0.5; C_STE 15 / PC-STEL 10 → B = 1.5.
		// Day 2: C_TWA 7.2 / PC-TWA 6 → B = 1.2.
		// The highest B, 1.5 (C_STE of day 1), decides: W_B = 1.5, G = W_D 4 × 1.5 × W_L 1.0 = 6 ≤ 6 → Ⅰ级.
		List<GradeView> grades = this.grader.grade(outcome(
				exposure(DAY, Check.of(Rule.TWA, new BigDecimal("3"), new BigDecimal("6"), "mg/m³"),
						Check.of(Rule.STEL, new BigDecimal("15"), new BigDecimal("10"), "mg/m³")),
				exposure(DAY.plusDays(1), Check.of(Rule.TWA, new BigDecimal("7.2"), new BigDecimal("6"), "mg/m³"))),
				List.of(), List.of(row(ToxicityClass.HIGH, LabourIntensity.I)));
		assertThat(grades).singleElement().satisfies(g -> {
			assertThat(g.status()).isEqualTo(GradeStatus.GRADED);
			assertThat(g.rule()).isEqualTo(Rule.STEL);
			assertThat(g.day()).isEqualTo(DAY);
			assertThat(g.exposureRatio()).isEqualByComparingTo("1.5");
			assertThat(g.index()).isEqualByComparingTo("6");
			assertThat(g.grade()).isEqualTo(JobGrade.I);
			assertThat(g.formulaArguments()).containsExactly("4", "1.5", "1", "6");
		});
	}

	@Test
	void plannedRowsThatDifferGradeWithTheMostSevereClassAndIntensity() {
		// Rows say 中度/Ⅰ and 极度/Ⅲ: W_D 8 and W_L 2.0 are taken.
		// C_TWA 12 / PC-TWA 6 → B = 2: G = 8 × 2 × 2.0 = 32 > 24 → Ⅲ级.
		List<GradeView> grades = this.grader.grade(
				outcome(exposure(DAY, Check.of(Rule.TWA, new BigDecimal("12"), new BigDecimal("6"), "mg/m³"))),
				List.of(), List.of(row(ToxicityClass.MODERATE, LabourIntensity.I),
						row(ToxicityClass.EXTREME, LabourIntensity.III)));
		assertThat(grades).singleElement().satisfies(g -> {
			assertThat(g.hazardWeight()).isEqualByComparingTo("8");
			assertThat(g.labourWeight()).isEqualByComparingTo("2.0");
			assertThat(g.index()).isEqualByComparingTo("32");
			assertThat(g.grade()).isEqualTo(JobGrade.III);
			assertThat(g.toxicityClass()).isEqualTo(ToxicityClass.EXTREME);
		});
	}

	@Test
	void aChemicalWithoutItsClassIsNotGradedAndSaysWhatIsMissing() {
		List<GradeView> grades = this.grader.grade(
				outcome(exposure(DAY, Check.of(Rule.TWA, new BigDecimal("12"), new BigDecimal("6"), "mg/m³"))),
				List.of(), List.of());
		assertThat(grades).singleElement().satisfies(g -> {
			assertThat(g.status()).isEqualTo(GradeStatus.INPUT_MISSING);
			assertThat(g.grade()).isNull();
			assertThat(g.formulaKey()).isEqualTo("testing.grade.status.INPUT_MISSING");
			assertThat(g.problemArguments()).containsExactly("W_D (GBZ 230), W_L");
		});
	}

	@Test
	void noiseWithoutATableInForceSaysTheTableIsNotLoaded() {
		Judging.GroupKey key = new Judging.GroupKey(7, "3008", "", DAY, "");
		Judgement judgement = new Judgement("3008", Verdict.NON_COMPLIANT,
				List.of(Check.of(Rule.NOISE_DAILY, new BigDecimal("92.4"), new BigDecimal("85"), "dB(A)")), List.of(),
				null, List.of(), false, null);
		List<GradeView> grades = this.grader.grade(outcome(new Judging.Exposure(key, "NOISE", judgement, null, false,
				null)), List.of(), List.of());
		assertThat(grades).singleElement().satisfies(g -> {
			assertThat(g.status()).isEqualTo(GradeStatus.TABLE_NOT_LOADED);
			assertThat(g.formulaArguments()).containsExactly("noise-grading");
		});
	}

	@Test
	void heatIsGradedByTheCellOfTheResultsIntensityTimeShareAndWbgtWhenATableIsLoaded() {
		// A table of this test only (none is bundled): class Ⅱ, time share above 75 up to 100 %,
		// WBGT from 26 below 28 °C → Ⅰ级. The results: WBGT 27.0 °C for 8 h of 8 h, class Ⅱ → share 100 %.
		GradingTables.HeatTable heat = new GradingTables.HeatTable(
				new GradingTables.Source("heat-grading", "test", "test", false),
				List.of(new GradingTables.HeatCell(LabourIntensity.II, 75, 100, new BigDecimal("26"), new BigDecimal("28"),
						JobGrade.I, "Ⅰ级")));
		JobGrader withHeat = new JobGrader(new GradingTables() {

			@Override
			public Optional<ChemicalTable> chemical(LocalDate on) {
				return Optional.empty();
			}

			@Override
			public Optional<DustTable> dust(LocalDate on) {
				return Optional.empty();
			}

			@Override
			public Optional<NoiseTable> noise(LocalDate on) {
				return Optional.empty();
			}

			@Override
			public Optional<HeatTable> heat(LocalDate on) {
				return Optional.of(heat);
			}

		});
		Judging.GroupKey key = new Judging.GroupKey(7, "3007", "", DAY, "");
		Judgement judgement = new Judgement("3007", Verdict.COMPLIANT,
				List.of(Check.of(Rule.HEAT_WBGT, new BigDecimal("27.0"), new BigDecimal("28"), "°C WBGT")), List.of(), null,
				List.of(), false, null);
		StoredResult result = new StoredResult(1, 1, "H-1", 7, "电焊工", "", "", "3007", "高温", null, "GBZ/T 189.7",
				SamplingMode.AREA, DAY.atTime(8, 0), DAY.atTime(16, 0), new BigDecimal("480"), true, new BigDecimal("27.0"),
				"°C WBGT", null, false, LabourIntensity.II, "test", java.time.Instant.EPOCH);
		List<GradeView> grades = withHeat.grade(outcome(new Judging.Exposure(key, "HEAT", judgement, null, false, null)),
				List.of(result), List.of());
		assertThat(grades).singleElement().satisfies(g -> {
			assertThat(g.status()).isEqualTo(GradeStatus.GRADED);
			assertThat(g.grade()).isEqualTo(JobGrade.I);
			assertThat(g.timeShare()).isEqualTo(100);
			assertThat(g.labourIntensity()).isEqualTo(LabourIntensity.II);
			assertThat(g.formulaArguments()).containsExactly("27", "Ⅱ", 100);
		});
	}

	@Test
	void formulaNumbersKeepThreeSignificantFigures() {
		assertThat(GradeView.show(new BigDecimal("1.3333333333"))).isEqualTo("1.33");
		assertThat(GradeView.show(new BigDecimal("8.000"))).isEqualTo("8");
		assertThat(GradeView.show(new BigDecimal("1234.5"))).isEqualTo("1235");
		assertThat(GradeView.show(null)).isEqualTo("—");
	}

	private static Judging.Outcome outcome(Judging.Exposure... exposures) {
		return new Judging.Outcome(List.of(exposures), List.of(), Map.of(), Map.of());
	}

	private static Judging.Exposure exposure(LocalDate day, Check... checks) {
		Judgement judgement = new Judgement("2013", Verdict.NON_COMPLIANT, List.of(checks), List.of(), null, List.of(),
				false, null);
		return new Judging.Exposure(new Judging.GroupKey(7, "2013", "", day, ""), "CHEMICAL", judgement, null, false,
				null);
	}

	private static JobView.PlanRowView row(ToxicityClass toxicity, LabourIntensity intensity) {
		return new JobView.PlanRowView(1, 7, "电焊工", "焊接车间", "焊接工位", "2013", "苯", null, SamplingMode.AREA, 2, toxicity,
				null, intensity, false);
	}

}
