package org.ohsonline.indicators.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.ohsonline.declaration.ClockView;
import org.ohsonline.declaration.DeclarationClocks;
import org.ohsonline.declaration.DeclarationFilter;
import org.ohsonline.declaration.DeclarationStatus;
import org.ohsonline.declaration.Declarations;
import org.ohsonline.diagnosis.Diagnoses;
import org.ohsonline.diagnosis.InstitutionClocks;
import org.ohsonline.diagnosis.ReferralView;
import org.ohsonline.enforcement.CaseStep;
import org.ohsonline.enforcement.CaseView;
import org.ohsonline.enforcement.Cases;
import org.ohsonline.enforcement.EnforcementFigures;
import org.ohsonline.monitoring.Devices;
import org.ohsonline.projects.ProjectSummary;
import org.ohsonline.projects.Projects;
import org.ohsonline.radiation.DoseRecords;
import org.ohsonline.radiation.EmployerMonitoring;
import org.ohsonline.reference.Severity;
import org.ohsonline.risk.RectificationFilter;
import org.ohsonline.risk.RectificationStatus;
import org.ohsonline.risk.Rectifications;
import org.ohsonline.registry.EmployerDuties;
import org.ohsonline.registry.EmployerExposure;
import org.ohsonline.registry.EmployerStatus;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.surveillance.ExamDueFilter;
import org.ohsonline.surveillance.ExamDueKind;
import org.ohsonline.surveillance.ExamSchedules;
import org.ohsonline.testing.TestingClocks;
import org.ohsonline.testing.ValidityKind;
import org.ohsonline.training.Audience;
import org.ohsonline.training.RateLine;
import org.ohsonline.training.TrainingRates;

import org.springframework.stereotype.Component;

