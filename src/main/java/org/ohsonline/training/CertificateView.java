package org.ohsonline.training;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A training certificate. {@code expiresOn} is null when the rule sets no validity.
 *
 * @param code the verification code of its QR code; {@code null} for the moment between the passed paper and the
 *     PDF's rendering, which follows the submission's commit
 */
public record CertificateView(long id, String number, long courseId, String courseTitle, int courseVersion,
		Audience audience, BigDecimal hours, String learnerName, String employerCreditCode, String regionCode,
		LocalDate issuedOn, LocalDate expiresOn, String code) {

	public boolean validOn(LocalDate day) {
		return this.expiresOn == null || !day.isAfter(this.expiresOn);
	}

}
