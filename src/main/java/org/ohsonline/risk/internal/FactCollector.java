package org.ohsonline.risk.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ohsonline.declaration.ClockView;
import org.ohsonline.declaration.DeclarationClocks;
import org.ohsonline.diagnosis.DiseaseRegistry;
import org.ohsonline.monitoring.AlertFilter;
import org.ohsonline.monitoring.AlertStatus;
import org.ohsonline.monitoring.Alerts;
import org.ohsonline.reference.HazardFactor;
import org.ohsonline.reference.HazardFactors;
import org.ohsonline.registry.EmployerDuties;
import org.ohsonline.registry.EmployerExposure;
import org.ohsonline.registry.EmployerProfile;
import org.ohsonline.registry.ExposedWorkforce;
import org.ohsonline.registry.Workers;
import org.ohsonline.risk.PortraitFact;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.surveillance.ExamDueFilter;
import org.ohsonline.surveillance.ExamDueItem;
import org.ohsonline.surveillance.ExamSchedules;
import org.ohsonline.surveillance.ExamTaskKind;
import org.ohsonline.surveillance.ExamTaskView;
import org.ohsonline.surveillance.ExamTasks;
import org.ohsonline.testing.MeasuredExposures;
import org.ohsonline.testing.TestingClocks;
import org.ohsonline.testing.ValidityClockView;

import org.springframework.stereotype.Component;

/**
 * Gathers the facts of one group of an employer's portrait through the owning module's facade (with the
 * platform's own actor: this is the read model's refresh, not a user's read). Each fact carries its date
 * and source; facts that are findings carry the key their rectification item is known by.
 */
@Component
class FactCollector {

	static final String REGISTRY = "registry";

	static final String DECLARATION = "declaration";

	static final String TESTING = "testing";

	static final String SURVEILLANCE = "surveillance";

	static final String DIAGNOSIS = "diagnosis";

	static final String MONITORING = "monitoring";

	static final List<String> GROUPS = List.of(REGISTRY, DECLARATION, TESTING, SURVEILLANCE, DIAGNOSIS, MONITORING);

	private static final Actor SYSTEM = Actor.system("risk-portrait");

	private final Workers workers;

	private final HazardFactors hazards;

	private final MeasuredExposures exposures;

	private final TestingClocks testingClocks;

	private final DeclarationClocks declarationClocks;

	private final ExamSchedules schedules;

	private final ExamTasks tasks;

	private final DiseaseRegistry diseases;

	private final Alerts alerts;

	FactCollector(Workers workers, HazardFactors hazards, MeasuredExposures exposures,
			TestingClocks testingClocks, DeclarationClocks declarationClocks, ExamSchedules schedules, ExamTasks tasks,
			DiseaseRegistry diseases, Alerts alerts) {
		this.workers = workers;
		this.hazards = hazards;
		this.exposures = exposures;
		this.testingClocks = testingClocks;
		this.declarationClocks = declarationClocks;
		this.schedules = schedules;
		this.tasks = tasks;
		this.diseases = diseases;
		this.alerts = alerts;
	}

	/** The register's view of the employer, its structure's factors and its exposed headcount. */
	record Register(PortraitStore.Identity identity, int exposed, int workforce, List<String> hazardCodes,
			List<PortraitFact> facts) {
	}

	/**
	 * The employer's own part of the register: what the portrait row holds of it and the {@code SEVERITY} fact (the
	 * first of the registry group's facts).
	 */
	record Profile(PortraitStore.Identity identity, PortraitFact severity) {
	}

	/** Empty when the employer is not in the register. */
	Optional<Register> register(long employerId) {
		return this.workers.exposure(SYSTEM, employerId).map(employer -> register(employerId, employer));
	}

	/**
	 * The employer's own part alone, without counting its workforce (one statement against the register's two and
	 * a count over every current employment): enough when the employer's fields or status changed, not its posts or
	 * people. Empty when the employer is not in the register.
	 */
	Optional<Profile> profile(long employerId) {
		return this.workers.profile(SYSTEM, employerId).map(FactCollector::profile);
	}

