package org.ohsonline.risk.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.ohsonline.promotion.HealthyEnterprises;
import org.ohsonline.risk.PortraitFact;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.ScopeFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps portraits current: gathers the groups of facts an event concerns (all of them for an employer
 * not seen before), opens a rectification item for each new finding with its deadline from the catalog,
 * recounts the findings not released, and reassesses — in one transaction per employer.
 */
@Service
class PortraitService {

	static final String RISK = "risk";

	/**
	 * Not a group of facts but a part of {@link FactCollector#REGISTRY}: the employer's own fields or status changed,
	 * its posts and people did not, so the row's identity and the {@code SEVERITY} fact are refreshed and the
	 * workforce is not counted again (the costliest read of a refresh at a large employer).
	 */
	static final String PROFILE = "profile";

	private static final Logger log = LoggerFactory.getLogger(PortraitService.class);

	static final Actor SYSTEM = Actor.system("risk");

	private final PortraitStore portraits;

	private final FactCollector collector;

	private final RectificationStore items;

	private final SelfInspectionStore inspections;

	private final RulesSource rules;

	private final Assessor assessor;

	private final HealthyEnterprises healthy;

	PortraitService(PortraitStore portraits, FactCollector collector, RectificationStore items,
			SelfInspectionStore inspections, RulesSource rules, Assessor assessor,
			HealthyEnterprises healthy) {
		this.healthy = healthy;
		this.portraits = portraits;
		this.collector = collector;
		this.items = items;
		this.inspections = inspections;
		this.rules = rules;
		this.assessor = assessor;
	}

	/**
	 * Refreshes the groups and reassesses. Only what changed is written: a group whose facts are the ones stored
	 * keeps them (and its findings their items), a register part that is the same is not rewritten — most events
	 * (a phone number changed, a worker hired onto a post without factors) change no fact at all.
	 * @return whether the employer is in the register (an unknown id is skipped)
	 */
	@Transactional
	public boolean refresh(long employerId, Set<String> groups, String trigger, String detail, boolean always) {
		this.portraits.serialise(employerId);
		Optional<PortraitStore.Row> before = this.portraits.find(employerId);
		LocalDate today = this.assessor.today();
		List<String> todo = before.isPresent() ? new ArrayList<>(groups) : new ArrayList<>(FactCollector.GROUPS);
		if (before.isEmpty() && !todo.contains(RISK)) {
			todo.add(RISK);
		}
		// A group never gathered has no facts stored (they are not read back to compare), and its counts are the ones
		// a bulk build counted (PortraitStore#recount leaves them until the group is gathered).
		List<String> gathered = before.map(PortraitStore.Row::gathered).orElse(List.of());
		List<PortraitFact> changed = new ArrayList<>();
		boolean rowChanged = before.isEmpty();
		if (todo.contains(FactCollector.REGISTRY)) {
			Optional<FactCollector.Register> found = this.collector.register(employerId);
			if (found.isEmpty()) {
				log.debug("Employer {} is not in the register; no portrait", employerId);
				return false;
			}
			FactCollector.Register register = found.get();
			if (before.isEmpty() || !register.identity().equals(before.get().identity())) {
				this.portraits.upsertIdentity(register.identity());
				rowChanged = true;
			}
			RiskRules rules = this.rules.rules(today);
			List<String> serious = register.hazardCodes().stream().filter(rules.seriousFactors()::contains).toList();
			if (before.isEmpty() || before.get().exposed() != register.exposed()
					|| before.get().workforce() != register.workforce()
					|| !before.get().hazardCodes().equals(register.hazardCodes())
					|| !before.get().seriousFactors().equals(serious)) {
				this.portraits.updateExposure(employerId, register.exposed(), register.workforce(),
						register.hazardCodes(), serious);
				rowChanged = true;
			}
			replace(employerId, FactCollector.REGISTRY, gathered, register.facts(), changed);
		}
		else if (todo.contains(PROFILE)) {
			Optional<FactCollector.Profile> found = this.collector.profile(employerId);
			if (found.isEmpty()) {
				log.debug("Employer {} is not in the register; no portrait", employerId);
				return false;
			}
			FactCollector.Profile profile = found.get();
			if (!profile.identity().equals(before.get().identity())) {
				this.portraits.upsertIdentity(profile.identity());
				rowChanged = true;
			}
			// A portrait built in bulk has the register's figures and no register facts yet: those come with the whole
			// register part, not with a profile.
			if (gathered.contains(FactCollector.REGISTRY)) {
				List<PortraitFact> stored = this.portraits.facts(employerId, FactCollector.REGISTRY);
				List<PortraitFact> facts = new ArrayList<>();
				facts.add(profile.severity());
				stored.stream().filter(fact -> !fact.kind().equals(profile.severity().kind())).forEach(facts::add);
				replaceStored(employerId, FactCollector.REGISTRY, stored, facts, changed);
			}
		}
		PortraitStore.Row row = rowChanged ? this.portraits.find(employerId).orElseThrow() : before.get();
		for (String group : todo) {
			switch (group) {
				case FactCollector.DECLARATION ->
					replace(employerId, group, gathered, this.collector.declaration(employerId), changed);
				case FactCollector.TESTING -> replace(employerId, group, gathered, this.collector.testing(employerId), changed);
				case FactCollector.SURVEILLANCE ->
					replace(employerId, group, gathered, this.collector.surveillance(employerId, today), changed);
				case FactCollector.DIAGNOSIS -> replace(employerId, group, gathered,
						this.collector.diagnosis(employerId, row.creditCode(), row.name(), row.regionCode(), today), changed);
				case FactCollector.MONITORING ->
					replace(employerId, group, gathered, this.collector.monitoring(employerId, today), changed);
				case RISK -> refreshSelfInspection(employerId);
				default -> {
				}
			}
		}
		openItems(row, todo.contains(RISK) ? this.portraits.facts(employerId) : changed, today);
		this.assessor.assess(
				this.portraits.recount(employerId, todo.stream().filter(FactCollector.GROUPS::contains).toList()), trigger,
				detail, SYSTEM, always || row.riskClass() == null);
		return true;
	}

