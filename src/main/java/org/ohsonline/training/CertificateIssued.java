package org.ohsonline.training;

import java.time.LocalDate;

/**
 * A learner passed a course's quiz and was issued a certificate, published in the transaction that issued
 * it (the indicators count training from it).
 *
 * @param learnerWorkerId the register's worker, when the learner is one
 */
public record CertificateIssued(long certificateId, long courseId, Audience audience, Long learnerWorkerId,
		String employerCreditCode, String regionCode, LocalDate issuedOn, LocalDate expiresOn) {
}