	private static Profile profile(EmployerProfile employer) {
		EmployerDuties duties = employer.duties();
		String severity = duties.severity() == null ? null : duties.severity().name();
		PortraitStore.Identity identity = new PortraitStore.Identity(duties.id(), duties.creditCode(), duties.name(),
				duties.regionCode(), employer.industryCode(), duties.status().name(), severity, duties.dutiesSince(),
				duties.productionStartKnown());
		PortraitFact fact = fact(REGISTRY, "SEVERITY", null,
				severity == null ? "risk.fact.severityUnlisted" : "risk.fact.severity",
				// The basis (directory entry, answers, edition) is on the employer's page the fact links to.
				List.of(employer.industryCode() == null ? "" : employer.industryCode(), severity == null ? "" : severity),
				employer.registeredOn(), "registry", "/employers/" + duties.id());
		return new Profile(identity, fact);
	}

	private Register register(long employerId, EmployerExposure employer) {
		ExposedWorkforce exposed = employer.exposed();
		Profile profile = profile(new EmployerProfile(employer.duties(), employer.industryCode(), employer.registeredOn()));
		List<PortraitFact> facts = new ArrayList<>();
		facts.add(profile.severity());
		facts.add(fact(REGISTRY, "WORKFORCE", null, "risk.fact.workforce",
				List.of(String.valueOf(exposed.workforce()), String.valueOf(exposed.total())), LocalDate.now(Assessor.ZONE),
				"registry", "/employers/" + employerId + "?tab=workers"));
		for (String code : employer.hazardCodes()) {
			facts.add(fact(REGISTRY, "EXPOSED", null, "risk.fact.exposed",
					List.of(code, name(code), String.valueOf(exposed.of(code))), LocalDate.now(Assessor.ZONE), "registry",
					"/employers/" + employerId + "?tab=structure"));
		}
		return new Register(profile.identity(), exposed.total(), exposed.workforce(), employer.hazardCodes(), facts);
	}

	List<PortraitFact> declaration(long employerId) {
		return declaration(employerId, this.declarationClocks.pending(SYSTEM, employerId));
	}

	/**
	 * The declaration and testing groups of each of the employers, read for all of them at once (a statement per
	 * facade, where a refresh reads them employer by employer): the whole register's findings that its classes
	 * count, when a register is built in bulk.
	 */
	Map<Long, List<PortraitFact>> declarationAndTesting(Collection<Long> employerIds) {
		Map<Long, List<ClockView>> pending = this.declarationClocks.pendingOf(SYSTEM, employerIds);
		Map<Long, List<MeasuredExposures.PostVerdict>> verdicts = this.exposures.latestVerdictsOf(employerIds);
		Map<Long, List<ValidityClockView>> clocks = this.testingClocks.ofEmployers(SYSTEM, employerIds);
		Map<Long, List<PortraitFact>> facts = new HashMap<>();
		for (long id : employerIds) {
			List<PortraitFact> of = new ArrayList<>(declaration(id, pending.getOrDefault(id, List.of())));
			of.addAll(testing(id, verdicts.getOrDefault(id, List.of()), clocks.getOrDefault(id, List.of())));
			facts.put(id, of);
		}
		return facts;
	}

	private static List<PortraitFact> declaration(long employerId, List<ClockView> pending) {
		List<PortraitFact> facts = new ArrayList<>();
		for (ClockView clock : pending) {
			String link = "/declarations/clocks?employerId=" + employerId;
			if (clock.undeclared() && clock.overdue()) {
				facts.add(fact(DECLARATION, "UNDECLARED", "UNDECLARED:" + clock.id(), "risk.fact.undeclared",
						List.of(clock.startedOn().toString(), clock.dueOn().toString(),
								String.valueOf(clock.deadline().daysOverdue())),
						clock.dueOn(), clock.basis(), link));
			}
			else if (clock.overdue()) {
				facts.add(fact(DECLARATION, "DECLARATION_OVERDUE", "DECLARATION_OVERDUE:" + clock.id(),
						"risk.fact.declarationOverdue",
						List.of(clock.reasonName(), clock.dueOn().toString(), String.valueOf(clock.deadline().daysOverdue())),
						clock.dueOn(), clock.basis(), link));
			}
			else {
				facts.add(fact(DECLARATION, "DECLARATION_DUE", null, "risk.fact.declarationDue",
						List.of(clock.reasonName(), clock.dueOn().toString(), String.valueOf(clock.deadline().daysLeft())),
						clock.startedOn(), clock.basis(), link));
			}
		}
		if (facts.isEmpty()) {
			facts.add(fact(DECLARATION, "DECLARATION_CURRENT", null, "risk.fact.declarationCurrent", List.of(),
					LocalDate.now(Assessor.ZONE), "declaration", "/declarations?employerId=" + employerId));
		}
		return facts;
	}

