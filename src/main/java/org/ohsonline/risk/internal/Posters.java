package org.ohsonline.risk.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.ohsonline.portal.DocumentIssue;
import org.ohsonline.portal.IssuedDocument;
import org.ohsonline.portal.IssuedDocuments;
import org.ohsonline.portal.Verification;
import org.ohsonline.portal.VerificationPanel;
import org.ohsonline.reference.Divisions;
import org.ohsonline.risk.Light;
import org.ohsonline.risk.PublicLights;
import org.ohsonline.risk.RiskClass;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.ScopeFilter;
import org.ohsonline.shared.documents.PdfDocuments;
import org.ohsonline.shared.documents.QrCodes;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public light: a poster PDF issued through the portal's register (so its QR code opens the public
 * verification page), and the panel that page shows for it — light, class words, the day assessed and
 * what the light means; the employer's name and region only, no personal data. When the class changes the
 * poster in force is withdrawn at once (its page then says so) and the next request issues a new one.
 * The PDF itself is not kept: a second request within the same class renders it again with the same code.
 */
@Component
class Posters implements PublicLights, VerificationPanel {

	static final String TYPE_KEY = "risk.poster.type";

	private static final String COLUMNS = "code, employer_id, assessment_id, risk_class, light, assessed_on, employer_name, region_code, issued_on, withdrawn_on";

	private static final Locale OFFICIAL = Locale.SIMPLIFIED_CHINESE;

	private final JdbcClient jdbc;

	private final PortraitStore portraits;

	private final IssuedDocuments documents;

	private final PdfDocuments pdf;

	private final Divisions divisions;

	private final MessageSource messages;

	private final Clock clock;

	Posters(JdbcClient jdbc, PortraitStore portraits, IssuedDocuments documents, PdfDocuments pdf, Divisions divisions,
			MessageSource messages, Clock clock) {
		this.jdbc = jdbc;
		this.portraits = portraits;
		this.documents = documents;
		this.pdf = pdf;
		this.divisions = divisions;
		this.messages = messages;
		this.clock = clock;
	}

	/** A poster row. */
	record Poster(String code, long employerId, long assessmentId, RiskClass riskClass, Light light,
			LocalDate assessedOn, String employerName, String regionCode, LocalDate issuedOn, LocalDate withdrawnOn) {
	}

	@Override
	@Transactional
	public byte[] poster(Actor actor, long employerId) {
		actor.require(RiskPermissions.PORTRAIT_READ);
		PortraitStore.Row row = this.portraits.find(ScopeFilter.of(actor), employerId)
			.filter(r -> r.riskClass() != null)
			.orElseThrow(() -> new NotFoundException("portrait", employerId));
		Optional<Poster> current = inForce(employerId).filter(p -> p.assessmentId() == row.assessmentId());
		if (current.isPresent()) {
			return this.jdbc.sql("select pdf from risk.poster where code = :code")
				.param("code", current.get().code())
				.query(byte[].class)
				.single();
		}
		LocalDate today = LocalDate.now(this.clock.withZone(Assessor.ZONE));
		String authority = this.messages.getMessage("risk.poster.authority",
				new Object[] { this.divisions.fullName(row.regionCode().length() > 6 ? row.regionCode().substring(0, 6)
						: row.regionCode()) },
				OFFICIAL);
		String number = "FX" + row.employerId() + "-" + row.assessmentId();
		DocumentIssue issue = new DocumentIssue(TYPE_KEY, number, authority, row.name(), row.regionCode(), today, "risk",
				String.valueOf(row.employerId()));
		Poster draft = new Poster(null, row.employerId(), row.assessmentId(), row.riskClass(), row.light(),
				row.assessedOn(), row.name(), row.regionCode(), today, null);
		IssuedDocument issued = this.documents.issue(actor, issue, link -> render(draft, link.code(), link.url()));
		this.jdbc.sql("""
				insert into risk.poster (code, employer_id, assessment_id, risk_class, light, assessed_on, employer_name,
				    region_code, issued_on, pdf)
				values (:code, :employer, :assessment, :class, :light, :assessed, :name, :region, :issued, :pdf)""")
			.param("code", issued.link().code())
			.param("pdf", issued.pdf())
			.param("employer", row.employerId())
			.param("assessment", row.assessmentId())
			.param("class", row.riskClass().name())
			.param("light", row.light().name())
			.param("assessed", row.assessedOn())
			.param("name", row.name())
			.param("region", row.regionCode())
			.param("issued", today)
			.update();
		return issued.pdf();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> posterCode(Actor actor, long employerId) {
		actor.require(RiskPermissions.PORTRAIT_READ);
		this.portraits.find(ScopeFilter.of(actor), employerId)
			.orElseThrow(() -> new NotFoundException("portrait", employerId));
		return inForce(employerId).map(Poster::code);
	}

	/** Withdraws the poster in force of an employer whose class changed (nothing when none was issued). */
	void withdrawFor(Actor actor, long employerId, RiskClass newClass) {
		for (Poster poster : inForce(employerId).stream().toList()) {
			this.jdbc.sql("update risk.poster set withdrawn_on = :day where code = :code")
				.param("day", LocalDate.now(this.clock.withZone(Assessor.ZONE)))
				.param("code", poster.code())
				.update();
			this.documents.withdraw(actor, poster.code(), this.messages.getMessage("risk.poster.withdrawnReason",
					new Object[] { word(poster.riskClass()), word(newClass) }, OFFICIAL));
		}
	}

	@Override
	public Optional<Panel> panel(Verification verification) {
		if (!TYPE_KEY.equals(verification.typeKey())) {
			return Optional.empty();
		}
		return find(verification.code()).map(poster -> {
			Map<String, Object> model = new HashMap<>();
			model.put("riskPoster", poster);
			model.put("riskRegion", this.divisions.fullName(poster.regionCode()));
			return new Panel("risk/public-light", model);
		});
	}

	private Optional<Poster> inForce(long employerId) {
		return this.jdbc.sql("select " + COLUMNS + " from risk.poster where employer_id = :id and withdrawn_on is null order by issued_on desc")
			.param("id", employerId)
			.query(Posters::poster)
			.list()
			.stream()
			.findFirst();
	}

	private Optional<Poster> find(String code) {
		return this.jdbc.sql("select " + COLUMNS + " from risk.poster where code = :code")
			.param("code", code)
			.query(Posters::poster)
			.optional();
	}

	private byte[] render(Poster poster, String code, String url) {
		Map<String, Object> model = new HashMap<>();
		model.put("poster", poster);
		model.put("code", code);
		model.put("url", url);
		model.put("region", this.divisions.fullName(poster.regionCode()));
		model.put("qr", QrCodes.pngDataUri(url, 360));
		return this.pdf.render("risk/poster", model, OFFICIAL);
	}

	private String word(RiskClass riskClass) {
		return this.messages.getMessage("risk.class." + riskClass, null, OFFICIAL);
	}

	private static Poster poster(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Poster(rs.getString("code"), rs.getLong("employer_id"), rs.getLong("assessment_id"),
				RiskClass.valueOf(rs.getString("risk_class")), Light.valueOf(rs.getString("light")),
				rs.getObject("assessed_on", LocalDate.class), rs.getString("employer_name"), rs.getString("region_code"),
				rs.getObject("issued_on", LocalDate.class), rs.getObject("withdrawn_on", LocalDate.class));
	}

}
