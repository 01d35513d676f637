package org.ohsonline.grid.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ohsonline.grid.Appraisal;
import org.ohsonline.grid.KpiEmployer;
import org.ohsonline.portal.DocumentIssue;
import org.ohsonline.portal.IssuedDocuments;
import org.ohsonline.reference.CatalogTexts;
import org.ohsonline.reference.Divisions;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Masking;
import org.ohsonline.shared.documents.PdfDocuments;
import org.ohsonline.shared.documents.QrCodes;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The quarterly appraisal sheet (网格化监管季度考核表) as a PDF in Chinese, with the QR code of its public verification
 * page, recorded in the portal's register of issued documents (which keeps its hash): each issue is a new document.
 */
@Component
class AppraisalWriter {

	static final String TYPE_KEY = "grid.appraisal.type";

	private static final Locale OFFICIAL = Locale.SIMPLIFIED_CHINESE;

	private final PdfDocuments pdf;

	private final IssuedDocuments documents;

	private final Divisions divisions;

	private final MessageSource messages;

	private final GridAccess access;

	private final CatalogTexts texts;

	AppraisalWriter(PdfDocuments pdf, IssuedDocuments documents, Divisions divisions, MessageSource messages,
			GridAccess access, CatalogTexts texts) {
		this.pdf = pdf;
		this.documents = documents;
		this.divisions = divisions;
		this.messages = messages;
		this.access = access;
		this.texts = texts;
	}

	/** The sheet's number: county, quarter and person ({@code WG330105-2026Q3-12}). */
	static String number(Appraisal appraisal) {
		return "WG" + appraisal.countyCode() + "-" + appraisal.sheet().quarter() + "-" + appraisal.userId();
	}

	byte[] issue(Actor actor, Appraisal appraisal, List<KpiEmployer> employers) {
		String county = this.divisions.fullName(appraisal.countyCode());
		String issuer = this.messages.getMessage("grid.appraisal.issuer", new Object[] { county }, OFFICIAL);
		LocalDate today = this.access.today();
		String number = number(appraisal);
		DocumentIssue issue = new DocumentIssue(TYPE_KEY, number, issuer, Masking.other(appraisal.userName()),
				appraisal.countyCode(), today, "grid", appraisal.userId() + "/" + appraisal.sheet().quarter());
		return this.documents.issue(actor, issue, link -> {
			Map<String, Object> model = new HashMap<>();
			model.put("appraisal", appraisal);
			model.put("sheet", appraisal.sheet());
			model.put("employers", employers);
			model.put("number", number);
			model.put("issuer", issuer);
			model.put("county", county);
			// The catalog's bundled texts are stored in English: printed in the document's language.
			model.put("edition", this.texts.edition(KpiService.CATALOG, appraisal.sheet().edition(), OFFICIAL));
			model.put("source", this.texts.source(KpiService.CATALOG, appraisal.sheet().source()));
			model.put("issuedOn", today);
			model.put("running", appraisal.sheet().referenceDay().isBefore(appraisal.sheet().quarter().end()));
			model.put("link", link);
			model.put("qr", QrCodes.pngDataUri(link.url(), 300));
			return this.pdf.render("grid/appraisal-pdf", model, OFFICIAL);
		}).pdf();
	}

}
