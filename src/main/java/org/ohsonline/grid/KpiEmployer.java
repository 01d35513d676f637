package org.ohsonline.grid;

/**
 * An employer behind a KPI: its figures in the quarter (the rows a KPI's numerator and denominator count).
 *
 * @param inspections inspections recorded
 * @param declarationsDue declaration duties due (void ones left out)
 * @param declarationsOnTime of them met on or before the due day
 * @param exams health exams of its workers
 * @param newlyExamined workers examined for it for the first time
 * @param penalties penalty decisions
 */
@io.swagger.v3.oas.annotations.media.Schema(name = "GridKpiEmployer")
public record KpiEmployer(long employerId, String creditCode, String name, String regionCode, int inspections,
		int declarationsDue, int declarationsOnTime, int exams, int newlyExamined, int penalties) {

	/** This employer's contribution to the numerator of a KPI. */
	public int numerator(String kpi) {
		return switch (kpi) {
			case "INSPECTION_COVERAGE" -> this.inspections > 0 ? 1 : 0;
			case "DECLARATION_ON_TIME" -> this.declarationsOnTime;
			case "EXAMS" -> this.exams;
			case "NEW_EXAMS" -> this.newlyExamined;
			case "PENALTIES" -> this.penalties;
			default -> 0;
		};
	}

	/** This employer's contribution to the denominator of a RATE KPI (0 for a COUNT). */
	public int denominator(String kpi) {
		return switch (kpi) {
			case "INSPECTION_COVERAGE" -> 1;
			case "DECLARATION_ON_TIME" -> this.declarationsDue;
			default -> 0;
		};
	}

}
