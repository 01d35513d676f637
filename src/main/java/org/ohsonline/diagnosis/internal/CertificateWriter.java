package org.ohsonline.diagnosis.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.ohsonline.diagnosis.CaseView;
import org.ohsonline.diagnosis.ClockKind;
import org.ohsonline.diagnosis.DiagnosisCertificates;
import org.ohsonline.portal.DocumentIssue;
import org.ohsonline.portal.DocumentRenderer;
import org.ohsonline.portal.IssuedDocument;
import org.ohsonline.portal.IssuedDocuments;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Masking;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.documents.PdfDocuments;
import org.ohsonline.shared.documents.QrCodes;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues the 职业病诊断证明书 when its delivery is recorded: the PDF in Chinese with the worker, the
 * employer, the hazards, the conclusion and its dates, the appraisal window the catalog gave, and
 * a QR code of its verification page; registered with the portal and kept byte for byte.
 */
@Component
class CertificateWriter implements DiagnosisCertificates {

	static final String TYPE_KEY = "diagnosis.certificate.type";

	private static final Locale OFFICIAL = Locale.SIMPLIFIED_CHINESE;

	private final PdfDocuments pdf;

	private final IssuedDocuments documents;

	private final CertificateStore store;

	private final CaseStore cases;

	private final Scopes scopes;

	private final CaseClocks clocks;

	CertificateWriter(PdfDocuments pdf, IssuedDocuments documents, CertificateStore store, CaseStore cases,
			Scopes scopes, CaseClocks clocks) {
		this.pdf = pdf;
		this.documents = documents;
		this.store = store;
		this.cases = cases;
		this.scopes = scopes;
		this.clocks = clocks;
	}

	/** Issues the certificate of a case just delivered (inside the delivery's transaction). */
	IssuedDocument issue(Actor actor, CaseView c) {
		DocumentIssue issue = new DocumentIssue(TYPE_KEY, c.certificateNumber(), c.institutionName(),
				Masking.other(c.workerName()), c.regionCode(), c.diagnosedOn(), "diagnosis", String.valueOf(c.id()));
		DocumentRenderer renderer = link -> {
			Map<String, Object> model = new HashMap<>();
			model.put("c", c);
			model.put("appraisal", c.clock(ClockKind.APPRAISAL).orElse(null));
			model.put("link", link);
			model.put("qr", QrCodes.pngDataUri(link.url(), 300));
			return this.pdf.render("diagnosis/certificate", model, OFFICIAL);
		};
		IssuedDocument issued = this.documents.issue(actor, issue, renderer);
		this.store.insert(c.id(), c.certificateNumber(), issued.link().code(), issued.sha256(), issued.pdf(),
				c.diagnosedOn(), this.clocks.now());
		return issued;
	}

	@Override
	@Transactional(readOnly = true)
	public byte[] certificate(Actor actor, long caseId) {
		actor.require(DiagnosisPermissions.READ);
		this.cases.find(this.scopes.of(actor), caseId).orElseThrow(() -> new NotFoundException(CaseService.CASE, caseId));
		return this.store.pdf(caseId).orElseThrow(() -> new NotFoundException("diagnosis-certificate", caseId));
	}

}
