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

}
