package org.ohsonline.training.internal;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.training.AttemptView;
import org.ohsonline.training.CertificateView;
import org.ohsonline.training.Paper;
import org.ohsonline.training.QuestionView;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Quiz papers and their results. A paper draws its questions at random from the bank and keeps them; a
 * submission is accepted once per paper (the row is locked and must still be open), and not before the
 * course's minimum answering time counted from the paper's opening on the server's clock. A pass issues
 * the certificate in the same transaction ({@link Certificates}).
 */
@Component
class QuizService {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final CourseStore courses;

	private final EnrolmentStore enrolments;

	private final Certificates certificates;

	private final AuditTrail audit;

	private final Clock clock;

	QuizService(JdbcClient jdbc, CourseStore courses, EnrolmentStore enrolments, Certificates certificates,
			AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.courses = courses;
		this.enrolments = enrolments;
		this.certificates = certificates;
		this.audit = audit;
		this.clock = clock;
	}

	/** An attempt row. */
	record Attempt(long id, long enrolmentId, int number, List<Long> questionIds, Instant startedAt,
			Instant submittedAt, Integer score, Boolean passed) {

		AttemptView view() {
			return new AttemptView(this.id, this.number, this.questionIds.size(), this.startedAt, this.submittedAt,
					this.score, this.passed);
		}

	}

	Paper open(Actor actor, EnrolmentStore.Row enrolment, CourseStore.Row course) {
		List<Attempt> attempts = attemptRows(enrolment.id());
		if (attempts.stream().anyMatch(a -> Boolean.TRUE.equals(a.passed()))) {
			throw InvalidInputException.of("quiz", "training.quiz.alreadyPassed");
		}
		Optional<Attempt> open = attempts.stream().filter(a -> a.submittedAt() == null).findFirst();
		if (open.isPresent()) {
			return paper(open.get(), course);
		}
		if (attempts.size() >= course.maxAttempts()) {
			throw InvalidInputException.of("quiz", "training.quiz.noAttemptsLeft", course.maxAttempts());
		}
		List<Long> bank = new ArrayList<>(this.courses.questions(course.id()).stream().map(QuestionView::id).toList());
		Collections.shuffle(bank, RANDOM);
		List<Long> drawn = bank.subList(0, Math.min(course.paperSize(), bank.size()));
		// Stored to the millisecond: PostgreSQL rounds to microseconds, which could put the opening after "now".
		Instant now = Instant.now(this.clock).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
		long id = this.jdbc.sql("""
				insert into training.attempt (enrolment_id, number, question_ids, started_at)
				values (:e, :n, :q, :now) returning id""")
			.param("e", enrolment.id())
			.param("n", attempts.size() + 1)
			.param("q", drawn.toArray(Long[]::new))
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.single();
		this.audit.record(actor, "training.attempt.opened", AuditTarget.of("enrolment", enrolment.id(), enrolment.regionCode()),
				null, Map.of("attempt", id, "number", attempts.size() + 1, "questions", drawn.size()));
		return paper(attemptRows(enrolment.id()).stream().filter(a -> a.id() == id).findFirst().orElseThrow(), course);
	}

