package org.ohsonline.testing;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ohsonline.IntegrationTest;
import org.ohsonline.agency.Agencies;
import org.ohsonline.agency.AgencyStaff;
import org.ohsonline.agency.Engagements;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.AccessDeniedException;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.testing.judgement.Rule;
import org.ohsonline.testing.judgement.Verdict;
import org.ohsonline.testing.statistics.Decision;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Testing jobs through their facade: results stored with per-result refusals, judgements stored
 * with the limit and the rule, non-detects kept, agency-scope and jurisdiction isolation, the review
 * with its four eyes and its events, and an audit entry for every write.
 */
@IntegrationTest
@RecordApplicationEvents
class TestingJobsIntegrationTests {

	@Autowired
	TestingJobs jobs;

	@Autowired
	Agencies agencies;

	@Autowired
	AgencyStaff staff;

	@Autowired
	Engagements engagements;

	@Autowired
	Employers employers;

	@Autowired
	Workers workers;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	TestingFixtures.Setting s;

	@BeforeEach
	void setUp() {
		this.s = new TestingFixtures(this.agencies, this.staff, this.engagements, this.employers, this.workers)
			.setting("330105", "330105");
	}

	@Test
	void storesTheValidResultsOfABatchAndRefusesTheBadOnesByIndexAndField() {
		JobView job = this.jobs.create(this.s.author(), TestingFixtures.job(this.s));
		long post = this.s.post().id();
		long audits = audits(job.id());
		ResultBatch batch = this.jobs.addResults(this.s.author(), job.id(), List.of(
				TestingFixtures.benzene(post, "B-1", "09:00", "09:15", 240, "4.0"),
				TestingFixtures.benzene(post, "B-2", "10:00", "10:00", null, "5.0"),
				TestingFixtures.benzene(post, "B-3", "14:00", "14:15", 240, "8.0"),
				TestingFixtures.benzene(post, "B-4", "15:00", "15:15", 0, "1.0"),
				TestingFixtures.benzeneNotDetected(post, "B-5", "16:00", "16:15", "0.3")));
		assertThat(batch.received()).isEqualTo(5);
		assertThat(batch.stored()).extracting(ResultBatch.Stored::sampleNumber).containsExactly("B-1", "B-3", "B-5");
		// Zero duration (end = start) and a zero duration given are refused, never judged.
		assertThat(batch.rejected()).extracting(ResultBatch.Rejection::index, ResultBatch.Rejection::field,
				ResultBatch.Rejection::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, "end", "testing.result.durationNotPositive"),
					org.assertj.core.groups.Tuple.tuple(3, "durationMinutes", "testing.result.durationNotPositive"));
		JobView stored = this.jobs.find(this.s.author(), job.id());
		assertThat(stored.results()).extracting(JobView.ResultView::sampleNumber).containsExactlyInAnyOrder("B-1", "B-3",
				"B-5");
		assertThat(audits(job.id())).isEqualTo(audits + 1);
	}

	@Test
	void storesEachResultsJudgementWithTheLimitAndTheRuleThatDecided() {
		JobView job = this.jobs.create(this.s.author(), TestingFixtures.job(this.s));
		long post = this.s.post().id();
		this.jobs.addResults(this.s.author(), job.id(), List.of(
				TestingFixtures.benzene(post, "B-1", "09:00", "09:15", 240, "4.0"),
				TestingFixtures.benzene(post, "B-3", "14:00", "14:15", 240, "8.0"),
				TestingFixtures.benzeneNotDetected(post, "B-5", "16:00", "16:15", "0.3")));
		JobView judged = this.jobs.find(this.s.author(), job.id());
		// Benzene (GBZ 2.1-2019): PC-TWA 6, PC-STEL 10 mg/m³.
		// C_TWA = (4.0 × 240 + 8.0 × 240) / 480 = (960 + 1920) / 480 = 6.0 — exactly the limit: 符合.
		JobView.JudgementView first = result(judged, "B-1").judgement();
		assertThat(first.verdict()).isEqualTo(Verdict.COMPLIANT);
		assertThat(first.rule()).isEqualTo(Rule.TWA);
		assertThat(first.value()).isEqualByComparingTo("6");
		assertThat(first.limit()).isEqualByComparingTo("6");
		assertThat(first.unit()).isEqualTo("mg/m³");
		// The non-detect is kept with its limit of detection; alone it is a 15-min sample at LOD/2 = 0.15 against PC-STEL 10.
		JobView.ResultView nd = result(judged, "B-5");
		assertThat(nd.nonDetect()).isTrue();
		assertThat(nd.value()).isNull();
		assertThat(nd.limitOfDetection()).isEqualByComparingTo("0.3");
		assertThat(nd.judgement().rule()).isEqualTo(Rule.STEL);
		assertThat(nd.judgement().value()).isEqualByComparingTo("0.15");
		assertThat(nd.judgement().limit()).isEqualByComparingTo("10");
		// The exposure: C_TWA 6 = PC-TWA 6 and C_STE max(4, 8, 0.15) = 8 ≤ 10: 符合 by both rules.
		JobView.ExposureView exposure = judged.exposures().get(0);
		assertThat(exposure.checks()).extracting(JobView.CheckView::rule).containsExactly(Rule.TWA, Rule.STEL);
		assertThat(exposure.checks().get(1).value()).isEqualByComparingTo("8");
		assertThat(judged.posts()).singleElement().satisfies(p -> assertThat(p.verdict()).isEqualTo(Verdict.COMPLIANT));
		// The stored rows carry the same figures (what a report prints).
		assertThat(this.jdbc.sql("""
				select count(*) from testing.result_judgement j join testing.result r on r.id = j.result_id
				where r.job_id = :job and j.rule = 'TWA' and j.limit_value = 6 and j.unit = 'mg/m³'
				  and j.clause like 'GBZ 2.1-2019%'""").param("job", job.id()).query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void judgesNoiseOverTheDayAndPublishesTheNonCompliantPostWhenReviewed() {
		JobView job = this.jobs.create(this.s.author(), TestingFixtures.job(this.s));
		long post = this.s.post().id();
		this.jobs.addResults(this.s.author(), job.id(), List.of(
				TestingFixtures.noise(post, "N-1", "08:00", "12:00", "90"),
				TestingFixtures.noise(post, "N-2", "13:00", "17:00", "80")));
		JobView judged = this.jobs.find(this.s.author(), job.id());
		// L_EX,8h = 10·lg((4 h·10^9.0 + 4 h·10^8.0) / 8 h) = 10·lg(5.5 × 10^8) = 87.40 → 87.4 dB(A) > 85: 不符合.
		JobView.JudgementView n1 = result(judged, "N-1").judgement();
		assertThat(n1.rule()).isEqualTo(Rule.NOISE_DAILY);
		assertThat(n1.value()).isEqualByComparingTo("87.4");
		assertThat(n1.limit()).isEqualByComparingTo("85");
		assertThat(n1.verdict()).isEqualTo(Verdict.NON_COMPLIANT);
		assertThat(judged.posts()).singleElement().satisfies(p -> {
			assertThat(p.verdict()).isEqualTo(Verdict.NON_COMPLIANT);
			assertThat(p.failures()).extracting(JobView.FailureView::factorCode).containsExactly("3008");
		});

		this.jobs.submit(this.s.author(), job.id());
		assertThatThrownBy(() -> this.jobs.addResults(this.s.author(), job.id(),
				List.of(TestingFixtures.noise(post, "N-3", "17:00", "17:30", "70"))))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.errors().get(0).code()).isEqualTo("testing.job.notEditable"));
		assertThatThrownBy(() -> this.jobs.accept(this.s.author(), job.id()))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.errors().get(0).code()).isEqualTo("testing.job.ownReview"));
		JobView reviewed = this.jobs.accept(this.s.reviewer(), job.id());
		assertThat(reviewed.status()).isEqualTo(JobStatus.REVIEWED);
		assertThat(this.events.stream(TestingJobReviewed.class).filter(e -> e.jobId() == job.id()))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.employerId()).isEqualTo(this.s.employer().id());
				assertThat(e.creditCode()).isEqualTo(this.s.employer().creditCode());
				assertThat(e.regionCode()).isEqualTo(this.s.employer().regionCode());
			});
		assertThat(this.events.stream(ExposureNonCompliant.class).filter(e -> e.jobId() == job.id()))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.postId()).isEqualTo(post);
				assertThat(e.factorCode()).isEqualTo("3008");
			});
	}

	@Test
	void returnsAJobWithAReasonAndLetsItsAuthorsCorrectIt() {
		JobView job = this.jobs.create(this.s.author(), TestingFixtures.job(this.s));
		long post = this.s.post().id();
		this.jobs.addResults(this.s.author(), job.id(),
				List.of(TestingFixtures.benzene(post, "B-1", "08:00", "16:00", null, "2.0")));
		this.jobs.submit(this.s.author(), job.id());
		assertThatThrownBy(() -> this.jobs.giveBack(this.s.reviewer(), job.id(), " "))
			.isInstanceOf(InvalidInputException.class);
		JobView returned = this.jobs.giveBack(this.s.reviewer(), job.id(), "B-1 的采样流量记录缺失");
		assertThat(returned.status()).isEqualTo(JobStatus.RETURNED);
		assertThat(returned.returnReason()).isEqualTo("B-1 的采样流量记录缺失");
		JobView corrected = this.jobs.removeResult(this.s.author(), job.id(), returned.results().get(0).id());
		assertThat(corrected.results()).isEmpty();
		assertThat(corrected.exposures()).isEmpty();
	}

	@Test
	void anotherAgencyNeitherSeesNorWritesTheJob() {
		JobView job = this.jobs.create(this.s.author(), TestingFixtures.job(this.s));
		TestingFixtures.Setting other = new TestingFixtures(this.agencies, this.staff, this.engagements, this.employers,
				this.workers)
			.setting("330106", "330105");
		Actor stranger = other.author();
		assertThatThrownBy(() -> this.jobs.find(stranger, job.id())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.jobs.addResults(stranger, job.id(),
				List.of(TestingFixtures.benzene(this.s.post().id(), "X-1", "08:00", "16:00", null, "1.0"))))
			.isInstanceOf(NotFoundException.class);
		assertThat(this.jobs.search(stranger, JobFilter.none(), PageQuery.of(1, 200)).items())
			.extracting(JobSummary::id)
			.doesNotContain(job.id());
		// Nor may it open a job for an employer that does not engage it.
		assertThatThrownBy(() -> this.jobs.create(stranger, TestingFixtures.job(this.s)))
			.isInstanceOfSatisfying(JobRefusedException.class,
					ex -> assertThat(ex.errors().get(0).code()).isEqualTo("testing.job.notEngaged"));
	}

	@Test
	void aCountySupervisorSeesTheJobsOfTheCountyOnly() {
		JobView job = this.jobs.create(this.s.author(), TestingFixtures.job(this.s));
		Actor gongshu = TestingFixtures.supervisor("330105");
		Actor xihu = TestingFixtures.supervisor("330106");
		assertThat(this.jobs.find(gongshu, job.id()).number()).isEqualTo(job.number());
		assertThatThrownBy(() -> this.jobs.find(xihu, job.id())).isInstanceOf(NotFoundException.class);
		assertThat(this.jobs.search(xihu, JobFilter.none(), PageQuery.of(1, 200)).items()).extracting(JobSummary::id)
			.doesNotContain(job.id());
		assertThat(this.jobs.search(gongshu, new JobFilter(job.number(), null, null, null, null, null, null, null, null),
				PageQuery.of(1, 20)).total()).isEqualTo(1);
		assertThatThrownBy(() -> this.jobs.submit(gongshu, job.id())).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void assessesASimilarExposureGroupByEn689() {
		JobView job = this.jobs.create(this.s.author(), TestingFixtures.job(this.s));
		long post = this.s.post().id();
		// Three full-shift results on three subjects: 0.2, 0.3, 0.5 mg/m³, all below 0.10 × PC-TWA = 0.6 → compliant.
		this.jobs.addResults(this.s.author(), job.id(), List.of(
				withSubject(TestingFixtures.benzene(post, "E-1", "08:00", "16:00", null, "0.2"), "甲"),
				withSubject(TestingFixtures.benzene(post, "E-2", "08:00", "16:00", null, "0.3"), "乙"),
				withSubject(TestingFixtures.benzene(post, "E-3", "08:00", "16:00", null, "0.5"), "丙")));
		List<GroupStatistics> statistics = this.jobs.statistics(this.s.author(), job.id());
		assertThat(statistics).singleElement().satisfies(g -> {
			assertThat(g.factorCode()).isEqualTo("2013");
			assertThat(g.assessment().results()).isEqualTo(3);
			assertThat(g.assessment().decision()).isEqualTo(Decision.COMPLIANT);
			assertThat(g.assessment().preliminary().threshold()).isEqualTo(0.6, org.assertj.core.data.Offset.offset(1e-9));
		});
	}

	@Test
	void demoModeSeedsJudgedSyntheticJobsOfTheDemoAgency() {
		String demo = "91330105DEMAG0001" + org.ohsonline.shared.CreditCode.checkCharacter("91330105DEMAG0001");
		List<String> agencies = this.jdbc.sql("select distinct agency_credit_code from testing.job where synthetic")
			.query(String.class)
			.list();
		assertThat(agencies).containsExactly(demo);
		assertThat(this.jdbc.sql("select count(*) from testing.job where synthetic and status = 'REVIEWED'")
			.query(Long.class).single()).isPositive();
		long results = this.jdbc.sql("""
				select count(*) from testing.result r join testing.job j on j.id = r.job_id where j.synthetic""")
			.query(Long.class).single();
		long judged = this.jdbc.sql("""
				select count(*) from testing.result_judgement rj join testing.job j on j.id = rj.job_id
				where j.synthetic and rj.verdict is not null""").query(Long.class).single();
		assertThat(results).isPositive();
		assertThat(judged).isEqualTo(results);
	}

	private static ResultInput withSubject(ResultInput r, String subject) {
		return new ResultInput(r.sampleNumber(), r.postId(), r.pointName(), subject, r.factorCode(), r.limitCode(),
				r.method(), SamplingMode.PERSONAL, r.start(), r.end(), r.durationMinutes(), r.value(), r.unit(),
				r.limitOfDetection(), r.nonDetect(), r.labourIntensity());
	}

	private static JobView.ResultView result(JobView job, String sample) {
		return job.results().stream().filter(r -> r.sampleNumber().equals(sample)).findFirst().orElseThrow();
	}

	private long audits(long jobId) {
		return this.jdbc.sql("select count(*) from audit.entry where target_type = 'testing-job' and target_id = :id")
			.param("id", String.valueOf(jobId))
			.query(Long.class)
			.single();
	}

	@SuppressWarnings("unused")
	private static BigDecimal n(String value) {
		return new BigDecimal(value);
	}

}
