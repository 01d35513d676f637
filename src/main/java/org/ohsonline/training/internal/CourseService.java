package org.ohsonline.training.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.reference.HazardFactors;
import org.ohsonline.shared.AccessDeniedException;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.InvalidInputException.FieldError;
import org.ohsonline.shared.Limits;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.training.Audience;
import org.ohsonline.training.CourseCommand;
import org.ohsonline.training.CourseView;
import org.ohsonline.training.Courses;
import org.ohsonline.training.LessonFile;
import org.ohsonline.training.LessonKind;
import org.ohsonline.training.LessonView;
import org.ohsonline.training.QuestionView;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Authoring and reading courses (see {@link Courses}); versions are copied, never changed once published. */
@Service
class CourseService implements Courses {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	static final int DEFAULT_LESSON_SECONDS = 60;

	private final CourseStore store;

	private final JdbcClient jdbc;

	private final HoursRules rules;

	private final LessonFiles files;

	private final HazardFactors hazards;

	private final AuditTrail audit;

	private final Clock clock;

	private final EnrolmentStore enrolments;

	private final Learners learners;

	CourseService(CourseStore store, JdbcClient jdbc, HoursRules rules, LessonFiles files, HazardFactors hazards,
			AuditTrail audit, Clock clock, EnrolmentStore enrolments, Learners learners) {
		this.learners = learners;
		this.store = store;
		this.jdbc = jdbc;
		this.rules = rules;
		this.files = files;
		this.hazards = hazards;
		this.audit = audit;
		this.clock = clock;
		this.enrolments = enrolments;
	}

	@Override
	@Transactional(readOnly = true)
	public Page<CourseView> search(Actor actor, String q, Audience audience, String region, PageQuery page) {
		actor.require(TrainingPermissions.COURSE_READ);
		String within = region == null || region.isBlank() ? null
				: org.ohsonline.shared.ScopeFilter.narrowRegion(actor, region).orElse(null);
		if (region != null && !region.isBlank() && within == null) {
			return Page.of(List.of(), 0, page);
		}
		List<CourseView> items = this.store.search(actor, q, audience, within, page).stream().map(this::view).toList();
		return Page.of(items, this.store.count(actor, q, audience, within), page);
	}

	@Override
	@Transactional(readOnly = true)
	public CourseView find(Actor actor, long id) {
		actor.require(TrainingPermissions.COURSE_READ);
		return view(visible(actor, id));
	}

	@Override
	@Transactional
	public CourseView create(Actor actor, CourseCommand command) {
		actor.require(TrainingPermissions.COURSE_WRITE);
		check(command);
		String region = actor.scope().regionPrefix().filter(r -> !r.isEmpty()).orElse(actor.regionCode());
		if (region == null || region.isBlank()) {
			throw new AccessDeniedException(TrainingPermissions.COURSE_WRITE);
		}
		HoursRules.Rule rule = this.rules.inForce(command.audience(), today());
		long id = this.jdbc.sql("""
				with n as (select nextval(pg_get_serial_sequence('training.course', 'id')) as id)
				insert into training.course (id, series_id, version, status, title, summary, audience, hazard_codes, hours,
				    hours_rule_version, hours_rule_edition, validity_months, pass_mark, paper_size, min_quiz_seconds,
				    max_attempts, region_code, author_id, author_name, created_at)
				select n.id, n.id, 1, 'DRAFT', :title, :summary, :audience, :hazards, :hours, :rule, :edition, :validity,
				    :pass, :paper, :quiz, :attempts, :region, :author, :authorName, :now
				from n
				returning id""")
			.params(settings(command))
			.param("rule", rule.versionId())
			.param("edition", rule.edition())
			.param("validity", rule.validityMonths())
			.param("region", region)
			.param("author", actor.userId())
			.param("authorName", actor.displayName())
			.param("now", java.sql.Timestamp.from(Instant.now(this.clock)))
			.query(Long.class)
			.single();
		this.audit.record(actor, "training.course.created", AuditTarget.of("course", id, region), null,
				auditable(command));
		return view(this.store.get(id));
	}

