package org.ohsonline.testing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.ohsonline.reference.Severity;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Deadline;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Scope;
import org.ohsonline.testing.ValidityClockFilter;
import org.ohsonline.testing.ValidityClockView;
import org.ohsonline.testing.ValidityKind;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code testing.validity_clock} table. */
@Repository
class ValidityClockStore {

	/**
	 * An employer as the synchronisation sees it, with the intervals that apply to it.
	 *
	 * @param active in production (or suspended) with a hazard factor at one of its posts
	 * @param since the day a clock without a job on record runs from: the start of production, or
	 * registration when the register does not know it
	 */
	record Tracked(long employerId, String creditCode, String name, String regionCode, Severity severity,
			boolean active, LocalDate since) {
	}

	private static final String COLUMNS = """
			employer_id, credit_code, employer_name, region_code, kind, severity, months, basis, last_done_on,
			last_job_id, anchor_on, due_on""";

	/**
	 * Inserts a clock, or brings an existing one up to date: names, region, severity and interval
	 * follow the registry and the catalog. A clock without a job on record is anchored on the day the
	 * employer's duties run from (its start of production, else its registration), so an employer never
	 * tested is due one interval after it started, not one interval after the platform first saw it; a
	 * clock with a job keeps its anchor. The due date follows the interval from the anchor.
	 */
	private static final String UPSERT = """
			insert into testing.validity_clock as v (employer_id, kind, credit_code, employer_name, region_code, severity, months,
			    remind_days, basis, anchor_on, due_on, active, updated_at)
			values (:employerId, :kind, :creditCode, :name, :regionCode, :severity, :months, :remindDays, :basis,
			    :since, cast(:since as date) + make_interval(months => :months), :active, :now)
			on conflict (employer_id, kind) do update set
			    credit_code = excluded.credit_code, employer_name = excluded.employer_name,
			    region_code = excluded.region_code, severity = excluded.severity, months = excluded.months,
			    remind_days = excluded.remind_days, basis = excluded.basis, active = excluded.active,
			    anchor_on = case when v.last_done_on is null then excluded.anchor_on else v.anchor_on end,
			    due_on = case when v.last_done_on is null then excluded.anchor_on else v.anchor_on end
			        + make_interval(months => excluded.months),
			    updated_at = excluded.updated_at
			where (v.credit_code, v.employer_name, v.region_code,
			       v.severity, v.months, v.remind_days, v.basis,
			       v.active, case when v.last_done_on is null then v.anchor_on end)
			    is distinct from (excluded.credit_code, excluded.employer_name, excluded.region_code, excluded.severity,
			       excluded.months, excluded.remind_days, excluded.basis, excluded.active,
			       case when v.last_done_on is null then excluded.anchor_on end)""";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	ValidityClockStore(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/**
	 * Writes the clocks of the employers: one per interval the catalog has for the employer's
	 * severity; a clock whose kind no longer applies (a serious employer became general) is
	 * deactivated. Returns how many rows changed.
	 */
	int track(List<Tracked> employers, List<FrequencyRules.Rule> rules, LocalDate today, Instant now) {
		List<SqlParameterSource> upserts = new ArrayList<>();
		List<SqlParameterSource> stops = new ArrayList<>();
		for (Tracked e : employers) {
			for (ValidityKind kind : ValidityKind.values()) {
				Optional<FrequencyRules.Rule> rule = FrequencyRules.find(rules, e.severity(), kind);
				if (rule.isEmpty()) {
					stops.add(new MapSqlParameterSource("employerId", e.employerId()).addValue("kind", kind.name())
						.addValue("now", java.sql.Timestamp.from(now)));
					continue;
				}
				upserts.add(new MapSqlParameterSource("employerId", e.employerId()).addValue("kind", kind.name())
					.addValue("creditCode", e.creditCode())
					.addValue("name", e.name())
					.addValue("regionCode", e.regionCode())
					.addValue("severity", e.severity().name())
					.addValue("months", rule.get().months())
					.addValue("remindDays", rule.get().remindDays())
					.addValue("basis", rule.get().basis())
					.addValue("since", e.since())
					.addValue("active", e.active())
					.addValue("now", java.sql.Timestamp.from(now)));
			}
		}
		int changed = 0;
		if (!upserts.isEmpty()) {
			changed += sum(this.batch.batchUpdate(UPSERT, upserts.toArray(SqlParameterSource[]::new)));
		}
		if (!stops.isEmpty()) {
			changed += sum(this.batch.batchUpdate("""
					update testing.validity_clock set active = false, updated_at = :now
					where employer_id = :employerId and kind = :kind and active""",
					stops.toArray(SqlParameterSource[]::new)));
		}
		return changed;
	}

	boolean tracks(long employerId) {
		return this.jdbc.sql("select exists (select 1 from testing.validity_clock where employer_id = :id)")
			.param("id", employerId)
			.query(Boolean.class)
			.single();
	}

	/**
	 * A reviewed job of the kind: the clock runs from its day unless a later job is already on
	 * record. Returns whether a clock moved.
	 */
	boolean done(long employerId, ValidityKind kind, LocalDate on, long jobId, Instant now) {
		return this.jdbc.sql("""
				update testing.validity_clock set last_done_on = :on, last_job_id = :job, anchor_on = :on,
				    due_on = cast(:on as date) + make_interval(months => months), updated_at = :now
				where employer_id = :id and kind = :kind and (last_done_on is null or last_done_on <= :on)""")
			.param("on", on)
			.param("job", jobId)
			.param("now", java.sql.Timestamp.from(now))
			.param("id", employerId)
			.param("kind", kind.name())
			.update() > 0;
	}

	/** Marks, once per due date, the active clocks whose reminder period began; returns them. */
	List<ValidityClockView> markReminders(LocalDate today, int limit) {
		return this.jdbc.sql("""
				update testing.validity_clock set reminded_for = due_on
				where (employer_id, kind) in (
				    select c.employer_id, c.kind from testing.validity_clock c
				    where c.active and c.due_on >= :today and c.due_on - c.remind_days <= :today
				      and c.reminded_for is distinct from c.due_on
				    order by c.employer_id, c.kind limit :limit for update skip locked)
				returning %s""".formatted(COLUMNS))
			.param("today", today)
			.param("limit", limit)
			.query((rs, n) -> view(rs, today))
			.list();
	}

	/** Marks, once per due date, at most {@code limit} active clocks past their due date; returns them. */
	List<ValidityClockView> markOverdue(LocalDate today, int limit) {
		return this.jdbc.sql("""
				update testing.validity_clock set overdue_for = due_on
				where (employer_id, kind) in (
				    select c.employer_id, c.kind from testing.validity_clock c
				    where c.active and c.due_on < :today and c.overdue_for is distinct from c.due_on
				    order by c.employer_id, c.kind limit :limit for update skip locked)
				returning %s""".formatted(COLUMNS))
			.param("today", today)
			.param("limit", limit)
			.query((rs, n) -> view(rs, today))
			.list();
	}

	Page<ValidityClockView> search(Actor actor, ValidityClockFilter filter, PageQuery page, LocalDate today) {
		Optional<Query> query = Query.of(actor, filter, today);
		if (query.isEmpty()) {
			return new Page<>(List.of(), 0, page.page(), page.size());
		}
		long total = this.jdbc.sql("select count(*) from testing.validity_clock c where " + query.get().where())
			.params(query.get().parameters())
			.query(Long.class)
			.single();
		List<ValidityClockView> items = this.jdbc
			.sql("select " + COLUMNS + " from testing.validity_clock c where " + query.get().where()
					+ " order by c.due_on, c.employer_name, c.employer_id, c.kind limit :limit offset :offset")
			.params(query.get().parameters())
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> view(rs, today))
			.list();
		return new Page<>(items, total, page.page(), page.size());
	}

