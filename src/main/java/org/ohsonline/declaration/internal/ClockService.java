package org.ohsonline.declaration.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.ohsonline.shared.ScopeFilter;
import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.declaration.ClockFilter;
import org.ohsonline.declaration.ClockStart;
import org.ohsonline.declaration.ClockView;
import org.ohsonline.declaration.DeclarationClocks;
import org.ohsonline.declaration.DeclarationDueSoon;
import org.ohsonline.declaration.DeclarationKind;
import org.ohsonline.declaration.DeclarationOverdue;
import org.ohsonline.declaration.DeclarationReason;
import org.ohsonline.registry.EmployerView;
import org.ohsonline.registry.Employers;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Deadline;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.Limits;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deadline clocks: started from the catalog period in force, answered and met by declarations,
 * marked due soon and overdue by the reminder job. "Today" is the date in Asia/Shanghai of the
 * injected {@link Clock}, so tests fix it.
 */
@Service
class ClockService implements DeclarationClocks {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final Logger log = LoggerFactory.getLogger(ClockService.class);

	/** Clocks a reminder run marks in one transaction. */
	static final int REMINDER_BATCH = 500;

	private final ClockStore store;

	private final DeadlineRules rules;

	private final Employers employers;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TransactionTemplate transactions;

	ClockService(ClockStore store, DeadlineRules rules, Employers employers, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock, TransactionTemplate transactions) {
		this.transactions = transactions;
		this.store = store;
		this.rules = rules;
		this.employers = employers;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(this.clock.withZone(ZONE));
	}

	@Override
	@Transactional
	public Optional<ClockView> start(Actor actor, ClockStart start) {
		actor.require(DeclarationPermissions.CLOCK_WRITE);
		if (start.reason() == null || start.reason().isBlank()) {
			throw InvalidInputException.of("reason", "declaration.error.reasonRequired");
		}
		if (start.startedOn() == null) {
			throw InvalidInputException.of("startedOn", "declaration.error.startedOnRequired");
		}
		Limits.enforce("source", start.source(), Limits.LINE);
		EmployerView employer = this.employers.find(actor, start.employerId());
		return startFor(actor, employer, start.reason().trim(), start.startedOn(),
				start.source() == null || start.source().isBlank() ? actor.displayName() : start.source().trim());
	}

	/**
	 * Starts a clock unless the same reason already has an open one (the earlier deadline stands).
	 * @return the clock, or empty when the catalog in force has no period for the reason
	 */
	Optional<ClockView> startFor(Actor actor, EmployerView employer, String reason, LocalDate startedOn, String source) {
		return startFor(actor, new Holder(employer.id(), employer.creditCode(), employer.name(), employer.regionCode()),
				reason, startedOn, source);
	}

	/** The employer a clock is for, as the clock copies it. */
	record Holder(long id, String creditCode, String name, String regionCode) {
	}

	Optional<ClockView> startFor(Actor actor, Holder employer, String reason, LocalDate startedOn, String source) {
		Optional<DeadlineRules.Rule> rule = this.rules.rule(reason, startedOn);
		if (rule.isEmpty()) {
			// A start before the catalog's first edition took effect counts with the edition in force today.
			rule = this.rules.rule(reason, today());
		}
		if (rule.isEmpty()) {
			log.warn("No declaration period for reason {} in the catalog in force on {}; no clock for employer {}",
					reason, startedOn, employer.id());
			return Optional.empty();
		}
		Optional<Long> running = this.store.open(employer.id(), reason);
		if (running.isPresent()) {
			return this.store.find(running.get(), today());
		}
		DeadlineRules.Rule period = rule.get();
		long id = this.store.insert(new ClockStore.NewClock(employer.id(), employer.creditCode(), employer.name(),
				employer.regionCode(), reason, period.name(), period.kind(), startedOn, period.days(), period.basis(),
				source), Instant.now(this.clock));
		ClockView started = this.store.find(id, today()).orElseThrow();
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("employerId", employer.id());
		after.put("reason", reason);
		after.put("kind", period.kind().name());
		after.put("startedOn", startedOn.toString());
		after.put("days", period.days());
		after.put("dueOn", started.dueOn().toString());
		after.put("basis", period.basis());
		after.put("source", source);
		this.audit.record(actor, "declaration.clock.started", target(started), null, after);
		return Optional.of(started);
	}

	/** An open clock now counts from another day (the register learnt when the duty began); audited. */
	void redate(Actor actor, ClockStore.Running clock, LocalDate startedOn, String source) {
		if (!this.store.redate(clock.id(), startedOn, source)) {
			return;
		}
		ClockView after = this.store.find(clock.id(), today()).orElseThrow();
		this.audit.record(actor, "declaration.clock.redated", target(after),
				Map.of("startedOn", clock.startedOn().toString(), "dueOn", clock.startedOn().plusDays(clock.days()).toString(),
						"source", clock.source()),
				Map.of("startedOn", startedOn.toString(), "dueOn", after.dueOn().toString(), "source", source));
	}

	/** One open clock became moot; audited. */
	void voidOne(Actor actor, ClockStore.Running clock, String regionCode, String why) {
		if (this.store.voidOne(clock.id(), why)) {
			this.audit.record(actor, "declaration.clock.voided",
					AuditTarget.of("declaration-clock", clock.id(), regionCode), Map.of("state", "OPEN"),
					Map.of("state", "VOID", "reason", why));
		}
	}

