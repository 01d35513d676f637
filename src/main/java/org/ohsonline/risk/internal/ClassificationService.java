package org.ohsonline.risk.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.risk.AssessmentView;
import org.ohsonline.risk.Classification;
import org.ohsonline.risk.ClassificationInputs;
import org.ohsonline.risk.Light;
import org.ohsonline.risk.Outcome;
import org.ohsonline.risk.Portrait;
import org.ohsonline.risk.PortraitFilter;
import org.ohsonline.risk.PortraitSummary;
import org.ohsonline.risk.RectificationFilter;
import org.ohsonline.risk.RiskClass;
import org.ohsonline.risk.RiskPortraits;
import org.ohsonline.risk.WhatIf;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.InvalidInputException.FieldError;
import org.ohsonline.shared.Limits;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.ScopeFilter;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Portraits, classes with their explanation and what-ifs, overrides and manual reassessment. */
@Service
class ClassificationService implements RiskPortraits {

	private final PortraitStore portraits;

	private final AssessmentStore assessments;

	private final RectificationStore items;

	private final PortraitService portraitService;

	private final Assessor assessor;

	private final RulesSource rules;

	private final AuditTrail audit;

	private final org.ohsonline.registry.Employers employers;

	ClassificationService(PortraitStore portraits, AssessmentStore assessments, RectificationStore items,
			PortraitService portraitService, Assessor assessor, RulesSource rules, AuditTrail audit,
			org.ohsonline.registry.Employers employers) {
		this.employers = employers;
		this.portraits = portraits;
		this.assessments = assessments;
		this.items = items;
		this.portraitService = portraitService;
		this.assessor = assessor;
		this.rules = rules;
		this.audit = audit;
	}

	@Override
	@Transactional
	public Portrait portrait(Actor actor, long employerId) {
		PortraitStore.Row row = ensure(actor, employerId);
		List<String> gathered = row.gathered();
		List<String> missing = FactCollector.GROUPS.stream().filter(group -> !gathered.contains(group)).toList();
		if (!missing.isEmpty()) {
			// Built in bulk (a province's first start), or its events asked for some groups only: the groups never
			// gathered are gathered on first sight.
			this.portraitService.refresh(employerId, Set.copyOf(missing), "INITIAL", "first view", false);
			row = this.portraits.find(employerId).orElseThrow();
		}
		return new Portrait(row.employerId(), row.creditCode(), row.name(), row.regionCode(), row.industryCode(),
				row.industrySeverity(), row.employerStatus(), row.dutiesSince(), row.exposed(),
				this.portraits.facts(employerId), row.assessmentId() == null ? null : classification(row),
				this.items.search(ScopeFilter.of(actor), "", RectificationFilter.openOf(employerId), this.assessor.today(),
						new PageQuery(1, 100)),
				row.refreshedAt());
	}

	@Override
	@Transactional(readOnly = true)
	public Classification classification(Actor actor, long employerId) {
		PortraitStore.Row row = row(actor, employerId);
		if (row.assessmentId() == null) {
			throw new NotFoundException("classification", employerId);
		}
		return classification(row);
	}

	@Override
	@Transactional(readOnly = true)
	public List<AssessmentView> history(Actor actor, long employerId) {
		row(actor, employerId);
		return this.assessments.history(employerId);
	}

	@Override
	@Transactional(readOnly = true)
	public Page<PortraitSummary> search(Actor actor, PortraitFilter filter, PageQuery page) {
		actor.require(RiskPermissions.PORTRAIT_READ);
		String region = ScopeFilter.narrowRegion(actor, filter.region()).orElse(null);
		if (region == null) {
			return Page.of(List.of(), 0, page);
		}
		ScopeFilter scope = ScopeFilter.of(actor);
		return Page.of(this.portraits.search(scope, region, filter, page), this.portraits.count(scope, region, filter),
				page);
	}

	@Override
	@Transactional(readOnly = true)
	public void forEach(Actor actor, PortraitFilter filter, Consumer<PortraitSummary> consumer) {
		actor.require(RiskPermissions.PORTRAIT_READ);
		ScopeFilter.narrowRegion(actor, filter.region())
			.ifPresent(region -> this.portraits.forEach(ScopeFilter.of(actor), region, filter, consumer));
	}