	/**
	 * Stores a group's facts when they differ from the stored ones, collecting them as changed; a group the portrait
	 * never gathered has none stored (the portrait's {@code gathered} is written with its facts).
	 */
	private void replace(long employerId, String group, List<String> gathered, List<PortraitFact> facts,
			List<PortraitFact> changed) {
		replaceStored(employerId, group, gathered.contains(group) ? this.portraits.facts(employerId, group) : List.of(),
				facts, changed);
	}

	/** {@link #replace(long, String, List, List, List)} with the group's stored facts already read. */
	private void replaceStored(long employerId, String group, List<PortraitFact> stored, List<PortraitFact> facts,
			List<PortraitFact> changed) {
		if (this.portraits.replaceFacts(employerId, group, stored, facts)) {
			changed.addAll(facts);
		}
	}

	/** The self-inspection in force and its failed items (no points) as findings. */
	void refreshSelfInspection(long employerId) {
		LocalDate today = this.assessor.today();
		// The downgrade HEALTHY_ENTERPRISE: listed by the promotion module (HealthyEnterpriseListed, docs/promotion.md).
		this.portraits.setHealthyEnterprise(employerId, this.healthy.isListed(employerId, today));
		RiskRules rules = this.rules.rules(today);
		var inForce = this.inspections.inForce(employerId, today.minusMonths(rules.selfInspectionMonths()));
		this.portraits.updateSelfInspection(employerId, inForce.map(SelfInspectionStore.Head::id).orElse(null),
				inForce.map(SelfInspectionStore.Head::score).orElse(null),
				inForce.map(SelfInspectionStore.Head::complete).orElse(false));
		List<PortraitFact> facts = new ArrayList<>();
		inForce.ifPresentOrElse(head -> {
			facts.add(FactCollector.fact(RISK, "SELF_INSPECTION", null, "risk.fact.selfInspection",
					List.of(Classifier.format(head.score().doubleValue()), head.edition()), head.submittedOn(),
					head.edition(), "/risk/self-inspections/" + head.id()));
			for (SelfInspectionStore.Failed failed : this.inspections.failedItems(head.id())) {
				facts.add(FactCollector.fact(RISK, "SELF_INSPECTION_ITEM", "SELF_INSPECTION_ITEM:" + head.id() + ":"
						+ failed.itemCode(), "risk.fact.selfInspectionItem", List.of(failed.itemCode(), failed.name()),
						head.submittedOn(), head.edition(), "/risk/self-inspections/" + head.id()));
			}
		}, () -> facts.add(FactCollector.fact(RISK, "NO_SELF_INSPECTION", null, "risk.fact.noSelfInspection", List.of(),
				today, "risk", "/risk/employers/" + employerId + "/self-inspections")));
		this.portraits.replaceFacts(employerId, RISK, facts);
	}

	/** Opens the rectification item of each finding among the facts (an item opened before stays as it is). */
	private void openItems(PortraitStore.Row row, List<PortraitFact> facts, LocalDate today) {
		for (PortraitFact fact : facts) {
			if (fact.finding()) {
				RulesSource.Deadline deadline = this.rules.deadline(fact.kind(), today);
				this.items.open(row, fact, today, today.plusDays(deadline.days()), deadline.basis());
			}
		}
	}

	/** The region of an employer's portrait in the actor's scope; not found outside it. */
	String portraitInScope(Actor actor, long employerId) {
		return this.portraits.find(ScopeFilter.of(actor), employerId)
			.map(PortraitStore.Row::regionCode)
			.orElseThrow(() -> new NotFoundException("portrait", employerId));
	}

	/**
	 * Opens the rectification item of an on-site inspection's finding (enforcement module) for an employer with a
	 * portrait, with the deadline of {@code INSPECTION_FINDING}, and reassesses; returns the item's id (the same item
	 * when the finding was opened before).
	 */
	@Transactional
	public long openInspectionFinding(long employerId, String findingKey, List<String> arguments, LocalDate foundOn,
			String source, String link, Actor actor) {
		this.portraits.serialise(employerId);
		PortraitStore.Row row = this.portraits.find(employerId).orElseThrow();
		PortraitFact fact = FactCollector.fact("enforcement", "INSPECTION_FINDING", findingKey,
				"risk.fact.inspectionFinding", arguments, foundOn, source, link);
		RulesSource.Deadline deadline = this.rules.deadline(fact.kind(), foundOn);
		this.items.open(row, fact, foundOn, foundOn.plusDays(deadline.days()), deadline.basis());
		this.assessor.assess(this.portraits.recount(employerId), "INSPECTION", findingKey, actor, false);
		return this.items.idOf(employerId, findingKey);
	}

	/** Recounts and reassesses without gathering (a rectification released, a self-inspection submitted). */
	@Transactional
	public void recount(long employerId, String trigger, String detail, Actor actor) {
		this.portraits.serialise(employerId);
		refreshSelfInspection(employerId);
		PortraitStore.Row row = this.portraits.find(employerId).orElseThrow();
		openItems(row, this.portraits.facts(employerId), this.assessor.today());
		this.assessor.assess(this.portraits.recount(employerId), trigger, detail, actor, false);
	}

}
