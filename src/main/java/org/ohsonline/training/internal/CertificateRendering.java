package org.ohsonline.training.internal;

import org.ohsonline.training.CertificateIssued;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Renders a certificate's PDF after the submission that made it has committed, in its own transaction: rendering and
 * signing take longer than the rest of a submission, and 200 submissions a second should not wait for them. The event
 * is kept until the PDF is registered, so a crash in between renders it on the next start.
 */
@Component
class CertificateRendering {

	private final Certificates certificates;

	CertificateRendering(Certificates certificates) {
		this.certificates = certificates;
	}

	@ApplicationModuleListener
	void on(CertificateIssued event) {
		this.certificates.render(event.certificateId());
	}

}
