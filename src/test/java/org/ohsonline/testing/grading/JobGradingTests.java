package org.ohsonline.testing.grading;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ohsonline.reference.GradingTables;
import org.ohsonline.reference.GradingTables.Band;
import org.ohsonline.reference.GradingTables.ExposureWeight;
import org.ohsonline.reference.GradingTables.HeatCell;
import org.ohsonline.reference.JobGrade;
import org.ohsonline.reference.LabourIntensity;
import org.ohsonline.reference.SilicaBand;
import org.ohsonline.reference.ToxicityClass;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.testing.judgement.Check;
import org.ohsonline.testing.judgement.Rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Job grading worked by hand on the bundled starting tables (the values of
 * chemical-grading-gbzt229-2010.csv, dust-grading-gbzt229-2010.csv and
 * noise-grading-gbzt229-4-2012.csv), and on a heat table as an administrator would load one.
 */
class JobGradingTests {

	static final GradingTables.Source SOURCE = new GradingTables.Source("chemical-grading", "test", "test", false);

	static Map<LabourIntensity, BigDecimal> labour() {
		Map<LabourIntensity, BigDecimal> w = new EnumMap<>(LabourIntensity.class);
		w.put(LabourIntensity.I, new BigDecimal("1.0"));
		w.put(LabourIntensity.II, new BigDecimal("1.5"));
		w.put(LabourIntensity.III, new BigDecimal("2.0"));
		w.put(LabourIntensity.IV, new BigDecimal("2.5"));
		return w;
	}

	static final GradingTables.ChemicalTable CHEMICAL = new GradingTables.ChemicalTable(SOURCE,
			Map.of(ToxicityClass.MILD, new BigDecimal("1"), ToxicityClass.MODERATE, new BigDecimal("2"),
					ToxicityClass.HIGH, new BigDecimal("4"), ToxicityClass.EXTREME, new BigDecimal("8")),
			labour(), new ExposureWeight(BigDecimal.ONE, BigDecimal.ZERO),
			List.of(new Band(JobGrade.ZERO, "0级 相对无害作业", null, new BigDecimal("1")),
					new Band(JobGrade.I, "Ⅰ级 轻度危害作业", null, new BigDecimal("6")),
					new Band(JobGrade.II, "Ⅱ级 中度危害作业", null, new BigDecimal("24")),
					new Band(JobGrade.III, "Ⅲ级 重度危害作业", null, null)));

	static final GradingTables.DustTable DUST = new GradingTables.DustTable(SOURCE,
			Map.of(SilicaBand.BELOW_10, new BigDecimal("1"), SilicaBand.FROM_10_TO_50, new BigDecimal("2"),
					SilicaBand.ABOVE_50_TO_80, new BigDecimal("4"), SilicaBand.ABOVE_80, new BigDecimal("6")),
			labour(), new ExposureWeight(BigDecimal.ONE, BigDecimal.ONE),
			List.of(new Band(JobGrade.ZERO, "0级", null, BigDecimal.ZERO), new Band(JobGrade.I, "Ⅰ级", null, new BigDecimal("6")),
					new Band(JobGrade.II, "Ⅱ级", null, new BigDecimal("16")), new Band(JobGrade.III, "Ⅲ级", null, null)));

	static final GradingTables.NoiseTable NOISE = new GradingTables.NoiseTable(SOURCE,
			List.of(new Band(JobGrade.ZERO, "0级", BigDecimal.ZERO, null), new Band(JobGrade.I, "Ⅰ级", new BigDecimal("85"), null),
					new Band(JobGrade.II, "Ⅱ级", new BigDecimal("90"), null),
					new Band(JobGrade.III, "Ⅲ级", new BigDecimal("95"), null),
					new Band(JobGrade.IV, "Ⅳ级", new BigDecimal("100"), null)));

	private static GradingOutcome chemical(String c, String oel, ToxicityClass toxicity, LabourIntensity intensity) {
		return JobGrading.chemical(new BigDecimal(c), new BigDecimal(oel), toxicity, intensity, CHEMICAL);
	}

