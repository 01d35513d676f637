package org.ohsonline.surveillance;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

import org.ohsonline.shared.Actor;

/**
 * Per-employer figures of health exams over a period, for modules that score areas of supervision (grid KPIs): exams
 * of the employer's workers examined on a day of the period, and the workers among them examined for the first time
 * at that employer (no exam of theirs for it on an earlier day). Only exams in the caller's jurisdiction are counted;
 * the calling module checks its own permission.
 */
public interface ExamFigures {

	/** One employer's exams in the period and the workers first examined for it in the period. */
	record OfEmployer(long employerId, int exams, int newlyExamined) {
	}

	/** The figures of each of the employers with an exam from {@code from} to {@code to} (both included), by id. */
	Map<Long, OfEmployer> ofEmployers(Actor actor, Collection<Long> employerIds, LocalDate from, LocalDate to);

}
