package org.ohsonline.indicators.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.ohsonline.declaration.ClockView;
import org.ohsonline.declaration.DeclarationClocks;
import org.ohsonline.declaration.DeclarationSummary;
import org.ohsonline.declaration.Declarations;
import org.ohsonline.diagnosis.Diagnoses;
import org.ohsonline.diagnosis.InstitutionClocks;
import org.ohsonline.diagnosis.ReferralView;
import org.ohsonline.enforcement.CaseStep;
import org.ohsonline.enforcement.CaseView;
import org.ohsonline.enforcement.Cases;
import org.ohsonline.enforcement.EnforcementFigures;
import org.ohsonline.monitoring.DeviceView;
import org.ohsonline.monitoring.Devices;
import org.ohsonline.projects.ProjectSummary;
import org.ohsonline.projects.Projects;
import org.ohsonline.radiation.DoseRecords;
import org.ohsonline.radiation.EmployerMonitoring;
import org.ohsonline.reference.Severity;
import org.ohsonline.risk.RectificationStatus;
import org.ohsonline.risk.RectificationView;
import org.ohsonline.risk.Rectifications;
import org.ohsonline.registry.EmployerDuties;
import org.ohsonline.registry.EmployerExposure;
import org.ohsonline.registry.EmployerStatus;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.Actor;
import org.ohsonline.surveillance.ExamDueKind;
import org.ohsonline.surveillance.ExamSchedules;
import org.ohsonline.testing.TestingClocks;
import org.ohsonline.testing.ValidityClockView;
import org.ohsonline.testing.ValidityKind;
import org.ohsonline.training.Audience;
import org.ohsonline.training.RateLine;
import org.ohsonline.training.TrainingRates;

import org.springframework.stereotype.Component;

/**
 * Reads the facts of employers through the owning modules' facades, with the platform's own actor: this is the
 * read model's refresh (after an event or in the rebuild), not a user's read — what a user sees is narrowed to their
 * jurisdiction when the figures are read.
 */
@Component
class FactReader {

	private static final Actor SYSTEM = Actor.system("indicators");

	private final Workers workers;

	private final Declarations declarations;

	private final DeclarationClocks declarationClocks;

	private final TestingClocks testingClocks;

	private final ExamSchedules schedules;

	private final TrainingRates training;

	private final DoseRecords doses;

	private final EnforcementFigures enforcement;

	private final Clock clock;

	private final Projects projects;

	private final Rectifications rectifications;

	private final Cases cases;

	private final Devices devices;

	private final Diagnoses diagnoses;

	FactReader(Workers workers, Declarations declarations, DeclarationClocks declarationClocks,
			TestingClocks testingClocks, ExamSchedules schedules, TrainingRates training, DoseRecords doses,
			EnforcementFigures enforcement, Projects projects, Rectifications rectifications, Cases cases,
			Devices devices, Diagnoses diagnoses, Clock clock) {
		this.diagnoses = diagnoses;
		this.cases = cases;
		this.devices = devices;
		this.projects = projects;
		this.rectifications = rectifications;
		this.doses = doses;
		this.enforcement = enforcement;
		this.clock = clock;
		this.workers = workers;
		this.declarations = declarations;
		this.declarationClocks = declarationClocks;
		this.testingClocks = testingClocks;
		this.schedules = schedules;
		this.training = training;
	}

	/**
	 * The facts of one employer (after an event): {@link #readAll} of that employer alone, so an event and the rebuild
	 * read the same way. Empty when the register does not know the employer (any more).
	 */
	Optional<EmployerFacts> read(long employerId) {
		return Optional.ofNullable(readAll(List.of(employerId)).get(employerId));
	}

