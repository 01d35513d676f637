package org.ohsonline.testing.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.notification.Inbox;
import org.ohsonline.notification.Notice;
import org.ohsonline.reference.Severity;
import org.ohsonline.registry.EmployerDuties;
import org.ohsonline.registry.EmployerStatus;
import org.ohsonline.registry.Employers;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Scope;
import org.ohsonline.testing.TestingClocks;
import org.ohsonline.testing.TestingOverdue;
import org.ohsonline.testing.ValidityClockFilter;
import org.ohsonline.testing.ValidityClockView;
import org.ohsonline.testing.ValidityKind;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the validity clocks: one per employer and kind for every employer the registry holds
 * (synchronised from its events and once a day in full), moved by reviewed jobs, and the daily
 * run that reminds employers {@code remind_days} ahead (30 by default) and reports overdue clocks
 * to the supervisors of the region ({@link TestingOverdue}, audited). "Today" is the date in
 * Asia/Shanghai.
 */
@Service
class ValidityClockService implements TestingClocks {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	static final String READ = "testing:clock:read";

	private static final int BATCH = 1000;

	/** Clocks the daily run marks in one transaction (see {@link #remind}). */
	static final int REMINDER_BATCH = 500;

	private final ValidityClockStore store;

	private final FrequencyRules rules;

	private final Employers employers;

	private final AuditTrail audit;

	private final Inbox inbox;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	ValidityClockService(ValidityClockStore store, FrequencyRules rules, Employers employers, AuditTrail audit,
			Inbox inbox, ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock) {
		this.store = store;
		this.rules = rules;
		this.employers = employers;
		this.audit = audit;
		this.inbox = inbox;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(this.clock.withZone(ZONE));
	}

	@Override
	@Transactional(readOnly = true)
	public Page<ValidityClockView> search(Actor actor, ValidityClockFilter filter, PageQuery page) {
		actor.require(READ);
		return this.store.search(actor, filter, page, today());
	}

	@Override
	@Transactional(readOnly = true)
	public void forEach(Actor actor, ValidityClockFilter filter, Consumer<ValidityClockView> consumer) {
		actor.require(READ);
		this.store.forEach(actor, filter, today(), consumer);
	}

