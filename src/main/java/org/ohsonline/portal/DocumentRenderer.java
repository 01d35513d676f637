package org.ohsonline.portal;

/**
 * Produces the PDF of a document being issued, printing the verification code and a QR code of
 * its URL (see {@link org.ohsonline.shared.documents.QrCodes}).
 */
@FunctionalInterface
public interface DocumentRenderer {

	byte[] render(VerificationLink link);

}
