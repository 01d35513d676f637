package org.ohsonline.testing;

import java.time.Instant;

/**
 * An issued testing or evaluation report, one edition of it.
 *
 * @param number the report number printed on it (the job number, with the edition after the first)
 * @param edition 1 for the report issued on review, 2… for corrections
 * @param verificationCode the code of its public verification page (and QR code)
 * @param sha256 the SHA-256 of the PDF as issued
 * @param reason why this edition replaced the previous one ({@code null} for the first)
 * @param replacedAt when a later edition replaced it, or {@code null} while it is current
 */
public record ReportView(long id, long jobId, String number, int edition, String verificationCode, String sha256,
		Instant issuedAt, String issuedBy, String reason, Instant replacedAt) {

	public boolean current() {
		return this.replacedAt == null;
	}

}