	@Override
	@Transactional(readOnly = true)
	public Page<ClockView> search(Actor actor, ClockFilter filter, PageQuery page) {
		actor.require(DeclarationPermissions.READ);
		Optional<String> region = ScopeFilter.narrowRegion(actor, filter.region());
		if (region.isEmpty()) {
			return Page.of(List.of(), 0, page);
		}
		ScopeFilter scope = ScopeFilter.of(actor);
		LocalDate today = today();
		return Page.of(this.store.page(scope, region.get(), filter, today, page),
				this.store.count(scope, region.get(), filter, today), page);
	}

	@Override
	@Transactional(readOnly = true)
	public void forEach(Actor actor, ClockFilter filter, Consumer<ClockView> consumer) {
		actor.require(DeclarationPermissions.READ);
		ScopeFilter.narrowRegion(actor, filter.region())
			.ifPresent(region -> this.store.forEach(ScopeFilter.of(actor), region, filter, today(), consumer));
	}

	@Override
	@Transactional(readOnly = true)
	public List<ClockView> pending(Actor actor, long employerId) {
		return pendingOf(actor, List.of(employerId)).getOrDefault(employerId, List.of());
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, List<ClockView>> pendingOf(Actor actor, java.util.Collection<Long> employerIds) {
		actor.require(DeclarationPermissions.READ);
		return employerIds.isEmpty() ? Map.of() : this.store.pendingOf(ScopeFilter.of(actor), employerIds, today());
	}

	@Override
	public List<DeclarationReason> reasons() {
		return this.rules.rules(today())
			.stream()
			.map(r -> new DeclarationReason(r.reason(), r.name(), r.days(), r.kind(), r.starts(), r.article(),
					r.verified()))
			.toList();
	}

	/** A declaration was submitted: the employer's open clocks it brings up to date are answered. */
	void answer(long employerId, DeclarationKind kind, long declarationId) {
		List<String> kinds = java.util.Arrays.stream(DeclarationKind.values())
			.filter(kind::answers)
			.map(Enum::name)
			.toList();
		this.store.answer(employerId, kinds, declarationId);
	}

	/** The declaration was returned: the clocks it answered run again. */
	void reopen(long declarationId) {
		this.store.reopen(declarationId);
	}

	/** The declaration was accepted; the clocks are met on the day of the accepted submission. */
	void meet(long declarationId, LocalDate submittedOn) {
		this.store.meet(declarationId, submittedOn);
	}

	/** Open clocks of the given kinds became moot (e.g. the employer closed). */
	void voidOpen(Actor actor, EmployerView employer, List<DeclarationKind> kinds, String why) {
		List<Long> voided = this.store.voidOpen(employer.id(), kinds.stream().map(Enum::name).toList(), why);
		for (Long id : voided) {
			this.audit.record(actor, "declaration.clock.voided",
					AuditTarget.of("declaration-clock", id, employer.regionCode()), Map.of("state", "OPEN"),
					Map.of("state", "VOID", "reason", why));
		}
	}

	/**
	 * The reminder run for a day: marks once every open clock due within {@value Deadline#AMBER_DAYS}
	 * days ({@link DeclarationDueSoon}) and every open clock past its due date
	 * ({@link DeclarationOverdue}, audited). Clocks are marked {@value #REMINDER_BATCH} at a time, each batch
	 * with its audit entries and events in a transaction of its own: the first run after a register is bulk
	 * loaded marks every employer's clock, and one transaction would hold the audit chain (every audited
	 * write of the platform) for the whole run. A run stopped half-way leaves the rest unmarked for the next.
	 */
	Reminded remind(LocalDate today) {
		int soon = 0;
		int marked;
		do {
			marked = this.transactions.execute(tx -> {
				List<ClockView> batch = this.store.markDueSoon(today, today.plusDays(Deadline.AMBER_DAYS), REMINDER_BATCH);
				batch.forEach(c -> this.events.publishEvent(new DeclarationDueSoon(c.id(), c.employerId(),
						c.creditCode(), c.regionCode(), c.reason(), c.kind(), c.dueOn())));
				return batch.size();
			});
			soon += marked;
		}
		while (marked == REMINDER_BATCH);
		Actor system = Actor.system("declaration-reminders");
		int overdue = 0;
		do {
			marked = this.transactions.execute(tx -> {
				List<ClockView> batch = this.store.markOverdue(today, REMINDER_BATCH);
				for (ClockView c : batch) {
					this.audit.record(system, "declaration.clock.overdue", target(c), Map.of("state", "OPEN"),
							Map.of("state", "OPEN", "overdueSince", c.dueOn().plusDays(1).toString()));
					this.events.publishEvent(new DeclarationOverdue(c.id(), c.employerId(), c.creditCode(),
							c.regionCode(), c.reason(), c.kind(), c.dueOn()));
				}
				return batch.size();
			});
			overdue += marked;
		}
		while (marked == REMINDER_BATCH);
		return new Reminded(soon, overdue);
	}

	/** What a reminder run marked. */
	record Reminded(int dueSoon, int overdue) {
	}

	private static AuditTarget target(ClockView clock) {
		return AuditTarget.of("declaration-clock", clock.id(), clock.regionCode());
	}

}