	@Override
	@Transactional(readOnly = true)
	public List<ValidityClockView> ofEmployer(Actor actor, long employerId) {
		return ofEmployers(actor, List.of(employerId)).getOrDefault(employerId, List.of());
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, List<ValidityClockView>> ofEmployers(Actor actor, Collection<Long> employerIds) {
		if (!actor.can(READ)) {
			return Map.of();
		}
		return this.store.ofEmployers(actor, employerIds, today());
	}

	/**
	 * Brings every employer's clocks in line with the registry and the catalog in force, in
	 * batches of {@value #BATCH} employers, each in its own transaction. Returns the rows changed.
	 */
	int synchronise() {
		LocalDate today = today();
		List<FrequencyRules.Rule> intervals = this.rules.rules(today);
		List<ValidityClockStore.Tracked> all = new ArrayList<>();
		this.employers.forEachDuties(Actor.system("testing-clocks"), e -> all.add(tracked(e)));
		int changed = 0;
		for (int from = 0; from < all.size(); from += BATCH) {
			List<ValidityClockStore.Tracked> batch = all.subList(from, Math.min(all.size(), from + BATCH));
			Integer written = this.transactions
				.execute(status -> this.store.track(batch, intervals, today, this.clock.instant()));
			changed += written == null ? 0 : written;
		}
		return changed;
	}

	/** One employer's clocks, after the registry registered it or changed its status. */
	@Transactional
	void track(long employerId) {
		track(List.of(employerId));
	}

	/** Employers' clocks, after the registry changed them ({@link RegisterChanges}): one write for all of them. */
	@Transactional
	void track(Collection<Long> employerIds) {
		LocalDate today = today();
		Actor system = Actor.system("testing-clocks");
		this.store.track(employerIds.stream().map(id -> tracked(this.employers.duties(system, id))).toList(),
				this.rules.rules(today), today, this.clock.instant());
	}

	/**
	 * A reviewed job resets the clocks it counts for. The employer's clocks are started first when
	 * the review overtook the registry's event (both are handled asynchronously).
	 */
	@Transactional
	void done(long employerId, String regionCode, List<ValidityKind> kinds, LocalDate on, long jobId) {
		if (!this.store.tracks(employerId)) {
			track(employerId);
		}
		for (ValidityKind kind : kinds) {
			if (this.store.done(employerId, kind, on, jobId, this.clock.instant())) {
				this.audit.record(Actor.system("testing-clocks"), "testing.clock.reset",
						AuditTarget.of("testing-clock", employerId, regionCode), null,
						Map.of("kind", kind.name(), "doneOn", on.toString(), "jobId", jobId));
			}
		}
	}

	/**
	 * The daily run: reminds each employer once per due date when the reminder period begins, and
	 * reports each clock once per due date when it has passed (to the employer and the region's
	 * supervisors, audited, {@link TestingOverdue}). Clocks are marked {@value #REMINDER_BATCH} at a time, each
	 * batch with its notices, audit entries and events in a transaction of its own, so that the first run after
	 * a bulk-loaded register does not hold the audit chain (every audited write) for the whole run.
	 */
	Reminded remind(LocalDate today) {
		int reminded = 0;
		int marked;
		do {
			marked = this.transactions.execute(tx -> {
				List<ValidityClockView> batch = this.store.markReminders(today, REMINDER_BATCH);
				for (ValidityClockView c : batch) {
					this.inbox.deliver(new Notice(new Scope(Scope.Kind.EMPLOYER, c.creditCode()), READ,
							"testing.notice.dueSoon." + c.kind(), List.of(c.employerName(), c.dueOn().toString()),
							"/employers/" + c.employerId() + "?tab=testing",
							"testing:clock:" + c.employerId() + ":" + c.kind()));
				}
				return batch.size();
			});
			reminded += marked;
		}
		while (marked == REMINDER_BATCH);
		int overdue = 0;
		do {
			marked = this.transactions.execute(tx -> {
				List<ValidityClockView> batch = this.store.markOverdue(today, REMINDER_BATCH);
				reportOverdue(batch);
				return batch.size();
			});
			overdue += marked;
		}
		while (marked == REMINDER_BATCH);
		return new Reminded(reminded, overdue);
	}

	private void reportOverdue(List<ValidityClockView> overdue) {
		Actor system = Actor.system("testing-clocks");
		for (ValidityClockView c : overdue) {
			this.audit.record(system, "testing.clock.overdue", AuditTarget.of("testing-clock", c.employerId(), c.regionCode()),
					null, Map.of("kind", c.kind().name(), "dueOn", c.dueOn().toString()));
			List<String> arguments = List.of(c.employerName(), c.dueOn().toString());
			String source = "testing:clock:" + c.employerId() + ":" + c.kind();
			this.inbox.deliver(new Notice(new Scope(Scope.Kind.EMPLOYER, c.creditCode()), READ,
					"testing.notice.overdue." + c.kind(), arguments, "/employers/" + c.employerId() + "?tab=testing", source));
			this.inbox.deliver(new Notice(Scope.region(c.regionCode()), READ, "testing.notice.overdue." + c.kind(),
					arguments, "/testing/clocks?due=overdue&q=" + c.creditCode(), source));
			this.events.publishEvent(new TestingOverdue(c.employerId(), c.creditCode(), c.regionCode(), c.kind(), c.dueOn()));
		}
	}

	/**
	 * Testing is owed by an employer in production (or suspended) with a hazard factor at a post
	 * (工作场所职业卫生管理规定 Art. 20); without a job on record from its start of production or registration.
	 */
	private static ValidityClockStore.Tracked tracked(EmployerDuties e) {
		return new ValidityClockStore.Tracked(e.id(), e.creditCode(), e.name(), e.regionCode(), severity(e.severity()),
				e.hazardous() && e.status() != EmployerStatus.CLOSED, e.dutiesSince());
	}

	/** An employer whose industry the directory does not list is tested on the general interval. */
	private static Severity severity(Severity severity) {
		return severity == null ? Severity.GENERAL : severity;
	}

	/** What a daily run marked. */
	record Reminded(int reminded, int overdue) {
	}

}
