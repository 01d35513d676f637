package org.ohsonline.cdcmonitoring.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ohsonline.reference.CatalogEntry;
import org.ohsonline.shared.InvalidInputException.FieldError;

import static org.assertj.core.api.Assertions.assertThat;

/** The checks of a survey form read from catalog entries: type, range, required, choices — every failure named by its field. */
class SurveyFormTests {

	static SurveyForm form() {
		List<CatalogEntry> entries = List.of(new CatalogEntry("WH", "表", null, 1, Map.of("kind", "form")),
				new CatalogEntry("WH.POINTS", "检测点数", "WH", 2,
						Map.of("type", "INTEGER", "unit", "个", "min", "0", "max", "100", "required", "true", "counts", "hazards",
								"seq", "1")),
				new CatalogEntry("WH.NOISE", "噪声", "WH", 2,
						Map.of("type", "DECIMAL", "unit", "dB(A)", "min", "0", "max", "160", "required", "false", "seq", "2")),
				new CatalogEntry("WH.DATE", "调查日期", "WH", 2, Map.of("type", "DATE", "required", "true", "seq", "3")),
				new CatalogEntry("WH.PROTECTION", "防护", "WH", 2, Map.of("type", "CHOICE", "choices", "良好|一般|较差", "required", "true", "seq", "4")),
				new CatalogEntry("KD.OTHER", "别的表", "KD", 2, Map.of("type", "TEXT")));
		return SurveyForm.of(entries, "WH");
	}

	@Test
	void readsOnlyTheFieldsOfItsFormInTheCatalogsOrder() {
		assertThat(form().fields()).extracting(f -> f.code()).containsExactly("WH.POINTS", "WH.NOISE", "WH.DATE", "WH.PROTECTION");
		// Without seq, by code.
		List<CatalogEntry> bare = List.of(new CatalogEntry("F.B", "乙", "F", 2, Map.of("type", "TEXT")),
				new CatalogEntry("F.A", "甲", "F", 2, Map.of("type", "TEXT")));
		assertThat(SurveyForm.of(bare, "F").fields()).extracting(f -> f.code()).containsExactly("F.A", "F.B");
	}

	@Test
	void namesEveryFieldThatFails() {
		Map<String, String> answers = new LinkedHashMap<>();
		answers.put("WH.POINTS", "2.5");
		answers.put("WH.NOISE", "170");
		answers.put("WH.DATE", "2026-13-01");
		answers.put("WH.PROTECTION", "很好");
		answers.put("WH.EXTRA", "1");
		List<FieldError> errors = new ArrayList<>();
		Map<String, String> clean = form().check(answers, errors);
		assertThat(errors).extracting(FieldError::field, FieldError::code)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("answers", "cdcmonitoring.survey.unknownField"),
					org.assertj.core.groups.Tuple.tuple("WH.POINTS", "cdcmonitoring.survey.integer"),
					org.assertj.core.groups.Tuple.tuple("WH.NOISE", "cdcmonitoring.survey.range"),
					org.assertj.core.groups.Tuple.tuple("WH.DATE", "cdcmonitoring.survey.date"),
					org.assertj.core.groups.Tuple.tuple("WH.PROTECTION", "cdcmonitoring.survey.choice"));
		assertThat(clean).isEmpty();

