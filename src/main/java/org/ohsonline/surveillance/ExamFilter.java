package org.ohsonline.surveillance;

import java.time.LocalDate;

/**
 * Filters of the exam list; all optional.
 *
 * @param q part of the worker's or employer's name, or the exam number
 * @param region a region prefix inside the actor's scope
 * @param type an {@link org.ohsonline.agency.ExamType} name
 * @param conclusion an {@link ExamConclusion} name: exams with that conclusion for any hazard
 * @param hazard a hazard factor code
 * @param from examined on or after
 * @param to examined on or before
 * @param employerId one employer
 * @param workerId one worker
 * @param sort {@code date}, {@code worker}, {@code employer} or {@code number}; a leading {@code -}
 * sorts descending (default {@code -date})
 */
public record ExamFilter(String q, String region, String type, String conclusion, String hazard, LocalDate from,
		LocalDate to, Long employerId, Long workerId, String sort) {

	public static ExamFilter none() {
		return new ExamFilter(null, null, null, null, null, null, null, null, null, null);
	}

	public static ExamFilter ofWorker(long workerId) {
		return new ExamFilter(null, null, null, null, null, null, null, null, workerId, null);
	}

}
