package org.ohsonline.training.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.ohsonline.IntegrationTest;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.portal.IssuedDocuments;
import org.ohsonline.reference.Divisions;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.documents.PdfDocuments;
import org.ohsonline.training.Audience;
import org.ohsonline.training.CourseView;
import org.ohsonline.training.Courses;
import org.ohsonline.training.EmployerRates;
import org.ohsonline.training.EnrolmentView;
import org.ohsonline.training.Paper;
import org.ohsonline.training.RateLine;
import org.ohsonline.training.RegionRates;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Training rates on a hand-built employer of the tiny register: its principal leader and two managers named
 * from its workers, certificates earned for each audience, and the rates with their numerators,
 * denominators and missing lists — at the employer, in the county's totals and rows, and once the
 * certificates have expired.
 */
@IntegrationTest
class TrainingRatesIntegrationTests {

	@Autowired Courses courses;
	@Autowired CourseStore courseStore;
	@Autowired EnrolmentStore enrolments;
	@Autowired Learners learners;
	@Autowired Employers employers;
	@Autowired Workers workers;
	@Autowired JdbcClient jdbc;
	@Autowired AuditTrail audit;
	@Autowired IssuedDocuments documents;
	@Autowired PdfDocuments pdf;
	@Autowired Divisions divisions;
	@Autowired MessageSource messages;
	@Autowired ApplicationEventPublisher publisher;
	@Autowired TransactionTemplate transactions;

	final TrainingWorld.MovableClock clock = new TrainingWorld.MovableClock(Instant.now());

	LearningService learning() {
		Certificates certificates = new Certificates(this.jdbc, this.documents, this.pdf, this.divisions, this.messages,
				this.audit, this.publisher, this.clock);
		QuizService quiz = new QuizService(this.jdbc, this.enrolments, certificates, this.audit, this.clock);
		return new LearningService(this.enrolments, this.courseStore, this.learners, this.employers, this.workers,
				this.jdbc, this.audit, quiz, this.clock);
	}

	RateService rates() {
		return new RateService(this.employers, this.workers, this.jdbc, this.audit, this.clock);
	}

	<T> T tx(Supplier<T> work) {
		return this.transactions.execute(status -> work.get());
	}

	CourseView course(Audience audience) {
		Actor author = TrainingWorld.author(TrainingWorld.COUNTY);
		CourseView course = this.courses.create(author, new org.ohsonline.training.CourseCommand(
				"培训率课程 " + System.nanoTime(), null, audience, List.of(), new java.math.BigDecimal("8"), 100, 1,
				0, 3));
		this.courses.addText(author, course.id(), "课", "正文", 0);
		this.courses.addQuestion(author, course.id(), "问", List.of("对", "错"), 0);
		return this.courses.publish(author, course.id());
	}

	/** The worker passes the course, enrolled by the employer. */
	void pass(LearningService learning, TrainingWorld.Employer employer, long workerId, CourseView course) {
		tx(() -> learning.enrolWorkers(TrainingWorld.manager(employer), course.id(), List.of(workerId)));
		Actor worker = TrainingWorld.worker(this.jdbc, workerId);
		EnrolmentView enrolment = learning.mine(worker).stream().filter(e -> e.courseId() == course.id()).findFirst().orElseThrow();
		Paper paper = tx(() -> learning.openPaper(worker, enrolment.id()));
		Map<Long, Integer> right = new HashMap<>();
		paper.questions().forEach(q -> right.put(q.id(), 0));
		assertThat(tx(() -> learning.submit(worker, paper.attemptId(), right)).passed()).isTrue();
	}