		errors.clear();
		form().check(Map.of("WH.NOISE", "abc"), errors);
		assertThat(errors).extracting(FieldError::field, FieldError::code)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("WH.POINTS", "cdcmonitoring.survey.required"),
					org.assertj.core.groups.Tuple.tuple("WH.NOISE", "cdcmonitoring.survey.decimal"),
					org.assertj.core.groups.Tuple.tuple("WH.DATE", "cdcmonitoring.survey.required"),
					org.assertj.core.groups.Tuple.tuple("WH.PROTECTION", "cdcmonitoring.survey.required"));
	}

	@Test
	void keepsValidAnswersInPlainFormAndCountsTheCountedFields() {
		List<FieldError> errors = new ArrayList<>();
		Map<String, String> clean = form().check(Map.of("WH.POINTS", " 12.0 ", "WH.DATE", "2026-05-06", "WH.PROTECTION", "良好",
				"WH.NOISE", ""), errors);
		assertThat(errors).isEmpty();
		assertThat(clean).containsExactly(Map.entry("WH.POINTS", "12"), Map.entry("WH.DATE", "2026-05-06"),
				Map.entry("WH.PROTECTION", "良好"));
		assertThat(form().counted(clean, "hazards")).isEqualTo(12);
		assertThat(form().counted(clean, "workers")).isZero();
	}

	@Test
	void comparesNumbersAsNumbersAndBlankAgainstFilledAsADifference() {
		Map<String, String> surveyed = Map.of("WH.POINTS", "12", "WH.DATE", "2026-05-06", "WH.PROTECTION", "良好");
		Map<String, String> rechecked = Map.of("WH.POINTS", "12.0", "WH.DATE", "2026-05-06", "WH.PROTECTION", "一般",
				"WH.NOISE", "85");
		assertThat(form().differences(surveyed, rechecked)).extracting(d -> d[0]).containsExactly("WH.NOISE", "WH.PROTECTION");
	}

	/** The second edition's form: points exceeding ≤ points sampled, noise re-checked within 2 dB(A), dust within 10 %. */
	static SurveyForm checked() {
		List<CatalogEntry> entries = List.of(new CatalogEntry("WH", "表", null, 1, Map.of("kind", "form")),
				new CatalogEntry("WH.POINTS", "检测点数", "WH", 2,
						Map.of("type", "INTEGER", "unit", "个", "min", "0", "max", "100", "required", "true", "counts", "hazards", "seq", "1")),
				new CatalogEntry("WH.EXCEEDING", "超标点数", "WH", 2,
						Map.of("type", "INTEGER", "unit", "个", "min", "0", "max", "100", "required", "true", "counts", "exceeding",
								"notAbove", "WH.POINTS", "seq", "2")),
				new CatalogEntry("WH.NOISE", "噪声", "WH", 2,
						Map.of("type", "DECIMAL", "unit", "dB(A)", "min", "0", "max", "160", "tolerance", "2", "seq", "3")),
				new CatalogEntry("WH.DUST", "粉尘", "WH", 2,
						Map.of("type", "DECIMAL", "unit", "mg/m³", "min", "0", "max", "1000", "tolerance", "10%", "seq", "4")));
		return SurveyForm.of(entries, "WH");
	}

	@Test
	void aCheckAcrossFieldsNamesTheFieldThatBreaksItAndTheOneItIsCheckedAgainst() {
		List<FieldError> errors = new ArrayList<>();
		checked().check(Map.of("WH.POINTS", "12", "WH.EXCEEDING", "13"), errors);
		assertThat(errors).extracting(FieldError::field, FieldError::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("WH.EXCEEDING", "cdcmonitoring.survey.notAbove"));
		assertThat(errors.get(0).arguments()).containsExactly("超标点数", "13", "检测点数", "12");
		// Equal is allowed; and a points value that failed its own check is not compared again.
		errors.clear();
		checked().check(Map.of("WH.POINTS", "12", "WH.EXCEEDING", "12"), errors);
		assertThat(errors).isEmpty();
		checked().check(Map.of("WH.POINTS", "x", "WH.EXCEEDING", "3"), errors);
		assertThat(errors).extracting(FieldError::field).containsExactly("WH.POINTS");
		assertThat(checked().fields().get(1).notAbove()).containsExactly("WH.POINTS");
		assertThat(SurveyForm.of(List.of(new CatalogEntry("F.A", "甲", "F", 2, Map.of("type", "INTEGER"))), "F").fields().get(0).notAbove())
			.isEmpty();
	}

	@Test
	void reChecksAgreeWithinEachFieldsTolerance() {
		SurveyForm form = checked();
		Map<String, String> surveyed = Map.of("WH.POINTS", "12", "WH.EXCEEDING", "1", "WH.NOISE", "88.5", "WH.DUST", "5.0");
		// Noise: |88.5 − 90.5| = 2.0 ≤ 2 agrees; dust: 10 % of 5.0 = 0.50, |5.0 − 5.5| = 0.5 agrees; points exact.
		assertThat(form.differences(surveyed, Map.of("WH.POINTS", "12", "WH.EXCEEDING", "1", "WH.NOISE", "90.5", "WH.DUST", "5.5")))
			.isEmpty();
		// Noise 90.6 (2.1 > 2) and dust 4.4 (0.6 > 0.5) differ; points 13 ≠ 12 (no tolerance: exactly).
		assertThat(form.differences(surveyed, Map.of("WH.POINTS", "13", "WH.EXCEEDING", "1", "WH.NOISE", "90.6", "WH.DUST", "4.4")))
			.extracting(d -> d[0])
			.containsExactly("WH.POINTS", "WH.NOISE", "WH.DUST");
		assertThat(SurveyForm.withinTolerance(new java.math.BigDecimal("100"), new java.math.BigDecimal("110"), "10%")).isTrue();
		assertThat(SurveyForm.withinTolerance(new java.math.BigDecimal("100"), new java.math.BigDecimal("110.01"), "10%")).isFalse();
		assertThat(SurveyForm.withinTolerance(new java.math.BigDecimal("3"), new java.math.BigDecimal("3.0"), null)).isTrue();
	}

	@Test
	void countsThePointsExceeding() {
		assertThat(checked().counted(Map.of("WH.POINTS", "12", "WH.EXCEEDING", "3"), "exceeding")).isEqualTo(3);
		assertThat(MonitoringSurveyService.exceeding(checked(), Map.of("WH.POINTS", "12", "WH.EXCEEDING", "3"))).isEqualTo(3);
		// The first edition marks no field: its WH.EXCEEDING is the field of points exceeding.
		SurveyForm first = SurveyForm.of(List.of(new CatalogEntry("WH.EXCEEDING", "超标点数", "WH", 2, Map.of("type", "INTEGER"))), "WH");
		assertThat(MonitoringSurveyService.exceeding(first, Map.of("WH.EXCEEDING", "4"))).isEqualTo(4);
	}

}