	List<PortraitFact> testing(long employerId) {
		return testing(employerId, this.exposures.latestVerdicts(employerId),
				this.testingClocks.ofEmployer(SYSTEM, employerId));
	}

	private List<PortraitFact> testing(long employerId, List<MeasuredExposures.PostVerdict> verdicts,
			List<ValidityClockView> clocks) {
		List<PortraitFact> facts = new ArrayList<>();
		for (MeasuredExposures.PostVerdict verdict : verdicts) {
			List<String> args = List.of(verdict.factorCode(), name(verdict.factorCode()), String.valueOf(verdict.postId()),
					verdict.value() == null ? "" : verdict.value().stripTrailingZeros().toPlainString(),
					verdict.limit() == null ? "" : verdict.limit().stripTrailingZeros().toPlainString(),
					verdict.unit() == null ? "" : verdict.unit(), verdict.jobNumber());
			String link = "/testing/jobs/" + verdict.jobId();
			facts.add(verdict.compliant()
					? fact(TESTING, "VERDICT", null, "risk.fact.compliant", args, verdict.reviewedOn(), verdict.jobNumber(),
							link)
					: fact(TESTING, "EXCEEDANCE",
							"EXCEEDANCE:" + verdict.jobId() + ":" + verdict.postId() + ":" + verdict.factorCode(),
							"risk.fact.exceedance", args, verdict.reviewedOn(), verdict.jobNumber(), link));
		}
		for (ValidityClockView clock : clocks) {
			List<String> args = List.of(clock.kind().name(), clock.dueOn().toString(),
					String.valueOf(clock.deadline().daysOverdue()), String.valueOf(clock.deadline().daysLeft()));
			facts.add(clock.deadline().overdue()
					? fact(TESTING, "OVERDUE_TEST", "OVERDUE_TEST:" + clock.kind() + ":" + clock.dueOn(),
							"risk.fact.overdueTest", args, clock.dueOn(), clock.basis(), "/testing/clocks?employerId=" + employerId)
					: fact(TESTING, "TEST_DUE", null, "risk.fact.testDue", args, clock.anchorOn(), clock.basis(),
							"/testing/clocks?employerId=" + employerId));
		}
		return facts;
	}

