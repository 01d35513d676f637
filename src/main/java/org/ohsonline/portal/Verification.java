package org.ohsonline.portal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the public verification page shows of an issued document.
 *
 * @param statusReason why it was withdrawn or replaced, {@code null} while valid
 * @param statusChangedAt when it was withdrawn or replaced
 * @param replacedBy the code of the document that replaced it
 * @param signerSubject the subject of the certificate that signed the PDF, {@code null} for documents
 * issued before documents were signed
 * @param signerFingerprint that certificate's SHA-256, as a PDF reader shows it
 */
public record Verification(String code, String typeKey, String number, String issuer, String holderMasked,
		LocalDate issuedOn, String sha256, DocumentStatus status, String statusReason, Instant statusChangedAt,
		String replacedBy, String signerSubject, String signerFingerprint) {
}
