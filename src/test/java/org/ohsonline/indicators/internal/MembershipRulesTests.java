package org.ohsonline.indicators.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ohsonline.indicators.Figure;
import org.ohsonline.indicators.IndicatorDefinition;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every counted built-in indicator on a hand-built county of six employers, with each expected numerator and
 * denominator written out. The definitions mirror the bundled catalog's rows (population and rule), which
 * {@code IndicatorsIntegrationTests} reads from the catalog itself.
 */
class MembershipRulesTests {

	static IndicatorDefinition definition(String code, String population, String source, String rule, String unit) {
		return new IndicatorDefinition(code, code, code, unit, population, "", "", "", "", "", "", "CURRENT", source, rule,
				"HIGHER", 5, null, null, "", "", false, "test");
	}

	static final List<IndicatorDefinition> BUILT_IN = List.of(
			definition("DECLARATION_SEVERE", "SEVERE", "declaration", "DECLARED", "EMPLOYERS"),
			definition("TESTING_SEVERE", "SEVERE", "testing", "TESTED", "EMPLOYERS"),
			definition("EXAMS_SEVERE", "SEVERE", "surveillance", "EXAMINED", "WORKERS"),
			definition("LEADER_TRAINING_SEVERE", "SEVERE", "training", "LEADERS_TRAINED", "PEOPLE"),
			definition("WARNING_SIGNS_SEVERE", "IMPORTED", "import", "IMPORTED", "EMPLOYERS"),
			definition("DECLARATION_DUST", "DUST", "declaration", "DECLARED", "EMPLOYERS"),
			definition("TESTING_DUST", "DUST", "testing", "TESTED", "EMPLOYERS"),
			definition("EXAMS_DUST", "DUST", "surveillance", "EXAMINED", "WORKERS"),
			definition("WORKER_TRAINING", "EXPOSED", "training", "WORKERS_TRAINED", "PEOPLE"),
			definition("EXAMS_EXPOSED", "EXPOSED", "surveillance", "EXAMINED", "WORKERS"),
			definition("WORK_INJURY_INSURANCE", "IMPORTED", "import", "IMPORTED", "PEOPLE"),
			definition("RADIATION_DOSE_MEDICAL", "MEDICAL_RADIATION", "radiation", "DOSE_MONITORED", "PEOPLE"),
			definition("INSPECTION_EXPOSED", "EXPOSED", "enforcement", "INSPECTED", "EMPLOYERS"),
			definition("THREE_SIMULTANEITY_SERIOUS", "SERIOUS_PROJECTS", "projects", "THREE_SIMULTANEITY", "PROJECTS"),
			definition("RECTIFICATION_ON_TIME", "RECTIFICATIONS_DUE", "risk", "RECTIFIED_ON_TIME", "ITEMS"),
			definition("CASE_DECISION_ON_TIME", "CASES_DUE", "enforcement", "CASE_DECIDED_ON_TIME", "CASES"),
			definition("ONLINE_MONITORING_SEVERE", "SEVERE", "monitoring", "ONLINE_MONITORED", "EMPLOYERS"));

	/**
	 * The county (330110, townships 005 and 009):
	 * E1 severe industry, dust post, 10 exposed, declared, tested on time, 1 worker's exam overdue, 2 of 3 leaders
	 * and managers trained, 18 of 20 workers trained;
	 * E2 severe, no dust, 5 exposed, never declared, never tested, all 5 exams overdue, named no leader (counts one
	 * untrained), 0 of 8 workers trained;
	 * E3 general industry, dust, 4 exposed, declared, never tested, no exam overdue, 1 of 1 leader, 4 of 4 workers;
	 * E4 general, nobody exposed (10 workers): in no population;
	 * E5 severe, dust, 6 exposed but suspended (停产): in no population;
	 * E6 general, no dust, 3 exposed, declared, tested, 3 exams overdue, 0 of 3 workers trained.
	 * Inspections recorded this year: E1, E4, E5 and E6 (E2 and E3 never inspected this year).
	 * A device measuring now: E2 and E5 (E1's devices are offline or never measured).
	 */
	static final List<EmployerFacts> COUNTY = List.of(
			new EmployerFacts(1, "C1", "E1", "330110005", true, true, true, 10, true, true, 1, 2, 3, 18, 20).withInspected(true),
			new EmployerFacts(2, "C2", "E2", "330110005", true, true, false, 5, false, false, 5, 0, 1, 0, 8)
				.withOnlineMonitored(true),
			new EmployerFacts(3, "C3", "E3", "330110009", true, false, true, 4, true, false, 0, 1, 1, 4, 4),
			new EmployerFacts(4, "C4", "E4", "330110009", true, false, false, 0, false, false, 0, 0, 1, 0, 10)
				.withInspected(true),
			new EmployerFacts(5, "C5", "E5", "330110009", false, true, true, 6, false, false, 0, 0, 1, 0, 6)
				.withInspected(true)
				.withOnlineMonitored(true),
			new EmployerFacts(6, "C6", "E6", "330110009", true, false, false, 3, true, true, 3, 0, 1, 0, 3)
				.withInspected(true));

