package org.ohsonline.surveillance;

/**
 * The exams due of a worker were brought up to date after an exam ({@link ExamConcluded}): the exam's items met, the
 * next periodic exam and any recheck listed. A read model counting overdue exams recounts on this event, not on
 * {@link ExamConcluded}, which is delivered before the surveillance module's own listener has updated the dues.
 */
public record ExamDuesUpdated(long employerId, String regionCode, long workerId, long examId) {
}
