package org.ohsonline.diagnosis.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.diagnosis.CaseClock;
import org.ohsonline.diagnosis.CaseClockMet;
import org.ohsonline.diagnosis.ClockKind;
import org.ohsonline.diagnosis.DiseaseDiagnosed;
import org.ohsonline.notification.Inbox;
import org.ohsonline.notification.Notice;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Deadline;
import org.ohsonline.shared.Scope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts and meets the statutory clocks of cases with the period of the catalog in force on the
 * start day, and runs the daily reminders: a notice once per clock when it is 7 days from its due
 * date; a duty (diagnosis, certificate) past due is marked overdue once, audited and noticed; a
 * window (appraisal, re-appraisal) past due lapses and the outcome becomes final. "Today" is the
 * date in Asia/Shanghai of the injected {@link Clock}, so tests fix it.
 */
@Component
class CaseClocks {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final Logger log = LoggerFactory.getLogger(CaseClocks.class);

	private final CaseClockStore store;

	private final CaseStore cases;

	private final DiagnosisRules rules;

	private final AuditTrail audit;

	private final Inbox inbox;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CaseClocks(CaseClockStore store, CaseStore cases, DiagnosisRules rules, AuditTrail audit, Inbox inbox,
			ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.cases = cases;
		this.rules = rules;
		this.audit = audit;
		this.inbox = inbox;
		this.events = events;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(this.clock.withZone(ZONE));
	}

	Instant now() {
		return Instant.now(this.clock);
	}

	/** Starts the clock of a case; none when the catalog in force has no period for the step (logged). */
	Optional<CaseClock> start(Actor actor, CaseStore.Row c, ClockKind kind, LocalDate startedOn) {
		Optional<DiagnosisRules.Period> period = this.rules.period(kind, startedOn);
		if (period.isEmpty()) {
			log.warn("No {} period in the diagnosis-deadlines catalog in force on {}; no clock for case {}", kind,
					startedOn, c.number());
			return Optional.empty();
		}
		this.store.insert(c.id(), c.regionCode(), kind, startedOn, period.get(), now());
		CaseClock started = this.store.of(c.id(), kind, today()).orElseThrow();
		this.audit.record(actor, "diagnosis.clock.started", target(started), null,
				Map.of("case", c.number(), "kind", kind.name(), "startedOn", startedOn.toString(), "days",
						started.days(), "dueOn", started.dueOn().toString(), "basis", started.basis()));
		return Optional.of(started);
	}

	/** Meets the open clock; an institution's duty met is published ({@link CaseClockMet}) for the indicators. */
	void meet(long caseId, ClockKind kind, LocalDate on) {
		if (this.store.meet(caseId, kind, on) && kind.duty()) {
			this.cases.lock(caseId)
				.ifPresent(c -> this.events.publishEvent(new CaseClockMet(caseId, c.institutionId(), kind, on)));
		}
	}

	Optional<CaseClock> of(long caseId, ClockKind kind) {
		return this.store.of(caseId, kind, today());
	}

	List<CaseClock> ofCase(long caseId) {
		return this.store.ofCase(caseId, today());
	}

	/**
	 * The reminder run for a day. Supervisors of the region are told of every step; the employer
	 * also of its appraisal windows (a party). Repeated runs on a day change nothing more.
	 */
	@Transactional
	Reminded remind(LocalDate today) {
		Actor system = Actor.system("diagnosis-reminders");
		List<CaseClock> soon = this.store.markDueSoon(today, today.plusDays(Deadline.AMBER_DAYS));
		for (CaseClock c : soon) {
			notice(c, "diagnosis.notice.dueSoon." + c.kind());
		}
		List<CaseClock> overdue = this.store.markOverdue(today);
		for (CaseClock c : overdue) {
			this.audit.record(system, "diagnosis.clock.overdue", target(c), Map.of("state", "OPEN"),
					Map.of("state", "OPEN", "overdueSince", c.dueOn().plusDays(1).toString()));
			notice(c, "diagnosis.notice.overdue." + c.kind());
		}
		List<CaseClock> lapsed = this.store.lapseWindows(today);
		for (CaseClock c : lapsed) {
			this.audit.record(system, "diagnosis.clock.lapsed", target(c), Map.of("state", "OPEN"),
					Map.of("state", "LAPSED", "dueOn", c.dueOn().toString()));
			CaseStore.Row row = this.cases.lock(c.caseId()).orElseThrow();
			// The last window passed unused: the outcome in force can no longer be appealed.
			boolean stillOpen = (c.kind() == ClockKind.APPRAISAL && row.status() == org.ohsonline.diagnosis.CaseStatus.CERTIFIED)
					|| (c.kind() == ClockKind.REAPPRAISAL && row.status() == org.ohsonline.diagnosis.CaseStatus.APPRAISED);
			if (stillOpen && !row.outcomeFinal()) {
				this.cases.finalise(row.id(), now());
				this.cases.history(row.id(), now(), "FINAL", system.displayName(), c.kind().name());
				this.audit.record(system, "diagnosis.case.final", AuditTarget.of("diagnosis-case", row.id(), row.regionCode()),
						Map.of("outcomeFinal", false), Map.of("outcomeFinal", true, "lapsed", c.kind().name()));
				if (row.diseaseCode() != null) {
					this.events.publishEvent(new DiseaseDiagnosed(row.id(), row.workerId(), row.employerId(),
							row.regionCode(), row.diseaseCode(), row.diseaseName(), row.categoryCode(), row.outcomeOn(),
							row.outcomeStage(), true));
				}
			}
		}
		return new Reminded(soon.size(), overdue.size(), lapsed.size());
	}

	/** What a reminder run marked. */
	record Reminded(int dueSoon, int overdue, int lapsed) {
	}

	private void notice(CaseClock c, String key) {
		List<String> arguments = List.of(c.caseNumber(), c.dueOn().toString(), c.institutionName());
		String link = "/diagnosis/cases/" + c.caseId();
		String source = "diagnosis:clock:" + c.id();
		this.inbox.deliver(new Notice(Scope.region(c.regionCode()), DiagnosisPermissions.READ, key, arguments, link, source));
		if (!c.kind().duty()) {
			String credit = this.cases.lock(c.caseId()).map(CaseStore.Row::creditCode).orElse(null);
			if (credit != null) {
				this.inbox.deliver(new Notice(new Scope(Scope.Kind.EMPLOYER, credit), DiagnosisPermissions.READ, key,
						arguments, link, source));
			}
		}
	}

	private static AuditTarget target(CaseClock clock) {
		return AuditTarget.of("diagnosis-clock", clock.id(), clock.regionCode());
	}

}