	@Test
	void countsNumeratorsDenominatorsAndWhoIsMissingAtTheEmployerAndInTheCounty() {
		TrainingWorld.Employer employer = TrainingWorld.employer(this.jdbc, 20, 3);
		List<Long> staff = employer.workerIds();
		long principal = staff.get(0);
		long manager = staff.get(1);
		long otherManager = staff.get(2);
		Actor own = TrainingWorld.manager(employer);
		RateService rates = rates();
		LearningService learning = learning();

		tx(() -> rates.name(own, employer.id(), Audience.PRINCIPAL, List.of(principal)));
		tx(() -> rates.name(own, employer.id(), Audience.MANAGER, List.of(manager, otherManager)));
		EmployerRates before = rates.ofEmployer(own, employer.id());
		assertThat(before.line(Audience.PRINCIPAL).numerator()).isZero();
		assertThat(before.line(Audience.PRINCIPAL).denominator()).isEqualTo(1);
		assertThat(before.line(Audience.MANAGER).denominator()).isEqualTo(2);
		assertThat(before.line(Audience.WORKER).denominator()).as("every current worker").isEqualTo(staff.size());
		assertThat(before.line(Audience.WORKER).percent()).isEqualTo(0.0);

		pass(learning, employer, principal, course(Audience.PRINCIPAL));
		pass(learning, employer, manager, course(Audience.MANAGER));
		CourseView workerCourse = course(Audience.WORKER);
		pass(learning, employer, principal, workerCourse);
		pass(learning, employer, otherManager, workerCourse);

		EmployerRates after = rates.ofEmployer(own, employer.id());
		assertThat(after.line(Audience.PRINCIPAL)).satisfies(l -> {
			assertThat(l.numerator()).isEqualTo(1);
			assertThat(l.missing()).isEmpty();
			assertThat(l.percent()).isEqualTo(100.0);
		});
		assertThat(after.line(Audience.MANAGER)).satisfies(l -> {
			assertThat(l.numerator()).as("a worker course does not count for managers").isEqualTo(1);
			assertThat(l.denominator()).isEqualTo(2);
			assertThat(l.missing()).extracting(RateLine.Person::workerId).containsExactly(otherManager);
			assertThat(l.percent()).isEqualTo(50.0);
		});
		RateLine workersLine = after.line(Audience.WORKER);
		assertThat(workersLine.numerator()).isEqualTo(2);
		assertThat(workersLine.denominator()).isEqualTo(staff.size());
		assertThat(workersLine.missing()).extracting(RateLine.Person::workerId)
			.doesNotContain(principal, otherManager)
			.contains(manager)
			.hasSize(staff.size() - 2);
		assertThat(workersLine.percent()).isEqualTo(Math.round(2 * 1000.0 / staff.size()) / 10.0);
		// Counted with other employers at once (a batch of the indicators' rebuild): the same numerators and
		// denominators; an unknown employer has 0/0 lines.
		Map<Long, List<RateLine>> counted = rates.countsOf(TrainingWorld.author(TrainingWorld.COUNTY),
				List.of(employer.id(), TrainingWorld.employer(this.jdbc, 0, 1).id(), -1L));
		assertThat(counted.get(employer.id())).extracting(RateLine::audience, RateLine::numerator, RateLine::denominator)
			.containsExactlyElementsOf(after.lines()
				.stream()
				.map(l -> org.assertj.core.groups.Tuple.tuple(l.audience(), l.numerator(), l.denominator()))
				.toList());
		assertThat(counted.get(-1L)).allSatisfy(l -> assertThat(l.denominator()).isZero());

		RegionRates county = rates.ofRegion(TrainingWorld.author(TrainingWorld.COUNTY), null, PageQuery.of(1, 200));
		RegionRates.Row row = county.employers().items().stream().filter(r -> r.employerId() == employer.id()).findFirst().orElseThrow();
		assertThat(row.lines()).extracting(RateLine::numerator).containsExactly(1L, 1L, 2L);
		assertThat(row.lines()).extracting(RateLine::denominator).containsExactly(1L, 2L, (long) staff.size());
		assertThat(county.totals().get(2).denominator()).as("the county's workers, counted from the register")
			.isEqualTo(this.jdbc.sql("""
					select count(*) from registry.employment m join registry.employer e on e.id = m.employer_id
					where m.left_on is null and e.region_code like '330105%'""").query(Long.class).single()
					+ this.jdbc.sql("""
							select count(*) from registry.employment m join registry.employer e on e.id = m.host_employer_id
							where m.left_on is null and m.host_status = 'CONFIRMED' and e.region_code like '330105%'""")
						.query(Long.class)
						.single());
		assertThat(rates.ofRegion(TrainingWorld.author("330106"), "330105", PageQuery.of(1, 10)).employers().total())
			.as("a region outside the scope shows nothing").isZero();

		LocalDate lastValid = LocalDate.now(this.clock.withZone(ZoneId.of("Asia/Shanghai"))).plusMonths(12).minusDays(1);
		this.clock.now = lastValid.plusDays(1).atStartOfDay(ZoneId.of("Asia/Shanghai")).plusHours(9).toInstant();
		EmployerRates expired = rates.ofEmployer(own, employer.id());
		assertThat(expired.lines()).as("expired certificates no longer count").allSatisfy(l -> assertThat(l.numerator()).isZero());
	}

