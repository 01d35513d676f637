package org.ohsonline.indicators.internal;

import java.util.ArrayList;
import java.util.List;

import org.ohsonline.indicators.IndicatorDefinition;

/**
 * Which populations an employer is in and what it counts, per definition: pure, so a hand-built county can be
 * counted without a database. Imported indicators have no membership (their figures come per county from the import).
 */
final class MembershipRules {

	/** An employer's part of one indicator. */
	record Row(String indicatorCode, int numerator, int denominator) {
	}

	private MembershipRules() {
	}

	static List<Row> rows(EmployerFacts facts, List<IndicatorDefinition> definitions) {
		List<Row> rows = new ArrayList<>();
		for (IndicatorDefinition definition : definitions) {
			if (!inPopulation(facts, definition.population())) {
				continue;
			}
			Row row = switch (definition.rule()) {
				case "DECLARED" -> employer(definition, facts.declared());
				case "TESTED" -> employer(definition, facts.testingCurrent());
				case "EXAMINED" -> new Row(definition.code(), Math.max(0, facts.exposed() - facts.overdueExamWorkers()),
						facts.exposed());
				case "LEADERS_TRAINED" -> new Row(definition.code(), facts.leadersTrained(), facts.leaders());
				case "WORKERS_TRAINED" -> new Row(definition.code(), facts.workersTrained(), facts.workers());
				case "INSPECTED" -> employer(definition, facts.inspected());
				case "ONLINE_MONITORED" -> employer(definition, facts.onlineMonitored());
				case "CASE_DECIDED_ON_TIME" -> new Row(definition.code(), facts.cases().decidedOnTime(), facts.cases().due());
				case "RECTIFIED_ON_TIME" -> new Row(definition.code(), facts.rectifications().closedOnTime(),
						facts.rectifications().due());
				case "THREE_SIMULTANEITY" -> new Row(definition.code(), facts.projects().seriousOnSchedule(),
						facts.projects().serious());
				case "EXAMINED_IN_CATEGORY" -> {
					if (!definition.population().startsWith(CATEGORY_PREFIX)) {
						yield null;
					}
					EmployerFacts.CategoryExams exams = facts.examsByCategory()
						.getOrDefault(category(definition.population()), NO_EXAMS);
					yield new Row(definition.code(), Math.max(0, exams.exposed() - exams.overdue()), exams.exposed());
				}
				case "REFERRAL_APPLIED" -> new Row(definition.code(), facts.referrals().applied(), facts.referrals().found());
				case "DOSE_MONITORED" -> new Row(definition.code(), facts.radiation().monitored(), facts.radiation().workers());
				default -> null;
			};
			if (row != null && row.denominator() > 0) {
				rows.add(row);
			}
		}
		return rows;
	}

	static boolean inPopulation(EmployerFacts facts, String population) {
		if (DIAGNOSIS_INSTITUTIONS.equals(population)) {
			// Counted per diagnosis institution in its own region (institutionRow), never in an employer's rows.
			return false;
		}
		if ("SUSPECTED_FOUND".equals(population)) {
			// The follow-up is the worker's and the authority's whatever the employer did since (suspended, closed).
			return facts.referrals().found() > 0;
		}
		if ("CASES_DUE".equals(population)) {
			// A case runs to its decision whatever the employer did since (suspended, closed): it is the authority's clock.
			return facts.cases().due() > 0;
		}
		if ("RECTIFICATIONS_DUE".equals(population)) {
			// Items are answered whatever the employer's production status; a closed one has none read.
			return facts.rectifications().due() > 0;
		}
		if ("SERIOUS_PROJECTS".equals(population)) {
			// A project is built before production starts (or while it is suspended): only a closed employer is out,
			// and the fact reader reads no projects for it.
			return facts.projects().serious() > 0;
		}
		if (!facts.inProduction()) {
			return false;
		}
		if ("MEDICAL_RADIATION".equals(population)) {
			// Radiation posts need not carry a 放射物质类 factor in the register (RadiationPost says why): the
			// radiation module's own workers decide, not the register's exposed headcount.
			return facts.medical() && facts.radiation().workers() > 0;
		}
		if (facts.exposed() == 0) {
			return false;
		}
		return switch (population) {
			case "SEVERE" -> facts.severe();
			case "DUST" -> facts.dust();
			case "EXPOSED" -> true;
			default -> population.startsWith(CATEGORY_PREFIX)
					&& facts.examsByCategory().getOrDefault(category(population), NO_EXAMS).exposed() > 0;
		};
	}

	/** The population of the diagnosis institutions' clocks: rows per institution, not per employer. */
	static final String DIAGNOSIS_INSTITUTIONS = "DIAGNOSIS_INSTITUTIONS";

	/** Populations {@code HAZARD_CATEGORY_n}: exposed to a factor of category n of the national code table. */
	static final String CATEGORY_PREFIX = "HAZARD_CATEGORY_";

	private static final EmployerFacts.CategoryExams NO_EXAMS = new EmployerFacts.CategoryExams(0, 0);

	static String category(String population) {
		return population.substring(CATEGORY_PREFIX.length());
	}

	/**
	 * An institution's part of the indicators counted per diagnosis institution (rule {@code CLOCK_MET_ON_TIME}):
	 * its duty clocks due so far this year and those met on time; none when nothing fell due.
	 */
	static List<Row> institutionRows(int due, int metOnTime, List<IndicatorDefinition> definitions) {
		List<Row> rows = new ArrayList<>();
		for (IndicatorDefinition definition : definitions) {
			if (DIAGNOSIS_INSTITUTIONS.equals(definition.population()) && "CLOCK_MET_ON_TIME".equals(definition.rule())
					&& due > 0) {
				rows.add(new Row(definition.code(), metOnTime, due));
			}
		}
		return rows;
	}

	private static Row employer(IndicatorDefinition definition, boolean met) {
		return new Row(definition.code(), met ? 1 : 0, 1);
	}

}
