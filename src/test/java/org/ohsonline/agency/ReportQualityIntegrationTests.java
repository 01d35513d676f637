package org.ohsonline.agency;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
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
import org.ohsonline.testing.JobView;
import org.ohsonline.testing.TestingFixtures;
import org.ohsonline.testing.TestingJobs;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ohsonline.Eventually.eventually;

/**
 * Report-quality sampling end to end: the draw of a quarter, the platform's recomputation flagging a report whose
 * stated conclusion its stored results contradict, a review against the rubric with its findings, the agency's
 * answer and the reviewer's closing, "falsified report" proposing a blacklist entry, the new rating indicators on a
 * hand-worked case, and every read and write within the actor's jurisdiction. Each test works in a county of its
 * own (one draw per region and quarter).
 */
@IntegrationTest
class ReportQualityIntegrationTests {

	@Autowired
	Agencies agencies;

	@Autowired
	AgencyStaff staff;

	@Autowired
	Engagements engagements;

	@Autowired
	ReportQuality quality;

	@Autowired
	AgencyComplaints complaints;

	@Autowired
	CreditRatings ratings;

	@Autowired
	ClientEvaluations evaluations;

	@Autowired
	ServiceDeliveries deliveries;

	@Autowired
	Blacklist blacklist;

	@Autowired
	TestingJobs jobs;

	@Autowired
	Employers employers;

	@Autowired
	Workers workers;

	@Autowired
	JdbcClient jdbc;

	AgencyFixtures fixtures;

	static final String QUARTER = quarter(LocalDate.now(ZoneId.of("Asia/Shanghai")));

	@BeforeEach
	void setUp() {
		this.fixtures = new AgencyFixtures(this.agencies);
	}

	static String quarter(LocalDate day) {
		return day.getYear() + "Q" + ((day.getMonthValue() - 1) / 3 + 1);
	}

	static Actor reviewer(String county) {
		return AgencyFixtures.supervisor(county, "agency:agency:read", "agency:agency:write", "agency:staff:write",
				"agency:rating:read", "agency:rating:adjust", "agency:quality:read", "agency:quality:draw",
				"agency:quality:review", "agency:complaint:write", "agency:blacklist:read", "agency:blacklist:write",
				"agency:evaluation:read");
	}

	static Actor staffOf(AgencyView agency) {
		return new Actor(12, "quality-staff-" + agency.id(), "机构人员", agency.regionCode(),
				new Scope(agency.kind().staffScope(), agency.creditCode()),
				Set.of("agency:agency:read", "agency:rating:read", "agency:quality:read", "agency:quality:answer"),
				"127.0.0.1", Actor.Channel.UI);
	}

	static Actor with(Actor actor, String... permissions) {
		return new Actor(actor.userId(), actor.username(), actor.displayName(), actor.regionCode(), actor.scope(),
				Set.of(permissions), "127.0.0.1", Actor.Channel.UI);
	}

	private EmployerView employer(String county) {
		Actor registrar = new Actor(14, "quality-registrar-" + county, "登记", county, Scope.region(county),
				Set.of("registry:employer:read", "registry:employer:write"), "127.0.0.1", Actor.Channel.UI);
		// 临安区 has no township 001
		String township = "330112".equals(county) ? "330112002" : county + "001";
		return new RegistryFixtures(this.employers, this.workers).employer(registrar, township, "3311", 20);
	}

	private long deliver(AgencyView agency, EmployerView employer, LocalDate samplingTo, LocalDate reviewedOn) {
		long jobId = 2_000_000_000L + Math.abs(System.nanoTime() % 1_000_000_000L);
		this.deliveries.jobDelivered(new ServiceDeliveries.JobDelivery(jobId, "JOB-" + jobId, agency.id(), employer.id(),
				samplingTo, reviewedOn, false));
		return jobId;
	}

	private static QualityReviewCommand marks(String sampling, String methods, String calculation, String conclusion,
			String timeliness, boolean falsified, String note) {
		return new QualityReviewCommand(List.of(
				new QualityReviewCommand.Mark("SAMPLING_PLAN", new BigDecimal(sampling), "采样点未覆盖夜班"),
				new QualityReviewCommand.Mark("METHODS", new BigDecimal(methods), null),
				new QualityReviewCommand.Mark("CALCULATION", new BigDecimal(calculation), null),
				new QualityReviewCommand.Mark("CONCLUSION", new BigDecimal(conclusion), "结论未写明超标岗位"),
				new QualityReviewCommand.Mark("TIMELINESS", new BigDecimal(timeliness), null)), falsified, note);
	}

