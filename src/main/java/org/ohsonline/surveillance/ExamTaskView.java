package org.ohsonline.surveillance;

import java.time.LocalDate;

import org.ohsonline.shared.Deadline;

/**
 * A task set by a conclusion, with its clock; {@code deadline} is {@code null} once done.
 *
 * @param outcome what was done (the new post, how and to whom it was reported)
 */
public record ExamTaskView(long id, ExamTaskKind kind, long examId, String examNumber, long workerId,
		String workerName, long employerId, String employerName, String regionCode, String hazardCode,
		String hazardName, LocalDate dueOn, Deadline deadline, boolean done, LocalDate doneOn, String doneBy,
		String outcome) {
}
