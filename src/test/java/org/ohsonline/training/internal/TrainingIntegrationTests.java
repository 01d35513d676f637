package org.ohsonline.training.internal;

import java.nio.charset.StandardCharsets;
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
import org.ohsonline.portal.Verification;
import org.ohsonline.reference.Divisions;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.AccessDeniedException;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.documents.PdfDocuments;
import org.ohsonline.training.AttemptView;
import org.ohsonline.training.Audience;
import org.ohsonline.training.CertificateIssued;
import org.ohsonline.training.CertificateView;
import org.ohsonline.training.CourseStatus;
import org.ohsonline.training.CourseView;
import org.ohsonline.training.Courses;
import org.ohsonline.training.EnrolmentView;
import org.ohsonline.training.LessonKind;
import org.ohsonline.training.LessonView;
import org.ohsonline.training.Paper;
import org.ohsonline.training.QuestionView;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Courses, learning, quizzes and certificates on the shared context's tiny register, with the learning side
 * on a clock the test moves: viewing time credited between heartbeats and capped, resume, the quiz closed
 * until every lesson's minimum is reached, early and replayed submissions refused without changing anything,
 * limited attempts, one certificate per passed attempt, its verification and expiry, and who may see what.
 */
@IntegrationTest
@RecordApplicationEvents
class TrainingIntegrationTests {

	static final Instant START = Instant.parse("2026-03-02T01:00:00Z");

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
	@Autowired ApplicationEvents events;
	@Autowired org.springframework.context.ApplicationContext context;

