package org.ohsonline.reference.internal;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ohsonline.reference.CatalogEntry;
import org.ohsonline.shared.InvalidInputException.FieldError;

import static org.assertj.core.api.Assertions.assertThat;

class AttributeRulesTests {

	private static List<FieldError> check(String catalog, Map<String, Object> attributes) {
		return AttributeRules.check(catalog, List.of(new CatalogEntry("X1", "名称", null, 1, attributes)), i -> i + 2);
	}

	@Test
	void rejectsALimitThatIsNotANumber() {
		assertThat(check("oels", Map.of("pcTwa", "0,5"))).containsExactly(
				FieldError.of("row 2", "reference.entry.attributeNumber", 2, "X1", "pcTwa", "0,5"));
		assertThat(check("oels", Map.of("pcTwa", "0.5", "mac", "", "unit", "mg/m³"))).isEmpty();
	}

	@Test
	void rejectsAFractionalOrNegativeThreshold() {
		assertThat(check("size-thresholds", Map.of("largeEmployees", "1000.5"))).hasSize(1);
		assertThat(check("size-thresholds", Map.of("smallRevenue", "-1"))).hasSize(1);
		assertThat(check("size-thresholds", Map.of("largeEmployees", "1000", "industryCodes", "B,C,D"))).isEmpty();
	}

	@Test
	void requiresOneOfTheTwoSeverities() {
		assertThat(check("industry-severity", Map.of("severity", "SERIOUS"))).isEmpty();
		assertThat(check("industry-severity", Map.of("severity", "严重"))).containsExactly(
				FieldError.of("row 2", "reference.entry.severityInvalid", 2, "X1", "严重"));
		assertThat(check("industry-severity", Map.of())).hasSize(1);
	}

	@Test
	void refusesAnIndicatorDefinitionWithAnUnknownSourceOrARuleItsSourceDoesNotOffer() {
		String catalog = "indicator-definitions";
		Map<String, Object> valid = Map.of("sourceModule", "declaration", "rule", "DECLARED", "unit", "EMPLOYERS",
				"population", "SEVERE", "direction", "HIGHER", "amberMargin", "5", "planTarget", "85");
		assertThat(check(catalog, valid)).isEmpty();
		java.util.Map<String, Object> unknownSource = new java.util.HashMap<>(valid);
		unknownSource.put("sourceModule", "insurance");
		assertThat(check(catalog, unknownSource)).containsExactly(
				FieldError.of("row 2", "reference.entry.indicatorSourceUnknown", 2, "X1", "insurance"));
		java.util.Map<String, Object> wrongRule = new java.util.HashMap<>(valid);
		wrongRule.put("rule", "TESTED");
		assertThat(check(catalog, wrongRule)).containsExactly(
				FieldError.of("row 2", "reference.entry.indicatorInvalid", 2, "X1"));
		java.util.Map<String, Object> looseTarget = new java.util.HashMap<>(valid);
		looseTarget.put("planTarget", "101");
		assertThat(check(catalog, looseTarget)).hasSize(1);
		// An imported indicator has the imported population, and only it.
		java.util.Map<String, Object> imported = new java.util.HashMap<>(valid);
		imported.putAll(Map.of("sourceModule", "import", "rule", "IMPORTED", "population", "IMPORTED"));
		assertThat(check(catalog, imported)).isEmpty();
		imported.put("population", "SEVERE");
		assertThat(check(catalog, imported)).hasSize(1);
	}

