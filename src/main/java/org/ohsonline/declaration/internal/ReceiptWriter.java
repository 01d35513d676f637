package org.ohsonline.declaration.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ohsonline.declaration.DeclarationView;
import org.ohsonline.portal.DocumentIssue;
import org.ohsonline.portal.DocumentRenderer;
import org.ohsonline.portal.IssuedDocument;
import org.ohsonline.portal.IssuedDocuments;
import org.ohsonline.reference.Divisions;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Masking;
import org.ohsonline.shared.documents.PdfDocuments;
import org.ohsonline.shared.documents.QrCodes;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The receipt (回执) of an accepted declaration: a PDF in Chinese with what was declared and a QR
 * code of its public verification page, recorded in the portal's register of issued documents. A
 * later accepted declaration of the same employer replaces the earlier receipt there.
 */
@Component
class ReceiptWriter {

	static final String TYPE_KEY = "declaration.receipt.type";

	private static final Locale OFFICIAL = Locale.SIMPLIFIED_CHINESE;

	private static final DateTimeFormatter SUBMITTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ClockService.ZONE);

	private final PdfDocuments pdf;

	private final IssuedDocuments documents;

	private final Divisions divisions;

	private final MessageSource messages;

	ReceiptWriter(PdfDocuments pdf, IssuedDocuments documents, Divisions divisions, MessageSource messages) {
		this.pdf = pdf;
		this.documents = documents;
		this.divisions = divisions;
		this.messages = messages;
	}

	/** The authority that receives declarations of the region: the county-level health administration. */
	String authority(String regionCode) {
		String county = regionCode.length() > 6 ? regionCode.substring(0, 6) : regionCode;
		return this.messages.getMessage("declaration.receipt.authority", new Object[] { this.divisions.fullName(county) },
				OFFICIAL);
	}

	static String receiptNumber(String declarationNumber) {
		return "HZ" + declarationNumber.substring(2);
	}

	/**
	 * Issues the receipt.
	 * @param replacing the verification code of the employer's previous receipt, or {@code null}
	 */
	IssuedDocument issue(Actor actor, DeclarationStore.Row declaration, List<DeclarationView.Item> items,
			LocalDate acceptedOn, String reviewerName, String replacing) {
		String authority = authority(declaration.regionCode());
		String number = receiptNumber(declaration.number());
		DocumentIssue issue = new DocumentIssue(TYPE_KEY, number, authority, Masking.other(declaration.employerName()),
				declaration.regionCode(), acceptedOn, "declaration", String.valueOf(declaration.id()));
		DocumentRenderer renderer = link -> {
			Map<String, Object> model = new HashMap<>();
			model.put("declaration", declaration);
			model.put("items", items);
			model.put("receiptNumber", number);
			model.put("authority", authority);
			model.put("acceptedOn", acceptedOn);
			model.put("submittedAt", SUBMITTED.format(declaration.submittedAt()));
			model.put("reviewerName", reviewerName);
			model.put("region", this.divisions.fullName(declaration.regionCode()));
			model.put("link", link);
			model.put("qr", QrCodes.pngDataUri(link.url(), 300));
			return this.pdf.render("declaration/receipt", model, OFFICIAL);
		};
		if (replacing == null) {
			return this.documents.issue(actor, issue, renderer);
		}
		String reason = this.messages.getMessage("declaration.receipt.replacedBy", new Object[] { declaration.number() },
				OFFICIAL);
		return this.documents.reissue(actor, replacing, reason, issue, renderer);
	}

}
