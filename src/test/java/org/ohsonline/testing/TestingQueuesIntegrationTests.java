package org.ohsonline.testing;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ohsonline.IntegrationTest;
import org.ohsonline.registry.EmployerView;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.RegistryFixtures;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.Tallies;
import org.ohsonline.shared.Tally;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ohsonline.declaration.DeclarationFixtures.eventually;

/**
 * The home pages' counts of validity clocks and jobs: the same as {@code /testing/clocks} and the
 * job list, in the caller's scope only. Clocks are made overdue or due soon for employers registered
 * in 临平区 (330113), where no other test registers any.
 */
@IntegrationTest
class TestingQueuesIntegrationTests {

	private static final Set<String> READ = Set.of("registry:employer:read", "registry:employer:write",
			"testing:clock:read", "testing:job:read");

	@Autowired
	TestingQueues queues;

	@Autowired
	TestingClocks clocks;

	@Autowired
	TestingJobs jobs;

	@Autowired
	Employers employers;

	@Autowired
	Workers workers;

	@Autowired
	JdbcClient jdbc;

	final Actor linping = region("330113");

	final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	RegistryFixtures fixtures;

	@BeforeEach
	void setUp() {
		this.fixtures = new RegistryFixtures(this.employers, this.workers);
	}

	@Test
	void countsOverdueAndDueSoonClocksAsTheClockListDoesInTheCallersScope() {
		TestingQueues.ClockQueue before = this.queues.clocks(this.linping);
		EmployerView late = tracked("330113005");
		EmployerView soon = tracked("330113006");
		int overdue = dueOn(late, this.today.minusDays(4));
		int dueSoon = dueOn(soon, this.today.plusDays(2));
		assertThat(overdue).isPositive();
		assertThat(dueSoon).isPositive();

		TestingQueues.ClockQueue q = this.queues.clocks(this.linping);
		assertThat(q.overdue()).isEqualTo(before.overdue() + overdue).isEqualTo(listed("overdue"));
		assertThat(q.dueSoon()).isEqualTo(before.dueSoon() + dueSoon).isEqualTo(listed("soon"));
		assertThat(q.oldestDue()).isBeforeOrEqualTo(this.today.minusDays(4));

		TestingQueues.ClockQueue own = this.queues.clocks(manager(late));
		assertThat(own.overdue()).isEqualTo(overdue);
		assertThat(own.dueSoon()).isZero();
		assertThat(this.queues.clocks(manager(soon)).nextDue()).isEqualTo(this.today.plusDays(2));
		assertThat(this.queues.clocks(region("330114")).overdue()).isZero();

		Tallies tallies = this.queues.overdue(this.linping, 5);
		assertThat(tallies.total()).isEqualTo(q.overdue());
		assertThat(tallies.byRegion()).filteredOn(t -> t.key().equals("330113005"))
			.singleElement()
			.extracting(Tally::count)
			.isEqualTo((long) overdue);
		assertThat(tallies.byEmployer()).extracting(Tally::key).contains(Long.toString(late.id()));
	}

	/** Jobs by status, as the job list filtered by status counts them, for a region and for an agency. */
	@Test
	void countsJobsByStatusAsTheJobListDoes() {
		Actor city = region("3301");
		Map<JobStatus, Long> counts = this.queues.jobsByStatus(city);
		assertThat(counts.values().stream().mapToLong(Long::longValue).sum()).isPositive();
		for (JobStatus status : JobStatus.values()) {
			assertThat(counts.get(status)).as(status.name()).isEqualTo(listedJobs(city, status));
		}
		String agency = this.jdbc.sql("select agency_credit_code from testing.job group by 1 order by count(*) desc limit 1")
			.query(String.class)
			.single();
		Actor staff = new Actor(31, "queue-agency", "机构", "3301", new Scope(Scope.Kind.AGENCY, agency),
				Set.of("testing:job:read"), "127.0.0.1", Actor.Channel.UI);
		Map<JobStatus, Long> own = this.queues.jobsByStatus(staff);
		assertThat(own.values().stream().mapToLong(Long::longValue).sum()).isPositive()
			.isEqualTo(this.jdbc.sql("select count(*) from testing.job where agency_credit_code = :a")
				.param("a", agency)
				.query(Long.class)
				.single());
		for (JobStatus status : List.of(JobStatus.values())) {
			assertThat(own.get(status)).as(status.name()).isEqualTo(listedJobs(staff, status));
		}
		Actor stranger = new Actor(32, "queue-stranger", "机构", "3301",
				new Scope(Scope.Kind.AGENCY, RegistryFixtures.creditCode("330113")), Set.of("testing:job:read"),
				"127.0.0.1", Actor.Channel.UI);
		assertThat(this.queues.jobsByStatus(stranger).values()).containsOnly(0L);
	}

	private long listed(String due) {
		return this.clocks.search(this.linping, new ValidityClockFilter(null, null, null, due, null), PageQuery.of(1, 1))
			.total();
	}

	private long listedJobs(Actor actor, JobStatus status) {
		return this.jobs.search(actor, new JobFilter(null, null, null, null, null, status.name(), null, null, null),
				PageQuery.of(1, 1)).total();
	}

	/** An employer of the township with a noisy post, whose clocks the register's events started. */
	private EmployerView tracked(String township) {
		EmployerView employer = this.fixtures.employer(this.linping, township, "3311", 60);
		this.fixtures.post(this.linping, employer.id(), "3008");
		eventually(() -> this.clocks.ofEmployer(manager(employer), employer.id()), l -> !l.isEmpty());
		return employer;
	}

	private int dueOn(EmployerView employer, LocalDate dueOn) {
		return this.jdbc.sql("update testing.validity_clock set due_on = :due where employer_id = :employer and active")
			.param("due", dueOn)
			.param("employer", employer.id())
			.update();
	}

	private static Actor region(String prefix) {
		return new Actor(30, "queue-" + prefix, "监管" + prefix, prefix, Scope.region(prefix), READ, "127.0.0.1",
				Actor.Channel.UI);
	}

	private static Actor manager(EmployerView employer) {
		return new Actor(33, "queue-manager-" + employer.creditCode(), "单位", employer.regionCode(),
				new Scope(Scope.Kind.EMPLOYER, employer.creditCode()), READ, "127.0.0.1", Actor.Channel.UI);
	}

}