	/**
	 * The third edition's rules: exam coverage per category only over a category's population (and that population only
	 * with it), the suspected follow-up counted in findings over employers with findings, the diagnosis clocks in
	 * clocks over the institutions — each pairing refused the other way round.
	 */
	@Test
	void acceptsTheThirdEditionsRulesOnlyWithTheirPopulationsAndUnits() {
		String catalog = "indicator-definitions";
		java.util.Map<String, Object> category = new java.util.HashMap<>(Map.of("sourceModule", "surveillance", "rule",
				"EXAMINED_IN_CATEGORY", "unit", "WORKERS", "population", "HAZARD_CATEGORY_3", "direction", "HIGHER",
				"amberMargin", "5"));
		assertThat(check(catalog, category)).isEmpty();
		category.put("population", "EXPOSED");
		assertThat(check(catalog, category)).as("the category rule over a population without a category").hasSize(1);
		category.put("population", "HAZARD_CATEGORY_7");
		assertThat(check(catalog, category)).as("no category 7 in the code table").hasSize(1);
		java.util.Map<String, Object> plainExams = new java.util.HashMap<>(Map.of("sourceModule", "surveillance", "rule",
				"EXAMINED", "unit", "WORKERS", "population", "HAZARD_CATEGORY_1", "direction", "HIGHER", "amberMargin", "5"));
		assertThat(check(catalog, plainExams)).as("a category population counted without its category").hasSize(1);

		java.util.Map<String, Object> followUp = new java.util.HashMap<>(Map.of("sourceModule", "diagnosis", "rule",
				"REFERRAL_APPLIED", "unit", "FINDINGS", "population", "SUSPECTED_FOUND", "direction", "HIGHER",
				"amberMargin", "5"));
		assertThat(check(catalog, followUp)).isEmpty();
		followUp.put("unit", "PEOPLE");
		assertThat(check(catalog, followUp)).hasSize(1);
		followUp.put("unit", "FINDINGS");
		followUp.put("population", "EXPOSED");
		assertThat(check(catalog, followUp)).hasSize(1);

		java.util.Map<String, Object> clocks = new java.util.HashMap<>(Map.of("sourceModule", "diagnosis", "rule",
				"CLOCK_MET_ON_TIME", "unit", "CLOCKS", "population", "DIAGNOSIS_INSTITUTIONS", "direction", "HIGHER",
				"amberMargin", "5"));
		assertThat(check(catalog, clocks)).isEmpty();
		clocks.put("population", "SEVERE");
		assertThat(check(catalog, clocks)).as("institution clocks in employers' rows").hasSize(1);
		java.util.Map<String, Object> declaredOverInstitutions = new java.util.HashMap<>(Map.of("sourceModule",
				"declaration", "rule", "DECLARED", "unit", "EMPLOYERS", "population", "DIAGNOSIS_INSTITUTIONS", "direction",
				"HIGHER", "amberMargin", "5"));
		assertThat(check(catalog, declaredOverInstitutions)).hasSize(1);
	}

	@Test
	void acceptsTheRadiationMonitoringRateOnlyOverMedicalInstitutionsWithRadiationWorkers() {
		String catalog = "indicator-definitions";
		java.util.Map<String, Object> radiation = new java.util.HashMap<>(Map.of("sourceModule", "radiation", "rule",
				"DOSE_MONITORED", "unit", "PEOPLE", "population", "MEDICAL_RADIATION", "direction", "HIGHER", "amberMargin",
				"5", "planTarget", "95"));
		assertThat(check(catalog, radiation)).isEmpty();
		// The radiation facts are read for medical institutions only: over another population the figure would be empty.
		radiation.put("population", "SEVERE");
		assertThat(check(catalog, radiation)).containsExactly(
				FieldError.of("row 2", "reference.entry.indicatorInvalid", 2, "X1"));
		// And the medical population has no other rule to count.
		java.util.Map<String, Object> declaredMedical = new java.util.HashMap<>(Map.of("sourceModule", "declaration", "rule",
				"DECLARED", "unit", "EMPLOYERS", "population", "MEDICAL_RADIATION", "direction", "HIGHER", "amberMargin", "5"));
		assertThat(check(catalog, declaredMedical)).hasSize(1);
		// A rule the radiation module does not offer, and a population nobody defined, are still refused.
		radiation.putAll(Map.of("population", "MEDICAL_RADIATION", "rule", "EXAMINED"));
		assertThat(check(catalog, radiation)).hasSize(1);
		radiation.putAll(Map.of("rule", "DOSE_MONITORED", "population", "HOSPITALS"));
		assertThat(check(catalog, radiation)).hasSize(1);
		radiation.putAll(Map.of("population", "MEDICAL_RADIATION", "sourceModule", "dosimetry"));
		assertThat(check(catalog, radiation)).containsExactly(
				FieldError.of("row 2", "reference.entry.indicatorSourceUnknown", 2, "X1", "dosimetry"));
	}