	@Test
	void gradesAChemicalByTheProductOfItsWeights() {
		// benzene 高度危害 W_D 4; C_TWA 9 / PC-TWA 6 → B = 1.5 > 1 → W_B 1.5; Ⅱ级 labour W_L 1.5
		// G = 4 × 1.5 × 1.5 = 9; 6 < 9 ≤ 24 → Ⅱ级 中度危害作业
		GradingOutcome outcome = chemical("9", "6", ToxicityClass.HIGH, LabourIntensity.II);

		assertThat(outcome.index()).isEqualByComparingTo("9");
		assertThat(outcome.hazardWeight()).isEqualByComparingTo("4");
		assertThat(outcome.exposureRatio()).isEqualByComparingTo("1.5");
		assertThat(outcome.exposureWeight()).isEqualByComparingTo("1.5");
		assertThat(outcome.labourWeight()).isEqualByComparingTo("1.5");
		assertThat(outcome.grade()).isEqualTo(JobGrade.II);
		assertThat(outcome.gradeName()).isEqualTo("Ⅱ级 中度危害作业");
	}

	@Test
	void givesGradeZeroAtOrBelowTheLimitAndPutsAnIndexOnABoundInTheLowerBand() {
		// B = 6/6 = 1 ≤ 1 → W_B = 0 → G = 0 → 0级 相对无害
		assertThat(chemical("6", "6", ToxicityClass.EXTREME, LabourIntensity.IV).grade()).isEqualTo(JobGrade.ZERO);
		// 轻度 1 × B 1.2 × Ⅰ 1.0 = 1.2 → Ⅰ级
		assertThat(chemical("1.2", "1", ToxicityClass.MILD, LabourIntensity.I).grade()).isEqualTo(JobGrade.I);
		// 中度 2 × B 2 × Ⅱ 1.5 = 6 exactly → Ⅰ级 (≤ 6)
		GradingOutcome six = chemical("2", "1", ToxicityClass.MODERATE, LabourIntensity.II);
		assertThat(six.index()).isEqualByComparingTo("6");
		assertThat(six.grade()).isEqualTo(JobGrade.I);
		// 高度 4 × B 4 × Ⅱ 1.5 = 24 exactly → Ⅱ级 (≤ 24)
		assertThat(chemical("4", "1", ToxicityClass.HIGH, LabourIntensity.II).grade()).isEqualTo(JobGrade.II);
		// 极度 8 × B 2 × Ⅳ 2.5 = 40 > 24 → Ⅲ级
		assertThat(chemical("2", "1", ToxicityClass.EXTREME, LabourIntensity.IV).grade()).isEqualTo(JobGrade.III);
	}

	@Test
	void gradesFromTheCheckOfAJudgement() {
		Check check = Check.of(Rule.TWA, new BigDecimal("9"), new BigDecimal("6"), "mg/m³");

		assertThat(JobGrading.chemical(check, ToxicityClass.HIGH, LabourIntensity.II, CHEMICAL).grade())
			.isEqualTo(JobGrade.II);
	}

	@Test
	void gradesADustWithItsOwnExposureWeightRule() {
		// 10–50 % silica W_M 2; C_TWA 1.4 / PC-TWA 0.7 = B 2 → W_B = 2 − 1 = 1; Ⅲ labour 2.0 → G = 4 → Ⅰ级
		GradingOutcome outcome = JobGrading.dust(new BigDecimal("1.4"), new BigDecimal("0.7"),
				SilicaBand.of(new BigDecimal("30")), LabourIntensity.III, DUST);
		assertThat(outcome.exposureWeight()).isEqualByComparingTo("1");
		assertThat(outcome.index()).isEqualByComparingTo("4");
		assertThat(outcome.grade()).isEqualTo(JobGrade.I);
		// at the limit: W_B 0 → G 0 → 0级
		assertThat(JobGrading.dust(new BigDecimal("0.7"), new BigDecimal("0.7"), SilicaBand.ABOVE_80,
				LabourIntensity.IV, DUST).grade()).isEqualTo(JobGrade.ZERO);
		// silica > 80 % W_M 6; B = 4 → W_B 3; Ⅰ 1.0 → G = 18 > 16 → Ⅲ级
		assertThat(JobGrading.dust(new BigDecimal("0.8"), new BigDecimal("0.2"), SilicaBand.ABOVE_80,
				LabourIntensity.I, DUST).grade()).isEqualTo(JobGrade.III);
	}