	@Test
	void namesOnlyTheEmployersOwnWorkersAndOnlyAsLeaderOrManager() {
		TrainingWorld.Employer employer = TrainingWorld.employer(this.jdbc, 21, 3);
		TrainingWorld.Employer other = TrainingWorld.employer(this.jdbc, 22, 3);
		RateService rates = rates();
		Actor own = TrainingWorld.manager(employer);
		assertThatThrownBy(() -> tx(() -> rates.name(own, employer.id(), Audience.MANAGER,
				List.of(employer.workerIds().get(0), other.workerIds().get(0))))).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> tx(() -> rates.name(own, employer.id(), Audience.WORKER, List.of())))
			.isInstanceOf(InvalidInputException.class);
		assertThat(rates.ofEmployer(own, employer.id()).named()).isEmpty();
		assertThatThrownBy(() -> tx(() -> rates.name(TrainingWorld.manager(other), employer.id(), Audience.MANAGER, List.of())))
			.isInstanceOf(org.ohsonline.shared.NotFoundException.class);
	}

	@Test
	void listsCertifiedManagersOfTheRegionOnceEachWhileTheirCertificateIsValid() {
		TrainingWorld.Employer employer = TrainingWorld.employer(this.jdbc, 23, 3);
		long manager = employer.workerIds().get(0);
		LearningService learning = learning();
		CourseView managers = course(Audience.MANAGER);
		pass(learning, employer, manager, managers);
		pass(learning, employer, employer.workerIds().get(1), course(Audience.WORKER));
		ManagerRegistry registry = new ManagerRegistry(this.jdbc, this.clock);
		String name = this.jdbc.sql("select name from registry.worker where id = :id").param("id", manager).query(String.class).single();

		var county = registry.search(TrainingWorld.author(TrainingWorld.COUNTY), null, name, PageQuery.of(1, 50));
		assertThat(county.items()).filteredOn(m -> m.courseTitle().equals(managers.title())).singleElement()
			.satisfies(m -> assertThat(m.regionCode()).isEqualTo(employer.regionCode()));
		assertThat(registry.search(TrainingWorld.manager(employer), null, null, PageQuery.of(1, 50)).items())
			.as("the employer sees its own managers, and a worker course certifies nobody as manager")
			.extracting(org.ohsonline.training.CertifiedManager::name)
			.containsExactly(name);
		assertThat(registry.search(TrainingWorld.author("330106"), null, name, PageQuery.of(1, 50)).items())
			.filteredOn(m -> m.courseTitle().equals(managers.title()))
			.isEmpty();
		this.clock.now = this.clock.now.plus(java.time.Duration.ofDays(400));
		assertThat(registry.search(TrainingWorld.author(TrainingWorld.COUNTY), null, name, PageQuery.of(1, 50)).items())
			.as("an expired certificate certifies no longer")
			.filteredOn(m -> m.courseTitle().equals(managers.title()))
			.isEmpty();
	}

}
