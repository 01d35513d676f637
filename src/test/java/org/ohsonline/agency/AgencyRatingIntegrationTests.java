package org.ohsonline.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ohsonline.IntegrationTest;
import org.ohsonline.registry.EmployerView;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.RegistryFixtures;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.AccessDeniedException;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Scope;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Credit ratings from the platform's data: "not rated yet" on the register alone, a score worked by hand once
 * deliveries and evaluations exist, employers rating only their own deliveries once, a supervisor's adjustment
 * only with a reason and audited, and every read within the actor's scope.
 */
@IntegrationTest
class AgencyRatingIntegrationTests {

	@Autowired
	Agencies agencies;

	@Autowired
	AgencyStaff staff;

	@Autowired
	CreditRatings ratings;

	@Autowired
	ClientEvaluations evaluations;

	@Autowired
	ServiceDeliveries deliveries;

	@Autowired
	Employers employers;

	@Autowired
	Workers workers;

	@Autowired
	JdbcClient jdbc;

	AgencyFixtures fixtures;

	final Actor gongshu = AgencyFixtures.supervisor("330105", "agency:agency:read", "agency:agency:write",
			"agency:staff:write", "agency:rating:read", "agency:rating:adjust", "agency:evaluation:read");

	final Actor xihu = AgencyFixtures.supervisor("330106", "agency:agency:read", "agency:rating:read",
			"agency:rating:adjust", "agency:evaluation:read");

	final Actor registrar = new Actor(14, "rating-registrar", "登记", "330105", Scope.region("330105"),
			Set.of("registry:employer:read", "registry:employer:write"), "127.0.0.1", Actor.Channel.UI);

	@BeforeEach
	void setUp() {
		this.fixtures = new AgencyFixtures(this.agencies);
	}

	static Actor manager(EmployerView employer) {
		return new Actor(13, "rating-manager-" + employer.creditCode(), "单位管理员", employer.regionCode(),
				new Scope(Scope.Kind.EMPLOYER, employer.creditCode()),
				Set.of("agency:evaluation:read", "agency:evaluation:write"), "127.0.0.1", Actor.Channel.UI);
	}

	static Actor staffOf(AgencyView agency) {
		return new Actor(12, "rating-staff-" + agency.id(), "机构人员", agency.regionCode(),
				new Scope(agency.kind().staffScope(), agency.creditCode()),
				Set.of("agency:agency:read", "agency:rating:read", "agency:evaluation:read"), "127.0.0.1",
				Actor.Channel.UI);
	}

	private void addStaff(AgencyView agency, String name, String certificate) {
		this.staff.add(this.gongshu, agency.id(), new StaffCommand(name, AgencyFixtures.idNumber("330105"), "工程师",
				certificate, Set.of(StaffRole.SAMPLING)));
	}

