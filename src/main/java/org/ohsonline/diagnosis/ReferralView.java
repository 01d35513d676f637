package org.ohsonline.diagnosis;

import java.time.LocalDate;

/**
 * A suspected occupational disease from an exam, referred for diagnosis.
 *
 * @param caseId the case opened on it, once someone applied
 */
public record ReferralView(long id, long examId, String hazardCode, String hazardName, long workerId, long employerId,
		String regionCode, long examInstitutionId, LocalDate examinedOn, LocalDate reportDueOn, String state,
		Long caseId) {
}
