package org.ohsonline.declaration.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ohsonline.IntegrationTest;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.declaration.ClockFilter;
import org.ohsonline.declaration.ClockStart;
import org.ohsonline.declaration.ClockView;
import org.ohsonline.declaration.DeclarationDueSoon;
import org.ohsonline.declaration.DeclarationFixtures;
import org.ohsonline.declaration.DeclarationOverdue;
import org.ohsonline.registry.EmployerView;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.RegistryFixtures;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.PageQuery;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Declaration clocks on a fixed {@link Clock}: a 15-day change clock is calm at 8 days, amber at 7,
 * still in time on its due date and overdue the day after; the reminder run marks each step once.
 */
@IntegrationTest
@RecordApplicationEvents
class ClockIntegrationTests {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@Autowired
	ClockStore store;

	@Autowired
	DeadlineRules rules;

	@Autowired
	Employers employers;

	@Autowired
	Workers workers;

	@Autowired
	AuditTrail audit;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	ApplicationEvents events;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	InitialDeclarations initial;

	@Autowired
	org.ohsonline.reference.HazardFactors hazards;

	/** The clock service as it runs on the given day (09:00 in Shanghai), its writes in a transaction as its proxy would. */
	private ClockService on(LocalDate day) {
		Clock fixed = Clock.fixed(day.atTime(9, 0).atZone(SHANGHAI).toInstant(), SHANGHAI);
		return new ClockService(this.store, this.rules, this.employers, this.audit, this.publisher, fixed,
				this.transactions);
	}

