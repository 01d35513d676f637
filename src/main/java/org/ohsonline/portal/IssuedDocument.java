package org.ohsonline.portal;

import java.time.Instant;

/**
 * A document just issued.
 *
 * @param link its verification code and URL
 * @param sha256 the SHA-256 of the PDF, hexadecimal, as kept by the register
 * @param pdf the PDF itself, for the issuing module to keep and serve
 * @param issuedAt when it was recorded
 */
public record IssuedDocument(VerificationLink link, String sha256, byte[] pdf, Instant issuedAt) {
}
