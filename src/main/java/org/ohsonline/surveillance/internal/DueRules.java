package org.ohsonline.surveillance.internal;

import java.time.LocalDate;
import java.util.List;

import org.ohsonline.agency.ExamType;
import org.ohsonline.surveillance.ExamDueKind;

/**
 * When exams are due, from the dates and the periods of the {@code exam-rules} catalog. Pure, so
 * every date is tested on a fixed calendar.
 */
final class DueRules {

	/** Exams that restart the periodic interval for a hazard (GBZ 188: the last exam of the worker). */
	static final List<ExamType> PERIODIC_BASIS = List.of(ExamType.PRE_PLACEMENT, ExamType.IN_SERVICE);

	/** Exams that count as the exit exam when they fall within the credit period before leaving. */
	static final List<ExamType> EXIT_CREDIT = List.of(ExamType.IN_SERVICE, ExamType.EXIT);

	private DueRules() {
	}

	/**
	 * The next in-service exam: the last exam plus the interval in months (a last exam on 31 January
	 * with a 1-month interval is next due on the last day of February).
	 */
	static LocalDate nextPeriodic(LocalDate lastExam, int intervalMonths) {
		return lastExam.plusMonths(intervalMonths);
	}

	/** The pre-placement exam of a placement, due before the hazardous work starts (period 0: on the day). */
	static LocalDate prePlacement(LocalDate placedOn, int days) {
		return placedOn.plusDays(days);
	}

	/** A recheck: the institution's date, else the exam day plus the default period. */
	static LocalDate recheck(LocalDate examinedOn, LocalDate requested, int defaultDays) {
		return requested != null ? requested : examinedOn.plusDays(defaultDays);
	}

	/** The exit exam is due by the day of leaving (it takes place within the window before it). */
	static LocalDate exit(LocalDate leftOn) {
		return leftOn;
	}

	/** The first day an in-service exam counts as the exit exam. */
	static LocalDate exitCreditFrom(LocalDate leftOn, int creditDays) {
		return leftOn.minusDays(creditDays);
	}

	/** Which open items an exam of the type meets for the hazards it examined. */
	static List<ExamDueKind> meets(ExamType type) {
		return switch (type) {
			case PRE_PLACEMENT -> List.of(ExamDueKind.PRE_PLACEMENT, ExamDueKind.PERIODIC, ExamDueKind.RECHECK);
			case IN_SERVICE -> List.of(ExamDueKind.PERIODIC, ExamDueKind.RECHECK);
			case EXIT -> List.of(ExamDueKind.EXIT, ExamDueKind.RECHECK);
			case EMERGENCY, POST_EMPLOYMENT -> List.of(ExamDueKind.RECHECK);
		};
	}

}
