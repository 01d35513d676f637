package org.ohsonline.surveillance;

import java.time.LocalDate;

/**
 * An exam concluded 疑似职业病 for one hazard: the employer must report it to the authority and the
 * worker is referred for diagnosis (the diagnosis module opens the referral on this event).
 *
 * @param examId the exam
 * @param workerId the worker (registry id)
 * @param employerId the employer the exam was for (registry id)
 * @param regionCode the employer's region, for jurisdiction
 * @param hazardCode the hazard factor code the conclusion is for
 * @param institutionId the exam institution (agency id)
 * @param examinedOn the day of the exam
 * @param reportDueOn the day by which the suspected case must be reported
 */
public record SuspectedDiseaseFound(long examId, long workerId, long employerId, String regionCode,
		String hazardCode, long institutionId, LocalDate examinedOn, LocalDate reportDueOn) {
}
