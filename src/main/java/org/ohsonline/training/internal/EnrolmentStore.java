package org.ohsonline.training.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.ScopeColumns;
import org.ohsonline.shared.ScopeFilter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Enrolments. Who sees one: its learner (the register's worker a person scope stands for, or the user who
 * enrolled themselves), and readers whose scope covers its region, employer or worker.
 */
@Component
class EnrolmentStore {

	static final ScopeColumns SCOPE = ScopeColumns.on("e").region("region_code").employer("employer_credit_code")
		.worker("learner_worker_id");

	static final String COLUMNS = """
			e.id, e.course_id, e.learner_worker_id, e.learner_user_id, e.learner_name, e.employer_id,
			e.employer_credit_code, e.employer_name, e.region_code, e.enrolled_at, e.completed_at, e.last_beat_at
			""";

	private final JdbcClient jdbc;

	EnrolmentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Row(long id, long courseId, Long workerId, Long userId, String learnerName, Long employerId,
			String employerCreditCode, String employerName, String regionCode, Instant enrolledAt, Instant completedAt,
			Instant lastBeatAt) {
	}

	/** The learner's identity: the register's worker, or the user. */
	record Learner(Long workerId, long userId) {

		/**
		 * The learner's own rows of the table aliased {@code alias} (enrolments, certificates): a worker's by the
		 * register's worker, and those they took as a user before the register knew them; anyone else's by the user.
		 * One text for each kind of learner, with no test of a parameter for null, so that PostgreSQL plans each
		 * prepared statement once (its generic plan) instead of at every call.
		 */
		String owns(String alias) {
			String asUser = "(" + alias + ".learner_worker_id is null and " + alias + ".learner_user_id = :ownUser)";
			return this.workerId == null ? asUser : "(" + alias + ".learner_worker_id = :ownWorker or " + asUser + ")";
		}

		/** The parameters of {@link #owns}. */
		Map<String, Object> parameters() {
			Map<String, Object> parameters = new HashMap<>();
			parameters.put("ownUser", this.userId);
			if (this.workerId != null) {
				parameters.put("ownWorker", this.workerId);
			}
			return parameters;
		}

	}

	/** The enrolment if it is the learner's own, locked for the heartbeat or the quiz. */
	Optional<Row> ownForUpdate(Learner learner, long id) {
		return this.jdbc.sql("select " + COLUMNS + " from training.enrolment e where e.id = :id and " + learner.owns("e") + " for update")
			.params(learner.parameters())
			.param("id", id)
			.query(EnrolmentStore::row)
			.optional();
	}

	/** The enrolment if the actor may read it: their own, or in their scope with the read permission. */
	Optional<Row> readable(Actor actor, Learner learner, long id) {
		Map<String, Object> parameters = learner.parameters();
		parameters.putAll(ScopeFilter.of(actor, Optional.ofNullable(learner.workerId())).parameters());
		parameters.put("reader", actor.can(TrainingPermissions.ENROLMENT_READ));
		return this.jdbc.sql("select " + COLUMNS + " from training.enrolment e where e.id = :id and (" + learner.owns("e")
				+ " or (:reader and " + SCOPE.predicate() + "))")
			.params(parameters)
			.param("id", id)
			.query(EnrolmentStore::row)
			.optional();
	}

	List<Row> mine(Learner learner) {
		return this.jdbc.sql("select " + COLUMNS + " from training.enrolment e where " + learner.owns("e") + " order by e.enrolled_at desc, e.id desc")
			.params(learner.parameters())
			.query(EnrolmentStore::row)
			.list();
	}

	List<Row> search(Actor actor, Long courseId, String q, String region, PageQuery page) {
		return this.jdbc.sql("select " + COLUMNS + " from training.enrolment e where " + SEARCH
				+ " order by e.enrolled_at desc, e.id desc limit :limit offset :offset")
			.params(searchParameters(actor, courseId, q, region))
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(EnrolmentStore::row)
			.list();
	}

	long count(Actor actor, Long courseId, String q, String region) {
		return this.jdbc.sql("select count(*) from training.enrolment e where " + SEARCH)
			.params(searchParameters(actor, courseId, q, region))
			.query(Long.class)
			.single();
	}

	private static final String SEARCH = SCOPE.predicate() + """
			 and (cast(:course as bigint) is null or e.course_id = cast(:course as bigint))
			 and (cast(:q as text) is null or e.learner_name like '%' || cast(:q as text) || '%'
			      or e.employer_name like '%' || cast(:q as text) || '%')
			 and e.region_code like cast(:region as text) || '%'""";

	private static Map<String, Object> searchParameters(Actor actor, Long courseId, String q, String region) {
		Map<String, Object> parameters = new HashMap<>(ScopeFilter.of(actor).parameters());
		parameters.put("region", region);
		parameters.put("course", courseId);
		parameters.put("q", q == null || q.isBlank() ? null : q.trim());
		return parameters;
	}

	/** Whether the actor (as a learner) is enrolled on the course version, so its lesson files open to them. */
	boolean enrolledCourse(Learner learner, long courseId) {
		return this.jdbc.sql("select count(*) from training.enrolment e where e.course_id = :c and " + learner.owns("e"))
			.params(learner.parameters())
			.param("c", courseId)
			.query(Long.class)
			.single() > 0;
	}

	static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getLong("id"), rs.getLong("course_id"), (Long) rs.getObject("learner_worker_id", Long.class),
				(Long) rs.getObject("learner_user_id", Long.class), rs.getString("learner_name"),
				(Long) rs.getObject("employer_id", Long.class), rs.getString("employer_credit_code"),
				rs.getString("employer_name"), rs.getString("region_code"), instant(rs, "enrolled_at"),
				instant(rs, "completed_at"), instant(rs, "last_beat_at"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

}
