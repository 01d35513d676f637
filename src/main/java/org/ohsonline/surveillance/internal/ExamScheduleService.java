package org.ohsonline.surveillance.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.ohsonline.shared.ScopeFilter;
import org.ohsonline.agency.ExamType;
import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.reference.ExamDeadline;
import org.ohsonline.reference.ExamRule;
import org.ohsonline.reference.ExamRules;
import org.ohsonline.reference.HazardFactor;
import org.ohsonline.reference.HazardFactors;
import org.ohsonline.registry.EmployerView;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.EmploymentView;
import org.ohsonline.registry.StructureViews;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.testing.MeasuredExposures;
import org.ohsonline.surveillance.ExamConcluded;
import org.ohsonline.surveillance.ExamConclusion;
import org.ohsonline.surveillance.ExamDueFilter;
import org.ohsonline.surveillance.ExamDueItem;
import org.ohsonline.surveillance.ExamDueKind;
import org.ohsonline.surveillance.ExamSchedules;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the exams due: after an exam (items met, the next periodic exam, rechecks), on a placement
 * (a pre-placement exam missing), on leaving (the exit exam), and recomputed per employer from the
 * register. Dates from {@link DueRules} with the periods of the {@code exam-rules} catalog in force.
 */
@Service
class ExamScheduleService implements ExamSchedules {

	private static final Actor SYSTEM = Actor.system("surveillance");

	private final ExamScheduleStore store;

	private final ExamStore exams;

	private final ExamService examService;

	private final ExamRules rules;

	private final HazardFactors hazards;

	private final Employers employers;

	private final Workers workers;

	private final AuditTrail audit;

	private final MeasuredExposures measured;

	private final Clock clock;

	private final org.springframework.context.ApplicationEventPublisher events;