	@Test
	void flagsASampledReportWhoseStatedConclusionItsStoredResultsContradict() {
		TestingFixtures.Setting s = new TestingFixtures(this.agencies, this.staff, this.engagements, this.employers,
				this.workers).setting("330113", "330113");
		long post = s.post().id();
		JobView draft = this.jobs.create(s.author(), TestingFixtures.job(s));
		// noise 90 dB(A) for 4 h and 80 for 4 h: L_EX,8h = 10·lg(0.5·10^9 + 0.5·10^8) = 87.4 > 85 → 不符合
		this.jobs.addResults(s.author(), draft.id(),
				List.of(TestingFixtures.benzene(post, "B-1", "08:00", "12:00", null, "2.0"),
						TestingFixtures.benzene(post, "B-2", "13:00", "17:00", null, "1.0"),
						TestingFixtures.noise(post, "N-1", "08:00", "12:00", "90"),
						TestingFixtures.noise(post, "N-2", "13:00", "17:00", "80")));
		this.jobs.submit(s.author(), draft.id());
		JobView job = this.jobs.accept(s.reviewer(), draft.id());
		assertThat(this.jdbc.sql("select verdict from testing.post_judgement where job_id = :id")
			.param("id", job.id())
			.query(String.class)
			.list()).containsExactly("NON_COMPLIANT");
		// the report states the post compliant: its conclusion contradicts its own stored results
		this.jdbc.sql("update testing.post_judgement set verdict = 'COMPLIANT' where job_id = :id")
			.param("id", job.id())
			.update();
		Actor manager = with(AgencyFixtures.managerOf(s.employer().creditCode(), "330113"), "agency:evaluation:read");
		eventually(() -> this.evaluations.deliveries(manager, false, 10), l -> !l.isEmpty());

		Actor linping = reviewer("330113");
		QualityDrawView draw = this.quality.draw(linping, null, QUARTER);
		assertThat(draw.drawn()).isEqualTo(1);
		QualitySampleView sample = this.quality.samples(linping,
				new QualitySampleFilter(null, QUARTER, draw.id(), null, null, null, null), PageQuery.of(1, 10))
			.items()
			.get(0);
		assertThat(sample.subjectKey()).isEqualTo(String.valueOf(job.id()));
		assertThat(sample.recomputation()).isEqualTo("DISAGREES");
		assertThat(sample.differences()).singleElement().satisfies(d -> {
			assertThat(d.stated()).isEqualTo("COMPLIANT");
			assertThat(d.recomputed()).isEqualTo("NON_COMPLIANT");
			assertThat(d.figures()).contains("NOISE_DAILY").contains("87.4").contains("> 85");
		});
		QualitySampleView detail = this.quality.sample(linping, sample.id());
		assertThat(detail.findings()).singleElement().satisfies(f -> {
			assertThat(f.origin()).isEqualTo("RECOMPUTATION");
			assertThat(f.status()).isEqualTo("OPEN");
			assertThat(f.text()).contains("COMPLIANT → NON_COMPLIANT");
		});
		// the agency sees the flag on its own page
		assertThat(this.quality.sample(staffOf(s.agency()), sample.id()).flagged()).isTrue();
	}

