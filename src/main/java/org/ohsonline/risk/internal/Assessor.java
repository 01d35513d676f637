package org.ohsonline.risk.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.risk.ClassChanged;
import org.ohsonline.risk.Light;
import org.ohsonline.risk.Outcome;
import org.ohsonline.risk.RiskClass;
import org.ohsonline.shared.Actor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assesses one employer from its portrait: classifies with the rules in force, keeps an override
 * while the computed class stays the one it overrode, writes a history entry when anything changed
 * (or when {@code always}), and on a change of class publishes {@link ClassChanged}, audits it and
 * withdraws the poster of the earlier class, all in the caller's transaction.
 */
@Component
class Assessor {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final PortraitStore portraits;

	private final AssessmentStore assessments;

	private final RulesSource rules;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Posters posters;

	private final Clock clock;

	Assessor(PortraitStore portraits, AssessmentStore assessments, RulesSource rules, AuditTrail audit,
			ApplicationEventPublisher events, Posters posters, Clock clock) {
		this.portraits = portraits;
		this.assessments = assessments;
		this.rules = rules;
		this.audit = audit;
		this.events = events;
		this.posters = posters;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(this.clock.withZone(ZONE));
	}

	/** What the rules give now for the portrait row (nothing written). */
	Outcome outcome(PortraitStore.Row row) {
		return Classifier.classify(this.rules.rules(today()), row.inputs());
	}

	/**
	 * Assesses the employer.
	 * @param row the employer's portrait row, locked by the caller's transaction ({@link PortraitStore#recount})
	 * @param trigger what caused it ({@code EVENT}, {@code PERIODIC}, …)
	 * @param always write a history entry even when nothing changed (periodic and manual reassessments)
	 * @return the row as it stands afterwards
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	PortraitStore.Row assess(PortraitStore.Row row, String trigger, String detail, Actor actor, boolean always) {
		long employerId = row.employerId();
		LocalDate today = today();
		RiskRules rules = this.rules.rules(today);
		Outcome outcome = Classifier.classify(rules, row.inputs());
		RiskClass riskClass = outcome.riskClass();
		Light light = outcome.light();
		boolean overridden = false;
		String overrideReason = null;
		// The row mirrors its assessment's override flag: the assessment is read only for an override to keep.
		Optional<AssessmentStore.Stored> current = row.assessmentId() == null || !row.overridden() ? Optional.empty()
				: this.assessments.find(row.assessmentId());
		if (current.isPresent() && current.get().view().overridden()
				&& current.get().view().computedClass() == outcome.riskClass()) {
			overridden = true;
			overrideReason = current.get().view().overrideReason();
			riskClass = current.get().view().riskClass();
			light = rules.lights().get(riskClass).light();
		}
		boolean changed = row.riskClass() != riskClass || row.hazardLevel() != outcome.hazardLevel()
				|| row.grade() != outcome.grade() || row.light() != light || row.overridden() != overridden;
		if (!changed && !always) {
			return row;
		}
		String why = overridden || !(current.isPresent() && current.get().view().overridden()) ? detail
				: detail + " · override lapsed: computed class changed";
		write(row, outcome, riskClass, light, overridden, overrideReason, trigger, why, actor, rules, today);
		return this.portraits.find(employerId).orElseThrow();
	}

	/** Writes the assessment with the class given (an override's or the computed one). */
	@Transactional(propagation = Propagation.MANDATORY)
	long write(PortraitStore.Row row, Outcome outcome, RiskClass riskClass, Light light, boolean overridden,
			String overrideReason, String trigger, String detail, Actor actor, RiskRules rules, LocalDate today) {
		LocalDate nextDue = nextDue(row, rules, today);
		long id = this.assessments.insert(new AssessmentStore.New(row.employerId(), row.regionCode(), today, trigger,
				detail, outcome.hazardLevel(), outcome.grade(), outcome.riskClass(), riskClass, light, overridden,
				overrideReason, actor.displayName(), row.riskClass(), row.inputs(), outcome.path(), rules.versionId(),
				rules.edition(), nextDue));
		this.portraits.updateClass(row.employerId(), id, outcome.hazardLevel(), outcome.grade(), riskClass, light,
				overridden, today, nextDue);
		if (row.riskClass() != riskClass) {
			this.audit.record(actor, "risk.class.changed", AuditTarget.of("employer", row.employerId(), row.regionCode()),
					row.riskClass() == null ? null : Map.of("class", row.riskClass().name()),
					Map.of("class", riskClass.name(), "light", light.name(), "trigger", trigger, "overridden", overridden));
			this.events.publishEvent(new ClassChanged(row.employerId(), row.creditCode(), row.regionCode(),
					row.riskClass(), riskClass, light, overridden, today, trigger, id));
			this.posters.withdrawFor(actor, row.employerId(), riskClass);
		}
		return id;
	}

	/**
	 * The latest day of the next assessment: 3 years on (the edition's period), or for an employer
	 * without a self-inspection whose start of production is less than the edition's months ago, that
	 * many months after it (a new employer is assessed within 2 months of starting production).
	 */
	static LocalDate nextDue(PortraitStore.Row row, RiskRules rules, LocalDate today) {
		LocalDate due = today.plusYears(rules.reassessYears());
		if (row.selfInspectionId() == null && row.dutiesSince() != null) {
			LocalDate newEmployer = row.dutiesSince().plusMonths(rules.newEmployerMonths());
			if (newEmployer.isAfter(today) && newEmployer.isBefore(due)) {
				due = newEmployer;
			}
		}
		return due;
	}

}