	ExamScheduleService(ExamScheduleStore store, ExamStore exams, ExamService examService, ExamRules rules,
			HazardFactors hazards, Employers employers, Workers workers, AuditTrail audit, MeasuredExposures measured,
			Clock clock, org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
		this.store = store;
		this.exams = exams;
		this.examService = examService;
		this.rules = rules;
		this.hazards = hazards;
		this.employers = employers;
		this.workers = workers;
		this.audit = audit;
		this.measured = measured;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Page<ExamDueItem> due(Actor actor, ExamDueFilter filter, PageQuery page) {
		actor.require(ExamPermissions.READ);
		Optional<String> region = ScopeFilter.narrowRegion(actor, filter.region());
		if (region.isEmpty()) {
			return Page.of(List.of(), 0, page);
		}
		ScopeFilter scope = this.examService.scope(actor);
		LocalDate today = this.examService.today();
		return Page.of(this.store.page(scope, region.get(), filter, today, page),
				this.store.count(scope, region.get(), filter, today), page);
	}

	@Override
	@Transactional(readOnly = true)
	public void forEach(Actor actor, ExamDueFilter filter, Consumer<ExamDueItem> consumer) {
		actor.require(ExamPermissions.READ);
		ScopeFilter.narrowRegion(actor, filter.region())
			.ifPresent(region -> this.store.forEach(this.examService.scope(actor), region, filter,
					this.examService.today(), consumer));
	}

	@Override
	@Transactional(readOnly = true)
	public void forEachOverdueOf(Actor actor, java.util.Collection<Long> employerIds, Set<ExamDueKind> kinds,
			Consumer<ExamDueItem> consumer) {
		actor.require(ExamPermissions.READ);
		if (!employerIds.isEmpty() && !kinds.isEmpty()) {
			this.store.forEachOverdueOf(this.examService.scope(actor), employerIds, kinds, this.examService.today(),
					consumer);
		}
	}

	@Override
	@Transactional(readOnly = true)
	public List<ExamDueItem> ofWorker(Actor actor, long workerId) {
		actor.require(ExamPermissions.READ);
		return this.store.ofWorker(this.examService.scope(actor), workerId, this.examService.today());
	}

	@Override
	@Transactional
	public int recompute(Actor actor, long employerId) {
		actor.require(ExamPermissions.DUE_WRITE);
		EmployerView employer = this.employers.find(actor, employerId);
		this.store.lockEmployer(employerId);
		LocalDate today = this.examService.today();
		int voided = this.store.voidEmployer(employerId, today);
		Subjects subjects = new Subjects(employer);
		forEachExposure(employerId, (employment, hazard) -> scheduleFor(
				subjects.of(employment.workerId(), employment.workerName(), hazard), employment.postId(),
				employment.hiredOn(), today));
		int open = (int) this.store.openCount(employerId);
		this.audit.record(actor, "surveillance.due.recomputed", AuditTarget.of("employer", employerId,
				employer.regionCode()), Map.of("openBefore", voided), Map.of("open", open));
		return open;
	}

	/**
	 * After a testing job graded the employer's posts anew: the next periodic exam of every current
	 * exposure with an exam on record moves to the interval of its grade. Pre-placement items stay as
	 * they are (they are due from the placement, whatever the grade), and no item is voided.
	 * @return the exposures whose periodic item was reconsidered
	 */
	@Transactional
	int regrade(long employerId) {
		EmployerView employer = this.employers.find(SYSTEM, employerId);
		this.store.lockEmployer(employerId);
		Subjects subjects = new Subjects(employer);
		Instant now = Instant.now(this.clock);
		int[] reconsidered = { 0 };
		forEachExposure(employerId, (employment, hazard) -> {
			Optional<LocalDate> last = this.exams.lastExamOn(employment.workerId(), employerId, hazard,
					DueRules.PERIODIC_BASIS);
			if (last.isPresent()) {
				periodic(subjects.of(employment.workerId(), employment.workerName(), hazard), employment.postId(),
						last.get(), null, now);
				reconsidered[0]++;
			}
		});
		return reconsidered[0];
	}

	/** Every hazard of every current employment at the employer, from the register, a page at a time. */
	private void forEachExposure(long employerId, java.util.function.BiConsumer<EmploymentView, String> action) {
		Map<Long, List<String>> postHazards = postHazards(employerId);
		int page = 1;
		while (true) {
			Page<EmploymentView> workforce = this.workers.workforce(SYSTEM, employerId, true, null,
					PageQuery.of(page, PageQuery.MAX_SIZE));
			for (EmploymentView employment : workforce.items()) {
				if (employment.postId() != null) {
					postHazards.getOrDefault(employment.postId(), List.of()).forEach(h -> action.accept(employment, h));
				}
			}
			if (!workforce.hasNext()) {
				break;
			}
			page++;
		}
	}

	/**
	 * For an exposure without an open item: the next periodic exam from the last exam, or, with no exam
	 * on record, the pre-placement exam due from the placement day.
	 */
	private void scheduleFor(ExamScheduleStore.Subject subject, Long postId, LocalDate placedOn, LocalDate today) {
		Optional<LocalDate> last = this.exams.lastExamOn(subject.workerId(), subject.employerId(), subject.hazardCode(),
				DueRules.PERIODIC_BASIS);
		Instant now = Instant.now(this.clock);
		if (last.isPresent()) {
			periodic(subject, postId, last.get(), null, now);
		}
		else {
			int days = this.rules.days(ExamDeadline.PRE_PLACEMENT, placedOn);
			this.store.open(subject, ExamDueKind.PRE_PLACEMENT, DueRules.prePlacement(placedOn, days),
					"D-PRE_PLACEMENT " + days + "d", null, now);
		}
	}

	/**
	 * Opens the next periodic item from the last exam, when the rules have an interval for the hazard.
	 * The interval is the one of the exposure's grade where workplace testing measured the worker's post
	 * (see {@link ExamGrades}); the item's basis names the job and the value that graded it.
	 */
	private void periodic(ExamScheduleStore.Subject subject, Long postId, LocalDate lastExam, Long examId,
			Instant now) {
		Optional<MeasuredExposures.PostExposure> measured = postId == null ? Optional.empty()
				: this.measured.latest(subject.employerId(), postId, subject.hazardCode());
		Optional<String> grade = measured.flatMap(ExamGrades::of);
		Optional<ExamRule> rule = this.rules.ruleFor(subject.hazardCode(), grade.orElse(null), lastExam);
		rule.ifPresent(r -> this.store.open(subject, ExamDueKind.PERIODIC,
				DueRules.nextPeriodic(lastExam, r.intervalMonths()),
				r.code() + " " + r.intervalMonths() + "m"
						+ (grade.isPresent() ? " [" + ExamGrades.evidence(measured.get()) + "]" : ""),
				examId, now));
	}

	/** The post the worker holds at the employer now, if any. */
	private Long currentPost(long workerId, long employerId) {
		return this.workers.employments(SYSTEM, workerId)
			.stream()
			.filter(e -> e.employerId() == employerId && e.current())
			.map(EmploymentView::postId)
			.filter(java.util.Objects::nonNull)
			.findFirst()
			.orElse(null);
	}

	/** After an exam: its items met, the next periodic exam for a worker still employed, rechecks. */
	@Transactional
	void afterExam(ExamConcluded exam) {
		ExamType type = ExamType.valueOf(exam.examType());
		this.store.lockEmployer(exam.employerId());
		Instant now = Instant.now(this.clock);
		EmployerView employer = this.employers.find(SYSTEM, exam.employerId());
		Subjects subjects = new Subjects(employer);
		String workerName = this.workers.find(SYSTEM, exam.workerId()).name();
		boolean employed = this.workers.employments(SYSTEM, exam.workerId())
			.stream()
			.anyMatch(e -> e.employerId() == exam.employerId() && e.current());
		Long postId = employed ? currentPost(exam.workerId(), exam.employerId()) : null;
		for (ExamConcluded.Conclusion c : exam.conclusions()) {
			this.store.meet(exam.workerId(), exam.employerId(), c.hazardCode(), DueRules.meets(type), exam.examId(),
					exam.examinedOn());
			ExamScheduleStore.Subject subject = subjects.of(exam.workerId(), workerName, c.hazardCode());
			if (employed && DueRules.PERIODIC_BASIS.contains(type)) {
				LocalDate last = this.exams
					.lastExamOn(exam.workerId(), exam.employerId(), c.hazardCode(), DueRules.PERIODIC_BASIS)
					.orElse(exam.examinedOn());
				periodic(subject, postId, last, exam.examId(), now);
			}
			if (c.conclusion() == ExamConclusion.RECHECK && c.recheckOn() != null) {
				this.store.open(subject, ExamDueKind.RECHECK, c.recheckOn(), exam.number(), exam.examId(), now);
			}
		}
		this.events.publishEvent(new org.ohsonline.surveillance.ExamDuesUpdated(exam.employerId(), employer.regionCode(),
				exam.workerId(), exam.examId()));
	}

	/**
	 * A placement on a post with hazards: for each hazard without a pre-placement exam at this employer,
	 * the pre-placement exam is due; for the others the next periodic exam.
	 * @return the hazards placed without a pre-placement exam
	 */
	@Transactional
	List<String> placed(long workerId, long employerId, Long postId, List<String> hazardCodes, LocalDate placedOn) {
		if (hazardCodes.isEmpty()) {
			return List.of();
		}
		this.store.lockEmployer(employerId);
		EmployerView employer = this.employers.find(SYSTEM, employerId);
		Subjects subjects = new Subjects(employer);
		String workerName = this.workers.find(SYSTEM, workerId).name();
		Instant now = Instant.now(this.clock);
		List<String> missing = new ArrayList<>();
		for (String hazard : new LinkedHashSet<>(hazardCodes)) {
			ExamScheduleStore.Subject subject = subjects.of(workerId, workerName, hazard);
			Optional<LocalDate> prePlacement = this.exams.lastExamOn(workerId, employerId, hazard,
					List.of(ExamType.PRE_PLACEMENT));
			if (prePlacement.isEmpty()) {
				missing.add(hazard);
				int days = this.rules.days(ExamDeadline.PRE_PLACEMENT, placedOn);
				this.store.open(subject, ExamDueKind.PRE_PLACEMENT, DueRules.prePlacement(placedOn, days),
						"D-PRE_PLACEMENT " + days + "d", null, now);
			}
			else {
				LocalDate last = this.exams.lastExamOn(workerId, employerId, hazard, DueRules.PERIODIC_BASIS)
					.orElse(prePlacement.get());
				periodic(subject, postId, last, null, now);
			}
		}
		return missing;
	}

	/**
	 * Leaving: open items at the employer become moot; for each hazard the worker was exposed to there
	 * (the post's, and those of the items) the exit exam is due by the day of leaving, unless an
	 * in-service or exit exam in the credit period before it counts as one.
	 * @return the hazards an exit exam is due for
	 */
	@Transactional
	List<String> left(long workerId, long employerId, Long postId, LocalDate leftOn) {
		this.store.lockEmployer(employerId);
		Set<String> hazards = new LinkedHashSet<>(this.store.voidOpen(workerId, employerId,
				List.of(ExamDueKind.PRE_PLACEMENT, ExamDueKind.PERIODIC), leftOn));
		if (postId != null) {
			hazards.addAll(postHazards(employerId).getOrDefault(postId, List.of()));
		}
		return exitExams(workerId, employerId, hazards, leftOn);
	}

	/**
	 * A change of post that ends exposure to some hazards: their open pre-placement and periodic items
	 * become moot and the exit exam is due, exactly as on leaving. GBZ 188 离岗时: "劳动者在准备调离或脱离
	 * 所从事的职业病危害的作业或岗位前，应进行离岗时健康检查" — GBZ 188-2007 4.8.3 as quoted by a secondary
	 * source (gdtij.com/1550.html); the 2014 edition keeps the exam types (shared/reference
	 * standards-notes.md §5), its clause text was not retrieved.
	 * @return the hazards an exit exam is due for
	 */
	@Transactional
	List<String> movedOff(long workerId, long employerId, List<String> hazardCodes, LocalDate changedOn) {
		if (hazardCodes.isEmpty()) {
			return List.of();
		}
		this.store.lockEmployer(employerId);
		this.store.voidOpen(workerId, employerId, List.of(ExamDueKind.PRE_PLACEMENT, ExamDueKind.PERIODIC), hazardCodes,
				changedOn);
		return exitExams(workerId, employerId, new LinkedHashSet<>(hazardCodes), changedOn);
	}

	/** The exit exam due by the day for each hazard, unless an exam in the credit period before it counts. */
	private List<String> exitExams(long workerId, long employerId, Set<String> hazards, LocalDate leftOn) {
		if (hazards.isEmpty()) {
			return List.of();
		}
		EmployerView employer = this.employers.find(SYSTEM, employerId);
		Subjects subjects = new Subjects(employer);
		String workerName = this.workers.find(SYSTEM, workerId).name();
		Instant now = Instant.now(this.clock);
		int credit = this.rules.days(ExamDeadline.EXIT_CREDIT, leftOn);
		List<String> due = new ArrayList<>();
		for (String hazard : hazards) {
			if (this.exams.examBetween(workerId, employerId, hazard, DueRules.EXIT_CREDIT,
					DueRules.exitCreditFrom(leftOn, credit), leftOn)) {
				continue;
			}
			due.add(hazard);
			this.store.open(subjects.of(workerId, workerName, hazard), ExamDueKind.EXIT, DueRules.exit(leftOn),
					"D-EXIT_WINDOW/D-EXIT_CREDIT " + credit + "d", null, now);
		}
		return due;
	}

	/** Post id → hazard codes, from the employer's structure in the register. */
	Map<Long, List<String>> postHazards(long employerId) {
		Map<Long, List<String>> byPost = new HashMap<>();
		for (StructureViews.Site site : this.employers.structure(SYSTEM, employerId)) {
			for (StructureViews.Workshop workshop : site.workshops()) {
				for (StructureViews.Post post : workshop.posts()) {
					byPost.put(post.id(), post.hazards().stream().map(StructureViews.Hazard::code).toList());
				}
			}
		}
		return byPost;
	}

	/** Builds item subjects for one employer, naming hazards from the catalogue once each. */
	private final class Subjects {

		private final EmployerView employer;

		private final Map<String, String> names = new HashMap<>();

		Subjects(EmployerView employer) {
			this.employer = employer;
		}

		ExamScheduleStore.Subject of(long workerId, String workerName, String hazardCode) {
			String name = this.names.computeIfAbsent(hazardCode,
					code -> ExamScheduleService.this.hazards.findFactor(code).map(HazardFactor::name).orElse(code));
			return new ExamScheduleStore.Subject(workerId, workerName, this.employer.id(), this.employer.creditCode(),
					this.employer.name(), this.employer.regionCode(), hazardCode, name);
		}

	}

}