	@Override
	@Transactional
	public Classification override(Actor actor, long employerId, RiskClass riskClass, String reason) {
		actor.require(RiskPermissions.CLASS_OVERRIDE);
		PortraitStore.Row row = row(actor, employerId);
		List<FieldError> errors = new ArrayList<>();
		if (riskClass == null) {
			errors.add(FieldError.of("riskClass", "risk.override.classRequired"));
		}
		requireReason(errors, reason);
		if (row.assessmentId() == null) {
			errors.add(FieldError.of("riskClass", "risk.override.notAssessed"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		this.portraits.serialise(employerId);
		PortraitStore.Row locked = this.portraits.lock(employerId).orElseThrow();
		RiskRules rules = this.rules.rules(this.assessor.today());
		Outcome outcome = Classifier.classify(rules, locked.inputs());
		Light light = rules.lights().get(riskClass).light();
		this.assessor.write(locked, outcome, riskClass, light, true, reason.trim(), "OVERRIDE", reason.trim(), actor,
				rules, this.assessor.today());
		this.audit.record(actor, "risk.class.overridden", AuditTarget.of("employer", employerId, row.regionCode()),
				Map.of("class", String.valueOf(row.riskClass()), "overridden", row.overridden()),
				Map.of("class", riskClass.name(), "computed", outcome.riskClass().name(), "reason", reason.trim()));
		return classification(this.portraits.find(employerId).orElseThrow());
	}

	@Override
	@Transactional
	public Classification liftOverride(Actor actor, long employerId, String reason) {
		actor.require(RiskPermissions.CLASS_OVERRIDE);
		PortraitStore.Row row = row(actor, employerId);
		List<FieldError> errors = new ArrayList<>();
		requireReason(errors, reason);
		if (!row.overridden()) {
			errors.add(FieldError.of("reason", "risk.override.notOverridden"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		this.portraits.serialise(employerId);
		PortraitStore.Row locked = this.portraits.lock(employerId).orElseThrow();
		RiskRules rules = this.rules.rules(this.assessor.today());
		Outcome outcome = Classifier.classify(rules, locked.inputs());
		this.assessor.write(locked, outcome, outcome.riskClass(), outcome.light(), false, null, "OVERRIDE_LIFTED",
				reason.trim(), actor, rules, this.assessor.today());
		this.audit.record(actor, "risk.class.override-lifted", AuditTarget.of("employer", employerId, row.regionCode()),
				Map.of("class", String.valueOf(row.riskClass()), "overridden", true),
				Map.of("class", outcome.riskClass().name(), "reason", reason.trim()));
		return classification(this.portraits.find(employerId).orElseThrow());
	}

	@Override
	@Transactional
	public Classification reassess(Actor actor, long employerId) {
		actor.require(RiskPermissions.CLASS_OVERRIDE);
		PortraitStore.Row row = ensure(actor, employerId);
		this.portraitService.refresh(employerId, Set.copyOf(FactCollector.GROUPS), "MANUAL", actor.displayName(), true);
		this.audit.record(actor, "risk.class.reassessed", AuditTarget.of("employer", employerId, row.regionCode()),
				Map.of("class", String.valueOf(row.riskClass())),
				Map.of("class", String.valueOf(this.portraits.find(employerId).orElseThrow().riskClass())));
		return classification(this.portraits.find(employerId).orElseThrow());
	}

	private static void requireReason(List<FieldError> errors, String reason) {
		if (reason == null || reason.isBlank()) {
			errors.add(FieldError.of("reason", "risk.override.reasonRequired"));
		}
		Limits.check(errors, "reason", reason, Limits.NOTE);
	}

	/**
	 * The row, built first when the register has the employer in the actor's scope and the listener of its
	 * registration has not run yet (an employer registered a moment ago).
	 */
	private PortraitStore.Row ensure(Actor actor, long employerId) {
		actor.require(RiskPermissions.PORTRAIT_READ);
		if (this.portraits.find(ScopeFilter.of(actor), employerId).isEmpty()
				&& this.portraits.find(employerId).isEmpty() && this.employers.inScope(actor, employerId).isPresent()) {
			this.portraitService.refresh(employerId, Set.copyOf(FactCollector.GROUPS), "NEW_EMPLOYER", "first view", true);
		}
		return row(actor, employerId);
	}

	private PortraitStore.Row row(Actor actor, long employerId) {
		actor.require(RiskPermissions.PORTRAIT_READ);
		return this.portraits.find(ScopeFilter.of(actor), employerId)
			.orElseThrow(() -> new NotFoundException("portrait", employerId));
	}

	private Classification classification(PortraitStore.Row row) {
		AssessmentStore.Stored stored = this.assessments.find(row.assessmentId()).orElseThrow();
		RiskRules rules = this.rules.rules(this.assessor.today());
		String supervision = rules.lights().get(stored.view().riskClass()).supervision();
		return new Classification(row.employerId(), stored.view().id(), stored.view().hazardLevel(), stored.view().grade(),
				stored.view().computedClass(), stored.view().riskClass(), stored.view().light(), supervision,
				stored.view().overridden(), stored.view().overrideReason(), stored.view().assessedOn(), stored.nextDueOn(),
				stored.view().rulesEdition(), stored.inputs(), stored.path(), whatIf(rules, row.inputs()));
	}

	/** The changes within the employer's reach that would give a lower class, each alone and together. */
	static List<WhatIf> whatIf(RiskRules rules, ClassificationInputs inputs) {
		RiskClass now = Classifier.classify(rules, inputs).riskClass();
		List<WhatIf> options = new ArrayList<>();
		ClassificationInputs closed = inputs;
		if (inputs.exceedances() > 0) {
			closed = closed.withExceedances(0);
			add(options, rules, now, inputs.withExceedances(0), "risk.whatIf.exceedances",
					List.of(String.valueOf(inputs.exceedances())));
		}
		if (inputs.overdueTests() > 0) {
			closed = closed.withOverdueTests(0);
			add(options, rules, now, inputs.withOverdueTests(0), "risk.whatIf.overdueTests",
					List.of(String.valueOf(inputs.overdueTests())));
		}
		if (inputs.exceedances() > 0 && inputs.overdueTests() > 0) {
			add(options, rules, now, closed, "risk.whatIf.both",
					List.of(String.valueOf(inputs.exceedances()), String.valueOf(inputs.overdueTests())));
		}
		double best = rules.gradeBands().get(0).from();
		if (inputs.score() == null || inputs.score() < best) {
			add(options, rules, now, inputs.withScore(best, true), "risk.whatIf.selfInspection",
					List.of(Classifier.format(best)));
			add(options, rules, now, closed.withScore(best, true), "risk.whatIf.everything",
					List.of(Classifier.format(best)));
		}
		return options;
	}

	private static void add(List<WhatIf> options, RiskRules rules, RiskClass now, ClassificationInputs changed,
			String key, List<String> arguments) {
		Outcome outcome = Classifier.classify(rules, changed);
		if (now.higherThan(outcome.riskClass())
				&& options.stream().noneMatch(o -> o.messageKey().equals(key))) {
			options.add(new WhatIf(key, arguments, outcome.riskClass(), outcome.light()));
		}
	}

}