	/**
	 * The facts of a batch of employers (the rebuild, the queued recomputes), each source read with one set-based
	 * facade call for the whole batch, whatever its size: the register's exposure first, then each other module only
	 * for the employers whose facts need it (projects and rectifications of employers not closed, radiation of medical
	 * institutions in production, the rest of employers in production with an exposed worker). Employers the register
	 * does not know are absent.
	 */
	Map<Long, EmployerFacts> readAll(List<Long> employerIds) {
		LocalDate today = LocalDate.now(this.clock.withZone(IndicatorZone.ZONE));
		Map<Long, EmployerExposure> register = this.workers.exposureOf(SYSTEM, employerIds);
		List<Long> known = employerIds.stream().filter(register::containsKey).distinct().toList();
		List<Long> open = known.stream().filter(id -> status(register, id) != EmployerStatus.CLOSED).toList();
		List<Long> producing = known.stream().filter(id -> status(register, id) == EmployerStatus.IN_PRODUCTION).toList();
		List<Long> exposed = producing.stream().filter(id -> register.get(id).exposed().total() > 0).toList();
		List<Long> medical = producing.stream().filter(id -> medical(register.get(id).industryCode())).toList();
		Sources sources = new Sources(today, this.doses.monitoringOfEmployers(SYSTEM, medical),
				this.projects.ofEmployers(SYSTEM, open),
				this.rectifications.ofEmployers(SYSTEM, open, today.withDayOfYear(1), today),
				this.cases.ofEmployers(SYSTEM, known), this.diagnoses.referralsOfEmployers(SYSTEM, known),
				this.training.countsOf(SYSTEM, exposed),
				this.enforcement.ofEmployers(SYSTEM, exposed, today.withDayOfYear(1), today),
				this.declarationClocks.pendingOf(SYSTEM, exposed), this.declarations.lastAcceptedOf(SYSTEM, exposed),
				this.testingClocks.ofEmployers(SYSTEM, exposed), overdueExamWorkers(exposed),
				this.devices.ofEmployers(SYSTEM, exposed), this.workers.exposedByCategoryOf(SYSTEM, exposed));
		Map<Long, EmployerFacts> facts = new LinkedHashMap<>();
		for (Long id : known) {
			facts.put(id, facts(register.get(id), sources));
		}
		return facts;
	}

	private static EmployerStatus status(Map<Long, EmployerExposure> register, long employerId) {
		return register.get(employerId).duties().status();
	}

	/**
	 * What the other modules answered for a batch, by employer id (an employer a source was not asked for, or that
	 * has nothing there, is absent).
	 */
	private record Sources(LocalDate today, Map<Long, EmployerMonitoring> radiation,
			Map<Long, List<ProjectSummary>> projects, Map<Long, List<RectificationView>> rectifications,
			Map<Long, List<CaseView>> cases, Map<Long, List<ReferralView>> referrals, Map<Long, List<RateLine>> training,
			Map<Long, EnforcementFigures.OfEmployer> inspections, Map<Long, List<ClockView>> pendingClocks,
			Map<Long, DeclarationSummary> accepted, Map<Long, List<ValidityClockView>> testingClocks,
			Map<Long, Map<String, Set<Long>>> overdueExams, Map<Long, List<DeviceView>> devices,
			Map<Long, Map<String, Set<Long>>> exposedByCategory) {
	}

	private static EmployerFacts facts(EmployerExposure register, Sources s) {
		EmployerDuties duties = register.duties();
		long employerId = duties.id();
		var exposed = register.exposed();
		boolean inProduction = duties.status() == EmployerStatus.IN_PRODUCTION;
		boolean medical = medical(register.industryCode());
		EmployerFacts.Radiation radiation = inProduction && medical ? radiation(s.radiation().get(employerId))
				: EmployerFacts.Radiation.NONE;
		boolean closed = duties.status() == EmployerStatus.CLOSED;
		EmployerFacts.Projects projects = closed ? EmployerFacts.Projects.NONE
				: projects(s.projects().getOrDefault(employerId, List.of()));
		EmployerFacts.Rectifications items = closed ? EmployerFacts.Rectifications.NONE
				: rectifications(s.rectifications().getOrDefault(employerId, List.of()), s.today());
		EmployerFacts.Cases cases = cases(s.cases().getOrDefault(employerId, List.of()), s.today());
		EmployerFacts.Referrals referrals = referrals(s.referrals().getOrDefault(employerId, List.of()), s.today());
		if (!inProduction || exposed.total() == 0) {
			// Outside every population of exposed workers: no other module was asked.
			return new EmployerFacts(employerId, duties.creditCode(), duties.name(), duties.regionCode(), inProduction,
					duties.severity() == Severity.SERIOUS, false, exposed.total(), false, false, 0, 0, 1, 0,
					exposed.workforce()).withRadiation(medical, radiation).withProjects(projects).withRectifications(items)
				.withCases(cases).withReferrals(referrals);
		}
		boolean dust = exposed.byHazard().entrySet().stream().anyMatch(e -> e.getKey().startsWith("1") && e.getValue() > 0);
		List<RateLine> lines = s.training().get(employerId);
		RateLine principal = line(lines, Audience.PRINCIPAL);
		RateLine managers = line(lines, Audience.MANAGER);
		RateLine workerLine = line(lines, Audience.WORKER);
		// Every employer has a principal leader: one it did not name counts as one not trained.
		int leaders = (int) (Math.max(1, principal.denominator()) + managers.denominator());
		int leadersTrained = (int) (principal.numerator() + managers.numerator());
		Map<String, Set<Long>> overdue = s.overdueExams().getOrDefault(employerId, Map.of());
		boolean declared = declared(s.pendingClocks().getOrDefault(employerId, List.of()),
				s.accepted().containsKey(employerId));
		return new EmployerFacts(employerId, duties.creditCode(), duties.name(), duties.regionCode(), true,
				duties.severity() == Severity.SERIOUS, dust, exposed.total(), declared,
				testingCurrent(s.testingClocks().getOrDefault(employerId, List.of())),
				overdue.getOrDefault(ANY, Set.of()).size(), leadersTrained, leaders, (int) workerLine.numerator(),
				(int) workerLine.denominator()).withRadiation(medical, radiation)
			.withInspected(inspected(s.inspections().get(employerId)))
			.withProjects(projects)
			.withRectifications(items)
			.withCases(cases)
			.withOnlineMonitored(onlineMonitored(s.devices().getOrDefault(employerId, List.of())))
			.withExamsByCategory(examsByCategory(s.exposedByCategory().getOrDefault(employerId, Map.of()), overdue))
			.withReferrals(referrals);
	}

