package org.ohsonline.training.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.registry.CurrentWorker;
import org.ohsonline.registry.EmployerRef;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.EmploymentView;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.AccessDeniedException;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Scope;
import org.ohsonline.training.AttemptView;
import org.ohsonline.training.CertificateView;
import org.ohsonline.training.EnrolmentView;
import org.ohsonline.training.Learning;
import org.ohsonline.training.LessonView;
import org.ohsonline.training.Paper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enrolment and study (see {@link Learning}); papers and certificates are {@link QuizService}'s. Viewing time
 * is the time between two heartbeats of the learner, at most {@link #BEAT_CAP}: a page left open without
 * heartbeats, or one claiming more, earns nothing more.
 */
@Service
class LearningService implements Learning {

	/** The most one heartbeat credits: the page beats every 15 s, so a missed beat or two still counts. */
	static final Duration BEAT_CAP = Duration.ofSeconds(45);

	private final EnrolmentStore store;

	private final CourseStore courses;

	private final Learners learners;

	private final Employers employers;

	private final Workers workers;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final QuizService quiz;

	private final Clock clock;

	LearningService(EnrolmentStore store, CourseStore courses, Learners learners, Employers employers, Workers workers,
			JdbcClient jdbc, AuditTrail audit, QuizService quiz, Clock clock) {
		this.store = store;
		this.courses = courses;
		this.learners = learners;
		this.employers = employers;
		this.workers = workers;
		this.jdbc = jdbc;
		this.audit = audit;
		this.quiz = quiz;
		this.clock = clock;
	}

	@Override
	@Transactional
	public EnrolmentView enrolSelf(Actor actor, long courseId) {
		actor.require(TrainingPermissions.LEARN);
		CourseStore.Row course = openCourse(actor, courseId);
		EnrolmentStore.Learner learner = this.learners.of(actor);
		Optional<EnrolmentStore.Row> existing = this.store.mine(learner).stream().filter(e -> e.courseId() == courseId).findFirst();
		if (existing.isPresent()) {
			return view(existing.get());
		}
		String name = actor.displayName();
		EmployerRef employer = null;
		if (actor.scope().kind() == Scope.Kind.EMPLOYER) {
			employer = this.employers.byCreditCode(actor.scope().value()).orElse(null);
		}
		else if (learner.workerId() != null) {
			name = this.workers.own(actor).map(w -> w.name()).orElse(name);
			employer = this.workers.employments(actor, learner.workerId())
				.stream()
				.filter(EmploymentView::current)
				.findFirst()
				.flatMap(e -> this.employers.byCreditCode(creditCodeOf(e)))
				.orElse(null);
		}
		String region = employer != null ? employer.regionCode() : actor.regionCode();
		long id = insert(course.id(), learner.workerId(), learner.workerId() == null ? actor.userId() : null, name,
				employer, region, actor.username());
		this.audit.record(actor, "training.enrolment.created", AuditTarget.of("enrolment", id, region), null,
				Map.of("course", courseId, "self", true));
		return find(actor, id);
	}

	/** The employer's credit code of an employment, looked up by id through the register's public reference. */
	private String creditCodeOf(EmploymentView employment) {
		return this.employers.refOf(employment.employerId()).map(EmployerRef::creditCode).orElse("");
	}

	@Override
	@Transactional
	public int enrolWorkers(Actor actor, long courseId, List<Long> workerIds) {
		actor.require(TrainingPermissions.ENROLMENT_WRITE);
		if (actor.scope().kind() != Scope.Kind.EMPLOYER) {
			throw new AccessDeniedException(TrainingPermissions.ENROLMENT_WRITE);
		}
		CourseStore.Row course = openCourse(actor, courseId);
		if (workerIds == null || workerIds.isEmpty()) {
			throw InvalidInputException.of("workerIds", "training.enrolment.noWorkers");
		}
		EmployerRef employer = this.employers.byCreditCode(actor.scope().value())
			.orElseThrow(() -> new AccessDeniedException(TrainingPermissions.ENROLMENT_WRITE));
		Map<Long, String> current = new LinkedHashMap<>();
		this.workers.forEachCurrent(actor, "", (CurrentWorker w) -> {
			if (w.employerId() == employer.id()) {
				current.put(w.workerId(), w.name());
			}
		});
		List<Long> foreign = workerIds.stream().filter(id -> id == null || !current.containsKey(id)).toList();
		if (!foreign.isEmpty()) {
			throw InvalidInputException.of("workerIds", "training.enrolment.notYourWorker");
		}
		int enrolled = 0;
		for (Long workerId : workerIds.stream().distinct().toList()) {
			boolean exists = this.jdbc.sql("select count(*) from training.enrolment where course_id = :c and learner_worker_id = :w")
				.param("c", courseId)
				.param("w", workerId)
				.query(Long.class)
				.single() > 0;
			if (exists) {
				continue;
			}
			long id = insert(course.id(), workerId, null, current.get(workerId), employer, employer.regionCode(),
					actor.username());
			this.audit.record(actor, "training.enrolment.created", AuditTarget.of("enrolment", id, employer.regionCode()),
					null, Map.of("course", courseId, "worker", workerId));
			enrolled++;
		}
		return enrolled;
	}

	@Override
	@Transactional(readOnly = true)
	public List<EnrolmentView> mine(Actor actor) {
		actor.require(TrainingPermissions.LEARN);
		return this.store.mine(this.learners.of(actor)).stream().map(this::view).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Page<EnrolmentView> search(Actor actor, Long courseId, String q, String region, PageQuery page) {
		actor.require(TrainingPermissions.ENROLMENT_READ);
		String within = org.ohsonline.shared.ScopeFilter.narrowRegion(actor, region).orElse(null);
		if (within == null) {
			return Page.of(List.of(), 0, page);
		}
		return Page.of(this.store.search(actor, courseId, q, within, page).stream().map(this::view).toList(),
				this.store.count(actor, courseId, q, within), page);
	}

	@Override
	@Transactional(readOnly = true)
	public EnrolmentView find(Actor actor, long enrolmentId) {
		return view(readable(actor, enrolmentId));
	}

	/**
	 * One statement: locks the learner's own enrolment, finds the lesson in its course, credits the time since the
	 * last heartbeat (at most {@link #BEAT_CAP}), moves the enrolment's last heartbeat and upserts the lesson's
	 * progress, and returns the lesson with its progress. An enrolment or lesson not found changes nothing. The
	 * statement is its own transaction (no surrounding one: a heartbeat is one round trip, the commit included).
	 */
	@Override
	public EnrolmentView.Progress beat(Actor actor, long enrolmentId, long lessonId, Integer positionSeconds) {
		actor.require(TrainingPermissions.LEARN);
		EnrolmentStore.Learner learner = this.learners.of(actor);
		if (positionSeconds != null && (positionSeconds < 0 || positionSeconds > 86_400)) {
			// what is not found is said first, as before: the enrolment, then the lesson
			EnrolmentStore.Row enrolment = this.store.ownForUpdate(learner, enrolmentId)
				.orElseThrow(() -> new NotFoundException("enrolment", enrolmentId));
			if (this.courses.lessons(enrolment.courseId()).stream().noneMatch(l -> l.id() == lessonId)) {
				throw new NotFoundException("lesson", lessonId);
			}
			throw InvalidInputException.of("position", "training.course.range", 0, 86_400);
		}
		record Beat(boolean enrolment, EnrolmentView.Progress progress) {
		}
		java.util.Map<String, Object> parameters = learner.parameters();
		parameters.put("id", enrolmentId);
		parameters.put("lesson", lessonId);
		parameters.put("position", positionSeconds);
		parameters.put("now", java.sql.Timestamp.from(Instant.now(this.clock)));
		parameters.put("cap", (int) BEAT_CAP.toSeconds());
		Beat beat = this.jdbc.sql("""
				with e as (
				    select e.id, e.course_id, e.last_beat_at from training.enrolment e
				    where e.id = :id and """ + learner.owns("e") + """
				     for update),
				l as (
				    select l.id, l.title, l.kind, l.min_seconds from training.lesson l join e on l.course_id = e.course_id
				    where l.id = :lesson),
				c as (
				    select e.id as enrolment_id, l.id as lesson_id, l.min_seconds,
				        case when e.last_beat_at is null then 0
				        else greatest(0, least(floor(extract(epoch from (cast(:now as timestamptz) - e.last_beat_at))),
				            cast(:cap as int)))::int end as credit
				    from e cross join l),
				touched as (
				    update training.enrolment set last_beat_at = cast(:now as timestamptz)
				    from c where training.enrolment.id = c.enrolment_id),
				p as (
				    insert into training.lesson_progress as old (enrolment_id, lesson_id, viewed_seconds, position_seconds,
				        last_beat_at, completed_at)
				    select c.enrolment_id, c.lesson_id, c.credit, coalesce(cast(:position as int), 0), cast(:now as timestamptz),
				        case when c.credit >= c.min_seconds then cast(:now as timestamptz) end
				    from c
				    on conflict (enrolment_id, lesson_id) do update set
				        viewed_seconds = old.viewed_seconds + excluded.viewed_seconds,
				        position_seconds = coalesce(cast(:position as int), old.position_seconds),
				        last_beat_at = excluded.last_beat_at,
				        completed_at = coalesce(old.completed_at,
				            case when old.viewed_seconds + excluded.viewed_seconds >= (select min_seconds from c)
				            then excluded.last_beat_at end)
				    returning viewed_seconds, position_seconds, completed_at is not null as completed)
				select exists (select 1 from e) as enrolment, l.id, l.title, l.kind, l.min_seconds, p.viewed_seconds,
				    p.position_seconds, p.completed
				from (select 1) one left join l on true left join p on true""")
			.params(parameters)
			.query((rs, n) -> new Beat(rs.getBoolean("enrolment"), rs.getObject("id") == null ? null
					: new EnrolmentView.Progress(rs.getLong("id"), rs.getString("title"),
							org.ohsonline.training.LessonKind.valueOf(rs.getString("kind")), rs.getInt("min_seconds"),
							rs.getInt("viewed_seconds"), rs.getInt("position_seconds"),
							rs.getBoolean("completed") || rs.getInt("min_seconds") == 0)))
			.single();
		if (!beat.enrolment()) {
			throw new NotFoundException("enrolment", enrolmentId);
		}
		if (beat.progress() == null) {
			throw new NotFoundException("lesson", lessonId);
		}
		return beat.progress();
	}

	@Override
	@Transactional
	public Paper openPaper(Actor actor, long enrolmentId) {
		actor.require(TrainingPermissions.LEARN);
		return this.quiz.open(actor, this.learners.of(actor), enrolmentId);
	}

	@Override
	@Transactional
	public AttemptView submit(Actor actor, long attemptId, Map<Long, Integer> answers) {
		actor.require(TrainingPermissions.LEARN);
		return this.quiz.submit(actor, this.learners.of(actor), attemptId, answers);
	}

	/** Read-write: a certificate whose PDF is still pending is rendered on demand. */
	@Override
	@Transactional
	public byte[] certificatePdf(Actor actor, long certificateId) {
		return this.quiz.certificatePdf(actor, this.learners.of(actor), certificateId);
	}

	@Override
	@Transactional(readOnly = true)
	public Page<CertificateView> certificates(Actor actor, String q, PageQuery page) {
		actor.require(TrainingPermissions.ENROLMENT_READ);
		return this.quiz.certificates(actor, q, page);
	}

	private EnrolmentStore.Row readable(Actor actor, long enrolmentId) {
		if (!actor.can(TrainingPermissions.LEARN) && !actor.can(TrainingPermissions.ENROLMENT_READ)) {
			throw new AccessDeniedException(TrainingPermissions.ENROLMENT_READ);
		}
		return this.store.readable(actor, this.learners.of(actor), enrolmentId)
			.orElseThrow(() -> new NotFoundException("enrolment", enrolmentId));
	}

	private CourseStore.Row openCourse(Actor actor, long courseId) {
		CourseStore.Row course = this.courses.find(actor, courseId).orElseThrow(() -> new NotFoundException("course", courseId));
		if (!course.status().open()) {
			throw InvalidInputException.of("course", "training.enrolment.courseNotOpen");
		}
		return course;
	}

	private long insert(long courseId, Long workerId, Long userId, String name, EmployerRef employer, String region,
			String by) {
		return this.jdbc.sql("""
				insert into training.enrolment (course_id, learner_worker_id, learner_user_id, learner_name, employer_id,
				    employer_credit_code, employer_name, region_code, enrolled_by, enrolled_at)
				values (:c, :w, :u, :name, :employer, :credit, :employerName, :region, :by, :now)
				returning id""")
			.param("c", courseId)
			.param("w", workerId)
			.param("u", userId)
			.param("name", name)
			.param("employer", employer == null ? null : employer.id())
			.param("credit", employer == null ? null : employer.creditCode())
			.param("employerName", employer == null ? null : employer.name())
			.param("region", region == null ? "" : region)
			.param("by", by)
			.param("now", java.sql.Timestamp.from(Instant.now(this.clock)))
			.query(Long.class)
			.single();
	}

	List<EnrolmentView.Progress> progress(long enrolmentId, List<LessonView> lessons) {
		Map<Long, int[]> rows = new java.util.HashMap<>();
		this.jdbc.sql("select lesson_id, viewed_seconds, position_seconds, completed_at is not null from training.lesson_progress where enrolment_id = :e")
			.param("e", enrolmentId)
			.query((rs, n) -> rows.put(rs.getLong(1), new int[] { rs.getInt(2), rs.getInt(3), rs.getBoolean(4) ? 1 : 0 }))
			.list();
		List<EnrolmentView.Progress> progress = new ArrayList<>();
		for (LessonView lesson : lessons) {
			int[] row = rows.getOrDefault(lesson.id(), new int[] { 0, 0, lesson.minSeconds() == 0 ? 1 : 0 });
			progress.add(new EnrolmentView.Progress(lesson.id(), lesson.title(), lesson.kind(), lesson.minSeconds(), row[0],
					row[1], row[2] == 1 || lesson.minSeconds() == 0));
		}
		return progress;
	}

	EnrolmentView view(EnrolmentStore.Row row) {
		CourseStore.Row course = this.courses.get(row.courseId());
		List<LessonView> lessons = this.courses.lessons(row.courseId());
		List<EnrolmentView.Progress> progress = progress(row.id(), lessons);
		Long resume = progress.stream()
			.filter(p -> !p.completed())
			.map(EnrolmentView.Progress::lessonId)
			.findFirst()
			.orElse(lessons.isEmpty() ? null : lessons.get(lessons.size() - 1).id());
		List<AttemptView> attempts = this.quiz.attempts(row.id());
		long submitted = attempts.stream().filter(a -> !a.open()).count();
		boolean passed = attempts.stream().anyMatch(a -> Boolean.TRUE.equals(a.passed()));
		return new EnrolmentView(row.id(), row.courseId(), course.title(), course.version(), course.audience(),
				row.learnerName(), row.workerId(), row.employerName(), row.regionCode(), row.enrolledAt(), row.completedAt(),
				progress, resume, progress.stream().allMatch(EnrolmentView.Progress::completed) && !passed,
				passed ? 0 : (int) Math.max(0, course.maxAttempts() - submitted), attempts,
				this.quiz.certificateOf(row.id()).orElse(null));
	}

}