	List<PortraitFact> surveillance(long employerId, LocalDate today) {
		List<PortraitFact> facts = new ArrayList<>();
		var overdue = this.schedules.due(SYSTEM,
				new ExamDueFilter(null, employerId, null, null, "overdue", null, null, "due"), new PageQuery(1, 50));
		if (overdue.total() > 0) {
			LocalDate earliest = overdue.items().stream().map(i -> i.deadline().dueOn()).min(LocalDate::compareTo)
				.orElse(today);
			long workersMissing = overdue.items().stream().map(ExamDueItem::workerId).distinct().count();
			// One item per set of overdue exams: the same set keeps its key (a released item is not reopened
			// while nothing changed), a changed set moves the open item to the new key (RectificationStore.open).
			String set = Integer.toHexString(overdue.items().stream().map(ExamDueItem::id).sorted().toList().hashCode());
			facts.add(fact(SURVEILLANCE, "EXAMS_MISSING", "EXAMS_MISSING:" + set, "risk.fact.examsMissing",
					List.of(String.valueOf(overdue.total()), String.valueOf(workersMissing), earliest.toString()), earliest,
					"exam-rules", "/surveillance/due?employerId=" + employerId + "&state=overdue"));
		}
		else {
			facts.add(fact(SURVEILLANCE, "EXAMS_CURRENT", null, "risk.fact.examsCurrent", List.of(), today, "exam-rules",
					"/surveillance/due?employerId=" + employerId));
		}
		LocalDate since = today.minusYears(3);
		this.tasks.forEach(SYSTEM, null, null, null, employerId, task -> {
			if (task.kind() == ExamTaskKind.JOB_TRANSFER && !task.done()) {
				facts.add(fact(SURVEILLANCE, "CONTRAINDICATED_AT_POST", "CONTRAINDICATED_AT_POST:" + task.id(),
						"risk.fact.contraindicated", List.of(task.hazardName() == null ? "" : task.hazardName(),
								task.dueOn().toString(), task.examNumber()),
						task.dueOn(), task.examNumber(), "/surveillance/tasks/" + task.id()));
			}
			else if (task.kind() == ExamTaskKind.SUSPECTED_REPORT && !task.done() && overdue(task)) {
				facts.add(fact(SURVEILLANCE, "SUSPECTED_UNREPORTED", "SUSPECTED_UNREPORTED:" + task.id(),
						"risk.fact.suspectedUnreported", List.of(task.hazardName() == null ? "" : task.hazardName(),
								task.dueOn().toString(), task.examNumber()),
						task.dueOn(), task.examNumber(), "/surveillance/tasks/" + task.id()));
			}
			else if (task.kind() == ExamTaskKind.SUSPECTED_REPORT && !task.dueOn().isBefore(since)) {
				facts.add(fact(SURVEILLANCE, "SUSPECTED", null, "risk.fact.suspected",
						List.of(task.hazardName() == null ? "" : task.hazardName(), task.examNumber()), task.dueOn(),
						task.examNumber(), "/surveillance/tasks/" + task.id()));
			}
		});
		return facts;
	}

	List<PortraitFact> diagnosis(long employerId, String creditCode, String name, String regionCode, LocalDate today) {
		List<PortraitFact> facts = new ArrayList<>();
		LocalDate since = today.minusYears(3);
		this.diseases.forEach(SYSTEM, new DiseaseRegistry.Filter(name, regionCode, null, null, false, null), entry -> {
			if (creditCode.equals(entry.creditCode()) && entry.outcomeOn() != null && !entry.outcomeOn().isBefore(since)) {
				facts.add(fact(DIAGNOSIS, "DIAGNOSIS", null, "risk.fact.diagnosis",
						List.of(entry.diseaseName(), entry.stage().name(), String.valueOf(entry.outcomeFinal())),
						entry.outcomeOn(), entry.number(), "/diagnosis/cases/" + entry.caseId()));
			}
		});
		return facts;
	}

	List<PortraitFact> monitoring(long employerId, LocalDate today) {
		List<PortraitFact> facts = new ArrayList<>();
		LocalDate since = today.minusYears(3);
		this.alerts.forEach(SYSTEM, new AlertFilter(null, AlertStatus.CONFIRMED, null, employerId, null), alert -> {
			LocalDate on = (alert.resolvedAt() != null ? alert.resolvedAt() : alert.raisedAt()).atZone(Assessor.ZONE)
				.toLocalDate();
			if (!on.isBefore(since)) {
				facts.add(fact(MONITORING, "ALERT_CONFIRMED", "ALERT_CONFIRMED:" + alert.id(), "risk.fact.alertConfirmed",
						List.of(alert.hazardName() == null ? "" : alert.hazardName(), alert.postName() == null ? "" : alert.postName(),
								String.valueOf(alert.observed()), String.valueOf(alert.limit()), alert.unit()),
						on, alert.deviceCode(), "/monitoring/alerts/" + alert.id()));
			}
		});
		return facts;
	}

	private static boolean overdue(ExamTaskView task) {
		return task.deadline() != null && task.deadline().overdue();
	}

	private String name(String code) {
		return this.hazards.findFactor(code).map(HazardFactor::name).orElse(code);
	}

	static PortraitFact fact(String group, String kind, String findingKey, String messageKey, List<String> arguments,
			LocalDate observedOn, String source, String link) {
		return new PortraitFact(group, kind, findingKey, messageKey, arguments, observedOn,
				source == null ? group : source, link);
	}

}
