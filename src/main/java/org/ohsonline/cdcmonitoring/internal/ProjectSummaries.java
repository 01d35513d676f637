package org.ohsonline.cdcmonitoring.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.ohsonline.cdcmonitoring.Progress;
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
 * The frozen summary of a closed project: its progress rows as they stood at closing, kept as data (the progress page
 * and export read them from then on) and issued as a signed PDF through the portal's register of documents, whose
 * QR code opens the public verification page. Joins the closing's transaction.
 */
@Component
class ProjectSummaries {

	static final String TYPE = "cdcmonitoring.summary.type";

	private static final Locale OFFICIAL = Locale.SIMPLIFIED_CHINESE;

	private final JdbcClient jdbc;

	private final IssuedDocuments documents;

	private final PdfDocuments pdf;

	private final Divisions divisions;

	private final MessageSource messages;

	ProjectSummaries(JdbcClient jdbc, IssuedDocuments documents, PdfDocuments pdf, Divisions divisions, MessageSource messages) {
		this.jdbc = jdbc;
		this.documents = documents;
		this.pdf = pdf;
		this.divisions = divisions;
		this.messages = messages;
	}

	/** Freezes the rows and issues the signed summary; its verification code. */
	String issue(Actor actor, CdcMonitoringReads.ProjectRow project, List<Progress.Row> rows, Progress.Row total, LocalDate on) {
		String region = this.divisions.fullName(project.regionCode());
		String issuer = this.messages.getMessage("cdcmonitoring.summary.issuer", new Object[] { region }, OFFICIAL);
		IssuedDocument issued = this.documents.issue(actor,
				new DocumentIssue(TYPE, "CDCM-" + project.year() + "-" + project.id(), issuer, project.name(),
						project.regionCode(), on, "cdcmonitoring", Long.toString(project.id())),
				link -> {
					Map<String, Object> model = new HashMap<>();
					model.put("project", project);
					model.put("rows", rows);
					model.put("total", total);
					model.put("names", names(rows));
					model.put("region", region);
					model.put("issuer", issuer);
					model.put("on", on);
					model.put("closedBy", actor.displayName());
					model.put("link", link);
					model.put("qr", QrCodes.pngDataUri(link.url(), 300));
					return this.pdf.render("cdcmonitoring/summary-document", model, OFFICIAL);
				});
		this.jdbc.sql("""
				insert into cdcmonitoring.project_summary (project_id, rows_json, document_code, sha256, pdf, issued_at)
				values (:p, cast(:rows as jsonb), :code, :sha, :pdf, :at)""")
			.param("p", project.id())
			.param("rows", Json.write(rows))
			.param("code", issued.link().code())
			.param("sha", issued.sha256())
			.param("pdf", issued.pdf())
			.param("at", java.sql.Timestamp.from(issued.issuedAt()))
			.update();
		return issued.link().code();
	}

	private Map<String, String> names(List<Progress.Row> rows) {
		Map<String, String> names = new HashMap<>();
		rows.forEach(r -> names.put(r.countyCode(), this.divisions.fullName(r.countyCode())));
		return names;
	}

	Optional<List<Progress.Row>> frozen(long projectId) {
		return this.jdbc.sql("select rows_json from cdcmonitoring.project_summary where project_id = :p")
			.param("p", projectId)
			.query(String.class)
			.optional()
			.map(Json::progressRows);
	}

	Optional<String> code(long projectId) {
		return this.jdbc.sql("select document_code from cdcmonitoring.project_summary where project_id = :p")
			.param("p", projectId)
			.query(String.class)
			.optional();
	}

	Optional<byte[]> pdf(long projectId) {
		return this.jdbc.sql("select pdf from cdcmonitoring.project_summary where project_id = :p")
			.param("p", projectId)
			.query((rs, i) -> rs.getBytes(1))
			.optional();
	}

}