	@Test
	void reviewsAgainstTheRubricAndAFalsifiedReportProposesABlacklistEntry() {
		Actor fuyang = reviewer("330111");
		AgencyView agency = this.fixtures.serviceAgency(fuyang, "330111");
		EmployerView employer = employer("330111");
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		deliver(agency, employer, today.minusDays(3), today);
		QualityDrawView draw = this.quality.draw(fuyang, "330111", QUARTER);
		assertThat(draw.organisations()).singleElement().satisfies(o -> {
			assertThat(o.level()).isEqualTo("NOT_RATED");
			assertThat(o.ratio()).isEqualByComparingTo("0.10");
			assertThat(o.population()).isEqualTo(1);
			assertThat(o.drawn()).isEqualTo(1);
		});
		assertThatThrownBy(() -> this.quality.draw(fuyang, "330111", QUARTER))
			.as("one draw per region and quarter")
			.isInstanceOf(InvalidInputException.class);
		assertThat(this.quality.inputs(fuyang, draw.id())).startsWith("OHS-QUALITY-1\nregion 330111\nperiod " + QUARTER);
		QualitySampleView sample = this.quality.samples(fuyang,
				new QualitySampleFilter(null, null, draw.id(), null, "DRAWN", null, null), PageQuery.of(1, 10)).items().get(0);
		assertThat(sample.recomputation()).as("no stored results for this job: not recomputed").isEqualTo("NOT_RECOMPUTED");
		assertThat(this.quality.awaitingReview(fuyang)).isGreaterThanOrEqualTo(1);

		// jurisdiction: another county's reviewer neither sees nor reviews it; the agency does not review itself
		Actor linan = reviewer("330112");
		assertThatThrownBy(() -> this.quality.sample(linan, sample.id())).isInstanceOf(NotFoundException.class);
		assertThat(this.quality.samples(linan, QualitySampleFilter.none(), PageQuery.of(1, 200)).items())
			.noneMatch(x -> x.id() == sample.id());
		assertThatThrownBy(() -> this.quality.review(linan, sample.id(), marks("20", "20", "25", "20", "15", false, null)))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.quality.draw(linan, draw.id())).isInstanceOf(NotFoundException.class);

