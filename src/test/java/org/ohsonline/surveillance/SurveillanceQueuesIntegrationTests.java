package org.ohsonline.surveillance;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.ohsonline.IntegrationTest;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.CreditCode;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.Tallies;
import org.ohsonline.shared.Tally;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The home pages' counts of exams due, tasks, bookings, reports and conclusions: the same as the
 * lists they link to, in the caller's scope only. The demo data of 拱墅区 (the demo employer's exams
 * due and transfers, the demo institution's bookings) gives every count something to count; an
 * overdue item added in 临平区 (330113), where no other test works, shows in that district's tallies.
 */
@IntegrationTest
class SurveillanceQueuesIntegrationTests {

	private static final Set<String> READ = Set.of("surveillance:exam:read", "surveillance:booking:read");

	private static final String DEMO_EMPLOYER = withCheck("91330105DEM000001");

	private static final String DEMO_INSTITUTION = withCheck("12330105DEMEX0001");

	@Autowired
	SurveillanceQueues queues;

	@Autowired
	ExamSchedules schedules;

	@Autowired
	ExamTasks tasks;

	@Autowired
	Bookings bookings;

	@Autowired
	Exams exams;

	@Autowired
	JdbcClient jdbc;

	final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	@Test
	void countsExamsDueAsTheDueListDoesWithTheOldestOverdue() {
		for (Actor actor : List.of(region("330105"), employer(DEMO_EMPLOYER))) {
			SurveillanceQueues.DueQueue due = this.queues.due(actor);
			assertThat(due.overdue()).as(actor.username()).isPositive().isEqualTo(listedDue(actor, "overdue"));
			assertThat(due.dueSoon()).as(actor.username()).isEqualTo(listedDue(actor, "soon"));
			assertThat(due.within30()).as(actor.username()).isEqualTo(listedDue(actor, "due"));
			ExamDueItem first = this.schedules.due(actor, new ExamDueFilter(null, null, null, null, "overdue", null, null, "due"),
					PageQuery.of(1, 1)).items().get(0);
			assertThat(due.oldest().deadline().dueOn()).isEqualTo(first.deadline().dueOn());
		}
		// An institution keeps no exams due: its count is empty, not another's.
		assertThat(this.queues.due(institution(DEMO_INSTITUTION)).overdue()).isZero();
	}

	@Test
	void talliesOverdueExamsByTownshipAndEmployer() {
		Actor linping = region("330113");
		long before = this.queues.overdue(linping, 5).total();
		this.jdbc.sql("""
				insert into surveillance.exam_schedule (worker_id, worker_name, employer_id, credit_code, employer_name,
				    region_code, hazard_code, hazard_name, kind, due_on, basis, state, created_at)
				values (-7001, '测试工', -7001, 'TESTQUEUE', '临平测试单位', '330113007', '3008', '噪声', 'PERIODIC',
				    :due, 'test', 'OPEN', now())""")
			.param("due", this.today.minusDays(20))
			.update();
		Tallies tallies = this.queues.overdue(linping, 5);
		assertThat(tallies.total()).isEqualTo(before + 1).isEqualTo(this.queues.due(linping).overdue());
		assertThat(tallies.byRegion()).contains(new Tally("330113007", null, 1));
		assertThat(tallies.byEmployer()).contains(new Tally("-7001", "临平测试单位", 1));
		assertThat(this.queues.overdue(region("330114"), 5).byEmployer()).extracting(Tally::key).doesNotContain("-7001");
		assertThat(this.queues.due(employer(DEMO_EMPLOYER)).oldest().workerId()).isNotEqualTo(-7001);
	}

	@Test
	void countsOpenAndOverdueTasksAsTheTaskListDoes() {
		for (Actor actor : List.of(region("330105"), employer(DEMO_EMPLOYER))) {
			SurveillanceQueues.TaskQueue q = this.queues.tasks(actor);
			assertThat(q.transfers().open()).as(actor.username()).isPositive()
				.isEqualTo(listedTasks(actor, ExamTaskKind.JOB_TRANSFER, "open"));
			assertThat(q.transfers().overdue()).isEqualTo(listedTasks(actor, ExamTaskKind.JOB_TRANSFER, "overdue"));
			assertThat(q.reports().open()).isEqualTo(listedTasks(actor, ExamTaskKind.SUSPECTED_REPORT, "open"));
			assertThat(q.reports().overdue()).isEqualTo(listedTasks(actor, ExamTaskKind.SUSPECTED_REPORT, "overdue"));
		}
		assertThat(this.queues.tasks(region("330114")).transfers().open()).isZero();
	}

	@Test
	void countsBookingsAsTheBookingListDoesForEmployerAndInstitution() {
		for (Actor actor : List.of(employer(DEMO_EMPLOYER), institution(DEMO_INSTITUTION))) {
			SurveillanceQueues.BookingQueue q = this.queues.bookings(actor);
			assertThat(q.requested()).as(actor.username()).isPositive().isEqualTo(listedBookings(actor, "REQUESTED", null, null));
			assertThat(q.upcoming()).as(actor.username()).isEqualTo(listedBookings(actor, "CONFIRMED", this.today, null));
			assertThat(q.toComplete()).isEqualTo(listedBookings(actor, "CONFIRMED", null, this.today.minusDays(1)));
			assertThat(q.today()).isEqualTo(listedBookings(actor, "CONFIRMED", this.today, this.today));
			assertThat(q.firstRequestedDay()).isEqualTo(this.bookings
				.search(actor, new BookingFilter(null, null, "REQUESTED", null, null, null, null, "day"), PageQuery.of(1, 1))
				.items()
				.get(0)
				.day());
		}
		assertThat(this.queues.bookings(institution(withCheck("12330113TEMPQ0001"))).requested()).isZero();
	}