	static Map<String, long[]> totals(List<EmployerFacts> employers, String prefix) {
		Map<String, long[]> totals = new HashMap<>();
		for (EmployerFacts e : employers) {
			if (!e.regionCode().startsWith(prefix)) {
				continue;
			}
			for (MembershipRules.Row row : MembershipRules.rows(e, BUILT_IN)) {
				long[] t = totals.computeIfAbsent(row.indicatorCode(), c -> new long[2]);
				t[0] += row.numerator();
				t[1] += row.denominator();
			}
		}
		return totals;
	}

	@Test
	void countsEveryBuiltInIndicatorOfTheHandBuiltCounty() {
		Map<String, long[]> county = totals(COUNTY, "330110");
		// Severe-hazard population {E1, E2}: declared E1 only → 1 of 2 employers.
		assertThat(county.get("DECLARATION_SEVERE")).containsExactly(1, 2);
		// Tested on time E1; E2 never tested counts as overdue → 1 of 2.
		assertThat(county.get("TESTING_SEVERE")).containsExactly(1, 2);
		// Exposed workers 10 + 5 = 15; without an overdue exam (10 − 1) + (5 − 5) = 9 → 9 of 15 (60.0 %).
		assertThat(county.get("EXAMS_SEVERE")).containsExactly(9, 15);
		assertThat(Figure.percent(9, 15)).isEqualByComparingTo(new BigDecimal("60.0"));
		// Leaders and managers 3 + 1 (E2 named none: one untrained principal) = 4, trained 2 + 0 = 2.
		assertThat(county.get("LEADER_TRAINING_SEVERE")).containsExactly(2, 4);
		// Dust population {E1, E3} (E5 is suspended): both declared → 2 of 2; tested E1 only → 1 of 2.
		assertThat(county.get("DECLARATION_DUST")).containsExactly(2, 2);
		assertThat(county.get("TESTING_DUST")).containsExactly(1, 2);
		// Dust employers' exposed workers 10 + 4 = 14, without an overdue exam 9 + 4 = 13 → 92.9 %.
		assertThat(county.get("EXAMS_DUST")).containsExactly(13, 14);
		assertThat(Figure.percent(13, 14)).isEqualByComparingTo(new BigDecimal("92.9"));
		// Exposed population {E1, E2, E3, E6}: workers 20 + 8 + 4 + 3 = 35, trained 18 + 0 + 4 + 0 = 22.
		assertThat(county.get("WORKER_TRAINING")).containsExactly(22, 35);
		// Exposed workers 10 + 5 + 4 + 3 = 22, without an overdue exam 9 + 0 + 4 + 0 = 13 → 59.1 %.
		assertThat(county.get("EXAMS_EXPOSED")).containsExactly(13, 22);
		assertThat(Figure.percent(13, 22)).isEqualByComparingTo(new BigDecimal("59.1"));
		// Exposed population {E1, E2, E3, E6}: inspected this year E1 and E6 → 2 of 4 (50.0 %); E4 (nobody exposed)
		// and E5 (suspended) were inspected too but are not in the population, so they count nowhere.
		assertThat(county.get("INSPECTION_EXPOSED")).containsExactly(2, 4);
		assertThat(Figure.percent(2, 4)).isEqualByComparingTo(new BigDecimal("50.0"));
		// Severe population {E1, E2} (E5 suspended): a device measuring at E2 only → 1 of 2 employers.
		assertThat(county.get("ONLINE_MONITORING_SEVERE")).containsExactly(1, 2);
		// The imported indicators have no membership: their figures come per county from the import.
		assertThat(county).doesNotContainKeys("WARNING_SIGNS_SEVERE", "WORK_INJURY_INSURANCE");
	}

