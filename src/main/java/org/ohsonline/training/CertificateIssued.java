package org.ohsonline.training;

import java.time.LocalDate;

/**
 * A learner passed a course's quiz and was issued a certificate, published in the transaction that issued
 * it (the indicators count training from it).
 *
 * @param learnerWorkerId the register's worker, when the learner is one
 * @param employerId the register's employer the learner was enrolled for, when there is one
 */
public record CertificateIssued(long certificateId, long courseId, Audience audience, Long learnerWorkerId,
		Long employerId, String employerCreditCode, String regionCode, LocalDate issuedOn, LocalDate expiresOn) {
}
