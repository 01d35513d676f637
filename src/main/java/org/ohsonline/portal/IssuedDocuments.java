package org.ohsonline.portal;

import java.util.Optional;

import org.ohsonline.shared.Actor;

/**
 * The register of issued documents and their public verification. A module issues a document by
 * handing over what the public may see of it and a renderer; the register gives the renderer a
 * fresh verification code and its URL (for the QR code), then keeps the SHA-256 of the PDF the
 * renderer returns. Calls join the caller's transaction and are audited in it; the issuing module
 * checks its own permissions before calling.
 */
public interface IssuedDocuments {

	/** Issues a document; the PDF is returned to the caller, who keeps it (the register keeps only its hash). */
	IssuedDocument issue(Actor actor, DocumentIssue issue, DocumentRenderer renderer);

	/**
	 * Issues a document that replaces an earlier one (a correction, or a later declaration that
	 * supersedes the earlier receipt). The earlier one is marked replaced, with the reason and the
	 * new code, and its verification page says so.
	 */
	IssuedDocument reissue(Actor actor, String replacedCode, String reason, DocumentIssue issue,
			DocumentRenderer renderer);

	/** Withdraws a document (issued in error, revoked); its verification page says so with the reason. */
	void withdraw(Actor actor, String code, String reason);

	/** What the public verification page shows for a code; empty for an unknown code. */
	Optional<Verification> verify(String code);

	/**
	 * Whether a copy is the issued document, byte for byte (compared by SHA-256); empty for an
	 * unknown code.
	 */
	Optional<Boolean> matches(String code, byte[] copy);

}
