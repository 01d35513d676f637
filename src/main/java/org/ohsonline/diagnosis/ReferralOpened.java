package org.ohsonline.diagnosis;

import java.time.LocalDate;

/**
 * A referral for diagnosis was opened on a suspected occupational disease that an exam found (疑似职业病, from
 * surveillance's {@code SuspectedDiseaseFound}): published once per referral, in the transaction that opened it.
 * The indicators count the employer's suspected findings from it.
 *
 * @param referralId the referral
 * @param employerId the worker's employer (registry id)
 * @param regionCode the employer's region, for jurisdiction
 * @param examinedOn the day of the exam that found it
 */
public record ReferralOpened(long referralId, long employerId, String regionCode, LocalDate examinedOn) {
}
