package org.ohsonline.reference.internal;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.ohsonline.reference.IndustrySeverity;
import org.ohsonline.reference.RiskDirectory;
import org.ohsonline.reference.Severity;
import org.ohsonline.reference.SeverityAnswers;
import org.ohsonline.reference.SeverityDecision;
import org.ohsonline.reference.SeverityQuestion;
import org.ohsonline.reference.SolventUse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled 2021 directory (src/main/resources/reference/industry-severity-2021.csv, from
 * shared/reference/risk-directory-2021) asked for hand-picked GB/T 4754-2017 classes, without a
 * database: the row of the official table that decides is named in each comment.
 */
class RiskDirectoryTests {

	private static final RiskDirectory DIRECTORY = BundledDirectories.official2021();

	private static final SeverityAnswers NONE = SeverityAnswers.none();

	@Test
	void aPlainGroupGivesItsClassToEveryClassInIt() {
		// 三（二十一）1  C331 结构性金属制品制造 严重
		IndustrySeverity metal = DIRECTORY.classify("3311", NONE).orElseThrow();
		assertThat(metal.industryCode()).isEqualTo("331");
		assertThat(metal.entryName()).isEqualTo("结构性金属制品制造");
		assertThat(metal.severity()).isEqualTo(Severity.SERIOUS);
		assertThat(metal.decision()).isEqualTo(SeverityDecision.LISTED);
		assertThat(metal.verified()).isTrue();
		assertThat(metal.pending()).isFalse();
		// 三（一）1  C131 谷物磨制 一般; 三（二十二）1  C341 锅炉及原动设备制造 严重 (一般 in the provisional table)
		assertThat(DIRECTORY.classify("1311", NONE)).map(IndustrySeverity::severity).contains(Severity.GENERAL);
		assertThat(DIRECTORY.classify("3411", NONE)).map(IndustrySeverity::severity).contains(Severity.SERIOUS);
		// 五（一）1  E471 住宅房屋建筑 严重 (一般 in the provisional table)
		assertThat(DIRECTORY.classify("4710", NONE)).map(IndustrySeverity::severity).contains(Severity.SERIOUS);
	}

	@Test
	void aSplitGroupIsStricterUntilTheEmployerGivesItsActivity() {
		// 四（一）3  D443 热力生产和供应: 3.1（燃煤、核能）严重, 3.2（其他）一般; GB/T 4754 has one class, 4430.
		IndustrySeverity unanswered = DIRECTORY.classify("4430", NONE).orElseThrow();
		assertThat(unanswered.industryCode()).isEqualTo("443");
		assertThat(unanswered.severity()).isEqualTo(Severity.SERIOUS);
		assertThat(unanswered.decision()).isEqualTo(SeverityDecision.STRICTER_DEFAULT);
		assertThat(unanswered.question()).isEqualTo(SeverityQuestion.ACTIVITY);
		assertThat(unanswered.lenient()).isEqualTo(Severity.GENERAL);
		assertThat(unanswered.pending()).isTrue();
		assertThat(DIRECTORY.activityQuestion("4430")).hasValueSatisfying(group -> {
			assertThat(group.code()).isEqualTo("443");
			assertThat(group.activities()).extracting(RiskDirectory.Activity::code, RiskDirectory.Activity::activity,
					RiskDirectory.Activity::severity)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("443.1", "燃煤、核能", Severity.SERIOUS),
						org.assertj.core.groups.Tuple.tuple("443.2", "其他", Severity.GENERAL));
		});