	@Override
	@Transactional
	public CourseView update(Actor actor, long id, CourseCommand command) {
		CourseStore.Row row = editable(actor, id);
		check(command);
		HoursRules.Rule rule = command.audience() == row.audience() ? this.rules.of(row.hoursRuleVersion(), row.audience())
				: this.rules.inForce(command.audience(), today());
		this.jdbc.sql("""
				update training.course set title = :title, summary = :summary, audience = :audience, hazard_codes = :hazards,
				    hours = :hours, hours_rule_version = :rule, hours_rule_edition = :edition, validity_months = :validity,
				    pass_mark = :pass, paper_size = :paper, min_quiz_seconds = :quiz, max_attempts = :attempts
				where id = :id""")
			.params(settings(command))
			.param("rule", rule.versionId())
			.param("edition", rule.edition())
			.param("validity", rule.validityMonths())
			.param("id", id)
			.update();
		this.audit.record(actor, "training.course.changed", AuditTarget.of("course", id, row.regionCode()),
				Map.of("title", row.title(), "passMark", row.passMark()), auditable(command));
		return view(this.store.get(id));
	}

	@Override
	@Transactional
	public LessonView addText(Actor actor, long courseId, String title, String body, Integer minSeconds) {
		CourseStore.Row row = editable(actor, courseId);
		List<FieldError> errors = lessonErrors(title, minSeconds);
		if (body == null || body.isBlank()) {
			errors.add(FieldError.of("body", "training.lesson.bodyRequired"));
		}
		else if (body.length() > Limits.ANY) {
			errors.add(FieldError.of("body", "training.lesson.bodyTooLong", Limits.ANY));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		long id = insertLesson(courseId, LessonKind.TEXT, title.trim(), body.strip(), null, null, null, null,
				seconds(minSeconds));
		this.audit.record(actor, "training.lesson.added", AuditTarget.of("course", courseId, row.regionCode()), null,
				Map.of("lesson", id, "kind", "TEXT", "title", title.trim()));
		return lesson(courseId, id);
	}

	@Override
	@Transactional
	public LessonView addFile(Actor actor, long courseId, String title, String fileName, byte[] content,
			Integer minSeconds) {
		// Every refusal at once: what is wrong with the file, and that the course is no longer a draft.
		CourseStore.Row row = authorable(actor, courseId);
		List<FieldError> errors = lessonErrors(title, minSeconds);
		if (!row.status().editable()) {
			errors.add(FieldError.of("status", "training.course.notDraft"));
		}
		LessonFiles.Sniffed type = null;
		if (content == null || content.length == 0) {
			errors.add(FieldError.of("file", "training.lesson.fileRequired"));
		}
		else {
			type = LessonFiles.sniff(content).orElse(null);
			if (type == null) {
				errors.add(FieldError.of("file", "training.lesson.fileType"));
			}
			else if (content.length > this.files.maxBytes(type.kind())) {
				errors.add(FieldError.of("file", "training.lesson.fileTooLarge", this.files.maxBytes(type.kind()) / (1024 * 1024)));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		String sha = this.files.store(content, type);
		String name = fileName == null || fileName.isBlank() ? title.trim() + "." + type.extension()
				: java.nio.file.Path.of(fileName).getFileName().toString();
		name = name.length() > Limits.LINE ? name.substring(0, Limits.LINE) : name;
		long id = insertLesson(courseId, type.kind(), title.trim(), null, name, sha, type.contentType(),
				(long) content.length, seconds(minSeconds));
		this.audit.record(actor, "training.lesson.added", AuditTarget.of("course", courseId, row.regionCode()), null,
				Map.of("lesson", id, "kind", type.kind().name(), "title", title.trim(), "sha256", sha));
		return lesson(courseId, id);
	}

	@Override
	@Transactional
	public void removeLesson(Actor actor, long courseId, long lessonId) {
		CourseStore.Row row = editable(actor, courseId);
		int removed = this.jdbc.sql("delete from training.lesson where id = :id and course_id = :c")
			.param("id", lessonId)
			.param("c", courseId)
			.update();
		if (removed == 0) {
			throw new NotFoundException("lesson", lessonId);
		}
		this.audit.record(actor, "training.lesson.removed", AuditTarget.of("course", courseId, row.regionCode()),
				Map.of("lesson", lessonId), null);
	}

	@Override
	@Transactional
	public QuestionView addQuestion(Actor actor, long courseId, String text, List<String> options, Integer correct) {
		CourseStore.Row row = editable(actor, courseId);
		List<FieldError> errors = new ArrayList<>();
		if (text == null || text.isBlank() || text.length() > Limits.TEXT) {
			errors.add(FieldError.of("text", "training.question.textRequired", Limits.TEXT));
		}
		List<String> given = options == null ? List.of()
				: options.stream().filter(o -> o != null && !o.isBlank()).map(String::trim).toList();
		if (given.size() < 2 || given.size() > 6 || given.stream().anyMatch(o -> o.length() > Limits.LINE)) {
			errors.add(FieldError.of("options", "training.question.optionsInvalid"));
		}
		if (correct == null || correct < 0 || correct >= given.size()) {
			errors.add(FieldError.of("correct", "training.question.correctInvalid"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		long id = this.jdbc.sql("""
				insert into training.question (course_id, position, text, options, correct)
				values (:c, (select coalesce(max(position), 0) + 1 from training.question where course_id = :c), :text,
				    :options, :correct)
				returning id""")
			.param("c", courseId)
			.param("text", text.trim())
			.param("options", given.toArray(String[]::new))
			.param("correct", correct)
			.query(Long.class)
			.single();
		this.audit.record(actor, "training.question.added", AuditTarget.of("course", courseId, row.regionCode()), null,
				Map.of("question", id));
		return this.store.questions(courseId).stream().filter(q -> q.id() == id).findFirst().orElseThrow();
	}

	@Override
	@Transactional(readOnly = true)
	public List<QuestionView> questions(Actor actor, long courseId) {
		actor.require(TrainingPermissions.COURSE_WRITE);
		CourseStore.Row row = visible(actor, courseId);
		requireAuthorScope(actor, row);
		return this.store.questions(courseId);
	}

	@Override
	@Transactional
	public CourseView publish(Actor actor, long id) {
		CourseStore.Row row = editable(actor, id);
		List<FieldError> errors = new ArrayList<>();
		if (this.store.lessons(id).isEmpty()) {
			errors.add(FieldError.of("lessons", "training.course.noLessons"));
		}
		int bank = this.store.questionCount(id);
		if (bank < row.paperSize()) {
			errors.add(FieldError.of("questions", "training.course.bankTooSmall", bank, row.paperSize()));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		this.jdbc.sql("update training.course set status = 'SUPERSEDED' where series_id = :s and status = 'PUBLISHED'")
			.param("s", row.seriesId())
			.update();
		this.jdbc.sql("update training.course set status = 'PUBLISHED', published_at = :now where id = :id")
			.param("now", java.sql.Timestamp.from(Instant.now(this.clock)))
			.param("id", id)
			.update();
		this.audit.record(actor, "training.course.published", AuditTarget.of("course", id, row.regionCode()),
				Map.of("status", "DRAFT"), Map.of("status", "PUBLISHED", "version", row.version()));
		return view(this.store.get(id));
	}

	@Override
	@Transactional
	public CourseView newVersion(Actor actor, long id) {
		actor.require(TrainingPermissions.COURSE_WRITE);
		CourseStore.Row row = visible(actor, id);
		requireAuthorScope(actor, row);
		java.util.Optional<Long> open = this.store.draft(row.seriesId());
		if (open.isPresent()) {
			return view(this.store.get(open.get()));
		}
		long copy = this.jdbc.sql("""
				insert into training.course (series_id, version, status, title, summary, audience, hazard_codes, hours,
				    hours_rule_version, hours_rule_edition, validity_months, pass_mark, paper_size, min_quiz_seconds,
				    max_attempts, region_code, author_id, author_name, created_at)
				select series_id, (select max(version) + 1 from training.course where series_id = :s), 'DRAFT', title,
				    summary, audience, hazard_codes, hours, hours_rule_version, hours_rule_edition, validity_months,
				    pass_mark, paper_size, min_quiz_seconds, max_attempts, region_code, :author, :authorName, :now
				from training.course where id = :id
				returning id""")
			.param("s", row.seriesId())
			.param("id", id)
			.param("author", actor.userId())
			.param("authorName", actor.displayName())
			.param("now", java.sql.Timestamp.from(Instant.now(this.clock)))
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				insert into training.lesson (course_id, position, kind, title, body, file_name, file_sha256, content_type,
				    file_size, min_seconds)
				select :copy, position, kind, title, body, file_name, file_sha256, content_type, file_size, min_seconds
				from training.lesson where course_id = :id""")
			.param("copy", copy)
			.param("id", id)
			.update();
		this.jdbc.sql("""
				insert into training.question (course_id, position, text, options, correct)
				select :copy, position, text, options, correct from training.question where course_id = :id""")
			.param("copy", copy)
			.param("id", id)
			.update();
		this.audit.record(actor, "training.course.versioned", AuditTarget.of("course", copy, row.regionCode()),
				null, Map.of("from", id, "version", row.version() + 1));
		return view(this.store.get(copy));
	}

	@Override
	@Transactional(readOnly = true)
	public LessonFile lessonFile(Actor actor, long lessonId) {
		actor.require(TrainingPermissions.COURSE_READ);
		CourseStore.FileRow file = this.store.file(lessonId).orElseThrow(() -> new NotFoundException("lesson", lessonId));
		CourseStore.Row course = this.store.find(actor, file.courseId())
			.or(() -> this.enrolments.enrolledCourse(this.learners.of(actor), file.courseId()) ? java.util.Optional.of(this.store.get(file.courseId()))
					: java.util.Optional.empty())
			.orElseThrow(() -> new NotFoundException("lesson", lessonId));
		return new LessonFile(this.files.resource(file.sha256(), file.contentType()), file.contentType(),
				file.fileName() == null ? course.title() : file.fileName());
	}

	CourseView view(CourseStore.Row row) {
		HoursRules.Rule rule = this.rules.of(row.hoursRuleVersion(), row.audience());
		return new CourseView(row.id(), row.seriesId(), row.version(), row.status(), row.title(), row.summary(),
				row.audience(), row.hazardCodes(), row.hours(), row.hoursRuleEdition(), rule.initialHours(),
				row.validityMonths(), row.passMark(), row.paperSize(), row.minQuizSeconds(), row.maxAttempts(),
				row.regionCode(), row.authorName(), row.publishedAt(), this.store.lessons(row.id()),
				this.store.questionCount(row.id()));
	}

	private CourseStore.Row visible(Actor actor, long id) {
		return this.store.find(actor, id).orElseThrow(() -> new NotFoundException("course", id));
	}

	/** A course the actor may author: the permission and the course's jurisdiction, whatever its status. */
	private CourseStore.Row authorable(Actor actor, long id) {
		actor.require(TrainingPermissions.COURSE_WRITE);
		CourseStore.Row row = visible(actor, id);
		requireAuthorScope(actor, row);
		return row;
	}

	private CourseStore.Row editable(Actor actor, long id) {
		CourseStore.Row row = authorable(actor, id);
		if (!row.status().editable()) {
			throw InvalidInputException.of("status", "training.course.notDraft");
		}
		return row;
	}

	/** Authors change the courses of their own jurisdiction only (a county cannot edit the province's course). */
	private static void requireAuthorScope(Actor actor, CourseStore.Row row) {
		if (!actor.scope().coversRegion(row.regionCode())) {
			throw new AccessDeniedException(TrainingPermissions.COURSE_WRITE);
		}
	}

	private void check(CourseCommand c) {
		List<FieldError> errors = new ArrayList<>();
		if (c == null) {
			throw InvalidInputException.of("title", "training.course.titleRequired");
		}
		if (c.title() == null || c.title().isBlank() || c.title().length() > Limits.LINE) {
			errors.add(FieldError.of("title", "training.course.titleRequired"));
		}
		if (c.summary() != null && c.summary().length() > Limits.TEXT) {
			errors.add(FieldError.of("summary", "training.course.summaryTooLong", Limits.TEXT));
		}
		if (c.audience() == null) {
			errors.add(FieldError.of("audience", "training.course.audienceRequired"));
		}
		if (!c.hazardCodes().isEmpty() && c.audience() != Audience.WORKER) {
			errors.add(FieldError.of("hazardCodes", "training.course.hazardsForWorkers"));
		}
		for (String code : c.hazardCodes()) {
			if (code == null || code.length() > Limits.CODE || this.hazards.findFactor(code.trim()).isEmpty()) {
				errors.add(FieldError.of("hazardCodes", "training.course.hazardUnknown", code));
			}
		}
		if (c.hours() == null || c.hours().signum() <= 0 || c.hours().compareTo(BigDecimal.valueOf(200)) > 0) {
			errors.add(FieldError.of("hours", "training.course.hoursInvalid"));
		}
		range(errors, "passMark", c.passMark(), 1, 100);
		range(errors, "paperSize", c.paperSize(), 1, 100);
		range(errors, "minQuizSeconds", c.minQuizSeconds(), 0, 7200);
		range(errors, "maxAttempts", c.maxAttempts(), 1, 20);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
	}

	private static void range(List<FieldError> errors, String field, Integer value, int min, int max) {
		if (value == null || value < min || value > max) {
			errors.add(FieldError.of(field, "training.course.range", min, max));
		}
	}

	private static List<FieldError> lessonErrors(String title, Integer minSeconds) {
		List<FieldError> errors = new ArrayList<>();
		if (title == null || title.isBlank() || title.length() > Limits.LINE) {
			errors.add(FieldError.of("title", "training.lesson.titleRequired"));
		}
		if (minSeconds != null && (minSeconds < 0 || minSeconds > 36_000)) {
			errors.add(FieldError.of("minSeconds", "training.course.range", 0, 36_000));
		}
		return errors;
	}

	private static int seconds(Integer minSeconds) {
		return minSeconds == null ? DEFAULT_LESSON_SECONDS : minSeconds;
	}

	private long insertLesson(long courseId, LessonKind kind, String title, String body, String fileName, String sha,
			String contentType, Long size, int minSeconds) {
		return this.jdbc.sql("""
				insert into training.lesson (course_id, position, kind, title, body, file_name, file_sha256, content_type,
				    file_size, min_seconds)
				values (:c, (select coalesce(max(position), 0) + 1 from training.lesson where course_id = :c), :kind,
				    :title, :body, :fileName, :sha, :type, :size, :seconds)
				returning id""")
			.param("c", courseId)
			.param("kind", kind.name())
			.param("title", title)
			.param("body", body)
			.param("fileName", fileName)
			.param("sha", sha)
			.param("type", contentType)
			.param("size", size)
			.param("seconds", minSeconds)
			.query(Long.class)
			.single();
	}

	private LessonView lesson(long courseId, long id) {
		return this.store.lessons(courseId).stream().filter(l -> l.id() == id).findFirst().orElseThrow();
	}

	private static Map<String, Object> settings(CourseCommand c) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("title", c.title().trim());
		parameters.put("summary", c.summary() == null || c.summary().isBlank() ? null : c.summary().strip());
		parameters.put("audience", c.audience().name());
		parameters.put("hazards", c.hazardCodes().stream().map(String::trim).toArray(String[]::new));
		parameters.put("hours", c.hours());
		parameters.put("pass", c.passMark());
		parameters.put("paper", c.paperSize());
		parameters.put("quiz", c.minQuizSeconds());
		parameters.put("attempts", c.maxAttempts());
		return parameters;
	}

	private static Map<String, Object> auditable(CourseCommand c) {
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("title", c.title().trim());
		after.put("audience", c.audience().name());
		after.put("hours", c.hours());
		after.put("passMark", c.passMark());
		after.put("paperSize", c.paperSize());
		after.put("maxAttempts", c.maxAttempts());
		return after;
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(ZONE));
	}

}