	@Test
	void bandsFreeSilicaAsGbz21Does() {
		assertThat(SilicaBand.of(new BigDecimal("9.9"))).isEqualTo(SilicaBand.BELOW_10);
		assertThat(SilicaBand.of(new BigDecimal("10"))).isEqualTo(SilicaBand.FROM_10_TO_50);
		assertThat(SilicaBand.of(new BigDecimal("50"))).isEqualTo(SilicaBand.FROM_10_TO_50);
		assertThat(SilicaBand.of(new BigDecimal("50.1"))).isEqualTo(SilicaBand.ABOVE_50_TO_80);
		assertThat(SilicaBand.of(new BigDecimal("80.5"))).isEqualTo(SilicaBand.ABOVE_80);
	}

	@Test
	void gradesNoiseByItsBand() {
		assertThat(JobGrading.noise(new BigDecimal("84.9"), NOISE).grade()).isEqualTo(JobGrade.ZERO);
		assertThat(JobGrading.noise(new BigDecimal("85.0"), NOISE).grade()).isEqualTo(JobGrade.I);
		assertThat(JobGrading.noise(new BigDecimal("92.3"), NOISE).grade()).isEqualTo(JobGrade.II);
		assertThat(JobGrading.noise(new BigDecimal("100"), NOISE).grade()).isEqualTo(JobGrade.IV);
	}

	@Test
	void gradesHeatByTheCellOfALoadedTable() {
		// a row as an administrator would load it: Ⅱ labour, share above 50 up to 75 %: WBGT 29 → Ⅰ, 30 → Ⅱ,
		// from 31 beyond the table
		GradingTables.HeatTable table = new GradingTables.HeatTable(SOURCE, List.of(
				new HeatCell(LabourIntensity.II, 50, 75, new BigDecimal("29"), new BigDecimal("30"), JobGrade.I, "Ⅰ级"),
				new HeatCell(LabourIntensity.II, 50, 75, new BigDecimal("30"), new BigDecimal("31"), JobGrade.II, "Ⅱ级"),
				new HeatCell(LabourIntensity.II, 50, 75, new BigDecimal("31"), null, null, "超出")));

		assertThat(JobGrading.heat(LabourIntensity.II, 60, new BigDecimal("29.5"), table).grade()).isEqualTo(JobGrade.I);
		assertThat(JobGrading.heat(LabourIntensity.II, 75, new BigDecimal("30"), table).grade()).isEqualTo(JobGrade.II);
		assertThat(JobGrading.heat(LabourIntensity.II, 51, new BigDecimal("28.9"), table).grade())
			.isEqualTo(JobGrade.ZERO);
		GradingOutcome beyond = JobGrading.heat(LabourIntensity.II, 70, new BigDecimal("33"), table);
		assertThat(beyond.beyondTable()).isTrue();
		assertThat(beyond.grade()).isNull();
		// 50 % is not above 50: no row for it
		assertThatThrownBy(() -> JobGrading.heat(LabourIntensity.II, 50, new BigDecimal("30"), table))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.errors().get(0).code()).isEqualTo("testing.grading.tableIncomplete"));
	}

	@Test
	void refusesATableWithoutTheWeightNeeded() {
		GradingTables.ChemicalTable partial = new GradingTables.ChemicalTable(SOURCE,
				Map.of(ToxicityClass.MILD, BigDecimal.ONE), labour(), CHEMICAL.exposureWeight(), CHEMICAL.bands());

		assertThatThrownBy(() -> JobGrading.chemical(BigDecimal.TEN, BigDecimal.ONE, ToxicityClass.HIGH,
				LabourIntensity.I, partial))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors().get(0).arguments())
				.containsExactly("chemical-grading", "test", "W_D HIGH"));
	}

}