	static EmployerFacts hospital(long id, boolean inProduction, int exposed, boolean medical, int radiationWorkers,
			int monitored) {
		return new EmployerFacts(id, "H" + id, "H" + id, "330110005", inProduction, false, false, exposed, true, true, 0, 1,
				1, exposed, exposed).withRadiation(medical, new EmployerFacts.Radiation("2026Q3", radiationWorkers, monitored));
	}

	/**
	 * Radiation workers in medical institutions, period 2026Q3 (as the radiation module counts it):
	 * H1 hospital (industry 84), 5 radiation workers monitored in the period, 4 with a dose record; its posts carry
	 * no 放射物质类 factor in the register (nobody "exposed"), which must not hide it;
	 * H2 hospital, 3 radiation workers, all 3 with a record, 2 exposed in the register;
	 * H3 hospital, suspended (停产), 2 radiation workers without a record: in no population;
	 * H4 hospital without any radiation worker in the period: in no population;
	 * F5 a factory (not industry 84) with 2 industrial radiographers without a record: not a medical institution.
	 */
	@Test
	void countsRadiationWorkersOfMedicalInstitutionsAsPeopleWithTheirDoseRecords() {
		List<EmployerFacts> hospitals = List.of(hospital(11, true, 0, true, 5, 4), hospital(12, true, 2, true, 3, 3),
				hospital(13, false, 0, true, 2, 0), hospital(14, true, 6, true, 0, 0), hospital(15, true, 2, false, 2, 0));
		Map<String, long[]> totals = totals(hospitals, "330110");
		// Population {H1, H2}: monitored 4 + 3 = 7 of 5 + 3 = 8 radiation workers → 87.5 %, below the 95 % target.
		assertThat(totals.get("RADIATION_DOSE_MEDICAL")).containsExactly(7, 8);
		assertThat(Figure.percent(7, 8)).isEqualByComparingTo(new BigDecimal("87.5"));
		assertThat(MembershipRules.rows(hospitals.get(0), BUILT_IN))
			.containsExactly(new MembershipRules.Row("RADIATION_DOSE_MEDICAL", 4, 5));
		// H2 has exposed workers in the register: in the exposed population too, never inspected this year → 0 of 1.
		assertThat(MembershipRules.rows(hospitals.get(1), BUILT_IN))
			.contains(new MembershipRules.Row("INSPECTION_EXPOSED", 0, 1));
		assertThat(MembershipRules.rows(hospitals.get(2), BUILT_IN)).isEmpty();
		assertThat(MembershipRules.rows(hospitals.get(3), BUILT_IN))
			.noneMatch(r -> r.indicatorCode().equals("RADIATION_DOSE_MEDICAL"));
		assertThat(MembershipRules.rows(hospitals.get(4), BUILT_IN))
			.noneMatch(r -> r.indicatorCode().equals("RADIATION_DOSE_MEDICAL"));
		assertThat(FactReader.medical("8411")).isTrue();
		assertThat(FactReader.medical("8430")).isTrue();
		assertThat(FactReader.medical("3311")).isFalse();
		assertThat(FactReader.medical(null)).isFalse();
	}

