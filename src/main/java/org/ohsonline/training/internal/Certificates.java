package org.ohsonline.training.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.portal.DocumentIssue;
import org.ohsonline.portal.IssuedDocument;
import org.ohsonline.portal.IssuedDocuments;
import org.ohsonline.portal.Verification;
import org.ohsonline.portal.VerificationPanel;
import org.ohsonline.reference.Divisions;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Masking;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.ScopeColumns;
import org.ohsonline.shared.ScopeFilter;
import org.ohsonline.shared.documents.PdfDocuments;
import org.ohsonline.shared.documents.QrCodes;
import org.ohsonline.training.Audience;
import org.ohsonline.training.CertificateIssued;
import org.ohsonline.training.CertificateView;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Training certificates: issued through the portal's register (a signed PDF whose QR code opens the public
 * verification page), one per passed attempt — the unique attempt column refuses a second — with the expiry
 * the course version's rule sets. The public page shows the course, hours, dates and whether the certificate
 * is valid today, and the holder's name masked: no other personal data.
 */
@Component
class Certificates implements VerificationPanel {

	static final String TYPE_KEY = "training.certificate.type";

	static final ScopeColumns SCOPE = ScopeColumns.on("c").region("region_code").employer("employer_credit_code")
		.worker("learner_worker_id");

	private static final Locale OFFICIAL = Locale.SIMPLIFIED_CHINESE;

	/** Who registers a certificate's PDF: the platform, after the learner's submission made the certificate. */
	private static final Actor RENDERER = Actor.system("training-certificates");

	private static final String COLUMNS = """
			c.id, c.number, c.course_id, k.title, k.version, c.audience, k.hours, c.learner_name, c.employer_credit_code,
			c.region_code, c.issued_on, c.expires_on, c.code
			from training.certificate c join training.course k on k.id = c.course_id
			""";

	private final JdbcClient jdbc;

	private final IssuedDocuments documents;

	private final PdfDocuments pdf;

	private final Divisions divisions;