	@Test
	void acceptsInspectionCoverageFromEnforcementOverAnyPopulationOfExposedEmployers() {
		String catalog = "indicator-definitions";
		java.util.Map<String, Object> coverage = new java.util.HashMap<>(Map.of("sourceModule", "enforcement", "rule",
				"INSPECTED", "unit", "EMPLOYERS", "population", "EXPOSED", "direction", "HIGHER", "amberMargin", "5",
				"planTarget", "100"));
		assertThat(check(catalog, coverage)).isEmpty();
		coverage.put("population", "DUST");
		assertThat(check(catalog, coverage)).isEmpty();
		// Not over the medical population (its facts are radiation workers), nor with a rule enforcement does not offer.
		coverage.put("population", "MEDICAL_RADIATION");
		assertThat(check(catalog, coverage)).hasSize(1);
		coverage.putAll(Map.of("population", "EXPOSED", "rule", "PENALISED"));
		assertThat(check(catalog, coverage)).containsExactly(
				FieldError.of("row 2", "reference.entry.indicatorInvalid", 2, "X1"));
	}

	@Test
	void acceptsThreeSimultaneityOnlyAsProjectsOfSeriousClassCountedInProjects() {
		String catalog = "indicator-definitions";
		java.util.Map<String, Object> projects = new java.util.HashMap<>(Map.of("sourceModule", "projects", "rule",
				"THREE_SIMULTANEITY", "unit", "PROJECTS", "population", "SERIOUS_PROJECTS", "direction", "HIGHER",
				"amberMargin", "5", "planTarget", "100"));
		assertThat(check(catalog, projects)).isEmpty();
		// Counted in employers it would claim a number the rule does not count.
		projects.put("unit", "EMPLOYERS");
		assertThat(check(catalog, projects)).hasSize(1);
		// Over employers with exposed workers its facts would be another population's.
		projects.putAll(Map.of("unit", "PROJECTS", "population", "EXPOSED"));
		assertThat(check(catalog, projects)).hasSize(1);
		// Nothing else is counted in projects.
		java.util.Map<String, Object> declaredInProjects = new java.util.HashMap<>(Map.of("sourceModule", "declaration",
				"rule", "DECLARED", "unit", "PROJECTS", "population", "SEVERE", "direction", "HIGHER", "amberMargin", "5"));
		assertThat(check(catalog, declaredInProjects)).hasSize(1);
		projects.putAll(Map.of("population", "SERIOUS_PROJECTS", "sourceModule", "construction"));
		assertThat(check(catalog, projects)).containsExactly(
				FieldError.of("row 2", "reference.entry.indicatorSourceUnknown", 2, "X1", "construction"));
	}

	@Test
	void acceptsRectificationsClosedOnTimeOnlyAsItemsOfEmployersWithItemsDue() {
		String catalog = "indicator-definitions";
		java.util.Map<String, Object> items = new java.util.HashMap<>(Map.of("sourceModule", "risk", "rule",
				"RECTIFIED_ON_TIME", "unit", "ITEMS", "population", "RECTIFICATIONS_DUE", "direction", "HIGHER",
				"amberMargin", "5"));
		assertThat(check(catalog, items)).isEmpty();
		items.put("unit", "PROJECTS");
		assertThat(check(catalog, items)).hasSize(1);
		items.putAll(Map.of("unit", "ITEMS", "population", "SEVERE"));
		assertThat(check(catalog, items)).hasSize(1);
		items.putAll(Map.of("population", "RECTIFICATIONS_DUE", "rule", "CLASSIFIED"));
		assertThat(check(catalog, items)).hasSize(1);
	}