	/** A device of the employer measuring now, as the monitoring module judges it, that has sent a reading. */
	private static boolean onlineMonitored(List<DeviceView> devices) {
		return devices.stream().anyMatch(d -> d.working() && d.lastMeasuredAt() != null);
	}

	/** Cases whose decision was due from 1 January to today, and those decided by then (the day extensions set). */
	private static EmployerFacts.Cases cases(List<CaseView> cases, LocalDate today) {
		int due = 0;
		int onTime = 0;
		for (CaseView c : cases) {
			LocalDate decided = c.steps()
				.stream()
				.filter(step -> step.step() == CaseStep.DECISION)
				.map(CaseView.StepView::happenedOn)
				.findFirst()
				.orElse(null);
			int[] counts = caseCounts(c.decisionDue(), decided, today);
			due += counts[0];
			onTime += counts[1];
		}
		return new EmployerFacts.Cases(due, onTime);
	}

	/** One case's part: {decision due so far this year, decided on or before the due day}, each 0 or 1. */
	static int[] caseCounts(LocalDate decisionDue, LocalDate decidedOn, LocalDate today) {
		if (decisionDue == null || decisionDue.isAfter(today) || decisionDue.getYear() != today.getYear()) {
			return new int[] { 0, 0 };
		}
		return new int[] { 1, decidedOn != null && !decidedOn.isAfter(decisionDue) ? 1 : 0 };
	}

	/** Items due from 1 January to today; closed on time = released, the approved answer given by the deadline. */
	private static EmployerFacts.Rectifications rectifications(List<RectificationView> items, LocalDate today) {
		int due = 0;
		int closedOnTime = 0;
		for (RectificationView item : items) {
			int[] counts = rectificationCounts(item.dueOn(), item.status(), item.answeredOn(), today);
			due += counts[0];
			closedOnTime += counts[1];
		}
		return new EmployerFacts.Rectifications(due, closedOnTime);
	}

	/** One item's part: {due so far this year, closed on time}, each 0 or 1. */
	static int[] rectificationCounts(LocalDate dueOn, RectificationStatus status, LocalDate answeredOn, LocalDate today) {
		if (dueOn == null || dueOn.isAfter(today) || dueOn.getYear() != today.getYear()) {
			return new int[] { 0, 0 };
		}
		boolean onTime = status == RectificationStatus.RELEASED && answeredOn != null && !answeredOn.isAfter(dueOn);
		return new int[] { 1, onTime ? 1 : 0 };
	}

	/** The employer's 严重 projects as the projects module lists them: on schedule unless the current stage is overdue. */
	private static EmployerFacts.Projects projects(List<ProjectSummary> projects) {
		int serious = 0;
		int onSchedule = 0;
		for (ProjectSummary project : projects) {
			if (project.hazardClass() == Severity.SERIOUS) {
				serious++;
				onSchedule += project.overdue() ? 0 : 1;
			}
		}
		return new EmployerFacts.Projects(serious, onSchedule);
	}

	private static RateLine line(List<RateLine> lines, Audience audience) {
		return lines.stream().filter(l -> l.audience() == audience).findFirst().orElseThrow();
	}

	/** An inspection recorded from 1 January to today, as the enforcement module counts them for the grid KPIs. */
	private static boolean inspected(EnforcementFigures.OfEmployer figures) {
		return figures != null && figures.inspections() > 0;
	}

	/** A medical institution: an industry class in division 84 卫生 (hospitals, primary and public health care). */
	static boolean medical(String industryCode) {
		return industryCode != null && industryCode.startsWith("84");
	}

	/** The radiation module's own count of the last period due, so the indicator and /radiation/rates agree. */
	private static EmployerFacts.Radiation radiation(EmployerMonitoring monitoring) {
		return new EmployerFacts.Radiation(monitoring.period(), (int) monitoring.workers(), (int) monitoring.monitored());
	}