	void forEach(Actor actor, ValidityClockFilter filter, LocalDate today, Consumer<ValidityClockView> consumer) {
		Optional<Query> query = Query.of(actor, filter, today);
		if (query.isEmpty()) {
			return;
		}
		try (var rows = this.jdbc
			.sql("select " + COLUMNS + " from testing.validity_clock c where " + query.get().where()
					+ " order by c.due_on, c.employer_name, c.employer_id, c.kind")
			.params(query.get().parameters())
			.query((rs, n) -> view(rs, today))
			.stream()) {
			rows.forEach(consumer);
		}
	}

	/**
	 * The active clocks of each of the employers in the actor's scope, in one statement, by employer id, earliest due
	 * first; employers without one are absent.
	 */
	Map<Long, List<ValidityClockView>> ofEmployers(Actor actor, java.util.Collection<Long> employerIds, LocalDate today) {
		Map<Long, List<ValidityClockView>> byEmployer = new HashMap<>();
		Optional<Query> query = Query.of(actor, new ValidityClockFilter(null, null, null, "all", null), today);
		if (query.isEmpty() || employerIds.isEmpty()) {
			return byEmployer;
		}
		this.jdbc.sql("select " + COLUMNS + " from testing.validity_clock c where " + query.get().where()
				+ " and c.employer_id = any(cast(:ids as bigint[])) order by c.due_on, c.employer_name, c.employer_id, c.kind")
			.params(query.get().parameters())
			.param("ids", employerIds.toArray(Long[]::new))
			.query((rs, n) -> view(rs, today))
			.list()
			.forEach(c -> byEmployer.computeIfAbsent(c.employerId(), k -> new ArrayList<>()).add(c));
		return byEmployer;
	}

