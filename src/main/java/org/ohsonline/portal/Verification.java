package org.ohsonline.portal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the public verification page shows of an issued document.
 *
 * @param statusReason why it was withdrawn or replaced, {@code null} while valid
 * @param statusChangedAt when it was withdrawn or replaced
 * @param replacedBy the code of the document that replaced it
 */
public record Verification(String code, String typeKey, String number, String issuer, String holderMasked,
		LocalDate issuedOn, String sha256, DocumentStatus status, String statusReason, Instant statusChangedAt,
		String replacedBy) {
}
