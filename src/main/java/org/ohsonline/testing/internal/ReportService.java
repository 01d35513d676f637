package org.ohsonline.testing.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.portal.DocumentIssue;
import org.ohsonline.portal.DocumentRenderer;
import org.ohsonline.portal.IssuedDocument;
import org.ohsonline.portal.IssuedDocuments;
import org.ohsonline.portal.VerificationLink;
import org.ohsonline.reference.CatalogTexts;
import org.ohsonline.reference.Divisions;
import org.ohsonline.reference.Industries;
import org.ohsonline.reference.Industry;
import org.ohsonline.registry.EmployerView;
import org.ohsonline.registry.Employers;
import org.ohsonline.shared.AccessDeniedException;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.Limits;
import org.ohsonline.shared.Masking;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.documents.PdfDocuments;
import org.ohsonline.shared.documents.QrCodes;
import org.ohsonline.testing.JobStatus;
import org.ohsonline.testing.JobView;
import org.ohsonline.testing.ReportView;
import org.ohsonline.testing.TestingJobs;
import org.ohsonline.testing.TestingReports;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues the report of a reviewed job: renders it in Chinese from the job as it stands (cover,
 * employer, scope and methods, results with their judgements, the posts' verdicts (L_EX,W where the
 * week is irregular), the job grades (GBZ/T 229) with their formulas, EN 689 statistics, participants,
 * verification), registers it with the portal (which returns the verification code for the QR code
 * and keeps the SHA-256), and keeps the PDF as issued. A correction issues the next edition and the
 * portal marks the previous one replaced with the reason.
 */
@Service
class ReportService implements TestingReports {

	static final String TYPE_KEY = "testing.report.type";

	private static final Locale OFFICIAL = Locale.SIMPLIFIED_CHINESE;

	private final TestingJobs jobs;

	private final ReportStore store;

	private final IssuedDocuments documents;

	private final PdfDocuments pdf;

	private final Employers employers;

	private final Divisions divisions;

	private final Industries industries;

	private final AuditTrail audit;

	private final Clock clock;

	private final CatalogTexts catalogTexts;

	ReportService(TestingJobs jobs, ReportStore store, IssuedDocuments documents, PdfDocuments pdf, Employers employers,
			Divisions divisions, Industries industries, AuditTrail audit, Clock clock, CatalogTexts catalogTexts) {
		this.catalogTexts = catalogTexts;
		this.jobs = jobs;
		this.store = store;
		this.documents = documents;
		this.pdf = pdf;
		this.employers = employers;
		this.divisions = divisions;
		this.industries = industries;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ReportView> ofJob(Actor actor, long jobId) {
		this.jobs.find(actor, jobId);
		return this.store.ofJob(jobId);
	}

	@Override
	@Transactional(readOnly = true)
	public byte[] pdf(Actor actor, long reportId) {
		ReportView report = this.store.find(reportId).orElseThrow(() -> new NotFoundException("report", reportId));
		this.jobs.find(actor, report.jobId());
		return this.store.pdf(reportId);
	}

	@Override
	@Transactional
	public ReportView reissue(Actor actor, long jobId, String reason) {
		actor.require(TestingPermissions.REVIEW);
		if (actor.scope().kind() != Scope.Kind.AGENCY) {
			throw new AccessDeniedException("reports are reissued by the agency that issued them");
		}
		JobView job = this.jobs.find(actor, jobId);
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty()) {
			throw InvalidInputException.of("reason", "testing.report.reasonRequired");
		}
		Limits.enforce("reason", why, Limits.NOTE);
		ReportView current = this.store.currentForUpdate(jobId)
			.orElseThrow(() -> InvalidInputException.of("jobId", "testing.report.notIssued"));
		return issue(actor, job, current, why);
	}

	/** The first edition, when the agency's review accepts the job (once: a repeated event changes nothing). */
	@Transactional
	void issueFirst(long jobId) {
		Actor system = Actor.system("testing-reports");
		JobView job = this.jobs.find(system, jobId);
		if (job.status() != JobStatus.REVIEWED || !this.store.ofJob(jobId).isEmpty()) {
			return;
		}
		issue(system, job, null, null);
	}

