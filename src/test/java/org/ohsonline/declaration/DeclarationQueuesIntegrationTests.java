package org.ohsonline.declaration;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ohsonline.IntegrationTest;
import org.ohsonline.reference.HazardFactors;
import org.ohsonline.registry.EmployerView;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.RegistryFixtures;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Tallies;
import org.ohsonline.shared.Tally;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ohsonline.declaration.DeclarationFixtures.eventually;
import static org.ohsonline.declaration.DeclarationFixtures.manager;
import static org.ohsonline.declaration.DeclarationFixtures.supervisor;

/**
 * The home pages' counts of declarations and clocks: the same as the lists they link to, in the
 * caller's scope only, overdue ones by township and employer. Employers are registered in 临平区
 * (330113), which no other test uses, so the district's counts are this class's own.
 */
@IntegrationTest
class DeclarationQueuesIntegrationTests {

	@Autowired
	DeclarationQueues queues;

	@Autowired
	DeclarationClocks clocks;

	@Autowired
	Declarations declarations;

	@Autowired
	Employers employers;

	@Autowired
	Workers workers;

	@Autowired
	HazardFactors hazards;

	@Autowired
	JdbcClient jdbc;

	final Actor linping = supervisor("330113");

	final Actor qiantang = supervisor("330114");

	final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	RegistryFixtures fixtures;

	@BeforeEach
	void setUp() {
		this.fixtures = new RegistryFixtures(this.employers, this.workers);
	}

	@Test
	void countsOverdueAndDueSoonClocksAsTheClockListDoesInTheCallersScope() {
		DeclarationQueues.Queue before = this.queues.queue(this.linping);
		EmployerView late = registered("330113001");
		EmployerView soon = registered("330113002");
		dueOn(late, this.today.minusDays(10));
		dueOn(soon, this.today.plusDays(3));

		DeclarationQueues.Queue q = this.queues.queue(this.linping);
		assertThat(q.overdue()).isEqualTo(before.overdue() + 1)
			.isEqualTo(this.clocks.search(this.linping, new ClockFilter(null, null, "overdue", null, null), PageQuery.of(1, 1))
				.total());
		assertThat(q.dueSoon()).isEqualTo(before.dueSoon() + 1)
			.isEqualTo(this.clocks.search(this.linping, new ClockFilter(null, null, "soon", null, null), PageQuery.of(1, 1))
				.total());
		assertThat(q.oldestDue()).isBeforeOrEqualTo(this.today.minusDays(10));

		// Each employer sees its own clock only; another district sees neither.
		DeclarationQueues.Queue ofLate = this.queues.queue(manager(late));
		assertThat(ofLate.overdue()).isEqualTo(1);
		assertThat(ofLate.dueSoon()).isZero();
		assertThat(ofLate.oldestDue()).isEqualTo(this.today.minusDays(10));
		DeclarationQueues.Queue ofSoon = this.queues.queue(manager(soon));
		assertThat(ofSoon.overdue()).isZero();
		assertThat(ofSoon.dueSoon()).isEqualTo(1);
		assertThat(ofSoon.nextDue()).isEqualTo(this.today.plusDays(3));
		assertThat(this.queues.overdue(this.qiantang, 5).byEmployer()).extracting(Tally::key)
			.doesNotContain(Long.toString(late.id()));
	}

	@Test
	void talliesOverdueClocksByTownshipAndEmployer() {
		EmployerView first = registered("330113003");
		EmployerView second = registered("330113003");
		dueOn(first, this.today.minusDays(2));
		dueOn(second, this.today.minusDays(5));

		Tallies tallies = this.queues.overdue(this.linping, 50);
		assertThat(tallies.total()).isEqualTo(this.queues.queue(this.linping).overdue());
		assertThat(tallies.byRegion()).allSatisfy(t -> assertThat(t.key()).hasSize(9).startsWith("330113"));
		assertThat(tallies.byRegion()).filteredOn(t -> t.key().equals("330113003")).singleElement()
			.extracting(Tally::count)
			.isEqualTo(2L);
		assertThat(tallies.byRegion().stream().mapToLong(Tally::count).sum()).isEqualTo(tallies.total());
		assertThat(tallies.byEmployer()).filteredOn(t -> t.key().equals(Long.toString(first.id())))
			.singleElement()
			.satisfies(t -> {
				assertThat(t.name()).isEqualTo(first.name());
				assertThat(t.count()).isEqualTo(1);
			});
		// The city above sees the district as one of its counties.
		assertThat(this.queues.overdue(supervisor("3301"), 5).byRegion()).extracting(Tally::key).contains("330113");
	}

	@Test
	void countsDeclarationsByWhereTheyStand() {
		EmployerView employer = registered("330113004");
		Actor manager = manager(employer);
		DeclarationQueues.Queue before = this.queues.queue(this.linping);
		DeclarationView draft = this.declarations.draft(manager, DeclarationFixtures.initial(employer.id(),
				DeclarationFixtures.factor(this.hazards, "电焊烟尘"), DeclarationFixtures.factor(this.hazards, "噪声")));
		assertThat(this.queues.queue(manager).drafts()).isEqualTo(1);
		this.declarations.submit(manager, draft.id());
		DeclarationQueues.Queue submitted = this.queues.queue(this.linping);
		assertThat(submitted.submitted()).isEqualTo(before.submitted() + 1)
			.isEqualTo(this.declarations.search(this.linping,
					new DeclarationFilter(null, null, "SUBMITTED", null, null, null, null, null), PageQuery.of(1, 1))
				.total());
		assertThat(submitted.drafts()).isEqualTo(before.drafts());
		this.declarations.giveBack(this.linping, draft.id(), "缺少岗位");
		DeclarationQueues.Queue returned = this.queues.queue(manager);
		assertThat(returned.returned()).isEqualTo(1);
		assertThat(returned.submitted()).isZero();
		assertThat(this.queues.queue(this.qiantang).returned()).isZero();
	}

	/**
	 * An employer of the township with a noisy post, and the initial-declaration clock the hazard
	 * starts (an employer without a hazard factor owes no declaration).
	 */
	private EmployerView registered(String township) {
		EmployerView employer = this.fixtures.employer(this.linping, township, "3311", 60);
		this.fixtures.post(this.linping, employer.id(), "3008");
		eventually(() -> this.clocks.pending(manager(employer), employer.id()), l -> !l.isEmpty());
		return employer;
	}

	private void dueOn(EmployerView employer, LocalDate dueOn) {
		int changed = this.jdbc.sql("update declaration.deadline_clock set due_on = :due where employer_id = :employer")
			.param("due", dueOn)
			.param("employer", employer.id())
			.update();
		assertThat(changed).isEqualTo(1);
	}

}