	/**
	 * Construction projects of hazard class 严重 (三同时):
	 * P1 in production, 3 serious projects: one accepted, one at its design stage within its days, one whose
	 * pre-evaluation is past its due day → 2 on schedule; nobody exposed yet (the plant is being built);
	 * P2 suspended (停产) while it builds: 1 serious project, overdue → 0 on schedule, still counted;
	 * P3 only 一般 projects: the reader counts no serious one → in no population;
	 * P4 closed (注销): the reader reads no projects → in no population.
	 */
	@Test
	void countsSeriousConstructionProjectsOnScheduleAsProjects() {
		List<EmployerFacts> builders = List.of(
				new EmployerFacts(21, "P1", "P1", "330110005", true, true, false, 0, false, false, 0, 0, 1, 0, 5)
					.withProjects(new EmployerFacts.Projects(3, 2)),
				new EmployerFacts(22, "P2", "P2", "330110009", false, true, false, 0, false, false, 0, 0, 1, 0, 5)
					.withProjects(new EmployerFacts.Projects(1, 0)),
				new EmployerFacts(23, "P3", "P3", "330110009", true, false, false, 0, false, false, 0, 0, 1, 0, 5)
					.withProjects(EmployerFacts.Projects.NONE),
				new EmployerFacts(24, "P4", "P4", "330110009", false, true, false, 0, false, false, 0, 0, 1, 0, 5));
		Map<String, long[]> totals = totals(builders, "330110");
		// Serious projects 3 + 1 = 4, on schedule 2 + 0 = 2 → 2 of 4 projects (50.0 %), against the 100 % target.
		assertThat(totals.get("THREE_SIMULTANEITY_SERIOUS")).containsExactly(2, 4);
		assertThat(totals).containsOnlyKeys("THREE_SIMULTANEITY_SERIOUS");
		assertThat(MembershipRules.rows(builders.get(1), BUILT_IN))
			.containsExactly(new MembershipRules.Row("THREE_SIMULTANEITY_SERIOUS", 0, 1));
		assertThat(MembershipRules.rows(builders.get(2), BUILT_IN)).isEmpty();
		assertThat(MembershipRules.rows(builders.get(3), BUILT_IN)).isEmpty();
	}

	/**
	 * Rectification items on 2026-12-04, each {due so far this year, closed on time}:
	 * R1 due 2026-03-01, answered 2026-02-20, released → on time;
	 * R2 due 2026-03-01, answered 2026-03-05 (after its deadline), released → due, late;
	 * R3 due 2026-11-30, answered on time but not yet reviewed → due, not closed;
	 * R4 due 2026-11-30, never answered → due, not closed;
	 * R5 due 2026-12-20, released early → not due yet, counted when its deadline comes;
	 * R6 due 2025-12-20 (last year), released → not this year's.
	 */
	@Test
	void countsRectificationItemsDueThisYearAndThoseClosedByTheirDeadline() {
		java.time.LocalDate today = java.time.LocalDate.of(2026, 12, 4);
		java.time.LocalDate march = java.time.LocalDate.of(2026, 3, 1);
		java.time.LocalDate november = java.time.LocalDate.of(2026, 11, 30);
		org.ohsonline.risk.RectificationStatus released = org.ohsonline.risk.RectificationStatus.RELEASED;
		assertThat(FactReader.rectificationCounts(march, released, march.minusDays(9), today)).containsExactly(1, 1);
		assertThat(FactReader.rectificationCounts(march, released, march.plusDays(4), today)).containsExactly(1, 0);
		assertThat(FactReader.rectificationCounts(november, org.ohsonline.risk.RectificationStatus.ANSWERED,
				november.minusDays(3), today)).containsExactly(1, 0);
		assertThat(FactReader.rectificationCounts(november, org.ohsonline.risk.RectificationStatus.OPEN, null, today))
			.containsExactly(1, 0);
		assertThat(FactReader.rectificationCounts(today.plusDays(16), released, today.minusDays(1), today))
			.containsExactly(0, 0);
		assertThat(FactReader.rectificationCounts(java.time.LocalDate.of(2025, 12, 20), released,
				java.time.LocalDate.of(2025, 12, 1), today)).containsExactly(0, 0);
		// The employer of R1–R6: 4 items due, 1 closed on time → 1 of 4 items (25.0 %); whether in production or not.
		EmployerFacts employer = new EmployerFacts(31, "R", "R", "330110005", false, false, false, 0, false, false, 0, 0, 1,
				0, 3).withRectifications(new EmployerFacts.Rectifications(4, 1));
		assertThat(MembershipRules.rows(employer, BUILT_IN))
			.containsExactly(new MembershipRules.Row("RECTIFICATION_ON_TIME", 1, 4));
		assertThat(Figure.percent(1, 4)).isEqualByComparingTo(new BigDecimal("25.0"));
		assertThat(MembershipRules.rows(employer.withRectifications(EmployerFacts.Rectifications.NONE), BUILT_IN)).isEmpty();
	}