	@Test
	void ratesAnAgencyFromItsDataAndIsNotRatedOnTheRegisterAlone() {
		AgencyView agency = this.fixtures.serviceAgency(this.gongshu, "330105");
		addStaff(agency, "钱采样", "职卫-0001");
		addStaff(agency, "孙采样", null);

		// qualification and staff only: 2 indicators with data, the rule asks for 3
		RatingView first = this.ratings.recompute(this.gongshu, agency.id());
		assertThat(first.status()).isEqualTo(RatingStatus.NOT_RATED);
		assertThat(first.score()).isNull();
		assertThat(first.level()).isNull();
		assertThat(first.stars()).isNull();
		// the second edition's indicators have no data either: nothing delivered, nothing sampled
		assertThat(first.missing()).containsExactly(RatingIndicator.ON_TIME, RatingIndicator.CLIENT,
				RatingIndicator.QUALITY, RatingIndicator.RECOMPUTATION, RatingIndicator.COMPLAINTS,
				RatingIndicator.PENALTIES);
		assertThat(first.ruleEdition()).isEqualTo("platform 2026 edition 2 (unverified)");
		assertThatThrownBy(() -> this.ratings.adjust(this.gongshu, agency.id(),
				new RatingAdjustment(CreditLevel.A, 5, "现场核查良好"))).isInstanceOf(InvalidInputException.class);

		EmployerView employer = new RegistryFixtures(this.employers, this.workers).employer(this.registrar, "330105001",
				"3311", 20);
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		// on time within 20 days of the last sampling day: 5 days yes, 30 days no, 5 days yes → 2 of 3
		deliver(agency, employer, today.minusDays(30), today.minusDays(25));
		deliver(agency, employer, today.minusDays(40), today.minusDays(10));
		deliver(agency, employer, today.minusDays(20), today.minusDays(15));
		Actor manager = manager(employer);
		var pending = this.evaluations.deliveries(manager, true, 50);
		assertThat(pending).hasSize(3).allSatisfy(d -> assertThat(d.agencyId()).isEqualTo(agency.id()));
		this.evaluations.evaluate(manager, pending.get(0).id(), new EvaluationCommand(5, 5, 5, "报告及时"));
		this.evaluations.evaluate(manager, pending.get(1).id(), new EvaluationCommand(4, 4, 4, null));
		assertThat(this.evaluations.summary(this.gongshu, agency.id()))
			.as("two evaluations: below the minimum of 3, the means are hidden")
			.satisfies(s -> {
				assertThat(s.count()).isEqualTo(2);
				assertThat(s.shown()).isFalse();
				assertThat(s.timeliness()).isNull();
			});
		this.evaluations.evaluate(manager, pending.get(2).id(), new EvaluationCommand(3, 3, 3, null));

		// Q 100 (20), S 1 of 2 = 50 (15), ON_TIME 2 of 3 = 66.7 (25), CLIENT marks 15+12+9 = 36 of 3 evaluations:
		// mean 4, (4 − 1) / 4 × 100 = 75 (20); delivered in the window without complaints or penalties:
		// COMPLAINTS 100 (10), PENALTIES 100 (10); nothing sampled (QUALITY, RECOMPUTATION no data).
		// Σwv = 2000 + 750 + 1667.5 + 1500 + 1000 + 1000 = 7917.5, / 100 = 79.175 → 79.2
		RatingView rated = this.ratings.recompute(this.gongshu, agency.id());
		assertThat(rated.status()).isEqualTo(RatingStatus.RATED);
		assertThat(rated.score()).isEqualByComparingTo("79.2");
		assertThat(rated.level()).isEqualTo(CreditLevel.B);
		assertThat(rated.stars()).isEqualTo(3);
		assertThat(rated.indicators()).extracting(v -> v.indicator() + "=" + v.value())
			.containsExactly("QUALIFICATION=100", "STAFF=50.0", "ON_TIME=66.7", "CLIENT=75.0", "QUALITY=null",
					"RECOMPUTATION=null", "COMPLAINTS=100", "PENALTIES=100");
		assertThat(rated.pointsToNextLevel()).isEqualByComparingTo("5.8");
		assertThat(this.evaluations.summary(this.gongshu, agency.id()).timeliness()).isEqualByComparingTo("4.00");

		// the agency reads its own breakdown; another agency does not see it
		assertThat(this.ratings.current(staffOf(agency), agency.id())).get()
			.extracting(RatingView::score)
			.isEqualTo(rated.score());
		AgencyView other = this.fixtures.serviceAgency(this.gongshu, "330105");
		assertThatThrownBy(() -> this.ratings.current(staffOf(other), agency.id())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.ratings.current(this.xihu, agency.id())).isInstanceOf(NotFoundException.class);
		assertThat(this.ratings.search(this.xihu, RatingFilter.none(), PageQuery.of(1, 200)).items())
			.noneMatch(r -> r.agencyId() == agency.id());
		assertThat(this.ratings.search(this.gongshu, RatingFilter.none(), PageQuery.of(1, 200)).items())
			.anyMatch(r -> r.agencyId() == agency.id());
		assertThat(this.ratings.history(this.gongshu, agency.id())).extracting(RatingView::status)
			.contains(RatingStatus.NOT_RATED);
	}