		// points beyond a criterion's maximum are refused and change nothing; falsified needs the reviewer's words
		assertThatThrownBy(() -> this.quality.review(fuyang, sample.id(), marks("21", "20", "25", "20", "15", false, null)))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors())
				.extracting(InvalidInputException.FieldError::field)
				.containsExactly("points-SAMPLING_PLAN"));
		assertThatThrownBy(() -> this.quality.review(fuyang, sample.id(), marks("10", "20", "25", "10", "15", true, " ")))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors())
				.extracting(InvalidInputException.FieldError::field)
				.containsExactly("note"));

		// 10 + 20 + 25 + 10 + 15 = 80 of 100 → 80.0
		QualitySampleView reviewed = this.quality.review(fuyang, sample.id(),
				marks("10", "20", "25", "10", "15", true, "检测数据与原始记录不符，报告数据系编造"));
		assertThat(reviewed.score()).isEqualByComparingTo("80.0");
		assertThat(reviewed.falsified()).isTrue();
		assertThat(reviewed.findings()).extracting(QualityFindingView::criterion)
			.containsExactlyInAnyOrder("SAMPLING_PLAN", "CONCLUSION", "FALSIFIED");
		assertThat(this.blacklist.ofAgency(fuyang, agency.id())).singleElement().satisfies(e -> {
			assertThat(e.status()).isEqualTo(BlacklistStatus.PROPOSED);
			assertThat(e.trigger()).isEqualTo(BlacklistTrigger.FALSIFIED_REPORT);
			assertThat(e.legalBasis()).isEqualTo("职业病防治法 第八十条第（三）项");
		});
		assertThat(this.jdbc.sql("select count(*) from audit.entry where action = 'agency.quality.reviewed' and target_id = :id")
			.param("id", String.valueOf(sample.id()))
			.query(Long.class)
			.single()).isEqualTo(1);

		// the agency sees only its own findings and answers; a supervisor never answers for it
		Actor own = staffOf(agency);
		AgencyView other = this.fixtures.serviceAgency(fuyang, "330111");
		assertThatThrownBy(() -> this.quality.sample(staffOf(other), sample.id())).isInstanceOf(NotFoundException.class);
		assertThat(this.quality.samples(staffOf(other), QualitySampleFilter.none(), PageQuery.of(1, 50)).items()).isEmpty();
		long finding = reviewed.findings().stream().filter(f -> f.criterion().equals("SAMPLING_PLAN")).findFirst()
			.orElseThrow().id();
		assertThatThrownBy(() -> this.quality.answer(staffOf(other), finding, "不是我们的", null))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.quality.answer(with(fuyang, "agency:quality:answer", "agency:quality:read"), finding,
				"代答", null)).isInstanceOf(AccessDeniedException.class);
		assertThat(this.quality.awaitingAnswer(own)).isEqualTo(1);
		assertThatThrownBy(() -> this.quality.close(fuyang, finding, null))
			.as("not answered yet")
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> this.quality.answer(own, finding, "已补测夜班", new QualityDocument("answer.html",
				"<html><script>alert(1)</script></html>".getBytes()))).isInstanceOf(InvalidInputException.class);
		QualityFindingView answered = this.quality.answer(own, finding, "已补测夜班并更正报告",
				new QualityDocument("补测记录.pdf", "%PDF-1.4\n%%EOF\n".getBytes()));
		assertThat(answered.status()).isEqualTo("ANSWERED");
		assertThat(answered.answerDocumentSha256()).hasSize(64);
		assertThat(this.quality.answerDocument(own, finding).contentType()).isEqualTo("application/pdf");
		assertThatThrownBy(() -> this.quality.close(with(own, "agency:quality:review", "agency:quality:read"), finding, null))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(this.quality.close(fuyang, finding, "整改到位").status()).isEqualTo("CLOSED");
	}

	@Test
	void aCitysDrawLeavesOutTheReportsItsCountyAlreadyDrewTheSameQuarter() {
		Actor haishu = reviewer("330203");
		AgencyView agency = this.fixtures.serviceAgency(haishu, "330203");
		EmployerView employer = employer("330203");
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		long first = deliver(agency, employer, today.minusDays(3), today);
		long second = deliver(agency, employer, today.minusDays(2), today);

		// not rated yet: ratio 0.10, ⌈0.10 × 2⌉ = 1 of the county's two reports
		QualityDrawView county = this.quality.draw(haishu, "330203", QUARTER);
		assertThat(county.organisations()).singleElement().satisfies(o -> {
			assertThat(o.population()).isEqualTo(2);
			assertThat(o.drawn()).isEqualTo(1);
		});
		String drawnByCounty = this.quality.samples(haishu,
				new QualitySampleFilter(null, null, county.id(), null, null, null, null), PageQuery.of(1, 10))
			.items().get(0).subjectKey();

		// the city's draw of the quarter sees only the other one: ⌈0.10 × 1⌉ = 1, never the same report twice
		Actor ningbo = reviewer("3302");
		QualityDrawView city = this.quality.draw(ningbo, "3302", QUARTER);
		assertThat(city.organisations()).filteredOn(o -> o.agencyId() == agency.id()).singleElement().satisfies(o -> {
			assertThat(o.population()).isEqualTo(1);
			assertThat(o.drawn()).isEqualTo(1);
		});
		assertThat(this.quality.samples(ningbo, new QualitySampleFilter(null, null, city.id(), null, null, null, null),
				PageQuery.of(1, 50)).items())
			.extracting(QualitySampleView::subjectKey)
			.doesNotContain(drawnByCounty)
			.contains(String.valueOf(drawnByCounty.equals(String.valueOf(first)) ? second : first));
	}

	@Test
	void ratesWithSampledQualityComplaintsAndPenaltiesWorkedByHand() {
		Actor linan = reviewer("330112");
		AgencyView agency = this.fixtures.serviceAgency(linan, "330112");
		this.staff.add(linan, agency.id(), new StaffCommand("钱采样", AgencyFixtures.idNumber("330112"), "工程师",
				"职卫-0101", Set.of(StaffRole.SAMPLING)));
		this.staff.add(linan, agency.id(), new StaffCommand("孙采样", AgencyFixtures.idNumber("330112"), "工程师", null,
				Set.of(StaffRole.SAMPLING)));
		EmployerView employer = employer("330112");
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		// on time within 20 days of the last sampling day: 5 days yes, 30 days no, 5 days yes → 2 of 3
		deliver(agency, employer, today.minusDays(30), today.minusDays(25));
		deliver(agency, employer, today.minusDays(40), today.minusDays(10));
		deliver(agency, employer, today.minusDays(20), today.minusDays(15));
		Actor manager = new Actor(13, "quality-manager-" + employer.creditCode(), "单位管理员", employer.regionCode(),
				new Scope(Scope.Kind.EMPLOYER, employer.creditCode()),
				Set.of("agency:evaluation:read", "agency:evaluation:write"), "127.0.0.1", Actor.Channel.UI);
		List<DeliveryView> pending = this.evaluations.deliveries(manager, true, 50);
		this.evaluations.evaluate(manager, pending.get(0).id(), new EvaluationCommand(5, 5, 5, null));
		this.evaluations.evaluate(manager, pending.get(1).id(), new EvaluationCommand(4, 4, 4, null));
		this.evaluations.evaluate(manager, pending.get(2).id(), new EvaluationCommand(3, 3, 3, null));
		QualityDrawView draw = this.quality.draw(linan, null, QUARTER);
		// 3 reports of the quarter at any level's ratio (0.05, 0.10 or 0.30): ⌈ratio × 3⌉ = 1 drawn
		assertThat(draw.drawn()).isEqualTo(1);
		QualitySampleView sample = this.quality.samples(linan,
				new QualitySampleFilter(null, null, draw.id(), null, null, null, null), PageQuery.of(1, 10)).items().get(0);
		this.quality.review(linan, sample.id(), marks("15", "20", "15", "15", "15", false, null));
		this.complaints.recordComplaint(linan, agency.id(), new AgencyComplaints.ComplaintCommand(today.minusDays(2),
				"12345 热线", "采样人员未到现场"));
		assertThatThrownBy(() -> this.complaints.recordPenalty(linan, agency.id(), new AgencyComplaints.PenaltyCommand(
				"临卫罚〔2026〕1号", "ART_81", today, null, null))).isInstanceOf(InvalidInputException.class);
		this.complaints.recordPenalty(linan, agency.id(), new AgencyComplaints.PenaltyCommand("临卫罚〔2026〕" + agency.id()
				+ "号", "ART_80_2", today.minusDays(1), "未按规定履行法定职责", new QualityDocument("决定书.pdf",
						"%PDF-1.4\n%%EOF\n".getBytes())));
		assertThat(this.complaints.complaints(staffOf(agency), agency.id())).hasSize(1);
		assertThat(this.complaints.penalties(staffOf(agency), agency.id())).singleElement()
			.satisfies(p -> assertThat(p.documentSha256()).hasSize(64));
		assertThatThrownBy(() -> this.complaints.complaints(reviewer("330111"), agency.id()))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.complaints.recordComplaint(with(staffOf(agency), "agency:complaint:write"), agency.id(), new AgencyComplaints.ComplaintCommand(today, "自述", "x")))
			.isInstanceOf(AccessDeniedException.class);

		// Q 100 (20), S 1 of 2 = 50 (15), ON_TIME 2 of 3 = 66.7 (25), CLIENT (5+4+3 − 1) / 4 × 100 = 75 (20),
		// QUALITY 15+20+15+15+15 = 80 of 100 → 80.0 (20), RECOMPUTATION no data (the job's results are not stored here),
		// COMPLAINTS 100 − 20 × 1 = 80 (10), PENALTIES 100 − 50 × 1 = 50 (10).
		// Σwv = 2000 + 750 + 1667.5 + 1500 + 1600 + 800 + 500 = 8817.5; Σw = 120; 73.479 → 73.5, level B, 3 stars
		RatingView rated = this.ratings.recompute(linan, agency.id());
		assertThat(rated.ruleEdition()).isEqualTo("platform 2026 edition 2 (unverified)");
		assertThat(rated.indicators()).extracting(v -> v.indicator() + "=" + v.value() + "×" + v.weight().stripTrailingZeros().toPlainString())
			.containsExactly("QUALIFICATION=100×20", "STAFF=50.0×15", "ON_TIME=66.7×25", "CLIENT=75.0×20",
					"QUALITY=80.0×20", "RECOMPUTATION=null×10", "COMPLAINTS=80×10", "PENALTIES=50×10");
		assertThat(rated.score()).isEqualByComparingTo("73.5");
		assertThat(rated.level()).isEqualTo(CreditLevel.B);
		assertThat(rated.stars()).isEqualTo(3);
		assertThat(rated.pointsToNextLevel()).isEqualByComparingTo("11.5");
		assertThat(rated.missing()).containsExactly(RatingIndicator.RECOMPUTATION);
		assertThat(this.jdbc.sql("select action from audit.entry where target_id = :id and action in "
				+ "('agency.complaint.recorded', 'agency.penalty.recorded') order by id")
			.param("id", String.valueOf(agency.id()))
			.query(String.class)
			.list()).containsExactly("agency.complaint.recorded", "agency.penalty.recorded");
	}

}