	/**
	 * Enforcement cases on 2026-12-04, each {decision due so far this year, decided by its due day}:
	 * K1 due 2026-04-30, decided 2026-04-20 → on time; K2 due 2026-06-30 (extended), decided 2026-07-02 → late;
	 * K3 due 2026-11-01, not decided → late; K4 due 2027-01-15, not decided yet → not due; K5 due 2025-11-30 → last
	 * year's. An employer with K1–K5: 3 due, 1 on time.
	 */
	@Test
	void countsCasesWhoseDecisionWasDueThisYearAndThoseDecidedByThen() {
		java.time.LocalDate today = java.time.LocalDate.of(2026, 12, 4);
		assertThat(FactReader.caseCounts(java.time.LocalDate.of(2026, 4, 30), java.time.LocalDate.of(2026, 4, 20), today))
			.containsExactly(1, 1);
		assertThat(FactReader.caseCounts(java.time.LocalDate.of(2026, 6, 30), java.time.LocalDate.of(2026, 7, 2), today))
			.containsExactly(1, 0);
		assertThat(FactReader.caseCounts(java.time.LocalDate.of(2026, 11, 1), null, today)).containsExactly(1, 0);
		assertThat(FactReader.caseCounts(java.time.LocalDate.of(2027, 1, 15), null, today)).containsExactly(0, 0);
		assertThat(FactReader.caseCounts(java.time.LocalDate.of(2025, 11, 30), null, today)).containsExactly(0, 0);
		EmployerFacts employer = new EmployerFacts(41, "K", "K", "330110009", false, false, false, 0, false, false, 0, 0, 1,
				0, 0).withCases(new EmployerFacts.Cases(3, 1));
		// 1 of 3 cases decided on time (33.3 %); the employer's status does not matter, it is the authority's clock.
		assertThat(MembershipRules.rows(employer, BUILT_IN))
			.containsExactly(new MembershipRules.Row("CASE_DECISION_ON_TIME", 1, 3));
		assertThat(Figure.percent(1, 3)).isEqualByComparingTo(new BigDecimal("33.3"));
	}

	@Test
	void townshipsSplitTheCountyWithoutLosingAnyone() {
		Map<String, long[]> a = totals(COUNTY, "330110005");
		Map<String, long[]> b = totals(COUNTY, "330110009");
		// Township 005 holds E1 and E2, township 009 holds E3 and E6 (E4, E5 are in no population).
		assertThat(a.get("EXAMS_EXPOSED")).containsExactly(9, 15);
		assertThat(b.get("EXAMS_EXPOSED")).containsExactly(4, 7);
		assertThat(b).doesNotContainKey("DECLARATION_SEVERE");
		assertThat(a.get("DECLARATION_DUST")).containsExactly(1, 1);
		assertThat(b.get("DECLARATION_DUST")).containsExactly(1, 1);
	}

	@Test
	void anEmployerOutsideProductionOrWithoutExposureIsInNoPopulation() {
		assertThat(MembershipRules.rows(COUNTY.get(3), BUILT_IN)).isEmpty();
		assertThat(MembershipRules.rows(COUNTY.get(4), BUILT_IN)).isEmpty();
	}

	@Test
	void moreOverdueWorkersThanExposedOnesNeverMakeANegativeNumerator() {
		EmployerFacts leaving = new EmployerFacts(7, "C7", "E7", "330110005", true, false, false, 2, true, true, 3, 0, 1,
				0, 2);
		assertThat(MembershipRules.rows(leaving, BUILT_IN))
			.contains(new MembershipRules.Row("EXAMS_EXPOSED", 0, 2));
	}

	@Test
	void reportsEachDifferenceBetweenTwoSetsOfRows() {
		Map<String, MembershipRules.Row> before = Map.of("A", new MembershipRules.Row("A", 1, 2), "B",
				new MembershipRules.Row("B", 1, 1));
		Map<String, MembershipRules.Row> after = Map.of("A", new MembershipRules.Row("A", 2, 2), "C",
				new MembershipRules.Row("C", 0, 1));
		assertThat(MembershipStore.differences(9, before, after)).containsExactly("A 9: 1/2 → 2/2", "B 9: 1/1 → -",
				"C 9: - → 0/1");
		assertThat(MembershipStore.differences(9, before, before)).isEmpty();
	}

