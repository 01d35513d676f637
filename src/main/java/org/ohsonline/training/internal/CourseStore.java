package org.ohsonline.training.internal;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.training.Audience;
import org.ohsonline.training.CourseStatus;
import org.ohsonline.training.LessonKind;
import org.ohsonline.training.LessonView;
import org.ohsonline.training.QuestionView;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The course tables. Which versions an actor sees is one predicate: published and superseded versions of
 * courses whose region contains the actor's (a province's course everywhere in it), and, for a region scope,
 * every version of the courses in that region — drafts only to authors.
 */
@Component
class CourseStore {

	static final String VISIBLE = """
			((c.status <> 'DRAFT' and cast(:actorRegion as text) like c.region_code || '%')
			 or (cast(:scopeRegion as text) is not null and c.region_code like cast(:scopeRegion as text) || '%'
			     and (c.status <> 'DRAFT' or :author)))""";

	private static final List<String> NAMES = List.of("id", "series_id", "version", "status", "title", "summary",
			"audience", "hazard_codes", "hours", "hours_rule_version", "hours_rule_edition", "validity_months",
			"pass_mark", "paper_size", "min_quiz_seconds", "max_attempts", "region_code", "author_name",
			"published_at");

	private static final String COLUMNS = columns("c", "");

	/**
	 * The select list of a course row from the table aliased {@code alias}, each column named with {@code prefix}
	 * first, for a statement that reads a course beside other rows ({@link #row(ResultSet, String)}).
	 */
	static String columns(String alias, String prefix) {
		return String.join(", ", NAMES.stream().map(name -> alias + "." + name + " as " + prefix + name).toList());
	}

	private final JdbcClient jdbc;

	CourseStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A course version row. */
	record Row(long id, long seriesId, int version, CourseStatus status, String title, String summary,
			Audience audience, List<String> hazardCodes, BigDecimal hours, long hoursRuleVersion,
			String hoursRuleEdition, int validityMonths, int passMark, int paperSize, int minQuizSeconds,
			int maxAttempts, String regionCode, String authorName, Instant publishedAt) {
	}

	static Map<String, Object> visibility(Actor actor) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("actorRegion", actor.regionCode() == null ? "" : actor.regionCode());
		parameters.put("scopeRegion", actor.scope().regionPrefix().orElse(null));
		parameters.put("author", actor.can(TrainingPermissions.COURSE_WRITE));
		return parameters;
	}

	Optional<Row> find(Actor actor, long id) {
		return this.jdbc.sql("select " + COLUMNS + " from training.course c where c.id = :id and " + VISIBLE)
			.params(visibility(actor))
			.param("id", id)
			.query(CourseStore::row)
			.optional();
	}

	/** A row whatever the actor (for work that already checked the actor's right to the enrolment). */
	Row get(long id) {
		return this.jdbc.sql("select " + COLUMNS + " from training.course c where c.id = :id")
			.param("id", id)
			.query(CourseStore::row)
			.single();
	}

	List<Row> search(Actor actor, String q, Audience audience, String region, PageQuery page) {
		return this.jdbc.sql("select " + COLUMNS + " from training.course c where " + SEARCH
				+ " order by c.title, c.version desc limit :limit offset :offset")
			.params(searchParameters(actor, q, audience, region))
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(CourseStore::row)
			.list();
	}

	long count(Actor actor, String q, Audience audience, String region) {
		return this.jdbc.sql("select count(*) from training.course c where " + SEARCH)
			.params(searchParameters(actor, q, audience, region))
			.query(Long.class)
			.single();
	}

	private static final String SEARCH = VISIBLE + """
			 and (c.status = 'PUBLISHED' or (c.status = 'DRAFT' and :author))
			 and (cast(:q as text) is null or c.title like '%' || cast(:q as text) || '%')
			 and (cast(:audience as text) is null or c.audience = cast(:audience as text))
			 and (cast(:region as text) is null or c.region_code like cast(:region as text) || '%')""";

	private static Map<String, Object> searchParameters(Actor actor, String q, Audience audience, String region) {
		Map<String, Object> parameters = visibility(actor);
		parameters.put("region", region);
		parameters.put("q", q == null || q.isBlank() ? null : q.trim());
		parameters.put("audience", audience == null ? null : audience.name());
		return parameters;
	}

	/** The published version of the course's series, if any. */
	Optional<Long> published(long seriesId) {
		return this.jdbc.sql("select id from training.course where series_id = :s and status = 'PUBLISHED'")
			.param("s", seriesId)
			.query(Long.class)
			.optional();
	}

	Optional<Long> draft(long seriesId) {
		return this.jdbc.sql("select id from training.course where series_id = :s and status = 'DRAFT'")
			.param("s", seriesId)
			.query(Long.class)
			.optional();
	}

	List<LessonView> lessons(long courseId) {
		return this.jdbc.sql("""
				select id, course_id, position, kind, title, body, file_name, content_type, file_size, min_seconds
				from training.lesson where course_id = :c order by position""")
			.param("c", courseId)
			.query((rs, n) -> new LessonView(rs.getLong("id"), rs.getLong("course_id"), rs.getInt("position"),
					LessonKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("body"),
					rs.getString("file_name"), rs.getString("content_type"), (Long) rs.getObject("file_size", Long.class),
					rs.getInt("min_seconds")))
			.list();
	}

	/** A lesson's course and stored file. */
	record FileRow(long courseId, String sha256, String contentType, String fileName) {
	}

	Optional<FileRow> file(long lessonId) {
		return this.jdbc.sql("""
				select course_id, file_sha256, content_type, file_name from training.lesson
				where id = :id and file_sha256 is not null""")
			.param("id", lessonId)
			.query((rs, n) -> new FileRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.optional();
	}

	List<QuestionView> questions(long courseId) {
		return this.jdbc.sql("select id, position, text, options, correct from training.question where course_id = :c order by position")
			.param("c", courseId)
			.query((rs, n) -> new QuestionView(rs.getLong("id"), rs.getInt("position"), rs.getString("text"),
					strings(rs.getArray("options")), rs.getInt("correct")))
			.list();
	}

	int questionCount(long courseId) {
		return this.jdbc.sql("select count(*) from training.question where course_id = :c")
			.param("c", courseId)
			.query(Integer.class)
			.single();
	}

	static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return row(rs, "");
	}

	/** The course row of {@link #columns columns} named with {@code prefix}. */
	static Row row(ResultSet rs, String prefix) throws SQLException {
		java.time.OffsetDateTime published = rs.getObject(prefix + "published_at", java.time.OffsetDateTime.class);
		return new Row(rs.getLong(prefix + "id"), rs.getLong(prefix + "series_id"), rs.getInt(prefix + "version"),
				CourseStatus.valueOf(rs.getString(prefix + "status")), rs.getString(prefix + "title"),
				rs.getString(prefix + "summary"), Audience.valueOf(rs.getString(prefix + "audience")),
				strings(rs.getArray(prefix + "hazard_codes")), rs.getBigDecimal(prefix + "hours"),
				rs.getLong(prefix + "hours_rule_version"), rs.getString(prefix + "hours_rule_edition"),
				rs.getInt(prefix + "validity_months"), rs.getInt(prefix + "pass_mark"), rs.getInt(prefix + "paper_size"),
				rs.getInt(prefix + "min_quiz_seconds"), rs.getInt(prefix + "max_attempts"),
				rs.getString(prefix + "region_code"), rs.getString(prefix + "author_name"),
				published == null ? null : published.toInstant());
	}

}
