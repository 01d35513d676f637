package org.ohsonline.surveillance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.ohsonline.shared.ScopeColumns;
import org.ohsonline.shared.ScopeFilter;
import org.ohsonline.shared.Deadline;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.surveillance.ExamDueFilter;
import org.ohsonline.surveillance.ExamDueItem;
import org.ohsonline.surveillance.ExamDueKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The exams due: at most one open item per worker, employer, hazard and kind. */
@Repository
class ExamScheduleStore {

	/** Exams due, visible by region, employer or worker; institutions see none: due lists are the employer's duty. */
	static final String SCOPE = ScopeColumns.on("t").region("region_code").employer("credit_code").worker("worker_id")
		.predicate();

	private static final String FROM = " from surveillance.exam_schedule t where t.state = 'OPEN' and "
			+ ExamScheduleStore.SCOPE;

	private final JdbcClient jdbc;

	ExamScheduleStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Serialises the schedule writes of one employer until the transaction ends. Listeners of the
	 * same worker's exams, placements and departures run concurrently and each upserts several rows;
	 * without one lock taken first they can lock the same rows in different orders and deadlock.
	 * Every item belongs to one employer, so a lock per employer is enough and keeps employers apart.
	 */
	void lockEmployer(long employerId) {
		this.jdbc.sql("select pg_advisory_xact_lock(hashtext('surveillance.exam_schedule'), :key)")
			.param("key", Long.hashCode(employerId))
			.query((rs, n) -> 1)
			.single();
	}

	/** Who and what an item is about. */
	record Subject(long workerId, String workerName, long employerId, String creditCode, String employerName,
			String regionCode, String hazardCode, String hazardName) {
	}

	/**
	 * Opens the item, or moves the open one of the same worker, employer, hazard and kind to the new
	 * date (its date was computed from an older exam or rule). One statement, so listeners handling
	 * exams of the same worker at the same time cannot open the item twice.
	 */
	void open(Subject s, ExamDueKind kind, LocalDate dueOn, String basis, Long sourceExamId, Instant now) {
		this.jdbc.sql("""
				insert into surveillance.exam_schedule (worker_id, worker_name, employer_id, credit_code, employer_name,
				  region_code, hazard_code, hazard_name, kind, due_on, basis, source_exam_id, state, created_at)
				values (:worker, :workerName, :employer, :credit, :employerName, :region, :hazard, :hazardName, :kind,
				  :due, :basis, :source, 'OPEN', :now)
				on conflict (worker_id, employer_id, hazard_code, kind) where state = 'OPEN'
				do update set due_on = excluded.due_on, basis = excluded.basis, source_exam_id = excluded.source_exam_id,
				  worker_name = excluded.worker_name, employer_name = excluded.employer_name, created_at = excluded.created_at""")
			.param("worker", s.workerId())
			.param("workerName", s.workerName())
			.param("employer", s.employerId())
			.param("credit", s.creditCode())
			.param("employerName", s.employerName())
			.param("region", s.regionCode())
			.param("hazard", s.hazardCode())
			.param("hazardName", s.hazardName())
			.param("kind", kind.name())
			.param("due", dueOn)
			.param("basis", basis)
			.param("source", sourceExamId)
			.param("now", java.sql.Timestamp.from(now))
			.update();
	}

	/** Closes open items of the kinds as met by the exam; returns how many. */
	int meet(long workerId, long employerId, String hazardCode, List<ExamDueKind> kinds, long examId, LocalDate on) {
		return this.jdbc.sql("""
				update surveillance.exam_schedule set state = 'MET', closed_on = :on, closed_by_exam_id = :exam
				where worker_id = :worker and employer_id = :employer and hazard_code = :hazard and kind in (:kinds)
				  and state = 'OPEN'""")
			.param("on", on)
			.param("exam", examId)
			.param("worker", workerId)
			.param("employer", employerId)
			.param("hazard", hazardCode)
			.param("kinds", kinds.stream().map(Enum::name).toList())
			.update();
	}

	/** Voids the open items of the kinds for a worker at an employer; returns the hazards they were for. */
	List<String> voidOpen(long workerId, long employerId, List<ExamDueKind> kinds, LocalDate on) {
		return this.jdbc.sql("""
				update surveillance.exam_schedule set state = 'VOID', closed_on = :on
				where worker_id = :worker and employer_id = :employer and kind in (:kinds) and state = 'OPEN'
				returning hazard_code""")
			.param("on", on)
			.param("worker", workerId)
			.param("employer", employerId)
			.param("kinds", kinds.stream().map(Enum::name).toList())
			.query(String.class)
			.list();
	}

	/** Voids the worker's open items of the kinds for some hazards only (a change of post). */
	List<String> voidOpen(long workerId, long employerId, List<ExamDueKind> kinds, List<String> hazardCodes, LocalDate on) {
		return this.jdbc.sql("""
				update surveillance.exam_schedule set state = 'VOID', closed_on = :on
				where worker_id = :worker and employer_id = :employer and kind in (:kinds) and hazard_code in (:hazards)
				  and state = 'OPEN'
				returning hazard_code""")
			.param("on", on)
			.param("worker", workerId)
			.param("employer", employerId)
			.param("kinds", kinds.stream().map(Enum::name).toList())
			.param("hazards", hazardCodes)
			.query(String.class)
			.list();
	}

	/** Voids every open pre-placement and periodic item of an employer (before recomputing them). */
	int voidEmployer(long employerId, LocalDate on) {
		return this.jdbc.sql("""
				update surveillance.exam_schedule set state = 'VOID', closed_on = :on
				where employer_id = :employer and kind in ('PRE_PLACEMENT', 'PERIODIC') and state = 'OPEN'""")
			.param("on", on)
			.param("employer", employerId)
			.update();
	}

