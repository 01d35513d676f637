package org.ohsonline.enforcement.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ohsonline.enforcement.CaseStep;
import org.ohsonline.portal.DocumentIssue;
import org.ohsonline.portal.IssuedDocument;
import org.ohsonline.portal.IssuedDocuments;
import org.ohsonline.reference.Divisions;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.documents.PdfDocuments;
import org.ohsonline.shared.documents.QrCodes;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The document of a case step, issued with the step in the same transaction through the portal's document register
 * (as the on-site record is): the platform's PDF layout, signed, with its own verification code — and, in its body, the
 * QR code of the case's public page under its action code ({@code /verify/cases/<code>}), so that whoever holds the
 * paper can follow the whole chain.
 */
@Component
class CaseDocuments {

	static final String TYPE = "enforcement.caseDocument.type";

	private static final Locale OFFICIAL = Locale.SIMPLIFIED_CHINESE;

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final Pattern FIELD = Pattern.compile("\"([^\"]+)\":\"((?:[^\"\\\\]|\\\\.)*)\"");

	private final JdbcClient jdbc;

	private final IssuedDocuments documents;

	private final PdfDocuments pdf;

	private final Divisions divisions;

	private final MessageSource messages;

	private final Clock clock;

	CaseDocuments(JdbcClient jdbc, IssuedDocuments documents, PdfDocuments pdf, Divisions divisions,
			MessageSource messages, Clock clock) {
		this.jdbc = jdbc;
		this.documents = documents;
		this.pdf = pdf;
		this.divisions = divisions;
		this.messages = messages;
		this.clock = clock;
	}

	/** Issues and keeps the document of a step just appended. */
	void issue(Actor actor, EnforcementCaseStore.Row kase, int seq, CaseStep step, LocalDate on, String note,
			String data) {
		String county = kase.regionCode().length() > 6 ? kase.regionCode().substring(0, 6) : kase.regionCode();
		String authority = this.messages.getMessage("enforcement.record.authority",
				new Object[] { this.divisions.fullName(county) }, OFFICIAL);
		LocalDate today = LocalDate.now(this.clock.withZone(ZONE));
		IssuedDocument issued = this.documents.issue(actor,
				new DocumentIssue(TYPE, kase.actionCode() + "-" + seq, authority, kase.employerName(), kase.regionCode(),
						today, "enforcement", kase.id() + "/" + seq),
				link -> {
					String base = link.url().contains("/verify/") ? link.url().substring(0, link.url().lastIndexOf("/verify/"))
							: "";
					String caseUrl = base + "/verify/cases/" + kase.actionCode();
					Map<String, Object> model = new HashMap<>();
					model.put("kase", kase);
					model.put("seq", seq);
					model.put("step", step);
					model.put("on", on);
					model.put("note", note);
					model.put("recorder", actor.displayName());
					model.put("fields", printed(data));
					model.put("authority", authority);
					model.put("region", this.divisions.fullName(kase.regionCode()));
					model.put("caseUrl", caseUrl);
					model.put("caseQr", QrCodes.pngDataUri(caseUrl, 300));
					model.put("link", link);
					model.put("qr", QrCodes.pngDataUri(link.url(), 300));
					return this.pdf.render("enforcement/case-document", model, OFFICIAL);
				});
		this.jdbc.sql("""
				insert into enforcement.case_document (case_id, seq, document_code, pdf, issued_at)
				values (:id, :seq, :code, :pdf, :at)""")
			.param("id", kase.id())
			.param("seq", seq)
			.param("code", issued.link().code())
			.param("pdf", issued.pdf())
			.param("at", java.sql.Timestamp.from(issued.issuedAt()))
			.update();
	}

	/** The step's data as the chain hashed it ({@code {"k":"v",…}}), back to its fields in order. */
	static Map<String, String> fields(String data) {
		Map<String, String> fields = new LinkedHashMap<>();
		if (data != null) {
			Matcher m = FIELD.matcher(data);
			while (m.find()) {
				fields.put(m.group(1), m.group(2).replace("\\\"", "\"").replace("\\\\", "\\"));
			}
		}
		return fields;
	}

	/** The fields as the document prints them: labelled, bands and yes/no in words; the raw circumstances left out. */
	private Map<String, String> printed(String data) {
		Map<String, String> printed = new LinkedHashMap<>();
		fields(data).forEach((key, value) -> {
			if (key.equals("circumstances")) {
				return;
			}
			String shown = switch (key) {
				case "band" -> this.messages.getMessage("enforcement.band." + value, null, value, OFFICIAL);
				case "noPenalty" -> this.messages.getMessage(
						"true".equals(value) ? "enforcement.evidence.yes" : "enforcement.evidence.no", null, OFFICIAL);
				default -> value;
			};
			printed.put(this.messages.getMessage("enforcement.caseDocument.field." + key, null, key, OFFICIAL), shown);
		});
		return printed;
	}

	Optional<byte[]> pdf(long caseId, int seq) {
		return this.jdbc.sql("select pdf from enforcement.case_document where case_id = :id and seq = :seq")
			.param("id", caseId)
			.param("seq", seq)
			.query(byte[].class)
			.optional();
	}

}