	@Test
	void certificatesHaveOneLowPriorityThreadAndEveryListenerKeepsThePool() {
		CertificateRendering rendering = this.context.getBean(CertificateRendering.class);
		assertThat(rendering.isRunning()).isTrue();
		Thread thread = rendering.thread().orElseThrow();
		assertThat(thread.getName()).isEqualTo(CertificateRendering.THREAD);
		assertThat(thread.getPriority()).isEqualTo(Thread.MIN_PRIORITY);
		assertThat(Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals(CertificateRendering.THREAD)))
			.as("one renderer thread").hasSize(1);
		var pool = this.context.getBean("applicationTaskExecutor",
				org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor.class);
		// @Async without a name (every @ApplicationModuleListener) goes to Spring Boot's pool
		assertThat(this.context.getBean(org.springframework.scheduling.annotation.AsyncConfigurer.class).getAsyncExecutor())
			.isSameAs(pool);
	}

	final TrainingWorld.MovableClock clock = new TrainingWorld.MovableClock(START);

	Certificates certificates() {
		return new Certificates(this.jdbc, this.documents, this.pdf, this.divisions, this.messages, this.audit,
				this.publisher, this.clock);
	}

	LearningService learning() {
		QuizService quiz = new QuizService(this.jdbc, this.enrolments, certificates(), this.audit, this.clock);
		return new LearningService(this.enrolments, this.courseStore, this.learners, this.employers, this.workers,
				this.jdbc, this.audit, quiz, this.clock);
	}

	<T> T tx(Supplier<T> work) {
		return this.transactions.execute(status -> work.get());
	}

	/** A published course: two text lessons of 60 s, a bank of three questions (the right answer always 0). */
	CourseView published(String title, Audience audience) {
		Actor author = TrainingWorld.author(TrainingWorld.COUNTY);
		CourseView course = this.courses.create(author, TrainingWorld.course(title, audience));
		this.courses.addText(author, course.id(), "第一课", "# 职业病危害\n\n接触粉尘的岗位须佩戴防尘口罩。\n\n- 检测\n- 体检", 60);
		this.courses.addText(author, course.id(), "第二课", "劳动者有获得职业卫生培训的权利。", 60);
		for (int i = 1; i <= 3; i++) {
			this.courses.addQuestion(author, course.id(), "问题 " + i, List.of("对", "错", "不知道"), 0);
		}
		return this.courses.publish(author, course.id());
	}

	/** Views every lesson of an enrolment to its minimum: a heartbeat to start, then 30-second beats. */
	void study(LearningService learning, Actor learner, EnrolmentView enrolment) {
		for (EnrolmentView.Progress lesson : enrolment.progress()) {
			tx(() -> learning.beat(learner, enrolment.id(), lesson.lessonId(), 0));
			for (int i = 1; i <= 2; i++) {
				this.clock.advance(30);
				int position = i * 30;
				tx(() -> learning.beat(learner, enrolment.id(), lesson.lessonId(), position));
			}
		}
	}

	Map<Long, Integer> answers(Paper paper, int option) {
		Map<Long, Integer> answers = new HashMap<>();
		paper.questions().forEach(q -> answers.put(q.id(), option));
		return answers;
	}

	@Test
	void publishesOnlyWithLessonsAndABankAsLargeAsThePaperAndVersionsWithoutTouchingCertificates() {
		Actor author = TrainingWorld.author(TrainingWorld.COUNTY);
		CourseView draft = this.courses.create(author, TrainingWorld.course("焊工防护 " + System.nanoTime(), Audience.WORKER));
		assertThat(draft.status()).isEqualTo(CourseStatus.DRAFT);
		assertThat(draft.hoursRuleEdition()).isNotBlank();
		assertThat(draft.requiredHours()).isEqualByComparingTo("8");
		assertThat(draft.validityMonths()).isEqualTo(12);
		assertThatThrownBy(() -> this.courses.publish(author, draft.id())).isInstanceOf(InvalidInputException.class)
			.satisfies(ex -> assertThat(((InvalidInputException) ex).errors()).extracting(e -> e.field())
				.containsExactlyInAnyOrder("lessons", "questions"));

		CourseView v1 = published("尘肺防治 " + System.nanoTime(), Audience.WORKER);
		CourseView v2 = this.courses.newVersion(author, v1.id());
		assertThat(v2.version()).isEqualTo(2);
		assertThat(v2.status()).isEqualTo(CourseStatus.DRAFT);
		assertThat(v2.lessons()).hasSize(2);
		assertThat(v2.questionCount()).isEqualTo(3);
		assertThat(this.courses.newVersion(author, v1.id()).id()).as("one open draft per course").isEqualTo(v2.id());
		assertThatThrownBy(() -> this.courses.addText(author, v1.id(), "改", "不可改", 60))
			.isInstanceOf(InvalidInputException.class);
		this.courses.publish(author, v2.id());
		assertThat(this.courses.find(author, v1.id()).status()).isEqualTo(CourseStatus.SUPERSEDED);
	}

	@Test
	void refusesBadCourseInputWithFieldErrorsAndChangesNothing() {
		Actor author = TrainingWorld.author(TrainingWorld.COUNTY);
		long before = this.jdbc.sql("select count(*) from training.course").query(Long.class).single();
		var bad = new org.ohsonline.training.CourseCommand(" ", null, Audience.MANAGER, List.of("DUST-X"), null, 0, 0,
				-1, 99);
		assertThatThrownBy(() -> this.courses.create(author, bad)).isInstanceOf(InvalidInputException.class)
			.satisfies(ex -> assertThat(((InvalidInputException) ex).errors()).extracting(e -> e.field())
				.contains("title", "hazardCodes", "hours", "passMark", "paperSize", "minQuizSeconds", "maxAttempts"));
		assertThat(this.jdbc.sql("select count(*) from training.course").query(Long.class).single()).isEqualTo(before);

		CourseView draft = this.courses.create(author, TrainingWorld.course("文件课 " + System.nanoTime(), Audience.WORKER));
		byte[] script = "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> this.courses.addFile(author, draft.id(), "视频", "lesson.mp4", script, 60))
			.isInstanceOf(InvalidInputException.class);
		byte[] mp4 = new byte[64];
		System.arraycopy(new byte[] { 0, 0, 0, 24, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm' }, 0, mp4, 0, 12);
		LessonView video = this.courses.addFile(author, draft.id(), "视频", "../../etc/passwd.txt", mp4, 30);
		assertThat(video.kind()).isEqualTo(LessonKind.VIDEO);
		assertThat(video.contentType()).isEqualTo("video/mp4");
		assertThat(video.fileName()).isEqualTo("passwd.txt");
		assertThatThrownBy(() -> this.courses.addQuestion(author, draft.id(), "问", List.of("唯一"), 0))
			.isInstanceOf(InvalidInputException.class);
		assertThat(this.courses.find(author, draft.id()).lessons()).hasSize(1);
	}

	@Test
	void creditsViewingTimeBetweenHeartbeatsCappedAndResumesWhereTheLearnerLeft() {
		TrainingWorld.Employer employer = TrainingWorld.employer(this.jdbc, 0, 3);
		CourseView course = published("进度 " + System.nanoTime(), Audience.WORKER);
		LearningService learning = learning();
		tx(() -> learning.enrolWorkers(TrainingWorld.manager(employer), course.id(), List.of(employer.workerIds().get(0))));
		Actor worker = TrainingWorld.worker(this.jdbc, employer.workerIds().get(0));
		EnrolmentView enrolment = learning.mine(worker).stream().filter(e -> e.courseId() == course.id()).findFirst().orElseThrow();
		long first = enrolment.progress().get(0).lessonId();

		assertThat(tx(() -> learning.beat(worker, enrolment.id(), first, 0)).viewedSeconds()).as("the first beat starts the clock").isZero();
		this.clock.advance(20);
		assertThat(tx(() -> learning.beat(worker, enrolment.id(), first, 20)).viewedSeconds()).isEqualTo(20);
		this.clock.advance(3600);
		EnrolmentView.Progress afterAnHour = tx(() -> learning.beat(worker, enrolment.id(), first, 95));
		assertThat(afterAnHour.viewedSeconds()).as("20 + at most 45 for one beat, whatever the gap").isEqualTo(65);
		assertThat(afterAnHour.completed()).as("65 s ≥ the lesson's 60 s").isTrue();
		assertThat(afterAnHour.positionSeconds()).isEqualTo(95);

		EnrolmentView again = learning.find(worker, enrolment.id());
		assertThat(again.resumeLessonId()).as("resume at the first lesson not completed").isEqualTo(again.progress().get(1).lessonId());
		assertThat(again.progress().get(0).positionSeconds()).isEqualTo(95);
		assertThat(again.quizOpen()).isFalse();
		assertThatThrownBy(() -> tx(() -> learning.openPaper(worker, enrolment.id())))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("training.quiz.lessonsFirst");
	}

	@Test
	void refusesEarlyAndReplayedSubmissionsAndIssuesOneCertificateThatVerifiesAndExpires() {
		TrainingWorld.Employer employer = TrainingWorld.employer(this.jdbc, 1, 3);
		CourseView course = published("测验 " + System.nanoTime(), Audience.WORKER);
		LearningService learning = learning();
		tx(() -> learning.enrolWorkers(TrainingWorld.manager(employer), course.id(), List.of(employer.workerIds().get(0))));
		Actor worker = TrainingWorld.worker(this.jdbc, employer.workerIds().get(0));
		EnrolmentView enrolment = learning.mine(worker).stream().filter(e -> e.courseId() == course.id()).findFirst().orElseThrow();
		study(learning, worker, enrolment);

		Paper paper = tx(() -> learning.openPaper(worker, enrolment.id()));
		assertThat(paper.questions()).hasSize(2);
		assertThat(paper.questions()).extracting(Paper.Question::id).doesNotHaveDuplicates();
		assertThat(tx(() -> learning.openPaper(worker, enrolment.id())).attemptId()).as("the open paper, not a new one")
			.isEqualTo(paper.attemptId());

		this.clock.advance(10);
		assertThatThrownBy(() -> tx(() -> learning.submit(worker, paper.attemptId(), answers(paper, 0))))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("training.quiz.tooEarly");
		assertThat(learning.find(worker, enrolment.id()).attempts().get(0).open()).as("an early submission changes nothing").isTrue();

		this.clock.advance(25);
		AttemptView passed = tx(() -> learning.submit(worker, paper.attemptId(), answers(paper, 0)));
		assertThat(passed.score()).isEqualTo(100);
		assertThat(passed.passed()).isTrue();
		assertThatThrownBy(() -> tx(() -> learning.submit(worker, paper.attemptId(), answers(paper, 0))))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("training.quiz.alreadySubmitted");
		assertThat(this.jdbc.sql("select count(*) from training.certificate where enrolment_id = :e")
			.param("e", enrolment.id())
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThatThrownBy(() -> tx(() -> learning.openPaper(worker, enrolment.id()))).isInstanceOf(InvalidInputException.class);

		// the PDF follows the submission's commit
		CertificateView certificate = org.ohsonline.Eventually.eventually(
				() -> learning.find(worker, enrolment.id()).certificate(), c -> c.code() != null);
		LocalDate issued = LocalDate.ofInstant(START, ZoneId.of("Asia/Shanghai"));
		assertThat(certificate.issuedOn()).isEqualTo(issued);
		assertThat(certificate.expiresOn()).as("12 months from the rule, the last valid day").isEqualTo(issued.plusMonths(12).minusDays(1));
		assertThat(this.events.stream(CertificateIssued.class).filter(e -> e.certificateId() == certificate.id()))
			.singleElement()
			.as("the employer the learner was enrolled for, which the indicators queue")
			.returns(employer.id(), CertificateIssued::employerId);
		// rendered by the renderer from the certificate's row (its queue), not from an event publication
		assertThat(this.jdbc.sql("select rendered_at is not null and pdf is not null from training.certificate where id = :id")
			.param("id", certificate.id())
			.query(Boolean.class)
			.single()).isTrue();
		assertThat(this.jdbc.sql("""
				select count(*) from event_publication where listener_id like '%CertificateRendering%'
				  and serialized_event like '%"certificateId":' || :id || '%'""")
			.param("id", certificate.id())
			.query(Long.class)
			.single()).isZero();
		byte[] pdf = learning.certificatePdf(worker, certificate.id());
		assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		assertThat(this.documents.matches(certificate.code(), pdf)).contains(true);

		Verification verification = this.documents.verify(certificate.code()).orElseThrow();
		assertThat(verification.holderMasked()).doesNotContain(certificate.learnerName().substring(1, 2));
		this.clock.now = certificate.expiresOn().atTime(12, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
		assertThat(certificates().panel(verification).orElseThrow().model()).containsEntry("trainingValid", true);
		this.clock.advance(86_400);
		assertThat(certificates().panel(verification).orElseThrow().model()).containsEntry("trainingValid", false);
	}

	@Test
	void limitsAttempts() {
		TrainingWorld.Employer employer = TrainingWorld.employer(this.jdbc, 2, 3);
		CourseView course = published("次数 " + System.nanoTime(), Audience.WORKER);
		LearningService learning = learning();
		tx(() -> learning.enrolWorkers(TrainingWorld.manager(employer), course.id(), List.of(employer.workerIds().get(1))));
		Actor worker = TrainingWorld.worker(this.jdbc, employer.workerIds().get(1));
		EnrolmentView enrolment = learning.mine(worker).stream().filter(e -> e.courseId() == course.id()).findFirst().orElseThrow();
		study(learning, worker, enrolment);
		for (int i = 0; i < 2; i++) {
			Paper paper = tx(() -> learning.openPaper(worker, enrolment.id()));
			this.clock.advance(31);
			AttemptView failed = tx(() -> learning.submit(worker, paper.attemptId(), answers(paper, 1)));
			assertThat(failed.passed()).isFalse();
			assertThat(failed.score()).isZero();
		}
		assertThat(learning.find(worker, enrolment.id()).attemptsLeft()).isZero();
		assertThatThrownBy(() -> tx(() -> learning.openPaper(worker, enrolment.id())))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("training.quiz.noAttemptsLeft");
		assertThat(learning.find(worker, enrolment.id()).certificate()).isNull();
	}

	@Test
	void keepsEnrolmentsToTheEmployerAndTheJurisdiction() {
		TrainingWorld.Employer employer = TrainingWorld.employer(this.jdbc, 3, 3);
		TrainingWorld.Employer other = TrainingWorld.employer(this.jdbc, 4, 3);
		CourseView course = published("范围 " + System.nanoTime(), Audience.WORKER);
		LearningService learning = learning();
		Actor manager = TrainingWorld.manager(employer);
		long before = this.jdbc.sql("select count(*) from training.enrolment").query(Long.class).single();
		assertThatThrownBy(() -> tx(() -> learning.enrolWorkers(manager, course.id(),
				List.of(employer.workerIds().get(0), other.workerIds().get(0)))))
			.as("another employer's worker: refused as a whole")
			.isInstanceOf(InvalidInputException.class);
		assertThat(this.jdbc.sql("select count(*) from training.enrolment").query(Long.class).single()).isEqualTo(before);
		assertThat(tx(() -> learning.enrolWorkers(manager, course.id(), employer.workerIds()))).isEqualTo(employer.workerIds().size());
		assertThat(tx(() -> learning.enrolWorkers(manager, course.id(), employer.workerIds()))).as("twice is once").isZero();

		long enrolment = learning.search(manager, course.id(), null, null, org.ohsonline.shared.PageQuery.of(1, 50)).items().get(0).id();
		assertThat(learning.find(TrainingWorld.author(TrainingWorld.COUNTY), enrolment).id()).isEqualTo(enrolment);
		assertThatThrownBy(() -> learning.find(TrainingWorld.manager(other), enrolment)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> learning.find(TrainingWorld.author("330106"), enrolment)).isInstanceOf(NotFoundException.class);
		assertThat(learning.search(TrainingWorld.author("330106"), course.id(), null, null, org.ohsonline.shared.PageQuery.of(1, 50)).total()).isZero();
		Actor stranger = TrainingWorld.worker(this.jdbc, other.workerIds().get(0));
		assertThatThrownBy(() -> tx(() -> learning.beat(stranger, enrolment, course.lessons().get(0).id(), 0)))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.courses.addText(TrainingWorld.author("330106"), course.id(), "x", "y", 1))
			.as("a course of another county is not there for its author").isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> tx(() -> learning.enrolWorkers(TrainingWorld.author(TrainingWorld.COUNTY), course.id(),
				employer.workerIds()))).isInstanceOf(AccessDeniedException.class);
	}

}
