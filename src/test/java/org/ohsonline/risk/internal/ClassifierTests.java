package org.ohsonline.risk.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ohsonline.reference.CatalogEntry;
import org.ohsonline.risk.ClassificationInputs;
import org.ohsonline.risk.HazardLevel;
import org.ohsonline.risk.Light;
import org.ohsonline.risk.ManagementGrade;
import org.ohsonline.risk.Outcome;
import org.ohsonline.risk.RiskClass;
import org.ohsonline.risk.WhatIf;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The bundled rules (reference/risk-classification-2023.csv) on hand-worked cases: every cell of the
 * hazard-level matrix (附表1-1), every cell of the combining matrix (甲 the LOWEST risk, 丙 the highest),
 * the grade bands at their edges, every downgrade and the cap on downgrades, and the light.
 */
class ClassifierTests {

	static final RiskRules RULES = bundled();

	static RiskRules bundled() {
		try (InputStream in = new ClassPathResource("reference/risk-classification-2023.csv").getInputStream()) {
			String[] lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n");
			String[] header = lines[0].split(",", -1);
			List<CatalogEntry> entries = new ArrayList<>();
			for (int i = 1; i < lines.length; i++) {
				if (lines[i].isBlank()) {
					continue;
				}
				String[] cells = lines[i].split(",", -1);
				Map<String, Object> attributes = new LinkedHashMap<>();
				for (int c = 4; c < header.length; c++) {
					if (!cells[c].isEmpty()) {
						attributes.put(camel(header[c]), cells[c]);
					}
				}
				entries.add(new CatalogEntry(cells[0], cells[1], null, 1, attributes));
			}
			return RiskRules.of(1, "2023 pilot (provisional)", "bundled", entries);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String camel(String snake) {
		StringBuilder out = new StringBuilder();
		boolean upper = false;
		for (char c : snake.toCharArray()) {
			if (c == '_') {
				upper = true;
			}
			else {
				out.append(upper ? Character.toUpperCase(c) : c);
				upper = false;
			}
		}
		return out.toString();
	}

	/** Inputs: serious or not, exceedances, overdue tests, exposed, score. */
	static ClassificationInputs inputs(boolean serious, int exceedances, int overdue, int exposed, Double score) {
		return new ClassificationInputs(serious ? List.of("2013") : List.of(), false, exposed, exceedances, overdue,
				score, false, false);
	}

	@ParameterizedTest(name = "{0} factor, {1} exceedances, {2} overdue tests, {3} exposed → {4}")
	@CsvSource({
			// 附表1-1: 一般 × 符合 is Ⅰ whatever the headcount
			"false, 0, 0, 0, I", "false, 0, 0, 9, I", "false, 0, 0, 10, I", "false, 0, 0, 49, I", "false, 0, 0, 50, I",
			// 一般 × 不符合: Ⅱ, Ⅱ, Ⅲ (≥50)
			"false, 1, 0, 9, II", "false, 2, 0, 49, II", "false, 1, 0, 50, III",
			// an overdue test counts as 不符合 (edition option OPT-OVERDUE-NONCOMPLIANT)
			"false, 0, 1, 9, II", "false, 0, 1, 50, III",
			// 严重 × 符合: Ⅱ, Ⅱ, Ⅲ
			"true, 0, 0, 9, II", "true, 0, 0, 10, II", "true, 0, 0, 50, III",
			// 严重 × 不符合: Ⅲ in every band
			"true, 1, 0, 1, III", "true, 1, 0, 30, III", "true, 1, 0, 500, III" })
	void hazardLevelFollowsTheMatrix(boolean serious, int exceedances, int overdue, int exposed, HazardLevel level) {
		assertThat(Classifier.classify(RULES, inputs(serious, exceedances, overdue, exposed, 95.0)).hazardLevel())
			.isEqualTo(level);
	}

	@ParameterizedTest(name = "score {0} → {1}")
	@CsvSource({ "100, A", "90, A", "89.9, B", "70, B", "69.9, C", "0, C" })
	void gradeBandsAtTheirEdges(double score, ManagementGrade grade) {
		assertThat(Classifier.classify(RULES, inputs(false, 0, 0, 5, score)).grade()).isEqualTo(grade);
	}

	@Test
	void noSelfInspectionIsGradeC() {
		Outcome outcome = Classifier.classify(RULES, inputs(false, 0, 0, 5, null));
		assertThat(outcome.grade()).isEqualTo(ManagementGrade.C);
		assertThat(outcome.path()).anyMatch(s -> s.messageKey().equals("risk.path.noSelfInspection"));
	}

	/** 附表3-1 (recollection, configurable): 甲 is the LOWEST risk, 丙 the HIGHEST. */
	@ParameterizedTest(name = "{0} × {1} → {2}")
	@CsvSource({
			// Ⅰ: general factor, compliant
			"false, 0, 5, 95, JIA, GREEN", "false, 0, 5, 80, JIA, GREEN", "false, 0, 5, 50, YI, YELLOW",
			// Ⅱ: general factor, one exceedance, 5 exposed
			"false, 1, 5, 95, JIA, GREEN", "false, 1, 5, 80, YI, YELLOW", "false, 1, 5, 50, BING, RED",
			// Ⅲ: serious factor, one exceedance
			"true, 1, 5, 95, YI, YELLOW", "true, 1, 5, 80, BING, RED", "true, 1, 5, 50, BING, RED" })
	void combinedClassFollowsTheMatrixWithJiaLowest(boolean serious, int exceedances, int exposed, double score,
			RiskClass riskClass, Light light) {
		Outcome outcome = Classifier.classify(RULES, inputs(serious, exceedances, 0, exposed, score));
		assertThat(outcome.riskClass()).isEqualTo(riskClass);
		assertThat(outcome.light()).isEqualTo(light);
	}

	@Test
	void theWorstEmployerIsBingAndTheBestJia() {
		// 严重, 不符合, ≥50, no self-inspection: Ⅲ × C = 丙 (高风险), red, key supervision (Ⅲ).
		Outcome worst = Classifier.classify(RULES, inputs(true, 3, 2, 120, null));
		assertThat(worst.riskClass()).isEqualTo(RiskClass.BING);
		assertThat(worst.supervision()).isEqualTo("III");
		// 一般, 符合, a handful exposed, 96 points: Ⅰ × A = 甲 (低风险), green, simplified supervision (Ⅰ).
		Outcome best = Classifier.classify(RULES, inputs(false, 0, 0, 3, 96.0));
		assertThat(best.riskClass()).isEqualTo(RiskClass.JIA);
		assertThat(best.supervision()).isEqualTo("I");
		assertThat(RiskClass.BING.higherThan(RiskClass.JIA)).isTrue();
	}

	@Test
	void healthyEnterpriseLowersOneStep() {
		// Ⅲ × B = 丙; a healthy enterprise → 乙.
		ClassificationInputs in = inputs(true, 1, 0, 5, 80.0).withHealthyEnterprise(true);
		Outcome outcome = Classifier.classify(RULES, in);
		assertThat(outcome.matrixClass()).isEqualTo(RiskClass.BING);
		assertThat(outcome.riskClass()).isEqualTo(RiskClass.YI);
		assertThat(outcome.path()).anyMatch(s -> "D-HEALTHY".equals(s.entryCode()));
	}

	@Test
	void completeSelfInspectionLowersOneStep() {
		// Ⅱ × B = 乙; complete self-inspection → 甲.
		ClassificationInputs in = inputs(false, 1, 0, 5, 80.0).withScore(80.0, true);
		assertThat(Classifier.classify(RULES, in).riskClass()).isEqualTo(RiskClass.JIA);
	}

	@Test
	void downgradesTogetherLowerAtMostOneStep() {
		// Ⅲ × B = 丙; both downgrades hold, the edition caps them at one step in total → 乙, not 甲.
		ClassificationInputs in = inputs(true, 1, 0, 5, 80.0).withScore(80.0, true).withHealthyEnterprise(true);
		assertThat(Classifier.classify(RULES, in).riskClass()).isEqualTo(RiskClass.YI);
	}

	@Test
	void aDowngradeNeverGoesBelowJia() {
		ClassificationInputs in = inputs(false, 0, 0, 3, 96.0).withHealthyEnterprise(true);
		Outcome outcome = Classifier.classify(RULES, in);
		assertThat(outcome.riskClass()).isEqualTo(RiskClass.JIA);
		assertThat(outcome.path()).anyMatch(s -> s.messageKey().equals("risk.path.downgradeNone.HEALTHY_ENTERPRISE"));
	}

	@Test
	void thePathNamesTheCellsThatDecided() {
		Outcome outcome = Classifier.classify(RULES, inputs(true, 2, 0, 30, 85.0));
		assertThat(outcome.path()).extracting(s -> s.entryCode())
			.contains("BAND-2", "H-SERIOUS-N-2", "M-B", "C-III-B", "L-BING");
	}

	@Test
	void whatIfClosingExceedancesLowersTheClass() {
		// 一般, 2 exceedances, 5 exposed, 80 points: Ⅱ × B = 乙; closing both → Ⅰ × B = 甲.
		List<WhatIf> options = ClassificationService.whatIf(RULES, inputs(false, 2, 0, 5, 80.0));
		assertThat(options).anySatisfy(o -> {
			assertThat(o.messageKey()).isEqualTo("risk.whatIf.exceedances");
			assertThat(o.arguments()).containsExactly("2");
			assertThat(o.riskClass()).isEqualTo(RiskClass.JIA);
		});
	}

	@Test
	void anEditionMissingACellIsRefused() {
		List<CatalogEntry> entries = new ArrayList<>();
		entries.add(new CatalogEntry("BAND-1", "all", null, 1, Map.of("kind", "headcountBand", "band", "1", "from", "0")));
		assertThatIllegalArgumentException().isThrownBy(() -> RiskRules.of(2, "broken", "test", entries))
			.withMessageContaining("hazardCell");
	}

}
