package org.ohsonline.portal.internal;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;

/** The key that signs issued PDFs, with its certificate; {@code fingerprint} is the certificate's SHA-256. */
record SigningKey(PrivateKey privateKey, X509Certificate certificate, String subject, String fingerprint) {

	@Override
	public String toString() {
		return "SigningKey[" + this.subject + ", " + this.fingerprint + "]";
	}

}
