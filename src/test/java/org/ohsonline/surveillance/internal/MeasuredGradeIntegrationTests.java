package org.ohsonline.surveillance.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.ohsonline.shared.ScopeFilter;
import org.ohsonline.IntegrationTest;
import org.ohsonline.agency.AgencyStaff;
import org.ohsonline.agency.Agencies;
import org.ohsonline.agency.AgencyView;
import org.ohsonline.agency.Engagements;
import org.ohsonline.agency.ExamType;
import org.ohsonline.registry.EmploymentView;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.RegistryFixtures;
import org.ohsonline.registry.Workers;
import org.ohsonline.surveillance.ExamDueItem;
import org.ohsonline.surveillance.ExamDueKind;
import org.ohsonline.surveillance.ExamFixtures;
import org.ohsonline.surveillance.Exams;
import org.ohsonline.testing.JobCommand;
import org.ohsonline.testing.JobStep;
import org.ohsonline.agency.JobType;
import org.ohsonline.testing.JobView;
import org.ohsonline.testing.SamplingMode;
import org.ohsonline.testing.TestingFixtures;
import org.ohsonline.testing.TestingJobs;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ohsonline.declaration.DeclarationFixtures.eventually;

/**
 * The periodic exam interval follows what workplace testing measured at the worker's post. Ungraded,
 * noise takes the catalog's rule for ungraded exposures, I-3008-L85 (12 months). A reviewed job that
 * measures the post at L_EX,8h = 10·lg((4 h × 10^8.3 + 4 h × 10^8.3) / 8 h) = 83.0 dB(A) puts it in
 * 80 ≤ L < 85, rule I-3008-L80: the next exam moves to 24 months after the last one, and the item
 * names the job and the level that graded it.
 */
@IntegrationTest
class MeasuredGradeIntegrationTests {

	@Autowired Agencies agencies;

	@Autowired AgencyStaff staff;

	@Autowired Engagements engagements;

	@Autowired Employers employers;

	@Autowired Workers workers;

	@Autowired Exams exams;

	@Autowired TestingJobs jobs;

	@Autowired ExamScheduleStore schedule;

	@Test
	void aReviewedNoiseMeasurementBelow85MovesTheNextPeriodicExamToTheTwoYearInterval() {
		TestingFixtures.Setting s = new TestingFixtures(this.agencies, this.staff, this.engagements, this.employers,
				this.workers)
			.setting("330105", "330105");
		String idNumber = RegistryFixtures.idNumber("330105");
		EmploymentView employment = new RegistryFixtures(this.employers, this.workers).hire(ExamFixtures.county(),
				s.employer().id(), s.post().id(), idNumber);
		AgencyView institution = ExamFixtures.institution(this.agencies, ExamFixtures.county(), "2", "3");
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		LocalDate examinedOn = today.minusDays(20);
		this.exams.record(ExamFixtures.staffOf(institution), ExamFixtures.noise(s.employer(), idNumber,
				ExamType.PRE_PLACEMENT, examinedOn, ExamFixtures.normal(ExamFixtures.NOISE),
				ExamFixtures.audiogram(10, 10, 15, 10, 10, 15)));
		ExamDueItem ungraded = eventually(() -> periodicNoise(employment, today), i -> i != null);
		assertThat(ungraded.deadline().dueOn()).isEqualTo(examinedOn.plusMonths(12));
		assertThat(ungraded.basis()).startsWith("I-3008-L85 12m").doesNotContain("[");

		JobView draft = this.jobs.create(s.author(), new JobCommand(s.employer().id(), JobType.PERIODIC_TESTING,
				today.minusDays(10), today.minusDays(1), today, today, "电焊工岗位噪声定期检测", "GBZ/T 189.8-2007", false,
				List.of(new JobCommand.Participant(JobStep.SAMPLING, s.sampler().id()),
						new JobCommand.Participant(JobStep.LABORATORY, s.analyst().id())),
				List.of(new JobCommand.PlanRow(s.post().id(), "电焊工", ExamFixtures.NOISE, null, SamplingMode.PERSONAL, 2)),
				List.of()));
		this.jobs.addResults(s.author(), draft.id(), List.of(TestingFixtures.noise(s.post().id(), "N-1", "08:00", "12:00", "83.0"),
				TestingFixtures.noise(s.post().id(), "N-2", "13:00", "17:00", "83.0")));
		this.jobs.submit(s.author(), draft.id());
		JobView reviewed = this.jobs.accept(s.reviewer(), draft.id());

		ExamDueItem graded = eventually(() -> periodicNoise(employment, today),
				i -> i != null && i.deadline().dueOn().equals(examinedOn.plusMonths(24)));
		assertThat(graded.basis()).startsWith("I-3008-L80 24m")
			.contains(reviewed.number(), "NOISE_DAILY 83", "dB(A)");
	}

	private ExamDueItem periodicNoise(EmploymentView employment, LocalDate today) {
		return this.schedule.ofWorker(new ScopeFilter("", null, null, null, null, null), employment.workerId(), today)
			.stream()
			.filter(i -> i.kind() == ExamDueKind.PERIODIC && i.hazardCode().equals(ExamFixtures.NOISE))
			.findFirst()
			.orElse(null);
	}

}
