package org.ohsonline.surveillance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.ohsonline.shared.ScopeColumns;
import org.ohsonline.shared.ScopeFilter;
import org.ohsonline.shared.Deadline;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.surveillance.ExamTaskKind;
import org.ohsonline.surveillance.ExamTaskView;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Job-transfer tasks and suspected-disease reports; one per exam, hazard and kind. */
@Repository
class ExamTaskStore {

	/** Tasks visible to a scope: by region, employer, the institution whose exam raised them, or the worker. */
	static final String SCOPE = ScopeColumns.on("t").region("region_code").employer("credit_code").institution("institution_credit").worker("worker_id")
		.predicate();

	private static final String FROM = " from surveillance.exam_task t where " + ExamTaskStore.SCOPE;

	private final JdbcClient jdbc;

	ExamTaskStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Opens the task unless the exam already has it for the hazard (a redelivered event); returns its id. */
	Optional<Long> open(ExamTaskKind kind, org.ohsonline.surveillance.ExamView exam, String institutionCredit,
			String hazardCode, String hazardName, LocalDate dueOn, Instant now) {
		return this.jdbc.sql("""
				insert into surveillance.exam_task (kind, exam_id, exam_number, institution_credit, worker_id,
				  worker_name, employer_id, credit_code, employer_name, region_code, hazard_code, hazard_name, due_on,
				  state, created_at)
				values (:kind, :exam, :number, :institution, :worker, :workerName, :employer, :credit, :employerName,
				  :region, :hazard, :hazardName, :due, 'OPEN', :now)
				on conflict (exam_id, hazard_code, kind) do nothing
				returning id""")
			.param("kind", kind.name())
			.param("exam", exam.id())
			.param("number", exam.number())
			.param("institution", institutionCredit)
			.param("worker", exam.workerId())
			.param("workerName", exam.workerName())
			.param("employer", exam.employerId())
			.param("credit", exam.creditCode())
			.param("employerName", exam.employerName())
			.param("region", exam.regionCode())
			.param("hazard", hazardCode)
			.param("hazardName", hazardName)
			.param("due", dueOn)
			.param("now", java.sql.Timestamp.from(now))
			.query(Long.class)
			.optional();
	}

	Optional<Row> find(ScopeFilter scope, long id) {
		return this.jdbc.sql("select t.*" + FROM + " and t.id = :id")
			.params(scope.parameters())
			.param("id", id)
			.query((rs, n) -> row(rs))
			.optional();
	}

	boolean complete(long id, int version, LocalDate doneOn, String doneBy, String outcome) {
		return this.jdbc.sql("""
				update surveillance.exam_task set state = 'DONE', done_on = :on, done_by = :by, outcome = :outcome,
				  version = version + 1
				where id = :id and version = :version and state = 'OPEN'""")
			.param("on", doneOn)
			.param("by", doneBy)
			.param("outcome", outcome)
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	List<Row> page(ScopeFilter scope, String region, String kind, String state, Long employerId, LocalDate today,
			PageQuery page) {
		return bind(this.jdbc.sql("select t.*" + where(region, kind, state, employerId)
				+ " order by t.state desc, t.due_on, t.id limit :limit offset :offset"), scope, region, kind, state,
				employerId, today)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> row(rs))
			.list();
	}

	long count(ScopeFilter scope, String region, String kind, String state, Long employerId, LocalDate today) {
		return bind(this.jdbc.sql("select count(*)" + where(region, kind, state, employerId)), scope, region, kind,
				state, employerId, today)
			.query(Long.class)
			.single();
	}

	void forEach(ScopeFilter scope, String region, String kind, String state, Long employerId, LocalDate today,
			Consumer<Row> consumer) {
		try (Stream<Row> rows = bind(this.jdbc.sql("select t.*" + where(region, kind, state, employerId)
				+ " order by t.state desc, t.due_on, t.id"), scope, region, kind, state, employerId, today)
			.query((rs, n) -> row(rs))
			.stream()) {
			rows.forEach(consumer);
		}
	}

	List<Row> ofEmployer(ScopeFilter scope, long employerId) {
		return this.jdbc.sql("select t.*" + FROM + " and t.employer_id = :employer order by t.due_on")
			.params(scope.parameters())
			.param("employer", employerId)
			.query((rs, n) -> row(rs))
			.list();
	}

	List<Row> ofWorker(ScopeFilter scope, long workerId) {
		return this.jdbc.sql("select t.*" + FROM + " and t.worker_id = :worker order by t.due_on")
			.params(scope.parameters())
			.param("worker", workerId)
			.query((rs, n) -> row(rs))
			.list();
	}

	private static String where(String region, String kind, String state, Long employerId) {
		StringBuilder sql = new StringBuilder(FROM);
		if (!region.isEmpty()) {
			sql.append(" and t.region_code like :region || '%'");
		}
		if (kind != null) {
			sql.append(" and t.kind = :kind");
		}
		if (employerId != null) {
			sql.append(" and t.employer_id = :employerId");
		}
		if ("open".equals(state)) {
			sql.append(" and t.state = 'OPEN'");
		}
		else if ("overdue".equals(state)) {
			sql.append(" and t.state = 'OPEN' and t.due_on < :today");
		}
		else if ("done".equals(state)) {
			sql.append(" and t.state = 'DONE'");
		}
		return sql.toString();
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, ScopeFilter scope, String region,
			String kind, String state, Long employerId, LocalDate today) {
		Map<String, Object> params = new HashMap<>(scope.parameters());
		if (!region.isEmpty()) {
			params.put("region", region);
		}
		if (kind != null) {
			params.put("kind", kind);
		}
		if (employerId != null) {
			params.put("employerId", employerId);
		}
		if ("overdue".equals(state)) {
			params.put("today", today);
		}
		return spec.params(params);
	}

	record Row(long id, ExamTaskKind kind, long examId, String examNumber, String institutionCredit, long workerId,
			String workerName, long employerId, String creditCode, String employerName, String regionCode,
			String hazardCode, String hazardName, LocalDate dueOn, boolean done, LocalDate doneOn, String doneBy,
			String outcome, Instant createdAt, int version) {

		ExamTaskView view(LocalDate today) {
			return new ExamTaskView(this.id, this.kind, this.examId, this.examNumber, this.workerId, this.workerName,
					this.employerId, this.employerName, this.regionCode, this.hazardCode, this.hazardName, this.dueOn,
					this.done ? null : Deadline.of(this.dueOn, today), this.done, this.doneOn, this.doneBy, this.outcome);
		}

	}

	private static Row row(ResultSet rs) throws SQLException {
		return new Row(rs.getLong("id"), ExamTaskKind.valueOf(rs.getString("kind")), rs.getLong("exam_id"),
				rs.getString("exam_number"), rs.getString("institution_credit"), rs.getLong("worker_id"),
				rs.getString("worker_name"), rs.getLong("employer_id"), rs.getString("credit_code"),
				rs.getString("employer_name"), rs.getString("region_code"), rs.getString("hazard_code"),
				rs.getString("hazard_name"), rs.getObject("due_on", LocalDate.class), "DONE".equals(rs.getString("state")),
				rs.getObject("done_on", LocalDate.class), rs.getString("done_by"), rs.getString("outcome"),
				rs.getTimestamp("created_at").toInstant(), rs.getInt("version"));
	}

}