	/** An accepted declaration (of any kind) on record, and no initial declaration still open. */
	private static boolean declared(List<ClockView> pendingClocks, boolean accepted) {
		return accepted && pendingClocks.stream().noneMatch(ClockView::undeclared);
	}

	/** The periodic testing clock has a job on record and is not overdue. */
	private static boolean testingCurrent(List<ValidityClockView> clocks) {
		return clocks.stream()
			.filter(c -> c.kind() == ValidityKind.TESTING)
			.anyMatch(c -> c.lastDoneOn() != null && !c.deadline().overdue());
	}

	/**
	 * Per employer, the distinct workers with an overdue pre-placement or periodic exam ({@code ""}: any factor), and
	 * per hazard factor category those overdue for a factor of it (an item naming no factor counts under every
	 * category); employers without one are absent. The items are streamed, never held as a list.
	 */
	private Map<Long, Map<String, Set<Long>>> overdueExamWorkers(List<Long> employerIds) {
		Map<Long, Map<String, Set<Long>>> overdue = new HashMap<>();
		Map<Long, Set<Long>> unnamed = new HashMap<>();
		this.schedules.forEachOverdueOf(SYSTEM, employerIds, EnumSet.of(ExamDueKind.PRE_PLACEMENT, ExamDueKind.PERIODIC),
				item -> {
					Map<String, Set<Long>> of = overdue.computeIfAbsent(item.employerId(), k -> new HashMap<>());
					of.computeIfAbsent(ANY, k -> new HashSet<>()).add(item.workerId());
					if (item.hazardCode() == null || item.hazardCode().isBlank()) {
						unnamed.computeIfAbsent(item.employerId(), k -> new HashSet<>()).add(item.workerId());
					}
					else {
						of.computeIfAbsent(item.hazardCode().substring(0, 1), k -> new HashSet<>()).add(item.workerId());
					}
				});
		unnamed.forEach((employerId, workers) -> {
			for (String category : HAZARD_CATEGORIES) {
				overdue.get(employerId).computeIfAbsent(category, k -> new HashSet<>()).addAll(workers);
			}
		});
		return overdue;
	}

	/** The categories of the national hazard factor code table (leading digit of a factor's code). */
	static final List<String> HAZARD_CATEGORIES = List.of("1", "2", "3", "4", "5", "6", "9");

	private static final String ANY = "";

	/** Per category: the exposed workers of it and those of them overdue for a factor of it. */
	static Map<String, EmployerFacts.CategoryExams> examsByCategory(Map<String, Set<Long>> exposedByCategory,
			Map<String, Set<Long>> overdue) {
		Map<String, EmployerFacts.CategoryExams> exams = new TreeMap<>();
		exposedByCategory.forEach((category, workers) -> {
			Set<Long> late = new HashSet<>(overdue.getOrDefault(category, Set.of()));
			late.retainAll(workers);
			exams.put(category, new EmployerFacts.CategoryExams(workers.size(), late.size()));
		});
		return exams;
	}

	/** Suspected findings of exams from 1 January to today, and those on which someone applied for diagnosis. */
	private static EmployerFacts.Referrals referrals(List<ReferralView> referrals, LocalDate today) {
		int found = 0;
		int applied = 0;
		for (ReferralView referral : referrals) {
			int[] counts = referralCounts(referral.examinedOn(), referral.caseId(), today);
			found += counts[0];
			applied += counts[1];
		}
		return new EmployerFacts.Referrals(found, applied);
	}

	/**
	 * One referral's part: {found by an exam from 1 January to today, applied for by today}, each 0 or 1. The platform's
	 * reading (no plan text gives a day count): a finding of the year is followed up once a diagnosis case is opened on
	 * it, whenever in the year that happens.
	 */
	static int[] referralCounts(LocalDate examinedOn, Long caseId, LocalDate today) {
		if (examinedOn == null || examinedOn.isAfter(today) || examinedOn.getYear() != today.getYear()) {
			return new int[] { 0, 0 };
		}
		return new int[] { 1, caseId != null ? 1 : 0 };
	}

	/**
	 * The diagnosis institutions' duty clocks due from 1 January to today ({@code institutionId} null: every
	 * institution), as the diagnosis module counts them, each in the institution's own region.
	 */
	List<InstitutionClocks> institutionClocks(Long institutionId) {
		LocalDate today = LocalDate.now(this.clock.withZone(IndicatorZone.ZONE));
		return this.diagnoses.dutyClocks(SYSTEM, institutionId, today.withDayOfYear(1), today);
	}

}
