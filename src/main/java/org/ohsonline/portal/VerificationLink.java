package org.ohsonline.portal;

/**
 * Where a document is verified.
 *
 * @param code the random verification code printed on the document
 * @param url the public page of the code, {@code <ohs.public-base-url>/verify/<code>}
 */
public record VerificationLink(String code, String url) {
}