	@Test
	void adjustsOnlyWithAReasonAndAudited() {
		AgencyView agency = ratedAgency();
		assertThatThrownBy(() -> this.ratings.adjust(this.gongshu, agency.id(), new RatingAdjustment(CreditLevel.C, 1, " ")))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors())
				.extracting(InvalidInputException.FieldError::field)
				.containsExactly("reason"));
		assertThatThrownBy(() -> this.ratings.adjust(staffOf(agency), agency.id(),
				new RatingAdjustment(CreditLevel.A, 5, "自评"))).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.ratings.adjust(this.xihu, agency.id(),
				new RatingAdjustment(CreditLevel.C, 1, "外区"))).isInstanceOf(NotFoundException.class);

		RatingView adjusted = this.ratings.adjust(this.gongshu, agency.id(),
				new RatingAdjustment(CreditLevel.C, 1, "抽查发现报告数据与原始记录不符"));
		assertThat(adjusted.level()).isEqualTo(CreditLevel.C);
		assertThat(adjusted.stars()).isEqualTo(1);
		assertThat(adjusted.computedLevel()).isNotNull();
		assertThat(adjusted.adjustment().reason()).isEqualTo("抽查发现报告数据与原始记录不符");
		assertThat(this.jdbc.sql("select action from audit.entry where action like 'agency.rating.%' and target_id = :id"
				+ " order by id")
			.param("id", String.valueOf(agency.id()))
			.query(String.class)
			.list()).endsWith("agency.rating.adjusted");
		// the platform's own computations are kept with the rating, a supervisor's recomputation is audited;
		// computing again with the same outcome keeps the adjusted rating
		assertThat(this.ratings.recompute(this.gongshu, agency.id()).adjustment()).isNotNull();
	}

	@Test
	void anEmployerRatesOnlyItsOwnDeliveriesOnce() {
		AgencyView agency = this.fixtures.serviceAgency(this.gongshu, "330105");
		RegistryFixtures register = new RegistryFixtures(this.employers, this.workers);
		EmployerView employer = register.employer(this.registrar, "330105001", "3311", 20);
		EmployerView stranger = register.employer(this.registrar, "330105001", "3311", 20);
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		long jobId = deliver(agency, employer, today.minusDays(3), today);
		// told twice (a retried event): one delivery
		this.deliveries.jobDelivered(new ServiceDeliveries.JobDelivery(jobId, "JOB-" + jobId, agency.id(), employer.id(),
				today.minusDays(3), today, false));
		var mine = this.evaluations.deliveries(manager(employer), false, 50);
		assertThat(mine).hasSize(1);
		long id = mine.get(0).id();

		assertThatThrownBy(() -> this.evaluations.evaluate(manager(stranger), id, new EvaluationCommand(5, 5, 5, null)))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.evaluations.evaluate(this.gongshu, id, new EvaluationCommand(5, 5, 5, null)))
			.as("a supervisor sees the delivery but does not rate for the employer")
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.evaluations.evaluate(manager(employer), id, new EvaluationCommand(0, 6, null, null)))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors())
				.extracting(InvalidInputException.FieldError::field)
				.containsExactly("timeliness", "professionalism", "priceTransparency"));
		DeliveryView rated = this.evaluations.evaluate(manager(employer), id, new EvaluationCommand(4, 5, 3, "价格清楚"));
		assertThat(rated.evaluation().professionalism()).isEqualTo(5);
		assertThatThrownBy(() -> this.evaluations.evaluate(manager(employer), id, new EvaluationCommand(1, 1, 1, null)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.errors().get(0).code()).isEqualTo("agency.evaluation.already"));
		assertThat(this.evaluations.deliveries(manager(employer), true, 50)).isEmpty();
		assertThat(this.evaluations.deliveries(manager(stranger), false, 50)).isEmpty();
		assertThat(this.evaluations.deliveries(staffOf(agency), false, 50)).extracting(DeliveryView::id).containsExactly(id);
	}

	@Test
	void countsExamsIntoOneBatchPerEmployerAndDayOnce() {
		AgencyView institution = this.fixtures.examInstitution(this.gongshu, "330105");
		EmployerView employer = new RegistryFixtures(this.employers, this.workers).employer(this.registrar, "330105001",
				"3311", 20);
		LocalDate day = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(2);
		long exam = System.nanoTime();
		this.deliveries.examDelivered(new ServiceDeliveries.ExamDelivery(exam, institution.id(), employer.id(), day));
		this.deliveries.examDelivered(new ServiceDeliveries.ExamDelivery(exam, institution.id(), employer.id(), day));
		this.deliveries.examDelivered(new ServiceDeliveries.ExamDelivery(exam + 1, institution.id(), employer.id(), day));
		assertThat(this.evaluations.deliveries(manager(employer), false, 50)).singleElement().satisfies(d -> {
			assertThat(d.kind()).isEqualTo(DeliveryKind.EXAM_BATCH);
			assertThat(d.exams()).isEqualTo(2);
		});
		// 2 exams on a day within the declared 120: CAPACITY 1 of 1 days = 100
		RatingView rating = this.ratings.recompute(this.gongshu, institution.id());
		assertThat(rating.indicators()).filteredOn(v -> v.indicator() == RatingIndicator.CAPACITY)
			.singleElement()
			.satisfies(v -> assertThat(v.value()).isEqualByComparingTo("100"));
	}

	/** A service agency rated B: the register, three deliveries on time and three evaluations. */
	private AgencyView ratedAgency() {
		AgencyView agency = this.fixtures.serviceAgency(this.gongshu, "330105");
		addStaff(agency, "李检测", "职卫-0002");
		EmployerView employer = new RegistryFixtures(this.employers, this.workers).employer(this.registrar, "330105001",
				"3311", 20);
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		for (int i = 0; i < 3; i++) {
			deliver(agency, employer, today.minusDays(10 + i), today.minusDays(5));
		}
		for (DeliveryView d : this.evaluations.deliveries(manager(employer), true, 50)) {
			this.evaluations.evaluate(manager(employer), d.id(), new EvaluationCommand(3, 3, 3, null));
		}
		RatingView rating = this.ratings.recompute(this.gongshu, agency.id());
		assertThat(rating.status()).isEqualTo(RatingStatus.RATED);
		return agency;
	}

	private long deliver(AgencyView agency, EmployerView employer, LocalDate samplingTo, LocalDate reviewedOn) {
		long jobId = Math.abs(System.nanoTime() % 1_000_000_000L);
		this.deliveries.jobDelivered(new ServiceDeliveries.JobDelivery(jobId, "JOB-" + jobId, agency.id(), employer.id(),
				samplingTo, reviewedOn, false));
		return jobId;
	}

}