		IndustrySeverity gasFired = DIRECTORY.classify("4430", new SeverityAnswers(Set.of("443.2"), null)).orElseThrow();
		assertThat(gasFired.industryCode()).isEqualTo("443.2");
		assertThat(gasFired.entryName()).isEqualTo("热力生产和供应（其他）");
		assertThat(gasFired.severity()).isEqualTo(Severity.GENERAL);
		assertThat(gasFired.decision()).isEqualTo(SeverityDecision.ACTIVITY);
		assertThat(gasFired.pending()).isFalse();
		// An answer for another group does not settle this one.
		assertThat(DIRECTORY.classify("4430", new SeverityAnswers(Set.of("451.2"), null)))
			.map(IndustrySeverity::pending).contains(true);
	}

	@Test
	void aClassNamedAsTheActivityDecidesWithoutAsking() {
		// 四（一）1  D441 电力生产: 1.1（火力发电、热电联产、核力发电、生物质能发电）严重 — 4411 火力发电;
		// 1.2（其他）一般 — 4413 水力发电.
		assertThat(DIRECTORY.classify("4411", NONE)).hasValueSatisfying(coal -> {
			assertThat(coal.industryCode()).isEqualTo("441.1");
			assertThat(coal.severity()).isEqualTo(Severity.SERIOUS);
			assertThat(coal.decision()).isEqualTo(SeverityDecision.CLASS);
		});
		assertThat(DIRECTORY.classify("4413", NONE)).map(IndustrySeverity::severity).contains(Severity.GENERAL);
		assertThat(DIRECTORY.activityQuestion("4413")).isEmpty();
		// 一（三）1  A031 牲畜饲养（牛、羊）严重: 0314 羊的饲养; 0313 猪的饲养 is（其他）一般.
		assertThat(DIRECTORY.classify("0314", NONE)).map(IndustrySeverity::severity).contains(Severity.SERIOUS);
		assertThat(DIRECTORY.classify("0313", NONE)).map(IndustrySeverity::severity).contains(Severity.GENERAL);
		// C244 体育用品制造（高尔夫球制品）: golf is in no class of its own, so 2441 球类制造 must be asked.
		assertThat(DIRECTORY.activityQuestion("2441")).map(RiskDirectory.SplitGroup::code).contains("244");
	}

	@Test
	void aStarredIndustryIsGeneralWithoutBenzeneTypeSolventsAndSeriousOtherwiseOrUntilAnswered() {
		// 三（七）5  C195 制鞋业* 严重; 注：*不使用含苯、正己烷、1,2二氯乙烷、三氯甲烷等物质的胶黏剂、清洗剂、油墨、油漆时，按职业病危害一般进行管理。
		IndustrySeverity unanswered = DIRECTORY.classify("1952", NONE).orElseThrow();
		assertThat(unanswered.industryCode()).isEqualTo("195");
		assertThat(unanswered.severity()).isEqualTo(Severity.SERIOUS);
		assertThat(unanswered.question()).isEqualTo(SeverityQuestion.SOLVENTS);
		assertThat(unanswered.lenient()).isEqualTo(Severity.GENERAL);
		assertThat(DIRECTORY.asksAboutSolvents("1952")).isTrue();

		IndustrySeverity without = DIRECTORY.classify("1952", new SeverityAnswers(Set.of(), SolventUse.NOT_USED))
			.orElseThrow();
		assertThat(without.severity()).isEqualTo(Severity.GENERAL);
		assertThat(without.decision()).isEqualTo(SeverityDecision.SOLVENTS);
		assertThat(without.pending()).isFalse();
		IndustrySeverity with = DIRECTORY.classify("1952", new SeverityAnswers(Set.of(), SolventUse.USED)).orElseThrow();
		assertThat(with.severity()).isEqualTo(Severity.SERIOUS);
		assertThat(with.pending()).isFalse();
		// 十一（二）1  O811 汽车、摩托车修理与维护* and 三（十一）1  C231 印刷* too; C232 装订 is not starred.
		assertThat(DIRECTORY.classify("8111", new SeverityAnswers(Set.of(), SolventUse.NOT_USED)))
			.map(IndustrySeverity::severity).contains(Severity.GENERAL);
		assertThat(DIRECTORY.asksAboutSolvents("2311")).isTrue();
		assertThat(DIRECTORY.asksAboutSolvents("2320")).isFalse();
	}

	@Test
	void anIndustryTheDirectoryDoesNotListHasNoClass() {
		// 六（二）零售业 lists only F5265 and F5266 (classes under the heading F526): 5211 百货零售 and 5261 汽车新车零售 are not listed.
		assertThat(DIRECTORY.classify("5211", NONE)).isEmpty();
		assertThat(DIRECTORY.classify("5261", NONE)).isEmpty();
		assertThat(DIRECTORY.classify("5265", NONE)).map(IndustrySeverity::severity).contains(Severity.GENERAL);
		// Section I (software and information services) is not in the directory at all.
		assertThat(DIRECTORY.classify("6510", NONE)).isEmpty();
		assertThat(DIRECTORY.activityQuestion("6510")).isEmpty();
		assertThat(DIRECTORY.asksAboutSolvents("6510")).isFalse();
		// 七（二）1  G541 城市公共交通运输（城市轨道交通）: only class 5412; a bus company (5411) is not listed.
		assertThat(DIRECTORY.classify("5412", NONE)).map(IndustrySeverity::industryCode).contains("5412");
		assertThat(DIRECTORY.classify("5411", NONE)).isEmpty();
	}

	@Test
	void readsTheProvisionalDivisionTableAsItWasLoaded() {
		RiskDirectory provisional = BundledDirectories.provisional2021();

		assertThat(provisional.classify("0810", NONE)).hasValueSatisfying(mining -> {
			assertThat(mining.industryCode()).isEqualTo("08");
			assertThat(mining.severity()).isEqualTo(Severity.SERIOUS);
			assertThat(mining.verified()).isFalse();
		});
		assertThat(provisional.classify("3411", NONE)).map(IndustrySeverity::severity).contains(Severity.GENERAL);
		assertThat(provisional.splitGroups()).isEmpty();
	}

	@Test
	void listsEverySplitGroupForAFormThatDoesNotKnowTheIndustryYet() {
		assertThat(DIRECTORY.splitGroups()).extracting(RiskDirectory.SplitGroup::code)
			.containsExactly("031", "053", "072", "243", "244", "441", "443", "451", "772");
		assertThat(DIRECTORY.activity("451.1")).map(RiskDirectory.Activity::activity).contains("燃气生产");
		assertThat(DIRECTORY.activity("999.9")).isEmpty();
	}

	@Test
	void theBundledDirectoryPassesTheRulesEveryLoadedVersionMeets() {
		var file = BundledCatalogs.read("reference/industry-severity-2021.csv");

		assertThat(EntryRules.check(file.entries())).isEmpty();
		assertThat(AttributeRules.check("industry-severity", file.entries(), i -> i + 2)).isEmpty();
	}

	@Test
	void refusesAnActivityOutsideASplitGroupAndASplitGroupWithOneActivity() {
		var entries = java.util.List.of(
				new org.ohsonline.reference.CatalogEntry("443", "热力生产和供应", null, 1, java.util.Map.of("kind", "split")),
				new org.ohsonline.reference.CatalogEntry("443.1", "热力生产和供应（燃煤、核能）", "443", 2,
						java.util.Map.of("kind", "activity", "severity", "SERIOUS", "classes", "4430;5211")),
				new org.ohsonline.reference.CatalogEntry("331.1", "结构性金属", null, 1,
						java.util.Map.of("kind", "activity", "severity", "SERIOUS")),
				new org.ohsonline.reference.CatalogEntry("C", "制造业", null, 1, java.util.Map.of("kind", "heading", "severity", "SERIOUS")));

		assertThat(AttributeRules.check("industry-severity", entries, i -> i + 2))
			.extracting(org.ohsonline.shared.InvalidInputException.FieldError::code)
			.containsExactlyInAnyOrder("reference.entry.splitWithoutActivities", "reference.entry.activityClassInvalid",
					"reference.entry.activityOutsideSplit", "reference.entry.severityOnHeading");
	}

}