	@Test
	void countsReportsToIssueAndConclusionsOfTheInstitutionsAndRegionsExams() {
		LocalDate from = this.today.minusYears(5);
		Actor staff = institution(DEMO_INSTITUTION);
		long recorded = this.jdbc.sql("select count(*) from surveillance.exam where institution_credit = :i and examined_on >= :from")
			.param("i", DEMO_INSTITUTION)
			.param("from", from)
			.query(Long.class)
			.single();
		long unissued = this.jdbc.sql("""
				select count(*) from surveillance.exam
				where institution_credit = :i and examined_on >= :from and report_code is null""")
			.param("i", DEMO_INSTITUTION)
			.param("from", from)
			.query(Long.class)
			.single();
		assertThat(recorded).isPositive();
		assertThat(this.queues.reportsToIssue(staff, from)).isEqualTo(unissued);

		Actor county = region("330105");
		List<SurveillanceQueues.ConclusionCount> counts = this.queues.conclusionsByRegion(county, from);
		assertThat(counts).isNotEmpty().allSatisfy(c -> assertThat(c.regionCode()).hasSize(9).startsWith("330105"));
		long exams = this.exams.search(county,
				new ExamFilter(null, null, null, null, null, from, null, null, null, null), PageQuery.of(1, 1)).total();
		assertThat(counts.stream().mapToLong(SurveillanceQueues.ConclusionCount::exams).sum()).isEqualTo(exams);
		// The most serious conclusion counts: an exam with any suspected disease is counted as one.
		long suspected = this.exams.search(county,
				new ExamFilter(null, null, null, "SUSPECTED_DISEASE", null, from, null, null, null, null), PageQuery.of(1, 1))
			.total();
		assertThat(counts.stream()
			.filter(c -> c.conclusion() == ExamConclusion.SUSPECTED_DISEASE)
			.mapToLong(SurveillanceQueues.ConclusionCount::exams)
			.sum()).isEqualTo(suspected);
	}

	/**
	 * The overdue pre-placement and periodic items of several employers read at once are those of each one's overdue
	 * list: employers of the demo county with open items, an unknown id (none); another county's supervisor reads none.
	 */
	@Test
	void readsTheOverdueExamsOfSeveralEmployersAtOnceAsEachOnesOverdueList() {
		Actor county = region("330105");
		Set<ExamDueKind> kinds = java.util.EnumSet.of(ExamDueKind.PRE_PLACEMENT, ExamDueKind.PERIODIC);
		List<Long> ids = new java.util.ArrayList<>(this.jdbc.sql("""
				select distinct employer_id from surveillance.exam_schedule
				where state = 'OPEN' and region_code like '330105%' order by 1 limit 20""").query(Long.class).list());
		ids.add(-1L);
		java.util.Map<Long, List<ExamDueItem>> batch = new java.util.HashMap<>();
		this.schedules.forEachOverdueOf(county, ids, kinds,
				item -> batch.computeIfAbsent(item.employerId(), k -> new java.util.ArrayList<>()).add(item));
		assertThat(batch).isNotEmpty().doesNotContainKey(-1L);
		for (long id : ids) {
			List<ExamDueItem> listed = new java.util.ArrayList<>();
			this.schedules.forEach(county, new ExamDueFilter(null, id, null, null, "overdue", null, null, "due"), item -> {
				if (kinds.contains(item.kind())) {
					listed.add(item);
				}
			});
			assertThat(batch.getOrDefault(id, List.of())).as("employer %d", id).isEqualTo(listed);
		}
		List<ExamDueItem> elsewhere = new java.util.ArrayList<>();
		this.schedules.forEachOverdueOf(region("330106"), ids, kinds, elsewhere::add);
		assertThat(elsewhere).isEmpty();
	}

	private long listedDue(Actor actor, String state) {
		return this.schedules.due(actor, new ExamDueFilter(null, null, null, null, state, "due".equals(state) ? 30 : null,
				null, null), PageQuery.of(1, 1)).total();
	}

	private long listedTasks(Actor actor, ExamTaskKind kind, String state) {
		return this.tasks.search(actor, null, kind.name(), state, null, PageQuery.of(1, 1)).total();
	}

	private long listedBookings(Actor actor, String status, LocalDate from, LocalDate to) {
		return this.bookings.search(actor, new BookingFilter(null, null, status, null, from, to, null, null),
				PageQuery.of(1, 1)).total();
	}

	private static Actor region(String prefix) {
		return new Actor(40, "queue-region-" + prefix, "监管", prefix, Scope.region(prefix), READ, "127.0.0.1",
				Actor.Channel.UI);
	}

	private static Actor employer(String creditCode) {
		return new Actor(41, "queue-employer", "单位", "330105", new Scope(Scope.Kind.EMPLOYER, creditCode), READ,
				"127.0.0.1", Actor.Channel.UI);
	}

	private static Actor institution(String creditCode) {
		return new Actor(42, "queue-institution", "机构", "3301", new Scope(Scope.Kind.INSTITUTION, creditCode), READ,
				"127.0.0.1", Actor.Channel.UI);
	}

	private static String withCheck(String first17) {
		return first17 + CreditCode.checkCharacter(first17);
	}

}
