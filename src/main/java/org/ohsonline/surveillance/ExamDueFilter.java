package org.ohsonline.surveillance;

/**
 * Filters of the list of exams due; all optional.
 *
 * @param region a region prefix inside the actor's scope
 * @param kind an {@link ExamDueKind} name
 * @param state {@code overdue}, {@code soon} (within 7 days) or {@code due} (within {@code withinDays})
 * @param withinDays with {@code state=due}: due within this many days (default 30)
 * @param q part of the worker's or employer's name
 * @param sort {@code due}, {@code worker}, {@code employer}; a leading {@code -} sorts descending
 */
public record ExamDueFilter(String region, Long employerId, String kind, String hazard, String state,
		Integer withinDays, String q, String sort) {

	public static ExamDueFilter none() {
		return new ExamDueFilter(null, null, null, null, null, null, null, null);
	}

	public static ExamDueFilter ofEmployer(long employerId) {
		return new ExamDueFilter(null, employerId, null, null, null, null, null, null);
	}

}
