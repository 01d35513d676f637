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

	private final EnrolmentStore enrolments;

	private final Certificates certificates;

	private final AuditTrail audit;

	private final Clock clock;

	QuizService(JdbcClient jdbc, EnrolmentStore enrolments, Certificates certificates, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
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

	/**
	 * Opens the learner's paper, or gives back the one still open: the enrolment (locked), its course, whether every
	 * lesson is done, its attempts and the course's bank in one statement; a new paper is drawn here (a shuffle of
	 * the bank) and stored with its questions read back in a second; then the audit entry, last.
	 */
	Paper open(Actor actor, EnrolmentStore.Learner learner, long enrolmentId) {
		record State(EnrolmentStore.Row enrolment, String title, int passMark, int paperSize, int minQuizSeconds,
				int maxAttempts, long lessonsLeft, int attempts, boolean passed, Long openAttempt, List<Long> bank) {
		}
		State state = this.jdbc.sql("select " + EnrolmentStore.COLUMNS + """
				, k.title, k.pass_mark, k.paper_size, k.min_quiz_seconds, k.max_attempts,
				  (select count(*) from training.lesson l
				   left join training.lesson_progress p on p.enrolment_id = e.id and p.lesson_id = l.id
				   where l.course_id = e.course_id and l.min_seconds > 0 and p.completed_at is null) as lessons_left,
				  (select count(*) from training.attempt a where a.enrolment_id = e.id) as attempts,
				  coalesce((select bool_or(a.passed) from training.attempt a where a.enrolment_id = e.id), false) as passed,
				  (select a.id from training.attempt a where a.enrolment_id = e.id and a.submitted_at is null
				   order by a.number limit 1) as open_attempt,
				  array(select q.id from training.question q where q.course_id = e.course_id order by q.position) as bank
				from training.enrolment e join training.course k on k.id = e.course_id
				where e.id = :id and """ + learner.owns("e") + " for update of e")
			.params(learner.parameters())
			.param("id", enrolmentId)
			.query((rs, n) -> new State(EnrolmentStore.row(rs, n), rs.getString("title"), rs.getInt("pass_mark"),
					rs.getInt("paper_size"), rs.getInt("min_quiz_seconds"), rs.getInt("max_attempts"),
					rs.getLong("lessons_left"), rs.getInt("attempts"), rs.getBoolean("passed"),
					(Long) rs.getObject("open_attempt", Long.class),
					Arrays.asList((Long[]) rs.getArray("bank").getArray())))
			.optional()
			.orElseThrow(() -> new NotFoundException("enrolment", enrolmentId));
		if (state.lessonsLeft() > 0) {
			throw InvalidInputException.of("quiz", "training.quiz.lessonsFirst");
		}
		if (state.passed()) {
			throw InvalidInputException.of("quiz", "training.quiz.alreadyPassed");
		}
		Duration minimum = Duration.ofSeconds(state.minQuizSeconds());
		if (state.openAttempt() != null) {
			return paper("""
					select a.id, a.number, a.started_at, x.id as question_id, x.text, x.options
					from training.attempt a
					left join lateral (select q.id, q.text, q.options, u.ord
					    from unnest(a.question_ids) with ordinality u(qid, ord) join training.question q on q.id = u.qid) x on true
					where a.id = :id order by x.ord""", Map.of("id", state.openAttempt()), state.enrolment().id(),
					state.title(), state.passMark(), minimum);
		}
		if (state.attempts() >= state.maxAttempts()) {
			throw InvalidInputException.of("quiz", "training.quiz.noAttemptsLeft", state.maxAttempts());
		}
		List<Long> bank = new ArrayList<>(state.bank());
		Collections.shuffle(bank, RANDOM);
		List<Long> drawn = bank.subList(0, Math.min(state.paperSize(), bank.size()));
		// Stored to the millisecond: PostgreSQL rounds to microseconds, which could put the opening after "now".
		Instant now = Instant.now(this.clock).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
		int number = state.attempts() + 1;
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("e", state.enrolment().id());
		parameters.put("n", number);
		parameters.put("q", drawn.toArray(Long[]::new));
		parameters.put("now", Timestamp.from(now));
		Paper paper = paper("""
				with a as (
				    insert into training.attempt (enrolment_id, number, question_ids, started_at)
				    values (:e, :n, :q, :now) returning id, number, question_ids, started_at)
				select a.id, a.number, a.started_at, x.id as question_id, x.text, x.options
				from a left join lateral (select q.id, q.text, q.options, u.ord
				    from unnest(a.question_ids) with ordinality u(qid, ord) join training.question q on q.id = u.qid) x on true
				order by x.ord""", parameters, state.enrolment().id(), state.title(), state.passMark(), minimum);
		this.audit.record(actor, "training.attempt.opened",
				AuditTarget.of("enrolment", state.enrolment().id(), state.enrolment().regionCode()), null,
				Map.of("attempt", paper.attemptId(), "number", number, "questions", drawn.size()));
		return paper;
	}

	/** A paper from rows of (attempt id, number, opening, question id, text, options), in the paper's order. */
	private Paper paper(String sql, Map<String, ?> parameters, long enrolmentId, String title, int passMark,
			Duration minimum) {
		record Line(long attemptId, int number, Instant startedAt, Paper.Question question) {
		}
		List<Line> lines = this.jdbc.sql(sql)
			.params(parameters)
			.query((rs, n) -> new Line(rs.getLong("id"), rs.getInt("number"), EnrolmentStore.instant(rs, "started_at"),
					rs.getObject("question_id") == null ? null
							: new Paper.Question(rs.getLong("question_id"), rs.getString("text"),
									CourseStore.strings(rs.getArray("options")))))
			.list();
		Line first = lines.get(0);
		List<Paper.Question> questions = lines.stream().map(Line::question).filter(java.util.Objects::nonNull).toList();
		return new Paper(first.attemptId(), enrolmentId, title, first.number(), passMark, first.startedAt(),
				first.startedAt().plus(minimum), questions);
	}

	/**
	 * Grades and stores a paper: the attempt and its enrolment (both locked, the enrolment the learner's own), the
	 * course (its pass mark, least time and what a certificate names) and the paper's answer key in one statement; the
	 * result, the enrolment's completion and, on a pass, the certificate (its PDF pending) in a second; the audit
	 * entries last.
	 */
	AttemptView submit(Actor actor, EnrolmentStore.Learner learner, long attemptId, Map<Long, Integer> answers) {
		record Locked(Attempt attempt, EnrolmentStore.Row enrolment, CourseStore.Row course, Integer[] key) {
		}
		Locked locked = this.jdbc.sql("""
				select a.id as a_id, a.number as a_number, a.question_ids as a_question_ids, a.started_at as a_started_at,
				    a.submitted_at as a_submitted_at,
				    array(select q.correct from unnest(a.question_ids) with ordinality u(qid, ord)
				          left join training.question q on q.id = u.qid order by u.ord) as answer_key,
				""" + CourseStore.columns("k", "k_") + ", " + EnrolmentStore.COLUMNS + """
				from training.attempt a join training.enrolment e on e.id = a.enrolment_id
				join training.course k on k.id = e.course_id
				where a.id = :id and """ + learner.owns("e") + " for update of a, e")
			.params(learner.parameters())
			.param("id", attemptId)
			.query((rs, n) -> new Locked(new Attempt(rs.getLong("a_id"), rs.getLong("id"), rs.getInt("a_number"),
					Arrays.asList((Long[]) rs.getArray("a_question_ids").getArray()),
					EnrolmentStore.instant(rs, "a_started_at"), EnrolmentStore.instant(rs, "a_submitted_at"), null, null),
					EnrolmentStore.row(rs, n), CourseStore.row(rs, "k_"), (Integer[]) rs.getArray("answer_key").getArray()))
			.optional()
			.orElseThrow(() -> new NotFoundException("attempt", attemptId));
		Attempt attempt = locked.attempt();
		EnrolmentStore.Row enrolment = locked.enrolment();
		if (attempt.submittedAt() != null) {
			throw InvalidInputException.of("attempt", "training.quiz.alreadySubmitted");
		}
		// Stored to the millisecond, as the opening: truncating never lets an early paper through.
		Instant now = Instant.now(this.clock).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
		Instant earliest = attempt.startedAt().plus(Duration.ofSeconds(locked.course().minQuizSeconds()));
		if (now.isBefore(earliest)) {
			throw InvalidInputException.of("attempt", "training.quiz.tooEarly", locked.course().minQuizSeconds());
		}
		Map<Long, Integer> given = answers == null ? Map.of() : answers;
		int right = 0;
		Integer[] recorded = new Integer[attempt.questionIds().size()];
		for (int i = 0; i < attempt.questionIds().size(); i++) {
			Integer answer = given.get(attempt.questionIds().get(i));
			recorded[i] = answer;
			Integer correct = locked.key()[i];
			if (correct != null && answer != null && answer.intValue() == correct.intValue()) {
				right++;
			}
		}
		int score = attempt.questionIds().isEmpty() ? 0 : right * 100 / attempt.questionIds().size();
		boolean passed = score >= locked.course().passMark();
		// the result, the enrolment's completion and, on a pass, the certificate (its PDF pending) in one statement
		Certificates.Issue issue = passed ? this.certificates.issue(enrolment, locked.course(), attemptId) : null;
		Map<String, Object> parameters = new HashMap<>(issue == null ? Certificates.noIssue() : issue.parameters());
		parameters.put("now", Timestamp.from(now));
		parameters.put("answers", recorded);
		parameters.put("score", score);
		parameters.put("passed", passed);
		parameters.put("id", attemptId);
		record Issued(long id, String number) {
		}
		Optional<Issued> issued = this.jdbc.sql("""
				with a as (
				    update training.attempt set submitted_at = :now, answers = :answers, score = :score, passed = :passed
				    where id = :id and submitted_at is null returning enrolment_id),
				e as (update training.enrolment e set completed_at = :now from a where :passed and e.id = a.enrolment_id),
				""" + Certificates.INSERT + """
				select c.id, c.number from c""")
			.params(parameters)
			.query((rs, n) -> new Issued(rs.getLong(1), rs.getString(2)))
			.optional();
		CertificateView certificate = issued.map(c -> this.certificates.issued(issue, c.id(), c.number())).orElse(null);
		this.audit.record(actor, "training.attempt.submitted", AuditTarget.of("enrolment", enrolment.id(), enrolment.regionCode()),
				Map.of("attempt", attemptId), Map.of("attempt", attemptId, "score", score, "passed", passed));
		if (certificate != null) {
			this.certificates.audited(actor, certificate, attemptId);
		}
		return new AttemptView(attemptId, attempt.number(), attempt.questionIds().size(), attempt.startedAt(), now, score,
				passed);
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
