package org.ohsonline.diagnosis;

import java.time.LocalDate;

/**
 * Someone (the worker, the employer, the institution or a supervisor) applied for diagnosis on a referral of a
 * suspected occupational disease: published once, in the transaction that opened the case on it. The indicators
 * count the follow-up of suspected findings from it.
 *
 * @param referralId the referral applied for
 * @param caseId the diagnosis case opened on it
 * @param employerId the worker's employer (registry id)
 * @param regionCode the employer's region, for jurisdiction
 * @param appliedOn the day of the application
 */
public record ReferralApplied(long referralId, long caseId, long employerId, String regionCode, LocalDate appliedOn) {
}
