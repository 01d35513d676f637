package org.ohsonline.indicators.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.ohsonline.IntegrationTest;
import org.ohsonline.agency.Agencies;
import org.ohsonline.agency.AgencyView;
import org.ohsonline.agency.ExamType;
import org.ohsonline.diagnosis.ApplicationCommand;
import org.ohsonline.diagnosis.CaseView;
import org.ohsonline.diagnosis.Diagnoses;
import org.ohsonline.diagnosis.DiagnosisCommand;
import org.ohsonline.diagnosis.DiagnosisFixtures;
import org.ohsonline.diagnosis.MaterialCommand;
import org.ohsonline.diagnosis.ReferralView;
import org.ohsonline.indicators.Figure;
import org.ohsonline.indicators.FigureTable;
import org.ohsonline.indicators.ImportRow;
import org.ohsonline.indicators.IndicatorDefinition;
import org.ohsonline.indicators.Indicators;
import org.ohsonline.indicators.Member;
import org.ohsonline.registry.EmployerView;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.RegistryFixtures;
import org.ohsonline.registry.StructureViews;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.PiiCipher;
import org.ohsonline.shared.Scope;
import org.ohsonline.surveillance.ExamFixtures;
import org.ohsonline.surveillance.Exams;
import org.ohsonline.surveillance.SuspectedDiseaseFound;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ohsonline.Eventually.eventually;

/**
 * The third edition's built-in indicators on a hand-built county, 建德市 (330182, a county no other test uses), with
 * every expected numerator and denominator written out: exam coverage per hazard factor category, the follow-up of
 * suspected occupational diseases, the diagnosis institutions' clocks (counted in the institution's own county, not in
 * the worker's employer's) and the imported rehabilitation coverage. Each figure is reached through the modules'
 * events and then checked against what a rebuild computes from the facades.
 */
@IntegrationTest
class IndicatorsThirdEditionIntegrationTests {

	static final String COUNTY = "330182";

	static final String SILICA = ExamFixtures.SILICA;

	static final String NOISE = ExamFixtures.NOISE;

	static final Actor SYSTEM = Actor.system("indicators-test");

	@Autowired
	Indicators indicators;

	@Autowired
	Employers employers;

	@Autowired
	Workers workers;

	@Autowired
	Agencies agencies;

	@Autowired
	Exams exams;

	@Autowired
	Diagnoses diagnoses;

	@Autowired
	PiiCipher cipher;

	@Autowired
	MembershipStore store;

	@Autowired
	FactReader facts;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	TransactionTemplate transactions;

