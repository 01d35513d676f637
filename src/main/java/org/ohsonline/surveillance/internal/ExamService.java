package org.ohsonline.surveillance.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.ohsonline.shared.ScopeFilter;
import org.ohsonline.agency.AgencyKind;
import org.ohsonline.agency.AgencyRef;
import org.ohsonline.agency.Agencies;
import org.ohsonline.agency.Institutions;
import org.ohsonline.agency.Qualification;
import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.reference.ExamDeadline;
import org.ohsonline.reference.ExamRules;
import org.ohsonline.reference.HazardFactor;
import org.ohsonline.reference.HazardFactors;
import org.ohsonline.registry.AccessGrants;
import org.ohsonline.registry.EmployerFilter;
import org.ohsonline.registry.GrantReason;
import org.ohsonline.registry.EmployerSummary;
import org.ohsonline.registry.EmploymentView;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.StructureViews;
import org.ohsonline.registry.WorkerView;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.AccessDeniedException;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.CreditCode;
import org.ohsonline.shared.IdNumber;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.InvalidInputException.FieldError;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Scope;
import org.ohsonline.surveillance.ContraindicationFound;
import org.ohsonline.surveillance.ExamCommand;
import org.ohsonline.surveillance.ExamConcluded;
import org.ohsonline.surveillance.ExamConclusion;
import org.ohsonline.surveillance.ExamFilter;
import org.ohsonline.surveillance.ExamSummary;
import org.ohsonline.surveillance.ExamView;
import org.ohsonline.surveillance.Exams;
import org.ohsonline.surveillance.SuspectedDiseaseFound;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ExamService implements Exams {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final Actor SYSTEM = Actor.system("surveillance");

	private final ExamStore store;

	private final ExamChecks checks;

	private final ExamRules rules;

	private final HazardFactors hazards;

	private final Agencies agencies;

	private final Institutions institutions;

	private final Employers employers;

	private final Workers workers;

	private final ExamReportWriter reports;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final AccessGrants grants;

	private final ExamAccessSettings access;

	ExamService(ExamStore store, ExamChecks checks, ExamRules rules, HazardFactors hazards, Agencies agencies,
			Institutions institutions, Employers employers, Workers workers, ExamReportWriter reports, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock, AccessGrants grants, ExamAccessSettings access) {
		this.grants = grants;
		this.access = access;
		this.store = store;
		this.checks = checks;
		this.rules = rules;
		this.hazards = hazards;
		this.agencies = agencies;
		this.institutions = institutions;
		this.employers = employers;
		this.workers = workers;
		this.reports = reports;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(this.clock.withZone(ZONE));
	}

	/** The scope parameters of an actor; a worker's own record is looked up in the register. */
	ScopeFilter scope(Actor actor) {
		return ScopeFilter.of(actor, this.workers.ownId(actor));
	}

	@Override
	@Transactional(readOnly = true)
	public Page<ExamSummary> search(Actor actor, ExamFilter filter, PageQuery page) {
		actor.require(ExamPermissions.READ);
		Optional<String> region = ScopeFilter.narrowRegion(actor, filter.region());
		if (region.isEmpty()) {
			return Page.of(List.of(), 0, page);
		}
		ScopeFilter scope = scope(actor);
		return Page.of(this.store.page(scope, region.get(), filter, page), this.store.count(scope, region.get(), filter),
				page);
	}

	@Override
	@Transactional(readOnly = true)
	public void forEach(Actor actor, ExamFilter filter, Consumer<ExamSummary> consumer) {
		actor.require(ExamPermissions.READ);
		ScopeFilter.narrowRegion(actor, filter.region())
			.ifPresent(region -> this.store.forEach(scope(actor), region, filter, consumer));
	}

	@Override
	@Transactional(readOnly = true)
	public ExamView find(Actor actor, long id) {
		actor.require(ExamPermissions.READ);
		return inScope(actor, id).orElseThrow(() -> new NotFoundException("exam", id));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ExamView> inScope(Actor actor, long id) {
		actor.require(ExamPermissions.READ);
		return this.store.find(scope(actor), id);
	}

	@Override
	@Transactional(readOnly = true)
	public List<ExamView> ofWorker(Actor actor, long workerId) {
		actor.require(ExamPermissions.READ);
		return this.store.ofWorker(scope(actor), workerId);
	}

	@Override
	@Transactional(readOnly = true)
	public List<HazardProposal> propose(Actor actor, String employerCreditCode, String workerIdNumber) {
		actor.require(ExamPermissions.WRITE);
		Optional<EmployerSummary> employer = employer(employerCreditCode);
		Optional<WorkerView> worker = worker(workerIdNumber);
		if (employer.isEmpty() || worker.isEmpty()) {
			return List.of();
		}
		List<String> codes = postHazards(worker.get().id(), employer.get().id());
		LocalDate today = today();
		List<HazardProposal> proposals = new ArrayList<>();
		for (String code : codes) {
			String name = this.hazards.findFactor(code).map(HazardFactor::name).orElse(code);
			proposals.add(this.rules.ruleFor(code, null, today)
				.map(r -> new HazardProposal(code, name, r.code(), r.name(), r.intervalMonths(), r.requiredItems(),
						r.contraindications()))
				.orElseGet(() -> new HazardProposal(code, name, null, null, null, List.of(), List.of())));
		}
		return proposals;
	}

	/** The hazards of the post the worker holds, or last held, at the employer (current employment first). */
	List<String> postHazards(long workerId, long employerId) {
		Optional<EmploymentView> employment = this.workers.employments(SYSTEM, workerId)
			.stream()
			.filter(e -> e.employerId() == employerId && e.postId() != null)
			.sorted((a, b) -> a.current() != b.current() ? (a.current() ? -1 : 1) : b.hiredOn().compareTo(a.hiredOn()))
			.findFirst();
		if (employment.isEmpty()) {
			return List.of();
		}
		long postId = employment.get().postId();
		for (StructureViews.Site site : this.employers.structure(SYSTEM, employerId)) {
			for (StructureViews.Workshop workshop : site.workshops()) {
				for (StructureViews.Post post : workshop.posts()) {
					if (post.id() == postId) {
						return post.hazards().stream().map(StructureViews.Hazard::code).toList();
					}
				}
			}
		}
		return List.of();
	}

	@Override
	@Transactional(readOnly = true)
	public List<FieldError> check(Actor actor, ExamCommand command) {
		actor.require(ExamPermissions.WRITE);
		return resolve(actor, command).errors();
	}

	@Override
	@Transactional
	public ExamView record(Actor actor, ExamCommand command) {
		return record(actor, command, false);
	}

	/** Records an exam; {@code synthetic} only for the synthetic-data generator. */
	ExamView record(Actor actor, ExamCommand command, boolean synthetic) {
		actor.require(ExamPermissions.WRITE);
		Resolved resolved = resolve(actor, command);
		if (!resolved.errors().isEmpty()) {
			throw new InvalidInputException(resolved.errors());
		}
		AgencyRef institution = resolved.institution();
		EmployerSummary employer = resolved.employer();
		WorkerView worker = resolved.worker();
		Map<String, String> names = new LinkedHashMap<>();
		command.conclusions()
			.forEach(c -> names.put(c.hazardCode().trim(),
					this.hazards.findFactor(c.hazardCode().trim()).map(HazardFactor::name).orElse(c.hazardCode())));
		Instant now = Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
		long id = this.store.insert(new ExamStore.NewExam(institution.id(), institution.creditCode(), institution.name(),
				employer.id(), employer.creditCode(), employer.name(), employer.regionCode(), worker.id(), worker.name(),
				worker.idNumberMasked(), command.examType(), command.examinedOn(), synthetic, now, actor.username()),
				command, names);
		ExamView recorded = this.store.get(id).orElseThrow();
		this.audit.record(actor, "surveillance.exam.recorded", AuditTarget.of("exam", id, recorded.regionCode()), null,
				snapshot(recorded));
		// Concluded means issued: the worker, the employer and the supervisors see the report at once.
		// (The synthetic generator issues only the demo worker's: thousands of PDFs would hold up the start.)
		if (!synthetic) {
			issueReport(actor, recorded);
		}
		ExamView exam = this.store.get(id).orElseThrow();
		if (!synthetic) {
			// The institution that examined the worker reads their record (employment, exposure) for a while.
			this.grants.grantWorker(SYSTEM, worker.id(), new Scope(Scope.Kind.INSTITUTION, institution.creditCode()),
					GrantReason.EXAM, "exam:" + id, command.examinedOn().plus(this.access.examRecordAccess()));
		}
		publish(exam);
		return exam;
	}

	/** {@link ExamConcluded} for the exam, and per hazard the event its conclusion calls for. */
	private void publish(ExamView exam) {
		LocalDate recheckDefault = exam.examinedOn().plusDays(this.rules.days(ExamDeadline.RECHECK, exam.examinedOn()));
		List<ExamConcluded.Conclusion> conclusions = exam.conclusions()
			.stream()
			.map(c -> new ExamConcluded.Conclusion(c.hazardCode(), c.conclusion(),
					c.conclusion() == ExamConclusion.RECHECK ? (c.recheckOn() == null ? recheckDefault : c.recheckOn())
							: null))
			.toList();
		this.events.publishEvent(new ExamConcluded(exam.id(), exam.number(), exam.workerId(), exam.employerId(),
				exam.regionCode(), exam.institutionId(), exam.examType().name(), exam.examinedOn(), conclusions,
				!exam.audiogram().isEmpty()));
		for (ExamView.Conclusion c : exam.conclusions()) {
			if (c.conclusion() == ExamConclusion.SUSPECTED_DISEASE) {
				LocalDate due = exam.examinedOn()
					.plusDays(this.rules.days(ExamDeadline.SUSPECTED_REPORT, exam.examinedOn()));
				this.events.publishEvent(new SuspectedDiseaseFound(exam.id(), exam.workerId(), exam.employerId(),
						exam.regionCode(), c.hazardCode(), exam.institutionId(), exam.examinedOn(), due));
			}
			else if (c.conclusion() == ExamConclusion.CONTRAINDICATION) {
				LocalDate due = exam.examinedOn().plusDays(this.rules.days(ExamDeadline.JOB_TRANSFER, exam.examinedOn()));
				this.events.publishEvent(new ContraindicationFound(exam.id(), exam.workerId(), exam.employerId(),
						exam.regionCode(), c.hazardCode(), exam.institutionId(), exam.examinedOn(), due));
			}
		}
	}

	@Override
	@Transactional
	public byte[] report(Actor actor, long id) {
		ExamView exam = find(actor, id);
		Optional<byte[]> issued = this.store.reportPdf(id);
		if (issued.isPresent()) {
			return issued.get();
		}
		// Only an exam recorded before reports were issued with the conclusion can lack one (see
		// ExamReportBackfill); its examining institution may still issue it here.
		boolean examiner = actor.channel() == Actor.Channel.SYSTEM
				|| actor.scope().kind() == Scope.Kind.INSTITUTION && actor.can(ExamPermissions.WRITE);
		if (!examiner) {
			throw new NotFoundException("exam report", id);
		}
		return issueReport(actor, exam);
	}

	/**
	 * Issues the exam's report in the institution's name, dated today, with its public verification
	 * code, and keeps it as issued; audited. Nothing happens when the exam already has one.
	 */
	byte[] issueReport(Actor actor, ExamView exam) {
		Optional<byte[]> issued = this.store.reportPdf(exam.id());
		if (issued.isPresent()) {
			return issued.get();
		}
		ExamReportWriter.Issued report = this.reports.issue(actor, exam, today());
		if (!this.store.report(exam.id(), report.number(), report.document().link().code(), report.document().sha256(),
				report.document().pdf())) {
			return this.store.reportPdf(exam.id()).orElseThrow();
		}
		this.audit.record(actor, "surveillance.exam.reportIssued", AuditTarget.of("exam", exam.id(), exam.regionCode()),
				null, Map.of("reportNumber", report.number(), "reportCode", report.document().link().code(),
						"reportSha256", report.document().sha256()));
		return report.document().pdf();
	}

	/** Who examined whom for which employer, with every problem found on the way. */
	record Resolved(AgencyRef institution, EmployerSummary employer, WorkerView worker, List<FieldError> errors) {
	}

	private Resolved resolve(Actor actor, ExamCommand command) {
		List<FieldError> errors = new ArrayList<>(this.checks.check(command, today()));
		AgencyRef institution = institution(actor, command.institutionId(), errors);
		EmployerSummary employer = null;
		WorkerView worker = null;
		// Only a well-formed code is looked up: ExamChecks has said what is wrong with the others.
		if (!ExamChecks.blank(command.employerCreditCode())
				&& CreditCode.isValid(ExamChecks.normalised(command.employerCreditCode()))) {
			employer = employer(command.employerCreditCode()).orElse(null);
			if (employer == null) {
				errors.add(FieldError.of("employerCreditCode", "surveillance.exam.employerUnknown"));
			}
		}
		if (!ExamChecks.blank(command.workerIdNumber())
				&& IdNumber.isValid(ExamChecks.normalised(command.workerIdNumber()))) {
			worker = worker(command.workerIdNumber()).orElse(null);
			if (worker == null) {
				errors.add(FieldError.of("workerIdNumber", "surveillance.exam.workerUnknown"));
			}
		}
		if (employer != null && worker != null && !employedBy(worker.id(), employer.id())) {
			errors.add(FieldError.of("workerIdNumber", "surveillance.exam.workerNotEmployed", employer.name()));
		}
		if (institution != null && command.examType() != null && command.examinedOn() != null) {
			for (int i = 0; i < command.conclusions().size(); i++) {
				ExamCommand.HazardConclusion c = command.conclusions().get(i);
				if (c == null || ExamChecks.blank(c.hazardCode())) {
					continue;
				}
				Qualification q = this.institutions.mayExamine(institution.id(), command.examType(), c.hazardCode().trim(),
						command.examinedOn());
				if (!q.qualified()) {
					errors.add(FieldError.of("conclusions[" + i + "].hazardCode", "surveillance.exam.notQualified",
							c.hazardCode().trim(), q.reason().name()));
				}
			}
		}
		return new Resolved(institution, employer, worker, errors);
	}

	/**
	 * The examining institution: an institution's staff act for their own (and may not name another);
	 * anyone else allowed to record (an administrator, the generator) names it.
	 */
	private AgencyRef institution(Actor actor, Long requested, List<FieldError> errors) {
		if (actor.scope().kind() == Scope.Kind.INSTITUTION) {
			AgencyRef own = this.agencies.ownedBy(actor.scope())
				.stream()
				.filter(a -> a.kind() == AgencyKind.EXAM_INSTITUTION)
				.findFirst()
				.orElseThrow(() -> new AccessDeniedException("no exam institution for " + actor.scope()));
			if (requested != null && requested != own.id()) {
				throw new AccessDeniedException("an institution records only its own exams");
			}
			return own;
		}
		if (actor.channel() != Actor.Channel.SYSTEM && actor.scope().kind() != Scope.Kind.REGION) {
			throw new AccessDeniedException("recording exams needs an institution's scope");
		}
		if (requested == null) {
			errors.add(FieldError.of("institutionId", "surveillance.exam.institutionRequired"));
			return null;
		}
		Optional<AgencyRef> named = this.agencies.reference(requested)
			.filter(a -> a.kind() == AgencyKind.EXAM_INSTITUTION);
		if (named.isEmpty()) {
			errors.add(FieldError.of("institutionId", "surveillance.exam.institutionUnknown"));
			return null;
		}
		return named.get();
	}

	private Optional<EmployerSummary> employer(String creditCode) {
		if (creditCode == null || creditCode.isBlank()) {
			return Optional.empty();
		}
		String code = creditCode.trim().toUpperCase(java.util.Locale.ROOT);
		return this.employers.search(SYSTEM, new EmployerFilter(code, null, null, null, null, null, null), PageQuery.of(1, 5))
			.items()
			.stream()
			.filter(e -> e.creditCode().equals(code))
			.findFirst();
	}

	/**
	 * The worker of a well-formed identity number. A malformed one is never looked up: the registry
	 * refuses it with an exception, which would mark the caller's transaction for rollback and lose a
	 * whole batch for one bad record.
	 */
	private Optional<WorkerView> worker(String idNumber) {
		if (idNumber == null || idNumber.isBlank() || !IdNumber.isValid(ExamChecks.normalised(idNumber))) {
			return Optional.empty();
		}
		return this.workers.findByIdNumber(SYSTEM, ExamChecks.normalised(idNumber));
	}

	private boolean employedBy(long workerId, long employerId) {
		return this.workers.employments(SYSTEM, workerId)
			.stream()
			.anyMatch(e -> e.worksFor(employerId));
	}

	static Map<String, Object> snapshot(ExamView exam) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("number", exam.number());
		state.put("institutionId", exam.institutionId());
		state.put("employerId", exam.employerId());
		state.put("workerId", exam.workerId());
		state.put("worker", exam.idNumberMasked());
		state.put("examType", exam.examType().name());
		state.put("examinedOn", exam.examinedOn().toString());
		state.put("conclusions", exam.conclusions()
			.stream()
			.map(c -> c.hazardCode() + ":" + c.conclusion().name())
			.reduce((a, b) -> a + "," + b)
			.orElse(""));
		state.put("audiogramThresholds", exam.audiogram().size());
		state.put("items", exam.items().size());
		return state;
	}

}