	AttemptView submit(Actor actor, EnrolmentStore.Learner learner, long attemptId, Map<Long, Integer> answers) {
		Attempt attempt = this.jdbc.sql("select " + ATTEMPT + " from training.attempt where id = :id for update")
			.param("id", attemptId)
			.query(QuizService::attempt)
			.optional()
			.orElseThrow(() -> new NotFoundException("attempt", attemptId));
		EnrolmentStore.Row enrolment = this.enrolments.ownForUpdate(learner, attempt.enrolmentId())
			.orElseThrow(() -> new NotFoundException("attempt", attemptId));
		if (attempt.submittedAt() != null) {
			throw InvalidInputException.of("attempt", "training.quiz.alreadySubmitted");
		}
		CourseStore.Row course = this.courses.get(enrolment.courseId());
		Instant now = Instant.now(this.clock);
		Instant earliest = attempt.startedAt().plus(Duration.ofSeconds(course.minQuizSeconds()));
		if (now.isBefore(earliest)) {
			throw InvalidInputException.of("attempt", "training.quiz.tooEarly", course.minQuizSeconds());
		}
		Map<Long, Integer> given = answers == null ? Map.of() : answers;
		Map<Long, QuestionView> bank = new HashMap<>();
		this.courses.questions(course.id()).forEach(q -> bank.put(q.id(), q));
		int right = 0;
		Integer[] recorded = new Integer[attempt.questionIds().size()];
		for (int i = 0; i < attempt.questionIds().size(); i++) {
			Long questionId = attempt.questionIds().get(i);
			Integer answer = given.get(questionId);
			recorded[i] = answer;
			QuestionView question = bank.get(questionId);
			if (question != null && answer != null && answer == question.correct()) {
				right++;
			}
		}
		int score = attempt.questionIds().isEmpty() ? 0 : right * 100 / attempt.questionIds().size();
		boolean passed = score >= course.passMark();
		this.jdbc.sql("""
				update training.attempt set submitted_at = :now, answers = :answers, score = :score, passed = :passed
				where id = :id and submitted_at is null""")
			.param("now", Timestamp.from(now))
			.param("answers", recorded)
			.param("score", score)
			.param("passed", passed)
			.param("id", attemptId)
			.update();
		this.audit.record(actor, "training.attempt.submitted", AuditTarget.of("enrolment", enrolment.id(), enrolment.regionCode()),
				Map.of("attempt", attemptId), Map.of("attempt", attemptId, "score", score, "passed", passed));
		if (passed) {
			this.jdbc.sql("update training.enrolment set completed_at = :now where id = :id")
				.param("now", Timestamp.from(now))
				.param("id", enrolment.id())
				.update();
			// the certificate's PDF follows after the commit (CertificateRendering)
			this.certificates.issue(actor, enrolment, course, attemptId);
		}
		return attemptRows(enrolment.id()).stream().filter(a -> a.id() == attemptId).findFirst().orElseThrow().view();
	}

	List<AttemptView> attempts(long enrolmentId) {
		return attemptRows(enrolmentId).stream().map(Attempt::view).toList();
	}

	Optional<CertificateView> certificateOf(long enrolmentId) {
		return this.certificates.ofEnrolment(enrolmentId);
	}

	byte[] certificatePdf(Actor actor, EnrolmentStore.Learner learner, long certificateId) {
		return this.certificates.pdf(actor, learner, certificateId);
	}

	Page<CertificateView> certificates(Actor actor, String q, PageQuery page) {
		return this.certificates.search(actor, q, page);
	}

	private Paper paper(Attempt attempt, CourseStore.Row course) {
		Map<Long, QuestionView> bank = new HashMap<>();
		this.courses.questions(course.id()).forEach(q -> bank.put(q.id(), q));
		List<Paper.Question> questions = attempt.questionIds()
			.stream()
			.map(bank::get)
			.filter(java.util.Objects::nonNull)
			.map(q -> new Paper.Question(q.id(), q.text(), q.options()))
			.toList();
		return new Paper(attempt.id(), attempt.enrolmentId(), course.title(), attempt.number(), course.passMark(),
				attempt.startedAt(), attempt.startedAt().plus(Duration.ofSeconds(course.minQuizSeconds())), questions);
	}

	private static final String ATTEMPT = "id, enrolment_id, number, question_ids, started_at, submitted_at, score, passed";

	private List<Attempt> attemptRows(long enrolmentId) {
		return this.jdbc.sql("select " + ATTEMPT + " from training.attempt where enrolment_id = :e order by number")
			.param("e", enrolmentId)
			.query(QuizService::attempt)
			.list();
	}

	private static Attempt attempt(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Attempt(rs.getLong("id"), rs.getLong("enrolment_id"), rs.getInt("number"),
				Arrays.asList((Long[]) rs.getArray("question_ids").getArray()), EnrolmentStore.instant(rs, "started_at"),
				EnrolmentStore.instant(rs, "submitted_at"), (Integer) rs.getObject("score", Integer.class),
				(Boolean) rs.getObject("passed", Boolean.class));
	}

}
