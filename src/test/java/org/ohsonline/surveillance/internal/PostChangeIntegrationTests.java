package org.ohsonline.surveillance.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ohsonline.shared.ScopeFilter;
import org.ohsonline.IntegrationTest;
import org.ohsonline.agency.Agencies;
import org.ohsonline.agency.AgencyView;
import org.ohsonline.agency.ExamType;
import org.ohsonline.notification.Inbox;
import org.ohsonline.notification.InboxItem;
import org.ohsonline.registry.EmployerView;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.EmploymentView;
import org.ohsonline.registry.ExposureView;
import org.ohsonline.registry.RegistryFixtures;
import org.ohsonline.registry.StructureViews;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.surveillance.ExamCommand;
import org.ohsonline.surveillance.ExamDueItem;
import org.ohsonline.surveillance.ExamDueKind;
import org.ohsonline.surveillance.ExamFixtures;
import org.ohsonline.surveillance.Exams;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ohsonline.declaration.DeclarationFixtures.eventually;

/**
 * A change of post within an employment (调岗) publishes {@code WorkerPostsChanged} (kept by the event
 * publication registry) and surveillance treats it like a hire for the hazards it adds: a worker hired
 * on 2024-03-01 onto a silica post and moved ten days ago onto a noise post, without a pre-placement
 * exam for noise, has the pre-placement exam due on the day of the change and the employer is warned;
 * the silica items are moot and the exit exam for silica is due that day. With a pre-placement noise
 * exam on record, the next periodic exam is due instead and nothing is raised.
 */
@IntegrationTest
class PostChangeIntegrationTests {

	@Autowired Employers employers;

	@Autowired Workers workers;

	@Autowired Agencies agencies;

	@Autowired Exams exams;

	@Autowired Inbox inbox;

	@Autowired ExamScheduleStore schedule;

	@Autowired JdbcClient jdbc;

	Actor county;

	EmployerView employer;

	StructureViews.Post silicaPost;

	StructureViews.Post noisePost;

	String idNumber;

	EmploymentView employment;

	LocalDate today;

	LocalDate changedOn;

	@BeforeEach
	void setUp() {
		this.county = ExamFixtures.county();
		RegistryFixtures registry = new RegistryFixtures(this.employers, this.workers);
		this.employer = registry.employer(this.county, "330105001", "3311", 30);
		this.silicaPost = registry.post(this.county, this.employer.id(), ExamFixtures.SILICA);
		this.noisePost = registry.post(this.county, this.employer.id(), ExamFixtures.NOISE);
		this.idNumber = RegistryFixtures.idNumber("330105");
		this.employment = registry.hire(this.county, this.employer.id(), this.silicaPost.id(), this.idNumber);
		this.today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		this.changedOn = this.today.minusDays(10);
		// The hire onto the silica post without a pre-placement exam: due on the day of the hire.
		eventually(() -> open(ExamDueKind.PRE_PLACEMENT), l -> l.size() == 1);
	}

	private List<ExamDueItem> open(ExamDueKind kind) {
		return this.schedule.ofWorker(new ScopeFilter("", null, null, null, null, null), this.employment.workerId(), this.today)
			.stream()
			.filter(i -> i.kind() == kind)
			.toList();
	}

	private List<InboxItem> placementWarnings() {
		Actor manager = ExamFixtures.managerOf(this.employer);
		Actor reader = new Actor(manager.userId(), manager.username(), manager.displayName(), manager.regionCode(),
				manager.scope(), java.util.Set.of("surveillance:exam:read", "notification:inbox:read"),
				manager.sourceAddress(), manager.channel());
		return this.inbox.list(reader, false, PageQuery.of(1, 50))
			.items()
			.stream()
			.filter(i -> i.messageKey().equals("surveillance.notice.placementWithoutExam"))
			.toList();
	}

	private boolean postChangeHandled() {
		return this.jdbc.sql("""
				select count(*) from event_publication
				where event_type like '%WorkerPostsChanged' and completion_date is not null
				  and serialized_event like '%"employmentId":' || :id || ',%'""")
			.param("id", this.employment.id())
			.query(Long.class)
			.single() > 0;
	}

