package org.ohsonline.surveillance;

import org.ohsonline.shared.Deadline;

/**
 * An exam due for one worker, employer and hazard, with its clock.
 *
 * @param basis how the due date was computed (rule code and interval, recheck date, leaving date)
 * @param sourceExamId the exam the date was computed from, if any
 */
public record ExamDueItem(long id, ExamDueKind kind, long workerId, String workerName, long employerId,
		String employerName, String creditCode, String regionCode, String hazardCode, String hazardName,
		Deadline deadline, String basis, Long sourceExamId) {
}