	/**
	 * The county:
	 * E1 (新安江街道, industry 3311): post A with noise (3008) and silica (1038) held by W1 and W2, post B with silica held by
	 * W3, post C with ammonia (2002, chemical) held by nobody. W1 had a pre-placement exam today for noise only (normal):
	 * its noise item is met, its silica item overdue; W2 and W3 were placed without an exam (every item overdue).
	 * → dust (category 1): 3 exposed, all 3 overdue for silica → 0 of 3; physical (category 3): W1 and W2 exposed, W2
	 * overdue → 1 of 2; chemical: nobody holds post C → not in the population.
	 * E2 (洋溪街道, industry 3311): post with noise held by W4, placed without exam → physical 0 of 1. Three suspected
	 * findings for W4: exams 10 and 5 days ago (this year), one on 2025-12-20 (last year, not counted); the worker's
	 * employer applies for diagnosis on the first → follow-up 1 of 2.
	 * County: dust 0/3, physical 1/3, suspected follow-up 1/2.
	 * Diagnosis institution I1 registered in 建德市; a case of a worker of an employer in 拱墅区 (330105): applied 60 days
	 * ago, materials complete 50 days ago (the 30-day diagnosis clock due 20 days ago), diagnosed 25 days ago (on time;
	 * the 15-day certificate clock due 10 days ago), certificate delivered 5 days ago (late) → I1 1 of 2, in 建德市, and
	 * nothing in 拱墅区's employer rows. Rehabilitation coverage imported for 建德市: 8 of 10.
	 */
	@Test
	void theThirdEditionsIndicatorsOnAHandBuiltCountyMoveOnTheEventsAndEqualARebuild() {
		LocalDate today = LocalDate.now(IndicatorZone.ZONE);
		// The edition's clocks count 1 January to today: the hand-built days must fall in this year.
		org.junit.jupiter.api.Assumptions.assumeTrue(today.getDayOfYear() > 60, "needs 60 days of this year behind");
		RegistryFixtures registry = new RegistryFixtures(this.employers, this.workers);
		Actor examCounty = ExamFixtures.county();

		EmployerView e1 = registry.employer(SYSTEM, COUNTY + "001", "3311", 30);
		StructureViews.Post postA = registry.post(SYSTEM, e1.id(), NOISE, SILICA);
		StructureViews.Post postB = registry.post(SYSTEM, e1.id(), SILICA);
		registry.post(SYSTEM, e1.id(), "2002");
		String w1 = RegistryFixtures.idNumber(COUNTY);
		registry.hire(SYSTEM, e1.id(), postA.id(), w1);
		registry.hire(SYSTEM, e1.id(), postA.id(), RegistryFixtures.idNumber(COUNTY));
		registry.hire(SYSTEM, e1.id(), postB.id(), RegistryFixtures.idNumber(COUNTY));
		eventually(() -> this.store.rowsOf(e1.id()), r -> new MembershipRules.Row("EXAMS_HAZARD_PHYSICAL", 0, 2)
			.equals(r.get("EXAMS_HAZARD_PHYSICAL")));
		AgencyView examInstitution = ExamFixtures.institution(this.agencies, examCounty, "1", "3");
		this.exams.record(ExamFixtures.staffOf(examInstitution), ExamFixtures.noise(e1, w1, ExamType.PRE_PLACEMENT, today,
				ExamFixtures.normal(NOISE), ExamFixtures.audiogram(10, 10, 15, 10, 10, 15)));
		Map<String, MembershipRules.Row> e1Rows = eventually(() -> this.store.rowsOf(e1.id()),
				r -> new MembershipRules.Row("EXAMS_HAZARD_PHYSICAL", 1, 2).equals(r.get("EXAMS_HAZARD_PHYSICAL")));
		assertThat(e1Rows.get("EXAMS_HAZARD_DUST")).isEqualTo(new MembershipRules.Row("EXAMS_HAZARD_DUST", 0, 3));
		assertThat(e1Rows).doesNotContainKeys("EXAMS_HAZARD_CHEMICAL", "EXAMS_HAZARD_BIOLOGICAL", "EXAMS_HAZARD_RADIATION",
				"EXAMS_HAZARD_SPECIAL", "EXAMS_HAZARD_OTHER", "SUSPECTED_FOLLOW_UP");
		// Overall W1 still has an overdue (silica) exam, so EXAMS_EXPOSED counts none of the 3 people; the category
		// figures show what it hides: W1 is examined for noise.
		assertThat(e1Rows.get("EXAMS_EXPOSED")).isEqualTo(new MembershipRules.Row("EXAMS_EXPOSED", 0, 3));

		EmployerView e2 = registry.employer(SYSTEM, COUNTY + "002", "3311", 10);
		StructureViews.Post noisy = registry.post(SYSTEM, e2.id(), NOISE);
		long w4 = registry.hire(SYSTEM, e2.id(), noisy.id(), RegistryFixtures.idNumber(COUNTY)).workerId();
		long exam = 8_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
		for (Object[] finding : List.of(new Object[] { exam, today.minusDays(10) },
				new Object[] { exam + 1, today.minusDays(5) }, new Object[] { exam + 2, LocalDate.of(today.getYear() - 1, 12, 20) })) {
			SuspectedDiseaseFound found = new SuspectedDiseaseFound((Long) finding[0], w4, e2.id(), e2.regionCode(), NOISE,
					examInstitution.id(), (LocalDate) finding[1], ((LocalDate) finding[1]).plusDays(5));
			this.transactions.executeWithoutResult(tx -> this.publisher.publishEvent(found));
		}
		eventually(() -> this.store.rowsOf(e2.id()), r -> new MembershipRules.Row("SUSPECTED_FOLLOW_UP", 0, 2)
			.equals(r.get("SUSPECTED_FOLLOW_UP")));
		DiagnosisFixtures diagnosis = new DiagnosisFixtures(this.employers, this.workers, this.agencies, this.cipher);
		AgencyView institution = diagnosis.institution(COUNTY);
		ReferralView first = this.diagnoses.referralsOfEmployer(SYSTEM, e2.id())
			.stream()
			.filter(r -> r.examId() == exam)
			.findFirst()
			.orElseThrow();
		assertThat(this.diagnoses.referralsOfEmployer(DiagnosisFixtures.supervisor("330105"), e2.id()))
			.as("another county reads none of them").isEmpty();
		this.diagnoses.apply(DiagnosisFixtures.managerOf(e2),
				new ApplicationCommand(null, null, institution.id(), null, null, List.of(), first.id()));
		Map<String, MembershipRules.Row> e2Rows = eventually(() -> this.store.rowsOf(e2.id()),
				r -> new MembershipRules.Row("SUSPECTED_FOLLOW_UP", 1, 2).equals(r.get("SUSPECTED_FOLLOW_UP")));
		assertThat(e2Rows.get("EXAMS_HAZARD_PHYSICAL")).isEqualTo(new MembershipRules.Row("EXAMS_HAZARD_PHYSICAL", 0, 1));

		// A worker of 拱墅区 diagnosed at the institution of 建德市: the clocks are the institution's.
		EmployerView elsewhere = diagnosis.employer("330105001");
		String idNumber = diagnosis.hire(elsewhere);
		Actor staff = DiagnosisFixtures.staffOf(institution);
		CaseView applied = this.diagnoses.apply(diagnosis.worker(idNumber), new ApplicationCommand(null, elsewhere.id(),
				institution.id(), null, today.minusDays(60), List.of(SILICA), null));
		for (CaseView.Material m : applied.materials()) {
			this.diagnoses.recordMaterial(staff, applied.id(), new MaterialCommand(m.code(), today.minusDays(50), false, null));
		}
		this.diagnoses.diagnose(staff, applied.id(),
				new DiagnosisCommand(today.minusDays(25), true, "1101", "矽肺壹期", "ZD-JD-" + applied.id()));
		this.diagnoses.deliverCertificate(staff, applied.id(), today.minusDays(5));
		Actor county = IndicatorsIntegrationTests.supervisor(COUNTY);
		eventually(() -> institutionRows(institution.id()), r -> r.size() == 1 && r.get(0).numerator() == 1
				&& r.get(0).denominator() == 2);
		assertThat(this.store.rowsOf(elsewhere.id())).doesNotContainKey("DIAGNOSIS_ON_TIME");

		int year = today.getYear();
		this.indicators.importFigures(county, List.of(new ImportRow("REHABILITATION_COVERAGE", COUNTY, year, 8L, 10L)),
				"建德市卫生健康局尘肺病康复管理台账（测试）");

		FigureTable table = this.indicators.figures(county, null, year);
		assertThat(table.regionCode()).isEqualTo(COUNTY);
		assertFigure(table.figure("EXAMS_HAZARD_DUST"), 0, 3);
		assertFigure(table.figure("EXAMS_HAZARD_PHYSICAL"), 1, 3);
		assertFigure(table.figure("EXAMS_HAZARD_CHEMICAL"), 0, 0);
		assertFigure(table.figure("SUSPECTED_FOLLOW_UP"), 1, 2);
		assertFigure(table.figure("DIAGNOSIS_ON_TIME"), 1, 2);
		assertFigure(table.figure("REHABILITATION_COVERAGE"), 8, 10);
		assertThat(table.figure("REHABILITATION_COVERAGE").source()).isEqualTo("建德市卫生健康局尘肺病康复管理台账（测试）");

		// The institution is the member behind the clocks, named as an institution and placed in its own county.
		List<Member> behind = this.indicators.members(county, "DIAGNOSIS_ON_TIME", null, null, PageQuery.of(1, 50)).items();
		assertThat(behind).singleElement().satisfies(m -> {
			assertThat(m.institution()).isTrue();
			assertThat(m.employerId()).isEqualTo(institution.id());
			assertThat(m.regionCode()).isEqualTo(COUNTY);
		});
		// 拱墅区 sees nothing of 建德市, and the institution is not among its clocks.
		Actor gongshu = IndicatorsIntegrationTests.supervisor("330105");
		assertThatThrownBy(() -> this.indicators.figures(gongshu, COUNTY, year)).isInstanceOf(NotFoundException.class);
		assertThat(this.indicators.members(gongshu, "DIAGNOSIS_ON_TIME", null, null, PageQuery.of(1, 500)).items())
			.noneMatch(m -> m.institution() && m.employerId() == institution.id());
		assertThat(this.indicators.members(gongshu, "SUSPECTED_FOLLOW_UP", null, null, PageQuery.of(1, 500)).items())
			.noneMatch(m -> m.employerId() == e2.id());

		// The rows the events left equal what a rebuild computes from the facades.
		List<IndicatorDefinition> definitions = this.indicators.definitions();
		List<String> differences = new ArrayList<>();
		for (EmployerView e : List.of(e1, e2, elsewhere)) {
			Map<String, MembershipRules.Row> rebuilt = new HashMap<>();
			this.facts.read(e.id())
				.ifPresent(f -> MembershipRules.rows(f, definitions).forEach(r -> rebuilt.put(r.indicatorCode(), r)));
			differences.addAll(MembershipStore.differences(e.id(), this.store.rowsOf(e.id()), rebuilt));
		}
		List<MembershipRules.Row> rebuiltClocks = this.facts.institutionClocks(institution.id())
			.stream()
			.flatMap(c -> MembershipRules.institutionRows(c.due(), c.metOnTime(), definitions).stream())
			.toList();
		assertThat(differences).isEmpty();
		assertThat(institutionRows(institution.id())).containsExactlyElementsOf(rebuiltClocks)
			.containsExactly(new MembershipRules.Row("DIAGNOSIS_ON_TIME", 1, 2));
		assertThat(this.facts.institutionClocks(institution.id())).singleElement()
			.satisfies(c -> assertThat(c.regionCode()).isEqualTo(COUNTY));
	}