/**
 * Reads the facts of one employer through the owning modules' facades, with the platform's own actor: this is the
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

	/** Empty when the register does not know the employer (any more). */
	Optional<EmployerFacts> read(long employerId) {
		return read(employerId, null, null);
	}

	/**
	 * {@link #read} for a batch of employers (the rebuild): the training rates and the inspections of the whole batch
	 * are read with one set-based facade call each ({@link TrainingRates#countsOf}, {@link
	 * EnforcementFigures#ofEmployers}) instead of one call per employer; the rest per employer as in {@link #read}.
	 * The same facts as {@link #read} for each employer (IndicatorsIntegrationTests compares them); employers the
	 * register does not know are absent.
	 */
	Map<Long, EmployerFacts> readAll(List<Long> employerIds) {
		Map<Long, List<RateLine>> training = this.training.countsOf(SYSTEM, employerIds);
		LocalDate today = LocalDate.now(this.clock.withZone(IndicatorZone.ZONE));
		Map<Long, EnforcementFigures.OfEmployer> inspections = this.enforcement.ofEmployers(SYSTEM, employerIds,
				today.withDayOfYear(1), today);
		Map<Long, EmployerFacts> facts = new LinkedHashMap<>();
		for (Long id : employerIds) {
			read(id, training.get(id), inspections).ifPresent(f -> facts.put(id, f));
		}
		return facts;
	}

	/**
	 * @param training the employer's training lines when read for a batch (null: ask the training module now)
	 * @param inspections this year's inspections of a batch (null: ask the enforcement module now)
	 */
	private Optional<EmployerFacts> read(long employerId, List<RateLine> training,
			Map<Long, EnforcementFigures.OfEmployer> inspections) {
		Optional<EmployerExposure> exposure = this.workers.exposure(SYSTEM, employerId);
		if (exposure.isEmpty()) {
			return Optional.empty();
		}
		EmployerDuties duties = exposure.get().duties();
		var exposed = exposure.get().exposed();
		boolean inProduction = duties.status() == EmployerStatus.IN_PRODUCTION;
		boolean medical = medical(exposure.get().industryCode());
		EmployerFacts.Radiation radiation = inProduction && medical ? radiation(employerId) : EmployerFacts.Radiation.NONE;
		boolean closed = duties.status() == EmployerStatus.CLOSED;
		EmployerFacts.Projects projects = closed ? EmployerFacts.Projects.NONE : projects(employerId);
		EmployerFacts.Rectifications items = closed ? EmployerFacts.Rectifications.NONE : rectifications(employerId);
		EmployerFacts.Cases cases = cases(employerId);
		EmployerFacts.Referrals referrals = referrals(employerId);
		if (!inProduction || exposed.total() == 0) {
			// Outside every population of exposed workers: no other module needs to be asked.
			return Optional.of(new EmployerFacts(employerId, duties.creditCode(), duties.name(), duties.regionCode(),
					inProduction, duties.severity() == Severity.SERIOUS, false, exposed.total(), false, false, 0, 0, 1, 0,
					exposed.workforce()).withRadiation(medical, radiation).withProjects(projects).withRectifications(items)
				.withCases(cases).withReferrals(referrals));
		}
		boolean dust = exposed.byHazard().entrySet().stream().anyMatch(e -> e.getKey().startsWith("1") && e.getValue() > 0);
		List<RateLine> lines = training != null ? training : this.training.ofEmployer(SYSTEM, employerId).lines();
		RateLine principal = line(lines, Audience.PRINCIPAL);
		RateLine managers = line(lines, Audience.MANAGER);
		RateLine workerLine = line(lines, Audience.WORKER);
		// Every employer has a principal leader: one it did not name counts as one not trained.
		int leaders = (int) (Math.max(1, principal.denominator()) + managers.denominator());
		int leadersTrained = (int) (principal.numerator() + managers.numerator());
		Map<String, Set<Long>> overdue = overdueExamWorkers(employerId);
		return Optional.of(new EmployerFacts(employerId, duties.creditCode(), duties.name(), duties.regionCode(), true,
				duties.severity() == Severity.SERIOUS, dust, exposed.total(), declared(employerId),
				testingCurrent(employerId), overdue.getOrDefault(ANY, Set.of()).size(), leadersTrained, leaders,
				(int) workerLine.numerator(), (int) workerLine.denominator()).withRadiation(medical, radiation)
			.withInspected(inspections != null ? inspected(inspections.get(employerId)) : inspectedThisYear(employerId))
			.withProjects(projects)
			.withRectifications(items)
			.withCases(cases)
			.withOnlineMonitored(onlineMonitored(employerId))
			.withExamsByCategory(examsByCategory(this.workers.exposedByCategory(SYSTEM, employerId), overdue))
			.withReferrals(referrals));
	}

	/** A device of the employer measuring now, as the monitoring module judges it, that has sent a reading. */
	private boolean onlineMonitored(long employerId) {
		return this.devices.search(SYSTEM, null, employerId, null, PageQuery.of(1, 500))
			.items()
			.stream()
			.anyMatch(d -> d.working() && d.lastMeasuredAt() != null);
	}

	/** Cases whose decision was due from 1 January to today, and those decided by then (the day extensions set). */
	private EmployerFacts.Cases cases(long employerId) {
		LocalDate today = LocalDate.now(this.clock.withZone(IndicatorZone.ZONE));
		int due = 0;
		int onTime = 0;
		for (CaseView c : this.cases.ofEmployer(SYSTEM, employerId)) {
			LocalDate decided = c.steps()
				.stream()
				.filter(s -> s.step() == CaseStep.DECISION)
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
	private EmployerFacts.Rectifications rectifications(long employerId) {
		LocalDate today = LocalDate.now(this.clock.withZone(IndicatorZone.ZONE));
		int[] counts = new int[2];
		this.rectifications.forEach(SYSTEM, new RectificationFilter(null, null, "all", null, employerId), item -> {
			int[] add = rectificationCounts(item.dueOn(), item.status(), item.answeredOn(), today);
			counts[0] += add[0];
			counts[1] += add[1];
		});
		return new EmployerFacts.Rectifications(counts[0], counts[1]);
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
	private EmployerFacts.Projects projects(long employerId) {
		int serious = 0;
		int onSchedule = 0;
		for (ProjectSummary project : this.projects.ofEmployer(SYSTEM, employerId)) {
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
	private boolean inspectedThisYear(long employerId) {
		LocalDate today = LocalDate.now(this.clock.withZone(IndicatorZone.ZONE));
		return inspected(this.enforcement.ofEmployers(SYSTEM, List.of(employerId), today.withDayOfYear(1), today)
			.get(employerId));
	}

	private static boolean inspected(EnforcementFigures.OfEmployer figures) {
		return figures != null && figures.inspections() > 0;
	}

	/** A medical institution: an industry class in division 84 卫生 (hospitals, primary and public health care). */
	static boolean medical(String industryCode) {
		return industryCode != null && industryCode.startsWith("84");
	}

	/** The radiation module's own count of the last period due, so the indicator and /radiation/rates agree. */
	private EmployerFacts.Radiation radiation(long employerId) {
		EmployerMonitoring monitoring = this.doses.monitoringOf(SYSTEM, employerId);
		return new EmployerFacts.Radiation(monitoring.period(), (int) monitoring.workers(), (int) monitoring.monitored());
	}

	private boolean declared(long employerId) {
		for (ClockView clock : this.declarationClocks.pending(SYSTEM, employerId)) {
			if (clock.undeclared()) {
				return false;
			}
		}
		AtomicBoolean accepted = new AtomicBoolean();
		this.declarations.forEach(SYSTEM, DeclarationFilter.ofEmployer(employerId), d -> {
			if (d.status() == DeclarationStatus.ACCEPTED) {
				accepted.set(true);
			}
		});
		return accepted.get();
	}

	private boolean testingCurrent(long employerId) {
		return this.testingClocks.ofEmployer(SYSTEM, employerId)
			.stream()
			.filter(c -> c.kind() == ValidityKind.TESTING)
			.anyMatch(c -> c.lastDoneOn() != null && !c.deadline().overdue());
	}

	/**
	 * The distinct workers with an overdue pre-placement or periodic exam ({@code ""}: any factor), and per hazard
	 * factor category those overdue for a factor of it (an item naming no factor counts under every category).
	 */
	private Map<String, Set<Long>> overdueExamWorkers(long employerId) {
		Map<String, Set<Long>> overdue = new HashMap<>();
		Set<Long> unnamed = new HashSet<>();
		this.schedules.forEach(SYSTEM, new ExamDueFilter(null, employerId, null, null, "overdue", null, null, "due"),
				item -> {
					if (item.kind() == ExamDueKind.PRE_PLACEMENT || item.kind() == ExamDueKind.PERIODIC) {
						overdue.computeIfAbsent(ANY, k -> new HashSet<>()).add(item.workerId());
						if (item.hazardCode() == null || item.hazardCode().isBlank()) {
							unnamed.add(item.workerId());
						}
						else {
							overdue.computeIfAbsent(item.hazardCode().substring(0, 1), k -> new HashSet<>())
								.add(item.workerId());
						}
					}
				});
		if (!unnamed.isEmpty()) {
			for (String category : HAZARD_CATEGORIES) {
				overdue.computeIfAbsent(category, k -> new HashSet<>()).addAll(unnamed);
			}
		}
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
	private EmployerFacts.Referrals referrals(long employerId) {
		LocalDate today = LocalDate.now(this.clock.withZone(IndicatorZone.ZONE));
		int found = 0;
		int applied = 0;
		for (ReferralView referral : this.diagnoses.referralsOfEmployer(SYSTEM, employerId)) {
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
