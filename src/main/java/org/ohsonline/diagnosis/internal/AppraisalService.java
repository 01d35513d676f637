package org.ohsonline.diagnosis.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.ohsonline.audit.AuditTrail;
import org.ohsonline.diagnosis.Applicant;
import org.ohsonline.diagnosis.AppraisalDecision;
import org.ohsonline.diagnosis.AppraisalRequest;
import org.ohsonline.diagnosis.Appraisals;
import org.ohsonline.diagnosis.CaseClock;
import org.ohsonline.diagnosis.CaseStatus;
import org.ohsonline.diagnosis.CaseView;
import org.ohsonline.diagnosis.ClockKind;
import org.ohsonline.diagnosis.DiagnosisOverturned;
import org.ohsonline.diagnosis.DiseaseDiagnosed;
import org.ohsonline.diagnosis.OutcomeStage;
import org.ohsonline.reference.OccupationalDisease;
import org.ohsonline.shared.AccessDeniedException;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.Limits;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.ScopeKeys;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appraisal by the 设区的市 commission and re-appraisal by the provincial commission (职业病防治法
 * Art. 52), each requested inside its window and decided by a commission of its level; the
 * provincial conclusion is final.
 */
@Service
class AppraisalService implements Appraisals {

	/** Region-code length of a 设区的市 and of a province (RegionCode levels). */
	private static final int CITY = 4;

	private static final int PROVINCE = 2;

	private final CaseStore store;

	private final CaseClocks clocks;

	private final CaseViews views;

	private final CaseRules rules;

	private final Scopes scopes;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	AppraisalService(CaseStore store, CaseClocks clocks, CaseViews views, CaseRules rules, Scopes scopes,
			AuditTrail audit, ApplicationEventPublisher events) {
		this.store = store;
		this.clocks = clocks;
		this.views = views;
		this.rules = rules;
		this.scopes = scopes;
		this.audit = audit;
		this.events = events;
	}

	@Override
	@Transactional
	public CaseView request(Actor actor, long caseId, AppraisalRequest request) {
		actor.require(DiagnosisPermissions.APPRAISAL_REQUEST);
		CaseStore.Row row = visible(actor, caseId);
		Applicant party = switch (actor.scope().kind()) {
			case PERSON -> Applicant.WORKER;
			case EMPLOYER -> Applicant.EMPLOYER;
			case REGION -> request.requestedBy();
			case AGENCY, INSTITUTION -> throw new AccessDeniedException(DiagnosisPermissions.APPRAISAL_REQUEST);
		};
		ClockKind window = switch (row.status()) {
			case CERTIFIED -> ClockKind.APPRAISAL;
			case APPRAISED -> ClockKind.REAPPRAISAL;
			default -> throw InvalidInputException.of(null, "diagnosis.error.appraisalNotOpen");
		};
		if (party == null) {
			throw InvalidInputException.of("requestedBy", "diagnosis.error.applicantRequired");
		}
		if (request.reason() == null || request.reason().isBlank()) {
			throw InvalidInputException.of("reason", "diagnosis.error.reasonRequired");
		}
		Limits.enforce("reason", request.reason(), Limits.TEXT);
		LocalDate on = request.requestedOn() == null ? this.clocks.today() : request.requestedOn();
		CaseClock clock = this.clocks.of(caseId, window)
			.orElseThrow(() -> InvalidInputException.of(null, "diagnosis.error.appraisalNotOpen"));
		this.rules.checkDay("requestedOn", on, clock.startedOn(), "diagnosis.error.beforeWindow");
		if (clock.state() == CaseClock.State.LAPSED || on.isAfter(clock.dueOn())) {
			throw window == ClockKind.APPRAISAL
					? InvalidInputException.of("requestedOn", "diagnosis.error.windowClosed.APPRAISAL", clock.startedOn(),
							clock.days(), clock.dueOn(), on)
					: InvalidInputException.of("requestedOn", "diagnosis.error.windowClosed.REAPPRAISAL",
							clock.startedOn(), clock.days(), clock.dueOn(), on);
		}
		boolean city = window == ClockKind.APPRAISAL;
		String level = city ? "CITY" : "PROVINCE";
		String authority = row.regionCode().substring(0, Math.min(row.regionCode().length(), city ? CITY : PROVINCE));
		this.store.insertAppraisal(caseId, level, authority, on, party, request.reason().trim(), this.clocks.now());
		CaseStatus next = city ? CaseStatus.APPRAISAL_REQUESTED : CaseStatus.REAPPRAISAL_REQUESTED;
		this.store.status(caseId, next, this.clocks.now());
		this.clocks.meet(caseId, window, on);
		this.store.history(caseId, this.clocks.now(), city ? "APPRAISAL_REQUESTED" : "REAPPRAISAL_REQUESTED",
				actor.displayName(), party.name());
		this.audit.record(actor, "diagnosis.appraisal.requested", CaseRules.target(row),
				Map.of("status", row.status().name()), Map.of("status", next.name(), "level", level, "requestedOn",
						on.toString(), "requestedBy", party.name(), "authority", authority));
		return this.views.view(this.store.lock(caseId).orElseThrow());
	}

