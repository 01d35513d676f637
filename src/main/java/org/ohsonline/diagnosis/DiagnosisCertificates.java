package org.ohsonline.diagnosis;

import org.ohsonline.shared.Actor;

/**
 * The diagnosis certificate (职业病诊断证明书) as issued when the institution recorded its delivery:
 * a PDF with a QR code of its public verification page, registered with the portal (which keeps its
 * SHA-256) and never rendered again, so every download is the document that was handed over.
 */
public interface DiagnosisCertificates {

	/**
	 * The issued PDF, for anyone who may see the case (the worker included). A case outside the
	 * actor's scope, or one whose certificate has not been delivered yet, is not found.
	 */
	byte[] certificate(Actor actor, long caseId);

}