	@Test
	void aMoveOntoANoisePostWithoutAPrePlacementExamMakesItDueWarnsTheEmployerAndTheSilicaExitExamDue() {
		assertThat(placementWarnings()).as("the hire onto silica").hasSize(1);

		EmploymentView moved = this.workers.changePost(this.county, this.employment.id(), this.noisePost.id(),
				this.changedOn);
		assertThat(moved.postId()).isEqualTo(this.noisePost.id());

		// D-PRE_PLACEMENT is 0 days (Art. 35: before the hazardous work): due on the day of the change.
		List<ExamDueItem> prePlacement = eventually(() -> open(ExamDueKind.PRE_PLACEMENT),
				l -> l.size() == 1 && l.get(0).hazardCode().equals(ExamFixtures.NOISE));
		assertThat(prePlacement.get(0).deadline().dueOn()).isEqualTo(this.changedOn);
		assertThat(prePlacement.get(0).deadline().daysLeft()).isEqualTo(-10);
		// Silica no longer: its pre-placement item is void, the exit exam is due on the day of the change.
		assertThat(open(ExamDueKind.EXIT)).singleElement().satisfies(exit -> {
			assertThat(exit.hazardCode()).isEqualTo(ExamFixtures.SILICA);
			assertThat(exit.deadline().dueOn()).isEqualTo(this.changedOn);
		});
		List<InboxItem> warnings = eventually(this::placementWarnings, l -> l.size() == 2);
		assertThat(warnings.get(0).arguments()).containsExactly("王五", ExamFixtures.NOISE, this.changedOn.toString());
		assertThat(postChangeHandled()).as("the event publication registry kept and completed the event").isTrue();

		// The register keeps both posts in the exposure history, split at the change.
		List<ExposureView> exposures = this.workers.exposures(this.county, this.employment.workerId());
		assertThat(exposures).extracting(ExposureView::hazardCode, ExposureView::from, ExposureView::to)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple(ExamFixtures.SILICA, LocalDate.of(2024, 3, 1), this.changedOn.minusDays(1)),
					org.assertj.core.groups.Tuple.tuple(ExamFixtures.NOISE, this.changedOn, null));
		assertThat(this.jdbc.sql("select count(*) from audit.entry where action = 'registry.worker.post-changed' and target_id = :id")
			.param("id", String.valueOf(this.employment.id()))
			.query(Long.class)
			.single()).isEqualTo(1);

		assertThatThrownBy(() -> this.workers.changePost(this.county, this.employment.id(), this.noisePost.id(), this.today))
			.as("already on that post")
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.errors().get(0).code()).isEqualTo("registry.employment.postUnchanged"));
		assertThatThrownBy(() -> this.workers.changePost(this.county, this.employment.id(), this.silicaPost.id(),
				this.changedOn.minusDays(1)))
			.as("before the last change")
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.errors().get(0).code()).isEqualTo("registry.employment.postChangeDateInvalid"));
	}

	@Test
	void aMoveOntoANoisePostWithAPrePlacementExamOnRecordRaisesNothingAndTheNextPeriodicExamIsDue() {
		AgencyView institution = ExamFixtures.institution(this.agencies, this.county, "1", "3");
		LocalDate examinedOn = this.today.minusDays(20);
		this.exams.record(ExamFixtures.staffOf(institution), ExamFixtures.noise(this.employer, this.idNumber,
				ExamType.PRE_PLACEMENT, examinedOn, ExamFixtures.normal(ExamFixtures.NOISE),
				ExamFixtures.audiogram(10, 10, 15, 10, 10, 15)));
		eventually(() -> open(ExamDueKind.PERIODIC), l -> l.size() == 1);

		this.workers.changePost(this.county, this.employment.id(), this.noisePost.id(), this.changedOn);

		eventually(this::postChangeHandled, handled -> handled);
		assertThat(open(ExamDueKind.PRE_PLACEMENT)).as("the pre-placement exam exists: none due").isEmpty();
		// Noise ≥ 85 dB(A) by default (I-3008-L85): 12 months after the exam.
		assertThat(open(ExamDueKind.PERIODIC)).singleElement().satisfies(periodic -> {
			assertThat(periodic.hazardCode()).isEqualTo(ExamFixtures.NOISE);
			assertThat(periodic.deadline().dueOn()).isEqualTo(examinedOn.plusMonths(12));
		});
		assertThat(placementWarnings()).as("only the hire onto silica was warned").hasSize(1);
	}

}
