package org.ohsonline.reference.internal;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ohsonline.reference.CatalogEntry;
import org.ohsonline.reference.ExamRule;
import org.ohsonline.reference.ExamDeadline;
import org.ohsonline.shared.InvalidInputException.FieldError;

import static org.assertj.core.api.Assertions.assertThat;

/** The bundled GBZ 188 rules: how a grade picks a rule, and what a version must carry. */
class ExamRuleTableTests {

	private final CatalogFileReader.CatalogFile bundled = BundledCatalogs.read("reference/exam-rules-gbz188-2014.csv");

	private ExamRule rule(String code) {
		return ExamRuleTable.rule(this.bundled.entries().stream().filter(e -> e.code().equals(code)).findFirst().orElseThrow(),
				"test");
	}

	@Test
	void aGradePicksItsRuleAndAnUnknownGradeTheStricterOne() {
		List<ExamRule> silica = List.of(rule("I-1038-I"), rule("I-1038-II"));
		assertThat(ExamRuleTable.choose(silica, "I").orElseThrow().intervalMonths()).isEqualTo(24);
		assertThat(ExamRuleTable.choose(silica, "II+").orElseThrow().intervalMonths()).isEqualTo(12);
		// Ungraded: treated as Ⅱ级+ (standards-notes §4.5), the row marked is_default.
		assertThat(ExamRuleTable.choose(silica, null).orElseThrow().code()).isEqualTo("I-1038-II");
		assertThat(ExamRuleTable.choose(silica, "IV").orElseThrow().code()).isEqualTo("I-1038-II");
		List<ExamRule> noise = List.of(rule("I-3008-L85"), rule("I-3008-L80"));
		assertThat(ExamRuleTable.choose(noise, null).orElseThrow().intervalMonths()).isEqualTo(12);
		assertThat(ExamRuleTable.choose(noise, "L80").orElseThrow().intervalMonths()).isEqualTo(24);
	}

	@Test
	void theBundledVersionIsValidAndCarriesEveryDeadline() {
		assertThat(this.bundled.problems()).isEmpty();
		assertThat(AttributeRules.check(ExamRuleTable.CATALOG, this.bundled.entries(), i -> i + 2)).isEmpty();
		for (ExamDeadline deadline : ExamDeadline.values()) {
			assertThat(this.bundled.entries()).extracting(CatalogEntry::code).contains(deadline.entryCode());
		}
		assertThat(rule("I-2237").requiredItems()).containsExactly("4070100", "4010000");
	}

	@Test
	void refusesAVersionWithoutADeadlineOrAnInterval() {
		CatalogEntry noInterval = new CatalogEntry("I-X", "x", null, 1,
				Map.of("kind", "interval", "hazardCode", "3008", "intervalMonths", "0"));
		List<FieldError> errors = AttributeRules.check(ExamRuleTable.CATALOG, List.of(noInterval), i -> i + 2);
		assertThat(errors).extracting(FieldError::code)
			.contains("reference.entry.examRuleInvalid", "reference.entry.deadlineMissing");
	}

	@Test
	void theSecondEditionKeepsEveryRuleOfTheFirstAndExaminesRadiationWorkersAtMostTwoYearsApart() {
		CatalogFileReader.CatalogFile second = BundledCatalogs.read("reference/exam-rules-2026.csv");
		assertThat(second.problems()).isEmpty();
		assertThat(AttributeRules.check(ExamRuleTable.CATALOG, second.entries(), i -> i + 2)).isEmpty();
		assertThat(second.entries()).extracting(CatalogEntry::code)
			.containsAll(this.bundled.entries().stream().map(CatalogEntry::code).toList());
		for (CatalogEntry first : this.bundled.entries()) {
			assertThat(second.entries()).filteredOn(e -> e.code().equals(first.code()))
				.singleElement()
				.satisfies(e -> assertThat(e.attributes()).isEqualTo(first.attributes()));
		}
		// 卫生部令第55号 Art. 20: 两次检查的时间间隔不应超过2年 — for each factor of 放射物质类 in the 2021 catalogue
		for (String radiation : List.of("5001", "5002", "5003", "5004", "5005", "5009", "5011", "5012")) {
			CatalogEntry row = second.entries().stream().filter(e -> e.code().equals("I-" + radiation)).findFirst().orElseThrow();
			ExamRule rule = ExamRuleTable.rule(row, "test");
			assertThat(ExamRuleTable.choose(List.of(rule), null).orElseThrow().intervalMonths()).isEqualTo(24);
			assertThat(rule.requiredItems()).as("GBZ 98 items are not in the reference texts").isEmpty();
		}
	}

}
