package org.ohsonline.portal;

import org.ohsonline.shared.Actor;

/** The key that signs issued documents (decision 0017), and its rotation (decision 0024). */
public interface DocumentSigning {

	/** The SHA-256 fingerprint of the certificate that signs documents now. */
	String activeFingerprint();

	/**
	 * Retires the generated signing key and makes a new one, which signs every document from now on, on
	 * every instance; documents signed before stay verifiable. Audited. Returns the new fingerprint.
	 */
	String rotate(Actor actor);

}