	private ReportView issue(Actor actor, JobView job, ReportView replacing, String reason) {
		if (job.status() != JobStatus.REVIEWED) {
			throw InvalidInputException.of("jobId", "testing.report.notReviewed");
		}
		int edition = replacing == null ? 1 : replacing.edition() + 1;
		String number = edition == 1 ? job.number() : job.number() + "-" + edition;
		LocalDate issuedOn = LocalDate.now(this.clock.withZone(ValidityClockService.ZONE));
		DocumentIssue issue = new DocumentIssue(TYPE_KEY, number, job.agencyName(), Masking.other(job.employerName()),
				job.regionCode(), issuedOn, "testing", job.id() + ":" + edition);
		DocumentRenderer renderer = link -> render(job, number, edition, issuedOn, reason, link);
		IssuedDocument issued = replacing == null ? this.documents.issue(actor, issue, renderer)
				: this.documents.reissue(actor, replacing.verificationCode(), reason, issue, renderer);
		if (replacing != null) {
			this.store.replace(replacing.id(), issued.issuedAt());
		}
		String issuedBy = replacing == null && job.reviewedBy() != null ? job.reviewedBy() : actor.displayName();
		long id = this.store.insert(job.id(), number, edition, issued.link().code(), issued.sha256(), issued.pdf(),
				issued.issuedAt(), issuedBy, reason);
		Map<String, Object> after = new HashMap<>();
		after.put("number", number);
		after.put("edition", edition);
		after.put("sha256", issued.sha256());
		if (reason != null) {
			after.put("reason", reason);
		}
		this.audit.record(actor, replacing == null ? "testing.report.issued" : "testing.report.reissued",
				AuditTarget.of("testing-report", id, job.regionCode()),
				replacing == null ? null : Map.of("number", replacing.number(), "sha256", replacing.sha256()), after);
		return this.store.find(id).orElseThrow();
	}

	/** The PDF of one edition: the job, its employer and statistics as they stand, and the verification link. */
	byte[] render(JobView job, String number, int edition, LocalDate issuedOn, String reason, VerificationLink link) {
		Map<String, Object> model = model(job, number, edition, issuedOn, reason);
		model.put("link", link);
		model.put("qr", QrCodes.pngDataUri(link.url(), 300));
		return this.pdf.render("testing/report", model, OFFICIAL);
	}

	private Map<String, Object> model(JobView job, String number, int edition, LocalDate issuedOn, String reason) {
		Actor system = Actor.system("testing-reports");
		EmployerView employer = this.employers.find(system, job.employerId());
		Map<String, Object> model = new HashMap<>();
		model.put("job", job);
		model.put("employer", employer);
		model.put("industry", this.industries.findIndustry(employer.industryCode()).map(Industry::name).orElse(""));
		model.put("region", this.divisions.fullName(job.regionCode()));
		model.put("number", number);
		model.put("edition", edition);
		model.put("issuedOn", issuedOn);
		model.put("reason", reason);
		model.put("statistics", this.jobs.statistics(system, job.id()));
		model.put("figures", new Figures());
		Map<String, String> factorNames = new HashMap<>();
		job.plan().forEach(p -> factorNames.putIfAbsent(p.factorCode(), p.factorCode() + " " + p.factorName()));
		job.results().forEach(r -> factorNames.putIfAbsent(r.factorCode(), r.factorCode() + " " + r.factorName()));
		model.put("factorNames", factorNames);
		model.put("tables", new Tables(this.catalogTexts));
		return model;
	}

	/** The grading tables a report cites, by their names and editions in the report's language. */
	record Tables(CatalogTexts texts) {

		public String name(String catalogCode) {
			return this.texts.name(catalogCode, OFFICIAL);
		}

		public String edition(String catalogCode, String edition) {
			return this.texts.edition(catalogCode, edition, OFFICIAL);
		}

	}

	/** Numbers as a report prints them: measured values as entered, computed ones to 3 significant figures. */
	static final class Figures {

		public String plain(BigDecimal value) {
			return value == null ? "—" : value.stripTrailingZeros().toPlainString();
		}

		public String sig(double value) {
			if (Double.isNaN(value) || Double.isInfinite(value)) {
				return "—";
			}
			return new BigDecimal(value).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
		}

		public String percent(double fraction) {
			return Double.isNaN(fraction) ? "—" : sig(fraction * 100) + " %";
		}

	}

}