	/** An employer's actor reads no indicator; the import refuses the rehabilitation figure of another county. */
	@Test
	void theRehabilitationImportIsACountysOwn() {
		Actor county = IndicatorsIntegrationTests.supervisor(COUNTY);
		var result = this.indicators.importFigures(county,
				List.of(new ImportRow("REHABILITATION_COVERAGE", "330105", 2033, 1L, 2L),
						new ImportRow("SUSPECTED_FOLLOW_UP", COUNTY, 2033, 1L, 2L)),
				"测试来源");
		assertThat(result.accepted()).isZero();
		assertThat(result.rejected()).extracting(r -> r.code())
			.containsExactly("indicators.region.outside", "indicators.import.indicatorCounted");
		Actor employer = new Actor(18, "indicators-employer", "单位", COUNTY, new Scope(Scope.Kind.EMPLOYER, "X"),
				Set.of(IndicatorPermissions.FIGURE_READ), "127.0.0.1", Actor.Channel.UI);
		assertThatThrownBy(() -> this.indicators.figures(employer, null, 2033))
			.isInstanceOf(org.ohsonline.shared.AccessDeniedException.class);
	}

	private List<MembershipRules.Row> institutionRows(long institutionId) {
		return this.store.institutionRows()
			.entrySet()
			.stream()
			.filter(e -> e.getKey().endsWith(" " + institutionId))
			.map(Map.Entry::getValue)
			.toList();
	}

	private static void assertFigure(Figure figure, long numerator, long denominator) {
		assertThat(figure).as("a figure").isNotNull();
		assertThat(figure.numerator()).as(figure.indicatorCode() + " numerator").isEqualTo(numerator);
		assertThat(figure.denominator()).as(figure.indicatorCode() + " denominator").isEqualTo(denominator);
	}

}