	private static ValidityClockView view(ResultSet rs, LocalDate today) throws SQLException {
		LocalDate dueOn = rs.getObject("due_on", LocalDate.class);
		long lastJob = rs.getLong("last_job_id");
		Long lastJobId = rs.wasNull() ? null : lastJob;
		return new ValidityClockView(rs.getLong("employer_id"), rs.getString("credit_code"),
				rs.getString("employer_name"), rs.getString("region_code"), ValidityKind.valueOf(rs.getString("kind")),
				Severity.valueOf(rs.getString("severity")), rs.getInt("months"), rs.getString("basis"),
				rs.getObject("last_done_on", LocalDate.class), lastJobId, rs.getObject("anchor_on", LocalDate.class),
				Deadline.of(dueOn, today));
	}

	private static int sum(int[] counts) {
		int total = 0;
		for (int count : counts) {
			total += Math.max(count, 0);
		}
		return total;
	}

	/**
	 * The where clause of a list: active clocks in the actor's scope (a region prefix, or the
	 * employer's own credit code) under the filter; empty when the actor sees no clocks or asks for
	 * a region outside the scope.
	 */
	private record Query(String where, Map<String, Object> parameters) {

		static Optional<Query> of(Actor actor, ValidityClockFilter filter, LocalDate today) {
			Map<String, Object> parameters = new HashMap<>();
			StringBuilder where = new StringBuilder("c.active");
			Scope scope = actor.scope();
			switch (scope.kind()) {
				case REGION -> {
					Optional<String> prefix = scope.narrowRegion(filter.region());
					if (prefix.isEmpty()) {
						return Optional.empty();
					}
					where.append(" and c.region_code like :prefix || '%'");
					parameters.put("prefix", prefix.get());
				}
				case EMPLOYER -> {
					where.append(" and c.credit_code = :credit");
					parameters.put("credit", scope.value());
				}
				default -> {
					return Optional.empty();
				}
			}
			if (filter.kind() != null) {
				where.append(" and c.kind = :kind");
				parameters.put("kind", filter.kind().name());
			}
			if (filter.employerId() != null) {
				where.append(" and c.employer_id = :employerId");
				parameters.put("employerId", filter.employerId());
			}
			if (filter.q() != null) {
				where.append(" and (c.employer_name like '%' || :q || '%' or c.credit_code = upper(:q))");
				parameters.put("q", filter.q());
			}
			parameters.put("today", today);
			switch (filter.due() == null ? "all" : filter.due()) {
				case "overdue" -> where.append(" and c.due_on < :today");
				case "soon" -> where.append(" and c.due_on >= :today and c.due_on - c.remind_days <= :today");
				default -> {
				}
			}
			return Optional.of(new Query(where.toString(), parameters));
		}

	}

}
