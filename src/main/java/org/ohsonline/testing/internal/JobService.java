package org.ohsonline.testing.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.ohsonline.shared.ScopeFilter;
import org.ohsonline.agency.Agencies;
import org.ohsonline.agency.AgencyKind;
import org.ohsonline.agency.AgencyRef;
import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.registry.EmployerView;
import org.ohsonline.registry.Employers;
import org.ohsonline.shared.AccessDeniedException;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.InvalidInputException.FieldError;
import org.ohsonline.shared.Limits;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Scope;
import org.ohsonline.testing.ExposureNonCompliant;
import org.ohsonline.testing.GroupStatistics;
import org.ohsonline.testing.JobCommand;
import org.ohsonline.testing.JobFilter;
import org.ohsonline.testing.JobRefusedException;
import org.ohsonline.testing.JobStatus;
import org.ohsonline.testing.JobSummary;
import org.ohsonline.testing.JobView;
import org.ohsonline.testing.ResultBatch;
import org.ohsonline.testing.ResultInput;
import org.ohsonline.testing.TestingJobReviewed;
import org.ohsonline.testing.TestingJobs;
import org.ohsonline.testing.judgement.Verdict;
import org.ohsonline.testing.statistics.Measurement;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JobService implements TestingJobs {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	/** Reads the employer tested and its posts; the job keeps what it needs as it was that day. */
	private static final Actor LOOKUP = Actor.system("testing-jobs");


	private final JobStore jobs;

	private final ResultStore results;

	private final JudgementStore judgements;

	private final JobRules rules;

	private final ResultRules resultRules;

	private final Judging judging;

	private final JobGrader grader;

	private final GradeStore grades;

	private final Agencies agencies;

	private final Employers employers;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	JobService(JobStore jobs, ResultStore results, JudgementStore judgements, JobRules rules, ResultRules resultRules,
			Judging judging, JobGrader grader, GradeStore grades, Agencies agencies, Employers employers, AuditTrail audit, ApplicationEventPublisher events,
			Clock clock) {
		this.jobs = jobs;
		this.results = results;
		this.judgements = judgements;
		this.rules = rules;
		this.resultRules = resultRules;
		this.judging = judging;
		this.grader = grader;
		this.grades = grades;
		this.agencies = agencies;
		this.employers = employers;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Page<JobSummary> search(Actor actor, JobFilter filter, PageQuery page) {
		actor.require(TestingPermissions.READ);
		Optional<String> region = ScopeFilter.narrowRegion(actor, filter.region());
		if (region.isEmpty()) {
			return Page.of(List.of(), 0, page);
		}
		ScopeFilter scope = ScopeFilter.of(actor);
		return Page.of(this.jobs.page(scope, region.get(), filter, page), this.jobs.count(scope, region.get(), filter),
				page);
	}

	@Override
	@Transactional(readOnly = true)
	public void forEach(Actor actor, JobFilter filter, Consumer<JobSummary> consumer) {
		actor.require(TestingPermissions.READ);
		ScopeFilter.narrowRegion(actor, filter.region())
			.ifPresent(region -> this.jobs.forEach(ScopeFilter.of(actor), region, filter, consumer));
	}

	@Override
	@Transactional(readOnly = true)
	public JobView find(Actor actor, long id) {
		actor.require(TestingPermissions.READ);
		return view(visible(actor, id));
	}

	@Override
	@Transactional
	public JobView create(Actor actor, JobCommand command) {
		actor.require(TestingPermissions.WRITE);
		AgencyRef agency = ownAgency(actor);
		if (command.employerId() == null) {
			throw InvalidInputException.of("employerId", "testing.job.employerRequired");
		}
		// A new job links the agency to an employer: the employer must be open to the agency (its
		// accepted engagement) in the agency's own scope, and engage it for this job on these days.
		EmployerView employer = this.employers.inScope(actor, command.employerId()).orElse(null);
		if (employer == null) {
			// Not open to the agency: no accepted engagement in force. A job the authority commissions
			// (监督检测) needs none; for the others the agency learns no more than the id it sent.
			if (command.jobType() == null) {
				throw InvalidInputException.of("jobType", "testing.job.jobTypeRequired");
			}
			if (JobRules.serviceOf(command.jobType()).isPresent()) {
				throw new JobRefusedException("employerId", "testing.job.notEngaged", String.valueOf(command.employerId()),
						command.jobType().name(), command.samplingFrom());
			}
			employer = employer(command.employerId());
		}
		this.rules.requireEngaged(agency, employer, command.jobType(), command.samplingFrom());
		JobRules.Checked checked = this.rules.check(command, agency.id(), JobRules.posts(
				this.employers.structure(LOOKUP, employer.id())));
		this.rules.requireEntitled(agency, employer, command.jobType(), command.samplingFrom(), factorCodes(checked));
		Instant now = now();
		JobStore.Row row = new JobStore.Row(0, null, command.jobType(), employer.id(), employer.name(),
				employer.creditCode(), employer.regionCode(), agency.id(), agency.creditCode(), agency.name(),
				JobStatus.DRAFT, command.contractedOn(), command.surveyOn(), command.samplingFrom(), command.samplingTo(),
				command.scope().trim(), command.methods().trim(), Boolean.TRUE.equals(command.hotOutdoor()),
				actor.displayName(), null, null, null, null, null, null, actor.channel() == Actor.Channel.SYSTEM
						&& employer.synthetic(),
				now, now, 0);
		long id = this.jobs.insert(row);
		this.jobs.replaceParticipants(id, checked.participants());
		this.jobs.replacePlan(id, checked.plan());
		this.jobs.replaceMixtures(id, checked.mixtures());
		JobView created = view(this.jobs.find(ScopeFilter.of(actor), id).orElseThrow());
		this.audit.record(actor, "testing.job.created", target(created), null, snapshot(created));
		return created;
	}

	@Override
	@Transactional
	public JobView revise(Actor actor, long id, JobCommand command) {
		actor.require(TestingPermissions.WRITE);
		JobStore.Row current = writable(actor, id);
		requireEditable(current);
		AgencyRef agency = ownAgency(actor);
		// The job itself is the relation now: its agency works on it after the contract period too.
		EmployerView employer = employer(current.employerId());
		JobRules.Checked checked = this.rules.check(command, agency.id(), JobRules.posts(
				this.employers.structure(LOOKUP, employer.id())));
		this.rules.requireEntitled(agency, employer, command.jobType(), command.samplingFrom(), factorCodes(checked));
		JobView before = view(current);
		JobStore.Row changed = new JobStore.Row(id, current.number(), command.jobType(), current.employerId(),
				current.employerName(), current.creditCode(), current.regionCode(), current.agencyId(),
				current.agencyCreditCode(), current.agencyName(), current.status(), command.contractedOn(),
				command.surveyOn(), command.samplingFrom(), command.samplingTo(), command.scope().trim(),
				command.methods().trim(), Boolean.TRUE.equals(command.hotOutdoor()), current.createdBy(),
				current.submittedAt(), current.submittedBy(), current.reviewedAt(), current.reviewedOn(),
				current.reviewedBy(), current.returnReason(), current.synthetic(), current.createdAt(), now(),
				current.version());
		if (!this.jobs.revise(changed)) {
			throw new OptimisticLockingFailureException("Testing job " + id + " was changed concurrently");
		}
		this.jobs.replaceParticipants(id, checked.participants());
		this.jobs.replacePlan(id, checked.plan());
		this.jobs.replaceMixtures(id, checked.mixtures());
		rejudge(changed);
		JobView after = view(this.jobs.find(ScopeFilter.of(actor), id).orElseThrow());
		this.audit.record(actor, "testing.job.revised", target(after), snapshot(before), snapshot(after));
		return after;
	}

	@Override
	@Transactional
	public ResultBatch addResults(Actor actor, long id, List<ResultInput> batch) {
		actor.require(TestingPermissions.WRITE);
		JobStore.Row job = writable(actor, id);
		requireEditable(job);
		AgencyRef agency = ownAgency(actor);
		EmployerView employer = employer(job.employerId());
		Map<Long, JobRules.PostRef> posts = JobRules.posts(this.employers.structure(LOOKUP, employer.id()));
		List<ResultInput> inputs = batch == null ? List.of() : batch;
		if (inputs.isEmpty()) {
			throw InvalidInputException.of("results", "testing.result.batchEmpty");
		}
		Set<String> taken = new HashSet<>(this.results.sampleNumbers(id));
		Instant now = now();
		List<ResultBatch.Stored> stored = new ArrayList<>();
		List<ResultBatch.Rejection> rejected = new ArrayList<>();
		Set<String> qualifiedCodes = new HashSet<>();
		for (int i = 0; i < inputs.size(); i++) {
			ResultInput input = inputs.get(i);
			ResultRules.Outcome outcome = this.resultRules.check(id, input, posts, job.hotOutdoor(), actor.displayName(),
					now);
			List<FieldError> errors = new ArrayList<>(outcome.errors());
			if (outcome.result() != null) {
				if (taken.contains(outcome.result().sampleNumber())) {
					errors.add(FieldError.of("sampleNumber", "testing.result.sampleNumberTaken",
							outcome.result().sampleNumber()));
				}
				else if (!qualifiedCodes.contains(outcome.result().factorCode())) {
					try {
						this.rules.requireEntitled(agency, employer, job.jobType(), outcome.result().day(),
								Set.of(outcome.result().factorCode()));
						qualifiedCodes.add(outcome.result().factorCode());
					}
					catch (InvalidInputException refused) {
						errors.addAll(refused.errors());
					}
				}
			}
			String sample = input == null ? null : input.sampleNumber();
			if (!errors.isEmpty()) {
				for (FieldError e : errors) {
					rejected.add(new ResultBatch.Rejection(i, sample, e.field(), e.code(), e.arguments()));
				}
				continue;
			}
			long resultId = this.results.insert(outcome.result());
			taken.add(outcome.result().sampleNumber());
			stored.add(new ResultBatch.Stored(i, resultId, outcome.result().sampleNumber()));
		}
		if (!stored.isEmpty()) {
			this.jobs.touch(id, now);
			rejudge(job);
			Map<String, Object> after = new LinkedHashMap<>();
			after.put("stored", stored.stream().map(ResultBatch.Stored::sampleNumber).toList());
			after.put("rejected", rejected.stream().map(ResultBatch.Rejection::index).distinct().count());
			this.audit.record(actor, "testing.results.added", target(job), null, after);
		}
		return new ResultBatch(id, inputs.size(), stored, rejected);
	}

	@Override
	@Transactional
	public JobView removeResult(Actor actor, long id, long resultId) {
		actor.require(TestingPermissions.WRITE);
		JobStore.Row job = writable(actor, id);
		requireEditable(job);
		StoredResult result = this.results.find(id, resultId).orElseThrow(() -> new NotFoundException("result", resultId));
		this.results.delete(id, resultId);
		this.jobs.touch(id, now());
		rejudge(job);
		Map<String, Object> before = new LinkedHashMap<>();
		before.put("sampleNumber", result.sampleNumber());
		before.put("factorCode", result.factorCode());
		before.put("value", result.nonDetect() ? "ND<" + result.limitOfDetection() : String.valueOf(result.value()));
		this.audit.record(actor, "testing.result.removed", target(job), before, null);
		return view(this.jobs.find(ScopeFilter.of(actor), id).orElseThrow());
	}

	@Override
	@Transactional
	public JobView submit(Actor actor, long id) {
		actor.require(TestingPermissions.WRITE);
		JobStore.Row job = writable(actor, id);
		if (!job.status().editable()) {
			throw InvalidInputException.of(null, "testing.job.cannotSubmit", job.status().name());
		}
		if (this.results.sampleNumbers(id).isEmpty()) {
			throw InvalidInputException.of(null, "testing.job.noResults");
		}
		Instant now = now();
		this.jobs.submitted(id, now, actor.username());
		this.audit.record(actor, "testing.job.submitted", target(job), Map.of("status", job.status().name()),
				Map.of("status", JobStatus.SUBMITTED.name(), "submittedAt", now.toString()));
		return view(this.jobs.find(ScopeFilter.of(actor), id).orElseThrow());
	}

	@Override
	@Transactional
	public JobView accept(Actor actor, long id) {
		JobStore.Row job = reviewable(actor, id);
		Instant now = now();
		LocalDate on = LocalDate.ofInstant(now, CHINA);
		this.jobs.reviewed(id, now, on, actor.username());
		this.audit.record(actor, "testing.job.reviewed", target(job), Map.of("status", job.status().name()),
				Map.of("status", JobStatus.REVIEWED.name(), "reviewedOn", on.toString()));
		JobView reviewed = view(this.jobs.find(ScopeFilter.of(actor), id).orElseThrow());
		this.events.publishEvent(new TestingJobReviewed(id, job.employerId(), job.regionCode(), job.creditCode(),
				job.jobType(), on));
		for (JobView.PostView post : reviewed.posts()) {
			if (post.verdict() != Verdict.NON_COMPLIANT) {
				continue;
			}
			Set<String> factors = new LinkedHashSet<>();
			post.failures().forEach(f -> factors.add(f.factorCode()));
			for (String factor : factors) {
				this.events.publishEvent(new ExposureNonCompliant(id, job.employerId(), job.regionCode(),
						job.creditCode(), job.jobType(), on, post.postId(), factor));
			}
		}
		return reviewed;
	}

	@Override
	@Transactional
	public JobView giveBack(Actor actor, long id, String reason) {
		JobStore.Row job = reviewable(actor, id);
		if (reason == null || reason.isBlank()) {
			throw InvalidInputException.of("reason", "testing.job.returnReasonRequired");
		}
		Limits.enforce("reason", reason.trim(), Limits.TEXT);
		Instant now = now();
		this.jobs.returned(id, now, actor.username(), reason.trim());
		this.audit.record(actor, "testing.job.returned", target(job), Map.of("status", job.status().name()),
				Map.of("status", JobStatus.RETURNED.name(), "reason", reason.trim()));
		return view(this.jobs.find(ScopeFilter.of(actor), id).orElseThrow());
	}

	@Override
	@Transactional(readOnly = true)
	public List<GroupStatistics> statistics(Actor actor, long id) {
		actor.require(TestingPermissions.READ);
		JobStore.Row job = visible(actor, id);
		Map<String, List<StoredResult>> groups = new LinkedHashMap<>();
		for (StoredResult r : this.results.ofJob(job.id())) {
			groups.computeIfAbsent(r.postId() + "|" + r.factorCode() + "|" + r.limitKey(), k -> new ArrayList<>()).add(r);
		}
		List<GroupStatistics> statistics = new ArrayList<>();
		for (List<StoredResult> group : groups.values()) {
			StoredResult first = group.get(0);
			LimitRows.Resolved limit = this.judging.limit(first.factorCode(), first.limitCode());
			if (!limit.found() || limit.kind() == LimitRows.Kind.NOISE || limit.kind() == LimitRows.Kind.HEAT) {
				continue;
			}
			if (limit.oel().pcTwa() == null) {
				statistics.add(new GroupStatistics(first.postId(), first.postName(), first.factorCode(),
						first.limitCode(), null, "testing.statistics.limitMissing"));
				continue;
			}
			List<Measurement> measurements = this.judging.measurements(group);
			if (measurements.isEmpty()) {
				statistics.add(new GroupStatistics(first.postId(), first.postName(), first.factorCode(),
						first.limitCode(), null, "testing.statistics.noShiftResults"));
				continue;
			}
			try {
				statistics.add(new GroupStatistics(first.postId(), first.postName(), first.factorCode(),
						first.limitCode(), Judging.assess(measurements, limit.oel()), null));
			}
			catch (InvalidInputException ex) {
				statistics.add(new GroupStatistics(first.postId(), first.postName(), first.factorCode(),
						first.limitCode(), null, ex.errors().get(0).code()));
			}
		}
		return statistics;
	}

	// --- helpers -------------------------------------------------------------------------------

	/**
	 * Judges the stored results again (noise at the posts planned with an irregular week as L_EX,W)
	 * and grades each post and factor (GBZ/T 229) from the judgements and the plan's grading inputs.
	 */
	private void rejudge(JobStore.Row job) {
		List<StoredResult> stored = this.results.ofJob(job.id());
		List<JobView.PlanRowView> plan = this.jobs.plan(job.id());
		Set<Long> irregular = new HashSet<>();
		plan.stream().filter(JobView.PlanRowView::irregularWeek).forEach(p -> irregular.add(p.postId()));
		Judging.Outcome outcome = this.judging.judge(stored, this.jobs.mixtures(job.id()), job.hotOutdoor(), irregular);
		this.judgements.replace(job.id(), outcome);
		this.grades.replace(job.id(), this.grader.grade(outcome, stored, plan));
	}

	private JobView view(JobStore.Row row) {
		Map<Long, JobView.JudgementView> judged = this.judgements.ofResults(row.id());
		List<JobView.ResultView> resultViews = this.results.ofJob(row.id())
			.stream()
			.map(r -> new JobView.ResultView(r.id(), r.sampleNumber(), r.postId(), r.postName(), r.pointName(),
					r.subject(), r.factorCode(), r.factorName(), r.limitCode(), r.method(), r.mode(), r.start(), r.end(),
					r.durationMinutes(), r.shiftSegment(), r.value(), r.unit(), r.limitOfDetection(), r.nonDetect(),
					r.labourIntensity(), r.createdBy(), r.createdAt(), judged.get(r.id())))
			.toList();
		return new JobView(row.id(), row.number(), row.jobType(), row.employerId(), row.employerName(),
				row.creditCode(), row.regionCode(), row.agencyId(), row.agencyCreditCode(), row.agencyName(),
				row.status(), row.contractedOn(), row.surveyOn(), row.samplingFrom(), row.samplingTo(), row.scope(),
				row.methods(), row.hotOutdoor(), row.createdBy(), row.submittedAt(), row.submittedBy(),
				row.reviewedAt(), row.reviewedOn(), row.reviewedBy(), row.returnReason(), row.synthetic(),
				row.createdAt(), row.updatedAt(), this.jobs.participants(row.id()), this.jobs.plan(row.id()),
				this.jobs.mixtures(row.id())
					.stream()
					.map(m -> new JobView.MixtureView(m.id(), m.postId(), m.factorCodes()))
					.toList(),
				resultViews, this.judgements.exposures(row.id()), this.judgements.posts(row.id()),
				this.grades.ofJob(row.id()));
	}

	private JobStore.Row visible(Actor actor, long id) {
		return this.jobs.find(ScopeFilter.of(actor), id).orElseThrow(() -> new NotFoundException("testing-job", id));
	}

	/** The job, locked, for a write by its own agency's staff (others do not see it, or may only read it). */
	private JobStore.Row writable(Actor actor, long id) {
		JobStore.Row job = this.jobs.findForUpdate(ScopeFilter.of(actor), id)
			.orElseThrow(() -> new NotFoundException("testing-job", id));
		if (actor.channel() != Actor.Channel.SYSTEM && actor.scope().kind() != Scope.Kind.AGENCY) {
			throw new AccessDeniedException(TestingPermissions.WRITE);
		}
		return job;
	}

	private JobStore.Row reviewable(Actor actor, long id) {
		actor.require(TestingPermissions.REVIEW);
		JobStore.Row job = writable(actor, id);
		if (job.status() != JobStatus.SUBMITTED) {
			throw InvalidInputException.of(null, "testing.job.notSubmitted", job.status().name());
		}
		if (actor.channel() != Actor.Channel.SYSTEM && actor.username().equals(job.submittedBy())) {
			throw InvalidInputException.of(null, "testing.job.ownReview");
		}
		return job;
	}

	private static void requireEditable(JobStore.Row job) {
		if (!job.status().editable()) {
			throw InvalidInputException.of(null, "testing.job.notEditable", job.status().name());
		}
	}

	/** The service agency the actor's scope stands for; only its staff write jobs. */
	private AgencyRef ownAgency(Actor actor) {
		if (actor.scope().kind() != Scope.Kind.AGENCY) {
			throw new AccessDeniedException(TestingPermissions.WRITE);
		}
		return this.agencies.ownedBy(actor.scope())
			.stream()
			.filter(a -> a.kind() == AgencyKind.SERVICE_AGENCY)
			.findFirst()
			.orElseThrow(() -> new AccessDeniedException(TestingPermissions.WRITE));
	}

	private EmployerView employer(long employerId) {
		try {
			return this.employers.find(LOOKUP, employerId);
		}
		catch (NotFoundException ex) {
			throw InvalidInputException.of("employerId", "testing.job.employerUnknown", employerId);
		}
	}

	private static Set<String> factorCodes(JobRules.Checked checked) {
		Set<String> codes = new LinkedHashSet<>();
		checked.plan().forEach(p -> codes.add(p.factorCode()));
		checked.mixtures().forEach(m -> codes.addAll(m.factorCodes()));
		return codes;
	}

	private Instant now() {
		return Instant.now(this.clock);
	}

	private static AuditTarget target(JobStore.Row job) {
		return AuditTarget.of("testing-job", job.id(), job.regionCode());
	}

	private static AuditTarget target(JobView job) {
		return AuditTarget.of("testing-job", job.id(), job.regionCode());
	}

	private static Map<String, Object> snapshot(JobView job) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("number", job.number());
		state.put("jobType", job.jobType().name());
		state.put("employerId", job.employerId());
		state.put("agencyId", job.agencyId());
		state.put("samplingFrom", String.valueOf(job.samplingFrom()));
		state.put("samplingTo", String.valueOf(job.samplingTo()));
		state.put("scope", job.scope());
		state.put("methods", job.methods());
		state.put("participants", job.participants().stream().map(p -> p.step() + ":" + p.staffName()).toList());
		state.put("plan", job.plan().size());
		state.put("mixtures", job.mixtures().stream().map(m -> String.join("+", m.factorCodes())).toList());
		return state;
	}

}