	/**
	 * The third edition on hand-built facts: per category the exposed people and the overdue among them; the suspected
	 * findings of the year and those applied for; the institutions' clocks never in an employer's rows.
	 * F1 in production, 5 exposed: dust 4 exposed (1 overdue), physical 2 exposed (2 overdue); 3 findings, 2 applied.
	 * F2 suspended: its categories count nothing, its 1 finding (0 applied) still does (the follow-up is the worker's).
	 */
	@Test
	void theThirdEditionsRulesCountPeoplePerCategoryFindingsAndNoInstitutionClocksPerEmployer() {
		List<IndicatorDefinition> third = List.of(
				definition("EXAMS_HAZARD_DUST", "HAZARD_CATEGORY_1", "surveillance", "EXAMINED_IN_CATEGORY", "WORKERS"),
				definition("EXAMS_HAZARD_PHYSICAL", "HAZARD_CATEGORY_3", "surveillance", "EXAMINED_IN_CATEGORY", "WORKERS"),
				definition("EXAMS_HAZARD_CHEMICAL", "HAZARD_CATEGORY_2", "surveillance", "EXAMINED_IN_CATEGORY", "WORKERS"),
				definition("SUSPECTED_FOLLOW_UP", "SUSPECTED_FOUND", "diagnosis", "REFERRAL_APPLIED", "FINDINGS"),
				definition("DIAGNOSIS_ON_TIME", "DIAGNOSIS_INSTITUTIONS", "diagnosis", "CLOCK_MET_ON_TIME", "CLOCKS"),
				definition("REHABILITATION_COVERAGE", "IMPORTED", "import", "IMPORTED", "PEOPLE"));
		Map<String, EmployerFacts.CategoryExams> categories = Map.of("1", new EmployerFacts.CategoryExams(4, 1), "3",
				new EmployerFacts.CategoryExams(2, 2));
		EmployerFacts f1 = new EmployerFacts(31, "F1", "F1", "330110005", true, false, true, 5, false, false, 3, 0, 1, 0, 5)
			.withExamsByCategory(categories)
			.withReferrals(new EmployerFacts.Referrals(3, 2));
		assertThat(MembershipRules.rows(f1, third)).containsExactly(new MembershipRules.Row("EXAMS_HAZARD_DUST", 3, 4),
				new MembershipRules.Row("EXAMS_HAZARD_PHYSICAL", 0, 2), new MembershipRules.Row("SUSPECTED_FOLLOW_UP", 2, 3));
		EmployerFacts f2 = new EmployerFacts(32, "F2", "F2", "330110005", false, false, true, 5, false, false, 0, 0, 1, 0, 5)
			.withExamsByCategory(categories)
			.withReferrals(new EmployerFacts.Referrals(1, 0));
		assertThat(MembershipRules.rows(f2, third)).containsExactly(new MembershipRules.Row("SUSPECTED_FOLLOW_UP", 0, 1));
		// The institutions' clocks: 2 of 3 met on time; nothing due, no row.
		assertThat(MembershipRules.institutionRows(3, 2, third))
			.containsExactly(new MembershipRules.Row("DIAGNOSIS_ON_TIME", 2, 3));
		assertThat(MembershipRules.institutionRows(0, 0, third)).isEmpty();
	}

	/** Categories from worker sets: W1 exposed to dust and noise, W2 to dust; W1 overdue for dust only. */
	@Test
	void perCategoryTheOverdueAreThoseExposedToItAndOverdueForAFactorOfIt() {
		Map<String, java.util.Set<Long>> exposed = Map.of("1", java.util.Set.of(1L, 2L), "3", java.util.Set.of(1L));
		Map<String, java.util.Set<Long>> overdue = Map.of("1", java.util.Set.of(1L), "2", java.util.Set.of(9L));
		assertThat(FactReader.examsByCategory(exposed, overdue)).containsExactlyInAnyOrderEntriesOf(Map.of("1",
				new EmployerFacts.CategoryExams(2, 1), "3", new EmployerFacts.CategoryExams(1, 0)));
		// A finding of last year is not counted; one of this year counts, applied or not.
		LocalDate today = LocalDate.of(2026, 12, 4);
		assertThat(FactReader.referralCounts(LocalDate.of(2025, 12, 20), 5L, today)).containsExactly(0, 0);
		assertThat(FactReader.referralCounts(LocalDate.of(2026, 11, 24), 5L, today)).containsExactly(1, 1);
		assertThat(FactReader.referralCounts(LocalDate.of(2026, 11, 29), null, today)).containsExactly(1, 0);
	}

}
