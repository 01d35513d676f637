package org.ohsonline.testing.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.ohsonline.IntegrationTest;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.declaration.DeclarationFixtures;
import org.ohsonline.notification.Inbox;
import org.ohsonline.reference.Severity;
import org.ohsonline.registry.EmployerView;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.RegistryFixtures;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Scope;
import org.ohsonline.testing.TestingOverdue;
import org.ohsonline.testing.ValidityClockFilter;
import org.ohsonline.testing.ValidityClockView;
import org.ohsonline.testing.ValidityKind;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Validity clocks on a fixed {@link Clock}: the Art. 20 intervals by severity, a reviewed job moving
 * the clock, the 30-day reminder and the overdue report each sent once per due date, and the lists
 * limited to the actor's scope.
 */
@IntegrationTest
@RecordApplicationEvents
class ValidityClockIntegrationTests {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private static final Set<String> READ = Set.of("registry:employer:read", "registry:employer:write",
			"testing:clock:read", "notification:inbox:read");

	@Autowired
	ValidityClockStore store;

	@Autowired
	FrequencyRules rules;

	@Autowired
	Employers employers;

	@Autowired
	Workers workers;

	@Autowired
	AuditTrail audit;

	@Autowired
	Inbox inbox;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	ApplicationEvents events;

	@Autowired
	TransactionTemplate transactions;

	private ValidityClockService on(LocalDate day) {
		Clock fixed = Clock.fixed(day.atTime(9, 0).atZone(SHANGHAI).toInstant(), SHANGHAI);
		return new ValidityClockService(this.store, this.rules, this.employers, this.audit, this.inbox, this.publisher,
				this.transactions, fixed);
	}

	private static Actor supervisor(String region) {
		return new Actor(21, "testing-supervisor-" + region, "监管" + region, region, Scope.region(region), READ,
				"127.0.0.1", Actor.Channel.UI);
	}

	private static Actor manager(EmployerView employer) {
		return new Actor(22, "testing-manager-" + employer.creditCode(), "单位管理员", employer.regionCode(),
				new Scope(Scope.Kind.EMPLOYER, employer.creditCode()), READ, "127.0.0.1", Actor.Channel.UI);
	}

	@Autowired
	org.ohsonline.reference.HazardFactors hazards;

	/** An employer with a noisy post: testing is owed only where a post has a hazard factor. */
	private EmployerView employer(String township, String industry) {
		RegistryFixtures fixtures = new RegistryFixtures(this.employers, this.workers);
		EmployerView employer = fixtures.employer(DeclarationFixtures.supervisor("330105"), township, industry, 40);
		fixtures.post(DeclarationFixtures.supervisor("330105"), employer.id(), DeclarationFixtures.factor(this.hazards, "噪声"));
		return employer;
	}

	private List<ValidityClockView> clocks(ValidityClockService service, Actor actor, EmployerView employer) {
		return service.search(actor, new ValidityClockFilter(null, null, null, "all", employer.id()), PageQuery.of(1, 10))
			.items();
	}

	@Test
	void aSeriousEmployerIsTestedYearlyAndEvaluatedEveryThreeYearsAGeneralOneTestedEveryThreeYears() {
		LocalDate today = LocalDate.of(2026, 3, 2);
		ValidityClockService service = on(today);
		// 33 金属制品业 is 严重 in the directory, 52 零售业 一般.
		EmployerView metal = employer("330105001", "3311");
		EmployerView shop = employer("330105001", "5211");
		service.track(metal.id());
		service.track(shop.id());

		List<ValidityClockView> serious = clocks(service, supervisor("330105"), metal);
		assertThat(serious).extracting(ValidityClockView::kind)
			.containsExactly(ValidityKind.TESTING, ValidityKind.STATUS_EVALUATION);
		// No job on record and no start of production known: the intervals run from the registration.
		assertThat(serious.get(0).severity()).isEqualTo(Severity.SERIOUS);
		assertThat(serious.get(0).lastDoneOn()).isNull();
		assertThat(serious.get(0).anchorOn()).isEqualTo(metal.createdAt().atZone(SHANGHAI).toLocalDate());
		assertThat(serious.get(0).dueOn()).isEqualTo(serious.get(0).anchorOn().plusMonths(12));
		assertThat(serious.get(1).dueOn()).isEqualTo(serious.get(1).anchorOn().plusMonths(36));
		assertThat(serious.get(0).basis()).contains("第二十条").contains("testing-frequency");

		List<ValidityClockView> general = clocks(service, supervisor("330105"), shop);
		assertThat(general).singleElement().satisfies(c -> {
			assertThat(c.kind()).isEqualTo(ValidityKind.TESTING);
			assertThat(c.severity()).isEqualTo(Severity.GENERAL);
			assertThat(c.dueOn()).isEqualTo(c.anchorOn().plusMonths(36));
		});

		// Tested on 2026-03-02: serious → next 2027-03-02 (+12 months), general → 2029-03-02 (+36 months).
		inTransaction(() -> service.done(metal.id(), metal.regionCode(),
				List.of(ValidityKind.TESTING, ValidityKind.STATUS_EVALUATION), today, 7001L));
		inTransaction(() -> service.done(shop.id(), shop.regionCode(), List.of(ValidityKind.TESTING), today, 7002L));
		assertThat(clocks(service, supervisor("330105"), metal)).extracting(ValidityClockView::dueOn)
			.containsExactly(LocalDate.of(2027, 3, 2), LocalDate.of(2029, 3, 2));
		assertThat(clocks(service, supervisor("330105"), shop)).extracting(ValidityClockView::dueOn)
			.containsExactly(LocalDate.of(2029, 3, 2));
	}

