package org.ohsonline.surveillance;

import java.time.LocalDate;

/**
 * An exam concluded 职业禁忌证 for one hazard: the employer must move the worker off the work (职业病防治法
 * Art. 35) by {@code transferDueOn}; surveillance opens a job-transfer task tracked to completion.
 * The contraindication itself is health data and stays in the exam.
 */
public record ContraindicationFound(long examId, long workerId, long employerId, String regionCode,
		String hazardCode, long institutionId, LocalDate examinedOn, LocalDate transferDueOn) {
}