	@Test
	void aFifteenDayClockTurnsAmberAtSevenDaysAndOverdueTheDayAfterItsDueDate() {
		Actor county = DeclarationFixtures.supervisor("330105");
		EmployerView employer = new RegistryFixtures(this.employers, this.workers).employer(county, "330105001", "3311", 30);
		Actor manager = DeclarationFixtures.manager(employer);
		// A process change on 2026-03-02, declared within 15 days: due 2026-03-17.
		ClockView clock = this.transactions.execute(tx -> on(LocalDate.of(2026, 3, 2))
			.start(county, new ClockStart(employer.id(), "PROCESS_CHANGE", LocalDate.of(2026, 3, 2), "现场检查发现")))
			.orElseThrow();
		assertThat(clock.dueOn()).isEqualTo(LocalDate.of(2026, 3, 17));
		assertThat(clock.days()).isEqualTo(15);
		assertThat(clock.basis()).contains("第八条第（二）项").contains("declaration-deadlines");

		ClockView day9 = pending(on(LocalDate.of(2026, 3, 9)), manager, employer);
		assertThat(day9.deadline().daysLeft()).isEqualTo(8);
		assertThat(day9.deadline().dueSoon()).isFalse();
		remind(LocalDate.of(2026, 3, 9));
		assertThat(dueSoonEvents(clock)).isZero();

		ClockView day10 = pending(on(LocalDate.of(2026, 3, 10)), manager, employer);
		assertThat(day10.deadline().daysLeft()).isEqualTo(7);
		assertThat(day10.deadline().dueSoon()).isTrue();
		remind(LocalDate.of(2026, 3, 10));
		remind(LocalDate.of(2026, 3, 10));
		assertThat(dueSoonEvents(clock)).as("marked once, however often the job runs").isEqualTo(1);
		assertThat(on(LocalDate.of(2026, 3, 10)).search(manager, new ClockFilter(null, null, "soon", null, employer.id()),
				PageQuery.of(1, 10)).items()).extracting(ClockView::id).containsExactly(clock.id());

		ClockView day17 = pending(on(LocalDate.of(2026, 3, 17)), manager, employer);
		assertThat(day17.deadline().daysLeft()).isZero();
		assertThat(day17.overdue()).isFalse();
		remind(LocalDate.of(2026, 3, 17));
		assertThat(overdueEvents(clock)).isZero();

		ClockService day18 = on(LocalDate.of(2026, 3, 18));
		assertThat(pending(day18, manager, employer).overdue()).isTrue();
		remind(LocalDate.of(2026, 3, 18));
		remind(LocalDate.of(2026, 3, 18));
		assertThat(overdueEvents(clock)).isEqualTo(1);
		assertThat(day18.search(county, new ClockFilter(employer.creditCode(), null, "overdue", null, null), PageQuery.of(1, 10))
			.items()).extracting(ClockView::id).containsExactly(clock.id());
		assertThat(day18.search(DeclarationFixtures.supervisor("330106"),
				new ClockFilter(employer.creditCode(), null, "overdue", null, null), PageQuery.of(1, 10)).total())
			.as("another county's overdue list").isZero();
		assertThat(this.jdbc.sql("select count(*) from audit.entry where action = 'declaration.clock.overdue' and target_id = :id")
			.param("id", String.valueOf(clock.id()))
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aReminderRunMarksInBatchesEachClockOnce() {
		Actor county = DeclarationFixtures.supervisor("330105");
		EmployerView employer = new RegistryFixtures(this.employers, this.workers).employer(county, "330105001", "3311", 30);
		LocalDate started = LocalDate.of(2026, 4, 1);
		List<Long> ids = new java.util.ArrayList<>();
		for (String reason : List.of("PROCESS_CHANGE", "WORKPLACE_CHANGE")) {
			ids.add(this.transactions.execute(tx -> on(started)
				.start(county, new ClockStart(employer.id(), reason, started, "批次测试"))).orElseThrow().id());
		}
		LocalDate late = started.plusDays(60);
		// Other tests' clocks may be overdue that day too: count only this employer's.
		List<Long> marked = new java.util.ArrayList<>();
		List<ClockView> batch;
		do {
			batch = this.transactions.execute(tx -> this.store.markOverdue(late, 1));
			assertThat(batch).as("at most the batch size").hasSizeLessThanOrEqualTo(1);
			batch.stream().map(ClockView::id).filter(ids::contains).forEach(marked::add);
		}
		while (!batch.isEmpty());
		assertThat(marked).as("each clock once, over several batches").containsExactlyInAnyOrderElementsOf(ids);
	}

	@Test
	void aProjectCompletionGivesThirtyDays() {
		Actor county = DeclarationFixtures.supervisor("330105");
		EmployerView employer = new RegistryFixtures(this.employers, this.workers).employer(county, "330105001", "3311", 30);
		// Completion accepted 2026-01-20: 30 days → 2026-02-19.
		ClockView clock = this.transactions.execute(tx -> on(LocalDate.of(2026, 1, 20))
			.start(Actor.system("projects"),
					new ClockStart(employer.id(), "PROJECT_COMPLETION", LocalDate.of(2026, 1, 20), "竣工验收 XM-001")))
			.orElseThrow();
		assertThat(clock.dueOn()).isEqualTo(LocalDate.of(2026, 2, 19));
		assertThat(clock.kind()).isEqualTo(org.ohsonline.declaration.DeclarationKind.CHANGE);
	}

	@Test
	void anEmployerWithHazardsThatNeverDeclaredIsOverdueSinceItsStartOfProduction() {
		Actor county = DeclarationFixtures.supervisor("330105");
		RegistryFixtures fixtures = new RegistryFixtures(this.employers, this.workers);
		EmployerView workshop = fixtures.employer(county, "330105001", "3311", 30);
		fixtures.post(county, workshop.id(), DeclarationFixtures.factor(this.hazards, "电焊烟尘"));
		// The register learns that production started on 2025-01-06.
		this.employers.update(county, workshop.id(), new org.ohsonline.registry.EmployerCommand(null, workshop.name(),
				workshop.regionCode(), workshop.address(), workshop.industryCode(), null, 30, 5000L, "张三", "李四", null,
				null, LocalDate.of(2025, 1, 6)));
		// An office without any hazard factor owes no declaration.
		EmployerView office = fixtures.employer(county, "330105001", "7212", 5);
		this.initial.reconcile(workshop.id());
		this.initial.reconcile(office.id());

		// On 2026-03-02 the initial declaration (30 days from the start of production: due 2025-02-05) is
		// 390 days overdue, 420 days after the start of production.
		ClockService day = on(LocalDate.of(2026, 3, 2));
		assertThat(day.search(county, new ClockFilter(workshop.creditCode(), null, "overdue", null, null),
				PageQuery.of(1, 10)).items()).singleElement().satisfies(c -> {
					assertThat(c.reason()).isEqualTo("INITIAL");
					assertThat(c.undeclared()).isTrue();
					assertThat(c.startedOn()).isEqualTo(LocalDate.of(2025, 1, 6));
					assertThat(c.dueOn()).isEqualTo(LocalDate.of(2025, 2, 5));
					assertThat(c.deadline().daysLeft()).isEqualTo(-390);
					assertThat(c.daysSinceStart()).isEqualTo(420);
					assertThat(c.source()).isEqualTo("registry.productionStart");
				});
		assertThat(day.search(county, new ClockFilter(office.creditCode(), null, "all", null, null), PageQuery.of(1, 10))
			.items()).as("an employer without hazard factors").isEmpty();
		// Running again changes nothing: one clock per employer.
		this.initial.reconcile(workshop.id());
		assertThat(day.search(county, new ClockFilter(workshop.creditCode(), null, "all", null, null), PageQuery.of(1, 10))
			.total()).isEqualTo(1);
	}

	/** The reminder job's run on a day (it opens a transaction per batch itself). */
	private void remind(LocalDate day) {
		on(day).remind(day);
	}

	private static ClockView pending(ClockService service, Actor manager, EmployerView employer) {
		return service.pending(manager, employer.id())
			.stream()
			.filter(c -> c.reason().equals("PROCESS_CHANGE"))
			.findFirst()
			.orElseThrow();
	}

	private long dueSoonEvents(ClockView clock) {
		return this.events.stream(DeclarationDueSoon.class).filter(e -> e.clockId() == clock.id()).count();
	}

	private long overdueEvents(ClockView clock) {
		return this.events.stream(DeclarationOverdue.class).filter(e -> e.clockId() == clock.id()).count();
	}

}