	@Test
	void acceptsCaseClocksOnlyAsCasesOfEmployersWithADecisionDue() {
		String catalog = "indicator-definitions";
		java.util.Map<String, Object> cases = new java.util.HashMap<>(Map.of("sourceModule", "enforcement", "rule",
				"CASE_DECIDED_ON_TIME", "unit", "CASES", "population", "CASES_DUE", "direction", "HIGHER", "amberMargin", "5"));
		assertThat(check(catalog, cases)).isEmpty();
		cases.put("unit", "EMPLOYERS");
		assertThat(check(catalog, cases)).hasSize(1);
		cases.putAll(Map.of("unit", "CASES", "population", "EXPOSED"));
		assertThat(check(catalog, cases)).hasSize(1);
		// Inspection coverage is still counted in employers, never in cases.
		cases.putAll(Map.of("population", "EXPOSED", "rule", "INSPECTED"));
		assertThat(check(catalog, cases)).hasSize(1);
		cases.put("unit", "EMPLOYERS");
		assertThat(check(catalog, cases)).isEmpty();
	}

	@Test
	void acceptsOnlineMonitoringCoverageFromMonitoringOverEmployersWithExposedWorkers() {
		String catalog = "indicator-definitions";
		java.util.Map<String, Object> online = new java.util.HashMap<>(Map.of("sourceModule", "monitoring", "rule",
				"ONLINE_MONITORED", "unit", "EMPLOYERS", "population", "SEVERE", "direction", "HIGHER", "amberMargin", "5"));
		assertThat(check(catalog, online)).isEmpty();
		online.put("population", "MEDICAL_RADIATION");
		assertThat(check(catalog, online)).hasSize(1);
		online.putAll(Map.of("population", "DUST", "rule", "READINGS"));
		assertThat(check(catalog, online)).hasSize(1);
	}

	@Test
	void leavesOtherCatalogsAttributesFree() {
		assertThat(check("industries", Map.of("severity", "anything", "pcTwa", "x"))).isEmpty();
	}

	@Test
	void refusesARatingRuleTheRatingCouldNotRead() {
		String rules = "agency-rating-rules";
		assertThat(check(rules, Map.of("kind", "indicator", "weight", "20", "appliesTo", "ALL"))).isEmpty();
		assertThat(check(rules, Map.of("kind", "threshold", "threshold", "85"))).isEmpty();
		assertThat(check(rules, Map.of("kind", "indicator", "weight", "二十", "appliesTo", "ALL"))).containsExactly(
				FieldError.of("row 2", "reference.entry.attributeNumber", 2, "X1", "weight", "二十"));
		assertThat(check(rules, Map.of("kind", "indicator", "weight", "20", "appliesTo", "HOSPITAL"))).hasSize(1);
		assertThat(check(rules, Map.of("kind", "parameter"))).hasSize(1);
		assertThat(check(rules, Map.of("kind", "bonus", "threshold", "5"))).containsExactly(
				FieldError.of("row 2", "reference.entry.kindInvalid", 2, "X1", "bonus"));
	}

	@Test
	void refusesAReportSamplingShareTheDrawWouldIgnore() {
		String catalog = BundledCatalogs.REPORT_QUALITY_SAMPLING;
		List<CatalogEntry> levels = List.of(new CatalogEntry("LEVEL_A", "A", null, 1, Map.of("kind", "ratio", "ratio", "0.05")),
				new CatalogEntry("LEVEL_B", "B", null, 1, Map.of("kind", "ratio", "ratio", "0.1")),
				new CatalogEntry("LEVEL_C", "C", null, 1, Map.of("kind", "ratio", "ratio", "1")));
		assertThat(AttributeRules.check(catalog, levels, i -> i + 2)).isEmpty();

		List<CatalogEntry> wrong = List.of(levels.get(0), levels.get(1),
				new CatalogEntry("LEVEL_C", "C", null, 1, Map.of("kind", "ratio", "ratio", "30%")),
				new CatalogEntry("LEVEL_D", "D", null, 1, Map.of("kind", "ratio", "ratio", "0.5")),
				new CatalogEntry("NOT_RATED", "?", null, 1, Map.of("kind", "ratio", "ratio", "0")));
		assertThat(AttributeRules.check(catalog, wrong, i -> i + 2)).containsExactly(
				FieldError.of("row 4", "reference.entry.qualityRatioInvalid", 4, "LEVEL_C", "30%"),
				FieldError.of("row 5", "reference.entry.qualityRatioInvalid", 5, "LEVEL_D", "0.5"),
				FieldError.of("row 6", "reference.entry.qualityRatioInvalid", 6, "NOT_RATED", "0"));

		assertThat(AttributeRules.check(catalog, levels.subList(0, 2), i -> i + 2))
			.containsExactly(FieldError.of("file", "reference.entry.qualityLevelMissing", "LEVEL_C"));
	}