	@Test
	void aReviewedJobMovesTheClockAndALaterClockRunRemindsThenReportsOverdueOnceEach() {
		EmployerView metal = employer("330105002", "3311");
		on(LocalDate.of(2025, 1, 10)).track(metal.id());
		// Tested and reviewed on 2025-02-20: next testing due 2026-02-20.
		inTransaction(() -> on(LocalDate.of(2025, 2, 20)).done(metal.id(), metal.regionCode(),
				List.of(ValidityKind.TESTING), LocalDate.of(2025, 2, 20), 9001L));
		// An older job reviewed later does not move the clock back.
		inTransaction(() -> on(LocalDate.of(2025, 2, 21)).done(metal.id(), metal.regionCode(),
				List.of(ValidityKind.TESTING), LocalDate.of(2024, 12, 1), 9000L));

		ValidityClockService early = on(LocalDate.of(2026, 1, 20));
		ValidityClockView testing = clocks(early, manager(metal), metal).get(0);
		assertThat(testing.lastDoneOn()).isEqualTo(LocalDate.of(2025, 2, 20));
		assertThat(testing.lastJobId()).isEqualTo(9001L);
		assertThat(testing.dueOn()).isEqualTo(LocalDate.of(2026, 2, 20));
		assertThat(testing.deadline().daysLeft()).isEqualTo(31);

		// 2026-01-21 is 30 days before 2026-02-20: the reminder period begins.
		inTransaction(() -> early.remind(LocalDate.of(2026, 1, 20)));
		assertThat(dueSoonNotices(metal)).isZero();
		inTransaction(() -> on(LocalDate.of(2026, 1, 21)).remind(LocalDate.of(2026, 1, 21)));
		assertThat(dueSoonNotices(metal)).isEqualTo(1);
		inTransaction(() -> on(LocalDate.of(2026, 1, 22)).remind(LocalDate.of(2026, 1, 22)));
		assertThat(dueSoonNotices(metal)).as("reminded once per due date").isEqualTo(1);

		// Still in time on its due date, overdue the day after, reported once.
		assertThat(clocks(on(LocalDate.of(2026, 2, 20)), manager(metal), metal).get(0).deadline().overdue()).isFalse();
		ValidityClockService late = on(LocalDate.of(2026, 2, 21));
		inTransaction(() -> late.remind(LocalDate.of(2026, 2, 21)));
		assertThat(this.events.stream(TestingOverdue.class)
			.filter(e -> e.employerId() == metal.id() && e.kind() == ValidityKind.TESTING))
			.singleElement()
			.satisfies(e -> assertThat(e.dueOn()).isEqualTo(LocalDate.of(2026, 2, 20)));
		inTransaction(() -> late.remind(LocalDate.of(2026, 2, 22)));
		assertThat(this.events.stream(TestingOverdue.class).filter(e -> e.employerId() == metal.id())).hasSize(1);
		assertThat(late.search(supervisor("330105"), new ValidityClockFilter(metal.creditCode(), null, null, "overdue", null),
				PageQuery.of(1, 10)).items())
			.extracting(ValidityClockView::employerId)
			.containsExactly(metal.id());
	}

	@Test
	void anEmployerNeverTestedIsOverdueOneIntervalAfterItsStartOfProduction() {
		EmployerView metal = employer("330105004", "3311");
		this.employers.update(DeclarationFixtures.supervisor("330105"), metal.id(),
				new org.ohsonline.registry.EmployerCommand(null, metal.name(), metal.regionCode(), metal.address(),
						metal.industryCode(), null, 40, 5000L, "张三", "李四", null, null, LocalDate.of(2024, 1, 10)));
		EmployerView office = new RegistryFixtures(this.employers, this.workers)
			.employer(DeclarationFixtures.supervisor("330105"), "330105004", "7212", 5);
		ValidityClockService service = on(LocalDate.of(2026, 3, 2));
		service.track(metal.id());
		service.track(office.id());

		// 严重: tested at least yearly. In production since 2024-01-10 and never tested: due 2025-01-10,
		// on 2026-03-02 overdue by 365 + 31 + 20 = 416 days — not "365 days left".
		ValidityClockView testing = clocks(service, supervisor("330105"), metal).get(0);
		assertThat(testing.kind()).isEqualTo(ValidityKind.TESTING);
		assertThat(testing.lastDoneOn()).isNull();
		assertThat(testing.anchorOn()).isEqualTo(LocalDate.of(2024, 1, 10));
		assertThat(testing.dueOn()).isEqualTo(LocalDate.of(2025, 1, 10));
		assertThat(testing.deadline().overdue()).isTrue();
		assertThat(testing.deadline().daysLeft()).isEqualTo(-416);
		assertThat(service.search(supervisor("330105"), new ValidityClockFilter(metal.creditCode(), null, null, "overdue",
				null), PageQuery.of(1, 10)).items()).extracting(ValidityClockView::kind).containsExactly(ValidityKind.TESTING);
		// The status evaluation (every 36 months) is due 2027-01-10.
		assertThat(clocks(service, supervisor("330105"), metal).get(1).dueOn()).isEqualTo(LocalDate.of(2027, 1, 10));
		// An office without a hazard factor owes no testing: no clock at all.
		assertThat(clocks(service, supervisor("330105"), office)).isEmpty();
	}