	private final MessageSource messages;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Certificates(JdbcClient jdbc, IssuedDocuments documents, PdfDocuments pdf, Divisions divisions,
			MessageSource messages, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.documents = documents;
		this.pdf = pdf;
		this.divisions = divisions;
		this.messages = messages;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The certificate a passed attempt earns, to be recorded in the caller's statement ({@link QuizService#submit}
	 * stores the result and issues it in one): {@link #INSERT} and its parameters. Its id and number come from the
	 * sequence; once the statement has returned them, {@link #issued} publishes {@link CertificateIssued}.
	 */
	record Issue(EnrolmentStore.Row enrolment, CourseStore.Row course, LocalDate issuedOn, LocalDate expiresOn,
			Map<String, Object> parameters) {
	}

	/**
	 * The insert of {@link Issue}, as the common table expressions {@code n} (the id drawn) and {@code c} (the row,
	 * returning its id and number), issued only when the statement's parameter {@code :passed} is true and its
	 * expression {@code a} (the attempt stored) has a row.
	 */
	static final String INSERT = """
			n as (select nextval(pg_get_serial_sequence('training.certificate', 'id')) as id from a where :passed),
			c as (
			    insert into training.certificate (id, attempt_id, enrolment_id, course_id, audience, learner_worker_id,
			        learner_user_id, learner_name, employer_credit_code, region_code, number, issued_on, expires_on)
			    select n.id, :certificateAttempt, :certificateEnrolment, :certificateCourse, :certificateAudience,
			        :certificateWorker, :certificateUser, :certificateName, :certificateCredit, :certificateRegion,
			        'PX' || :certificateYear || '-' || case when n.id < 10000000 then lpad(n.id::text, 7, '0') else n.id::text end,
			        :certificateIssued, :certificateExpires
			    from n
			    returning id, number)""";

	/**
	 * The certificate the attempt earns if it passed: valid at once, its PDF pending, which the renderer
	 * ({@link CertificateRendering}) renders, signs and registers after the commit, so that a submission does not wait
	 * for it. Its audit entry is {@link #audited}'s, which the caller writes last, so that the audit chain's head stays
	 * locked only until the commit.
	 */
	Issue issue(EnrolmentStore.Row enrolment, CourseStore.Row course, long attemptId) {
		LocalDate today = LocalDate.now(this.clock.withZone(CourseService.ZONE));
		LocalDate expires = course.validityMonths() > 0 ? today.plusMonths(course.validityMonths()).minusDays(1) : null;
		Map<String, Object> parameters = parameters(attemptId, enrolment.id(), course.id(), course.audience().name(),
				enrolment.workerId(), enrolment.userId(), enrolment.learnerName(), enrolment.employerCreditCode(),
				enrolment.regionCode(), String.valueOf(today.getYear()), today, expires);
		return new Issue(enrolment, course, today, expires, parameters);
	}

	/**
	 * The parameters of {@link #INSERT} when the attempt failed: nothing is issued, and they are bound with the types
	 * of a pass, so that passes and failures share one prepared statement.
	 */
	static Map<String, Object> noIssue() {
		return parameters(null, null, null, null, null, null, null, null, null, null, null, null);
	}

	private static Map<String, Object> parameters(Long attempt, Long enrolment, Long course, String audience, Long worker,
			Long user, String name, String credit, String region, String year, LocalDate issued, LocalDate expires) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("certificateAttempt", new SqlParameterValue(Types.BIGINT, attempt));
		parameters.put("certificateEnrolment", new SqlParameterValue(Types.BIGINT, enrolment));
		parameters.put("certificateCourse", new SqlParameterValue(Types.BIGINT, course));
		parameters.put("certificateAudience", new SqlParameterValue(Types.VARCHAR, audience));
		parameters.put("certificateWorker", new SqlParameterValue(Types.BIGINT, worker));
		parameters.put("certificateUser", new SqlParameterValue(Types.BIGINT, user));
		parameters.put("certificateName", new SqlParameterValue(Types.VARCHAR, name));
		parameters.put("certificateCredit", new SqlParameterValue(Types.VARCHAR, credit));
		parameters.put("certificateRegion", new SqlParameterValue(Types.VARCHAR, region));
		parameters.put("certificateYear", new SqlParameterValue(Types.VARCHAR, year));
		parameters.put("certificateIssued", new SqlParameterValue(Types.DATE, issued));
		parameters.put("certificateExpires", new SqlParameterValue(Types.DATE, expires));
		return parameters;
	}

	/** The certificate {@link #INSERT} recorded with this id and number: {@link CertificateIssued} is published. */
	CertificateView issued(Issue issue, long id, String number) {
		EnrolmentStore.Row enrolment = issue.enrolment();
		CourseStore.Row course = issue.course();
		this.events.publishEvent(new CertificateIssued(id, course.id(), course.audience(), enrolment.workerId(),
				enrolment.employerId(), enrolment.employerCreditCode(), enrolment.regionCode(), issue.issuedOn(),
				issue.expiresOn()));
		return new CertificateView(id, number, course.id(), course.title(), course.version(), course.audience(),
				course.hours(), enrolment.learnerName(), enrolment.employerCreditCode(), enrolment.regionCode(),
				issue.issuedOn(), issue.expiresOn(), null);
	}

	/** The audit entry of a certificate {@link #issued} in the same transaction. */
	void audited(Actor actor, CertificateView certificate, long attemptId) {
		this.audit.record(actor, "training.certificate.issued",
				AuditTarget.of("certificate", certificate.id(), certificate.regionCode()), null,
				Map.of("number", certificate.number(), "course", certificate.courseId(), "attempt", attemptId, "expiresOn",
						certificate.expiresOn() == null ? "" : certificate.expiresOn().toString()));
	}

	/**
	 * Renders the oldest certificate whose PDF is pending and that nobody else is rendering (the renderer's queue:
	 * {@code for update skip locked}), in the caller's transaction.
	 *
	 * @return the certificate rendered, empty when none is pending
	 */
	Optional<Long> renderNext() {
		Optional<Long> next = this.jdbc.sql("""
				select id from training.certificate where pdf is null order by id limit 1 for update skip locked""")
			.query(Long.class)
			.optional();
		next.ifPresent(this::render);
		return next;
	}

	/**
	 * Renders the certificate's PDF with the QR code of its verification page, signs it and registers it with the
	 * portal, once: a certificate rendered already (by the renderer, or on demand) is left as it is.
	 *
	 * @return whether it was rendered now
	 */
	boolean render(long id) {
		record Pending(CertificateView view, String employerName, String courseRegion, boolean rendered) {
		}
		Pending pending = this.jdbc.sql("""
				select c.id, c.number, c.course_id, k.title, k.version, c.audience, k.hours, c.learner_name,
				    c.employer_credit_code, c.region_code, c.issued_on, c.expires_on, c.code, e.employer_name,
				    k.region_code as course_region, c.pdf is not null as rendered
				from training.certificate c join training.course k on k.id = c.course_id
				join training.enrolment e on e.id = c.enrolment_id
				where c.id = :id for update of c""")
			.param("id", id)
			.query((rs, n) -> new Pending(row(rs, n), rs.getString("employer_name"), rs.getString("course_region"),
					rs.getBoolean("rendered")))
			.optional()
			.orElseThrow(() -> new NotFoundException("certificate", id));
		if (pending.rendered()) {
			return false;
		}
		CertificateView c = pending.view();
		String authority = this.messages.getMessage("training.certificate.authority",
				new Object[] { this.divisions.fullName(pending.courseRegion()) }, OFFICIAL);
		DocumentIssue issue = new DocumentIssue(TYPE_KEY, c.number(), authority, Masking.other(c.learnerName()),
				c.regionCode(), c.issuedOn(), "training", String.valueOf(id));
		IssuedDocument issued = this.documents.issue(RENDERER, issue,
				link -> render(c, pending.employerName(), authority, link.code(), link.url()));
		this.jdbc.sql("update training.certificate set code = :code, pdf = :pdf, rendered_at = :at where id = :id")
			.param("code", issued.link().code())
			.param("pdf", issued.pdf())
			.param("at", java.sql.Timestamp.from(this.clock.instant()))
			.param("id", id)
			.update();
		return true;
	}

	Optional<CertificateView> ofEnrolment(long enrolmentId) {
		return this.jdbc.sql("select " + COLUMNS + " where c.enrolment_id = :e")
			.param("e", enrolmentId)
			.query(Certificates::row)
			.optional();
	}

	Optional<CertificateView> find(long id) {
		return this.jdbc.sql("select " + COLUMNS + " where c.id = :id").param("id", id).query(Certificates::row).optional();
	}

	/**
	 * The PDF, to the holder or a reader whose scope covers the certificate; a certificate whose PDF is still pending
	 * is rendered now, on demand (in the caller's transaction, which must not be read-only).
	 */
	byte[] pdf(Actor actor, EnrolmentStore.Learner learner, long id) {
		Map<String, Object> parameters = new HashMap<>(learner.parameters());
		parameters.putAll(ScopeFilter.of(actor, Optional.ofNullable(learner.workerId())).parameters());
		parameters.put("reader", actor.can(TrainingPermissions.ENROLMENT_READ));
		parameters.put("id", id);
		String visible = """
				from training.certificate c where c.id = :id and (""" + learner.owns("c") + """
				    or (:reader and """ + SCOPE.predicate() + "))";
		Optional<byte[]> pdf = this.jdbc.sql("select coalesce(c.pdf, ''::bytea) " + visible)
			.params(parameters)
			.query(byte[].class)
			.optional();
		if (pdf.isPresent() && pdf.get().length == 0) {
			render(id);
			pdf = this.jdbc.sql("select c.pdf " + visible).params(parameters).query(byte[].class).optional();
		}
		return pdf.orElseThrow(() -> new NotFoundException("certificate", id));
	}

	Page<CertificateView> search(Actor actor, String q, PageQuery page) {
		Map<String, Object> parameters = new HashMap<>(ScopeFilter.of(actor).parameters());
		parameters.put("q", q == null || q.isBlank() ? null : q.trim());
		String where = " where " + SCOPE.predicate()
				+ " and (cast(:q as text) is null or c.learner_name like '%' || cast(:q as text) || '%' or c.number = cast(:q as text))";
		List<CertificateView> items = this.jdbc.sql("select " + COLUMNS + where + " order by c.issued_on desc, c.id desc limit :limit offset :offset")
			.params(parameters)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(Certificates::row)
			.list();
		long total = this.jdbc.sql("select count(*) from training.certificate c" + where)
			.params(parameters)
			.query(Long.class)
			.single();
		return Page.of(items, total, page);
	}

	@Override
	public Optional<Panel> panel(Verification verification) {
		if (!TYPE_KEY.equals(verification.typeKey())) {
			return Optional.empty();
		}
		return this.jdbc.sql("select " + COLUMNS + " where c.code = :code")
			.param("code", verification.code())
			.query(Certificates::row)
			.optional()
			.map(c -> {
				Map<String, Object> model = new HashMap<>();
				model.put("trainingCertificate", c);
				model.put("trainingValid", c.validOn(LocalDate.now(this.clock.withZone(CourseService.ZONE))));
				return new Panel("training/public-certificate", model);
			});
	}

	private byte[] render(CertificateView c, String employerName, String authority, String code, String url) {
		Map<String, Object> model = new HashMap<>();
		model.put("c", c);
		model.put("employerName", employerName);
		model.put("authority", authority);
		model.put("code", code);
		model.put("url", url);
		model.put("link", new org.ohsonline.portal.VerificationLink(code, url));
		model.put("qr", QrCodes.pngDataUri(url, 360));
		return this.pdf.render("training/certificate", model, OFFICIAL);
	}

	private static CertificateView row(ResultSet rs, int n) throws SQLException {
		return new CertificateView(rs.getLong("id"), rs.getString("number"), rs.getLong("course_id"), rs.getString("title"),
				rs.getInt("version"), Audience.valueOf(rs.getString("audience")), rs.getBigDecimal("hours"),
				rs.getString("learner_name"), rs.getString("employer_credit_code"), rs.getString("region_code"),
				rs.getObject("issued_on", LocalDate.class), rs.getObject("expires_on", LocalDate.class), rs.getString("code"));
	}

}