	long openCount(long employerId) {
		return this.jdbc.sql("select count(*) from surveillance.exam_schedule where employer_id = :e and state = 'OPEN'")
			.param("e", employerId)
			.query(Long.class)
			.single();
	}

	List<ExamDueItem> page(ScopeFilter scope, String region, ExamDueFilter filter, LocalDate today, PageQuery page) {
		return bind(this.jdbc.sql("select t.*" + where(region, filter) + orderBy(filter.sort())
				+ " limit :limit offset :offset"), scope, region, filter, today)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> item(rs, today))
			.list();
	}

	long count(ScopeFilter scope, String region, ExamDueFilter filter, LocalDate today) {
		return bind(this.jdbc.sql("select count(*)" + where(region, filter)), scope, region, filter, today)
			.query(Long.class)
			.single();
	}

	void forEach(ScopeFilter scope, String region, ExamDueFilter filter, LocalDate today, Consumer<ExamDueItem> consumer) {
		try (Stream<ExamDueItem> rows = bind(this.jdbc.sql("select t.*" + where(region, filter) + orderBy(filter.sort())),
				scope, region, filter, today)
			.query((rs, n) -> item(rs, today))
			.stream()) {
			rows.forEach(consumer);
		}
	}

	/**
	 * The open items of the kinds past their due day (before {@code today}) of each of the employers, in one
	 * statement, streamed by employer, earliest due first.
	 */
	void forEachOverdueOf(ScopeFilter scope, java.util.Collection<Long> employerIds, java.util.Set<ExamDueKind> kinds,
			LocalDate today, Consumer<ExamDueItem> consumer) {
		try (Stream<ExamDueItem> rows = this.jdbc.sql("select t.*" + FROM + """
				 and t.employer_id = any(cast(:ids as bigint[])) and t.kind = any(cast(:kinds as text[]))
				 and t.due_on < :today
				order by t.employer_id, t.due_on, t.id""")
			.params(scope.parameters())
			.param("ids", employerIds.toArray(Long[]::new))
			.param("kinds", kinds.stream().map(Enum::name).toArray(String[]::new))
			.param("today", today)
			.query((rs, n) -> item(rs, today))
			.stream()) {
			rows.forEach(consumer);
		}
	}

	List<ExamDueItem> ofWorker(ScopeFilter scope, long workerId, LocalDate today) {
		return this.jdbc.sql("select t.*" + FROM + " and t.worker_id = :worker order by t.due_on, t.id")
			.params(scope.parameters())
			.param("worker", workerId)
			.query((rs, n) -> item(rs, today))
			.list();
	}

	private static String where(String region, ExamDueFilter filter) {
		StringBuilder sql = new StringBuilder(FROM);
		if (!region.isEmpty()) {
			sql.append(" and t.region_code like :region || '%'");
		}
		if (filter.employerId() != null) {
			sql.append(" and t.employer_id = :employerId");
		}
		if (filter.kind() != null) {
			sql.append(" and t.kind = :kind");
		}
		if (filter.hazard() != null) {
			sql.append(" and t.hazard_code = :hazard");
		}
		if (filter.q() != null) {
			sql.append(" and (t.worker_name like '%' || :q || '%' or t.employer_name like '%' || :q || '%')");
		}
		if ("overdue".equals(filter.state())) {
			sql.append(" and t.due_on < :today");
		}
		else if ("soon".equals(filter.state())) {
			sql.append(" and t.due_on between :today and :soon");
		}
		else if ("due".equals(filter.state())) {
			sql.append(" and t.due_on <= :within");
		}
		return sql.toString();
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, ScopeFilter scope, String region,
			ExamDueFilter filter, LocalDate today) {
		Map<String, Object> params = new HashMap<>(scope.parameters());
		if (!region.isEmpty()) {
			params.put("region", region);
		}
		if (filter.employerId() != null) {
			params.put("employerId", filter.employerId());
		}
		if (filter.kind() != null) {
			params.put("kind", filter.kind());
		}
		if (filter.hazard() != null) {
			params.put("hazard", filter.hazard());
		}
		if (filter.q() != null) {
			params.put("q", filter.q());
		}
		if ("overdue".equals(filter.state())) {
			params.put("today", today);
		}
		else if ("soon".equals(filter.state())) {
			params.put("today", today);
			params.put("soon", today.plusDays(Deadline.AMBER_DAYS));
		}
		else if ("due".equals(filter.state())) {
			params.put("within", today.plusDays(filter.withinDays() == null ? 30 : filter.withinDays()));
		}
		return spec.params(params);
	}

	private static String orderBy(String sort) {
		String key = sort == null || sort.isBlank() ? "due" : sort.trim();
		boolean descending = key.startsWith("-");
		String column = switch (descending ? key.substring(1) : key) {
			case "worker" -> "t.worker_name";
			case "employer" -> "t.employer_name";
			default -> "t.due_on";
		};
		String direction = descending ? " desc" : " asc";
		return " order by " + column + direction + ", t.id" + direction;
	}

	static ExamDueItem item(ResultSet rs, LocalDate today) throws SQLException {
		long source = rs.getLong("source_exam_id");
		return new ExamDueItem(rs.getLong("id"), ExamDueKind.valueOf(rs.getString("kind")), rs.getLong("worker_id"),
				rs.getString("worker_name"), rs.getLong("employer_id"), rs.getString("employer_name"),
				rs.getString("credit_code"), rs.getString("region_code"), rs.getString("hazard_code"),
				rs.getString("hazard_name"), Deadline.of(rs.getObject("due_on", LocalDate.class), today),
				rs.getString("basis"), rs.wasNull() ? null : source);
	}

}