	@Test
	void listsShowOnlyTheClocksInTheActorsScope() {
		LocalDate today = LocalDate.of(2026, 3, 2);
		ValidityClockService service = on(today);
		EmployerView mine = employer("330105003", "3311");
		EmployerView other = employer("330105003", "3311");
		service.track(mine.id());
		service.track(other.id());

		assertThat(clocks(service, supervisor("330105"), mine)).hasSize(2);
		assertThat(clocks(service, supervisor("3301"), mine)).hasSize(2);
		assertThat(clocks(service, supervisor("330106"), mine)).isEmpty();
		assertThat(clocks(service, manager(other), mine)).isEmpty();
		assertThat(service.ofEmployer(manager(mine), mine.id())).hasSize(2);
		Actor agency = new Actor(23, "agency", "机构", "330105", new Scope(Scope.Kind.AGENCY, "91330105DEMAG0001X"), READ,
				"127.0.0.1", Actor.Channel.UI);
		assertThat(service.search(agency, new ValidityClockFilter(null, null, null, "all", null), PageQuery.of(1, 10))
			.total()).isZero();
		// A supervisor asking for another county's clocks gets none rather than their own.
		assertThat(service.search(supervisor("330105"), new ValidityClockFilter(null, "330106", null, "all", null),
				PageQuery.of(1, 10)).total()).isZero();
	}

	/**
	 * The clocks of several employers read at once are each one's own list: a serious employer tested on 2026-03-02
	 * (both clocks), a general one never tested (its testing clock), an office without a hazard factor (no clock),
	 * another county's employer and an unknown id (absent); an employer's manager reads its own only, an actor
	 * without the permission nothing.
	 */
	@Test
	void readsTheClocksOfSeveralEmployersAtOnceAsEachOnesOwnList() {
		LocalDate today = LocalDate.of(2026, 3, 2);
		ValidityClockService service = on(today);
		EmployerView tested = employer("330105005", "3311");
		EmployerView untested = employer("330105005", "5211");
		RegistryFixtures fixtures = new RegistryFixtures(this.employers, this.workers);
		EmployerView office = fixtures.employer(DeclarationFixtures.supervisor("330105"), "330105005", "7212", 5);
		EmployerView elsewhere = fixtures.employer(DeclarationFixtures.supervisor("330106"), "330106004", "3311", 40);
		fixtures.post(DeclarationFixtures.supervisor("330106"), elsewhere.id(), DeclarationFixtures.factor(this.hazards, "噪声"));
		List.of(tested, untested, office, elsewhere).forEach(e -> service.track(e.id()));
		inTransaction(() -> service.done(tested.id(), tested.regionCode(),
				List.of(ValidityKind.TESTING, ValidityKind.STATUS_EVALUATION), today, 7101L));
		List<Long> ids = List.of(tested.id(), untested.id(), office.id(), elsewhere.id(), -1L);

		java.util.Map<Long, List<ValidityClockView>> batch = service.ofEmployers(supervisor("330105"), ids);
		assertThat(batch).containsOnlyKeys(tested.id(), untested.id());
		assertThat(batch.get(tested.id())).extracting(ValidityClockView::lastJobId).containsExactly(7101L, 7101L);
		assertThat(batch.get(untested.id())).singleElement()
			.satisfies(c -> assertThat(c.kind()).isEqualTo(ValidityKind.TESTING));
		for (long id : ids) {
			assertThat(batch.getOrDefault(id, List.of())).as("employer %d", id)
				.isEqualTo(service.search(supervisor("330105"), new ValidityClockFilter(null, null, null, "all", id),
						PageQuery.of(1, 10)).items());
		}
		assertThat(service.ofEmployers(manager(tested), ids)).containsOnlyKeys(tested.id());
		Actor without = new Actor(24, "no-clocks", "无权限", "330105", Scope.region("330105"), Set.of(), "127.0.0.1",
				Actor.Channel.UI);
		assertThat(service.ofEmployers(without, ids)).isEmpty();
	}

	private void inTransaction(Runnable work) {
		this.transactions.executeWithoutResult(status -> work.run());
	}

	private long dueSoonNotices(EmployerView employer) {
		return this.inbox.list(manager(employer), false, PageQuery.of(1, 50))
			.items()
			.stream()
			.filter(n -> n.messageKey().equals("testing.notice.dueSoon.TESTING"))
			.count();
	}

}