	@Override
	@Transactional
	public CaseView decide(Actor actor, long caseId, AppraisalDecision decision) {
		actor.require(DiagnosisPermissions.APPRAISAL_DECIDE);
		if (actor.scope().kind() != Scope.Kind.REGION) {
			throw new AccessDeniedException(DiagnosisPermissions.APPRAISAL_DECIDE);
		}
		CaseStore.Row row = visible(actor, caseId);
		boolean city = switch (row.status()) {
			case APPRAISAL_REQUESTED -> true;
			case REAPPRAISAL_REQUESTED -> false;
			default -> throw InvalidInputException.of(null, "diagnosis.error.noAppraisalRequested");
		};
		if (actor.scope().value().length() > (city ? CITY : PROVINCE)) {
			// Art. 52: appraisal by the 设区的市 commission, re-appraisal by the province; a county decides neither.
			throw new AccessDeniedException(DiagnosisPermissions.APPRAISAL_DECIDE);
		}
		String level = city ? "CITY" : "PROVINCE";
		CaseView.Appraisal appraisal = this.store.appraisals(caseId)
			.stream()
			.filter(a -> a.level().equals(level))
			.findFirst()
			.orElseThrow();
		LocalDate on = decision.decidedOn() == null ? this.clocks.today() : decision.decidedOn();
		this.rules.checkDay("decidedOn", on, appraisal.requestedOn(), "diagnosis.error.beforeRequest");
		Optional<OccupationalDisease> disease = this.rules.disease(decision.occupational(), decision.diseaseCode());
		if (decision.documentNumber() == null || decision.documentNumber().isBlank()) {
			throw InvalidInputException.of("documentNumber", "diagnosis.error.documentRequired");
		}
		Limits.enforce("documentNumber", decision.documentNumber(), Limits.CODE);
		Limits.enforce("conclusion", decision.conclusion(), Limits.TEXT);
		String conclusion = decision.conclusion() == null ? null : decision.conclusion().trim();
		this.store.decideAppraisal(caseId, level, on, disease.isPresent(), disease.map(OccupationalDisease::code).orElse(null),
				disease.map(OccupationalDisease::name).orElse(null), decision.documentNumber().trim(), conclusion,
				actor.displayName());
		OutcomeStage stage = city ? OutcomeStage.APPRAISAL : OutcomeStage.REAPPRAISAL;
		CaseStatus next = city ? CaseStatus.APPRAISED : CaseStatus.REAPPRAISED;
		boolean finalDecision = !city;
		this.store.status(caseId, next, this.clocks.now());
		this.store.outcome(caseId, CaseRules.outcome(disease, stage, on, finalDecision), this.clocks.now());
		this.store.history(caseId, this.clocks.now(), city ? "APPRAISED" : "REAPPRAISED", actor.displayName(),
				disease.map(OccupationalDisease::name).orElse(null));
		Map<String, Object> before = new LinkedHashMap<>();
		before.put("status", row.status().name());
		before.put("disease", row.diseaseCode());
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("status", next.name());
		after.put("decidedOn", on.toString());
		after.put("occupational", disease.isPresent());
		after.put("disease", disease.map(OccupationalDisease::code).orElse(null));
		after.put("documentNumber", decision.documentNumber().trim());
		after.put("final", finalDecision);
		this.audit.record(actor, "diagnosis.appraisal.decided", CaseRules.target(row), before, after);
		if (city) {
			this.clocks.start(actor, row, ClockKind.REAPPRAISAL, on);
		}
		if (disease.isPresent()) {
			OccupationalDisease d = disease.get();
			this.events.publishEvent(new DiseaseDiagnosed(row.id(), row.workerId(), row.employerId(), row.regionCode(),
					d.code(), d.name(), d.categoryCode(), on, stage, finalDecision));
		}
		else if (row.diseaseCode() != null) {
			this.events.publishEvent(new DiagnosisOverturned(row.id(), row.workerId(), row.employerId(), row.regionCode(),
					on, stage, finalDecision));
		}
		return this.views.view(this.store.lock(caseId).orElseThrow());
	}

	private CaseStore.Row visible(Actor actor, long caseId) {
		CaseStore.Row row = this.store.lock(caseId).orElseThrow(() -> new NotFoundException("diagnosis-case", caseId));
		if (!this.scopes.of(actor).covers(ScopeKeys.of(row.regionCode(), row.creditCode()).institution(row.institutionCreditCode()).worker(row.workerId()))) {
			throw new NotFoundException("diagnosis-case", caseId);
		}
		return row;
	}

}
