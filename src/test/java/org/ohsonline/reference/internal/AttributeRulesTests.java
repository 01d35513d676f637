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

}
