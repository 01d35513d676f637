package org.ohsonline.surveillance.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ohsonline.portal.DocumentIssue;
import org.ohsonline.portal.DocumentRenderer;
import org.ohsonline.portal.IssuedDocument;
import org.ohsonline.portal.IssuedDocuments;
import org.ohsonline.reference.Divisions;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Masking;
import org.ohsonline.shared.documents.PdfDocuments;
import org.ohsonline.shared.documents.QrCodes;
import org.ohsonline.surveillance.ExamView;

import org.springframework.stereotype.Component;

/**
 * The individual exam report (职业健康检查个体报告): a PDF in Chinese with the worker (identity number
 * masked), the hazards examined, the key results, one conclusion per hazard and the recommendations,
 * signed by the examining institution with a QR code of its public verification page, and recorded in
 * the portal's register of issued documents (which keeps its SHA-256). The public page shows the
 * worker's name masked, never results.
 */
@Component
class ExamReportWriter {

	static final String TYPE_KEY = "surveillance.report.type";

	private static final Locale OFFICIAL = Locale.SIMPLIFIED_CHINESE;

	static final List<Integer> FREQUENCIES = List.of(500, 1000, 2000, 3000, 4000, 6000);

	private final PdfDocuments pdf;

	private final IssuedDocuments documents;

	private final Divisions divisions;

	ExamReportWriter(PdfDocuments pdf, IssuedDocuments documents, Divisions divisions) {
		this.pdf = pdf;
		this.documents = documents;
		this.divisions = divisions;
	}

	record Issued(String number, IssuedDocument document) {
	}

	static String reportNumber(String examNumber) {
		return "BG" + examNumber.substring(2);
	}

	Issued issue(Actor actor, ExamView exam, LocalDate issuedOn) {
		String number = reportNumber(exam.number());
		DocumentIssue issue = new DocumentIssue(TYPE_KEY, number, exam.institutionName(),
				Masking.other(exam.workerName()), exam.regionCode(), issuedOn, "surveillance", String.valueOf(exam.id()));
		DocumentRenderer renderer = link -> {
			Map<String, Object> model = new HashMap<>();
			model.put("exam", exam);
			model.put("reportNumber", number);
			model.put("issuedOn", issuedOn);
			model.put("region", this.divisions.fullName(exam.regionCode()));
			model.put("frequencies", FREQUENCIES);
			model.put("link", link);
			model.put("qr", QrCodes.pngDataUri(link.url(), 300));
			return this.pdf.render("surveillance/exam-report", model, OFFICIAL);
		};
		return new Issued(number, this.documents.issue(actor, issue, renderer));
	}

}