	@Test
	void refusesARubricCriterionWithoutWholePointsOrForAnUnknownReport() {
		String catalog = BundledCatalogs.REPORT_REVIEW_RUBRIC;
		assertThat(check(catalog, Map.of("kind", "criterion", "points", "20", "appliesTo", "TESTING_JOB"))).isEmpty();
		assertThat(check(catalog, Map.of("kind", "outcome", "appliesTo", "ALL"))).isEmpty();
		assertThat(check(catalog, Map.of("kind", "criterion", "appliesTo", "ALL"))).containsExactly(
				FieldError.of("row 2", "reference.entry.rubricInvalid", 2, "X1"));
		assertThat(check(catalog, Map.of("kind", "criterion", "points", "12.5"))).hasSize(1);
		assertThat(check(catalog, Map.of("kind", "criterion", "points", "20", "appliesTo", "DIAGNOSIS"))).hasSize(1);
		assertThat(check(catalog, Map.of("kind", "outcome", "points", "10"))).hasSize(1);
		assertThat(check(catalog, Map.of("kind", "weight", "points", "10"))).hasSize(1);
	}

	@Test
	void refusesAGridKpiTheAppraisalCouldNotScore() {
		java.util.function.BiFunction<String, Map<String, Object>, List<FieldError>> kpi = (code, attributes) -> AttributeRules
			.check("grid-kpis", List.of(new CatalogEntry(code, "名称", null, 1, attributes)), i -> i + 2);
		assertThat(kpi.apply("INSPECTION_COVERAGE", Map.of("kind", "RATE", "maxPoints", "30", "fullRate", "0.9"))).isEmpty();
		assertThat(kpi.apply("PENALTIES", Map.of("kind", "COUNT", "maxPoints", "20", "unitPoints", "5"))).isEmpty();
		// A full rate above 1 could never be reached; a rate without it, a count without points per unit, a KPI the
		// grid module does not compute: each refused by its row.
		assertThat(kpi.apply("INSPECTION_COVERAGE", Map.of("kind", "RATE", "maxPoints", "30", "fullRate", "1.5")))
			.containsExactly(FieldError.of("row 2", "reference.entry.gradingInvalid", 2, "INSPECTION_COVERAGE", "RATE"));
		assertThat(kpi.apply("INSPECTION_COVERAGE", Map.of("kind", "RATE", "maxPoints", "30"))).hasSize(1);
		assertThat(kpi.apply("PENALTIES", Map.of("kind", "COUNT", "maxPoints", "20"))).hasSize(1);
		assertThat(kpi.apply("TRAINING", Map.of("kind", "COUNT", "maxPoints", "20", "unitPoints", "5"))).hasSize(1);
		assertThat(kpi.apply("EXAMS", Map.of("kind", "SCORE", "maxPoints", "20", "unitPoints", "5"))).hasSize(1);
	}

	@Test
	void everyModuleAnIndicatorMayBeCountedFromIsNamedOnTheDashboardInBothLanguages() throws java.io.IOException {
		for (String bundle : List.of("messages/indicators.properties", "messages/indicators_en.properties")) {
			java.util.Properties labels = new java.util.Properties();
			try (var in = getClass().getClassLoader().getResourceAsStream(bundle)) {
				labels.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
			}
			assertThat(SupervisionAttributeRules.INDICATOR_SOURCES).as(bundle)
				.allSatisfy(source -> assertThat(labels).containsKey("indicators.source." + source));
		}
	}

}
