package org.ohsonline.registry.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.ohsonline.reference.RiskDirectory;
import org.ohsonline.reference.Severity;
import org.ohsonline.reference.SeverityAnswers;
import org.ohsonline.reference.SeverityQuestion;
import org.ohsonline.reference.SolventUse;
import org.ohsonline.reference.internal.BundledDirectories;
import org.ohsonline.registry.SeverityRecomputations.Change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A hand-built register derived under the provisional division table, recomputed against the
 * official 2021 directory without a database: who changes class, who only gets a new basis, and who
 * is left on the stricter class until answering.
 */
class SeverityRecomputationTests {

	private static final RiskDirectory PROVISIONAL = BundledDirectories.provisional2021();

	private static final RiskDirectory OFFICIAL = BundledDirectories.official2021();

	/** An employer as the provisional table derived it, with the answers it has given. */
	private static SeverityRunStore.Current employer(long id, String industry, List<String> sites,
			SeverityAnswers answers) {
		Derivations.Derived before = Derivations.severity(PROVISIONAL, industry, sites, answers);
		return new SeverityRunStore.Current(id, 0, "9133010500000000" + id, "单位" + id, "330105001", industry, sites,
				answers, before.severity(), before.basis(), before.questions());
	}

	@Test
	void listsEveryEmployerWhoseClassOrOpenQuestionChangedWithOldAndNewClass() {
		List<SeverityRunStore.Current> register = List.of(
				// 34 通用设备制造业: 一般 provisional, C341 严重 in the directory.
				employer(1, "3411", List.of(), SeverityAnswers.none()),
				// 47 房屋建筑业: 一般 → E471 严重.
				employer(2, "4710", List.of(), SeverityAnswers.none()),
				// 44 电力、热力: 一般 → D443 split, not answered: 严重 until the activity is given.
				employer(3, "4430", List.of(), SeverityAnswers.none()),
				// The same, having said it burns gas (443.2 其他): stays 一般.
				employer(4, "4430", List.of(), new SeverityAnswers(Set.of("443.2"), null)),
				// 19 皮革、制鞋: 严重 → C195 制鞋业* without benzene-type solvents: 一般.
				employer(5, "1952", List.of(), new SeverityAnswers(Set.of(), SolventUse.NOT_USED)),
				// 33 金属制品: 严重 both times; only the edition in the basis changes.
				employer(6, "3311", List.of(), SeverityAnswers.none()),
				// 52 零售业: 一般 provisional; the directory lists only fuel and gas retail: not listed.
				employer(7, "5211", List.of(), SeverityAnswers.none()),
				// A retailer (一般) with a hydro-power site (4413 水力发电, 441（其他）一般 by class) and a
				// printing site (C231 印刷*, not answered): 严重 until it says whether it uses such inks.
				employer(8, "5211", List.of("4413", "2311"), SeverityAnswers.none()),
				// A metal works (严重) with a heat plant site not answered: 严重 whatever the answer, nothing to ask.
				employer(9, "3311", List.of("4430"), SeverityAnswers.none()));

		SeverityRunStore.Counts counts = new SeverityRunStore.Counts();
		SeverityRecomputation.Batch batch = SeverityRecomputation.compare(register, OFFICIAL, new HashMap<>(), counts);

		assertThat(batch.changes()).extracting(Change::employerId, Change::oldSeverity, Change::newSeverity,
				Change::newQuestions)
			.containsExactly(tuple(1L, Severity.GENERAL, Severity.SERIOUS, List.of()),
					tuple(2L, Severity.GENERAL, Severity.SERIOUS, List.of()),
					tuple(3L, Severity.GENERAL, Severity.SERIOUS, List.of(SeverityQuestion.ACTIVITY)),
					tuple(5L, Severity.SERIOUS, Severity.GENERAL, List.of()),
					tuple(7L, Severity.GENERAL, null, List.of()),
					tuple(8L, Severity.GENERAL, Severity.SERIOUS, List.of(SeverityQuestion.SOLVENTS)));
		assertThat(batch.changes()).filteredOn(c -> c.employerId() == 3L).singleElement().satisfies(c -> {
			assertThat(c.oldBasis()).contains("44 电力、热力生产和供应业 GENERAL").contains("2021 (provisional), unverified");
			assertThat(c.newBasis()).contains("4430 → 443 热力生产和供应 SERIOUS (stricter class until the activity is given)")
				.contains("国卫办职健发〔2021〕5号");
		});
		assertThat(counts.examined).isEqualTo(9);
		assertThat(counts.changed).isEqualTo(6);
		assertThat(counts.pending).isEqualTo(2);
		// 4 (still 一般, its answer now counts), 6 and 9 (still 严重) get the official basis without being listed.
		assertThat(batch.rows()).extracting(SeverityRunStore.Current::id).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
		assertThat(counts.basisOnly).isEqualTo(3);

		// Run again on what it wrote: nothing left to change.
		List<SeverityRunStore.Current> recomputed = batch.rows().stream().map(row -> {
			Derivations.Derived now = Derivations.severity(OFFICIAL, row.industryCode(), row.siteIndustries(), row.answers());
			return new SeverityRunStore.Current(row.id(), row.version(), row.creditCode(), row.name(), row.regionCode(),
					row.industryCode(), row.siteIndustries(), row.answers(), now.severity(), now.basis(), now.questions());
		}).toList();
		assertThat(SeverityRecomputation.compare(recomputed, OFFICIAL, new HashMap<>(), new SeverityRunStore.Counts()).rows())
			.isEmpty();
	}

}
