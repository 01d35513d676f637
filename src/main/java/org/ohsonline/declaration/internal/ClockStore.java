package org.ohsonline.declaration.internal;

import static org.ohsonline.shared.Text.blankToNull;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.ohsonline.shared.ScopeColumns;
import org.ohsonline.shared.ScopeFilter;
import org.ohsonline.declaration.ClockFilter;
import org.ohsonline.declaration.ClockState;
import org.ohsonline.declaration.ClockView;
import org.ohsonline.declaration.DeclarationKind;
import org.ohsonline.shared.Deadline;
import org.ohsonline.shared.PageQuery;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for deadline clocks. Lists bind the actor's scope; {@code today} decides overdue and due soon. */
@Repository
class ClockStore {

	/** The {@code due} filter: which states and due dates it selects. */
	private static final String FILTER = """
			from declaration.deadline_clock t
			where %s
			  and t.region_code like :region || '%%'
			  and (cast(:q as text) is null or t.employer_name ilike '%%' || cast(:q as text) || '%%'
			       or t.credit_code like upper(cast(:q as text)) || '%%')
			  and (cast(:reason as text) is null or t.reason = cast(:reason as text))
			  and (cast(:employer as bigint) is null or t.employer_id = cast(:employer as bigint))
			  and case cast(:due as text)
			        when 'overdue' then t.state = 'OPEN' and t.due_on < cast(:today as date)
			        when 'soon' then t.state = 'OPEN' and t.due_on >= cast(:today as date)
			                         and t.due_on <= cast(:today as date) + 7
			        when 'all' then true
			        else t.state in ('OPEN', 'ANSWERED')
			      end
			""";

	/** Clocks visible to a scope: by region or the employer. */
	private static final ScopeColumns COLUMNS = ScopeColumns.on("t").region("region_code").employer("credit_code");

	private final JdbcClient jdbc;

	ClockStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A clock to insert. */
	record NewClock(long employerId, String creditCode, String employerName, String regionCode, String reason,
			String reasonName, DeclarationKind kind, LocalDate startedOn, int days, String basis, String source) {
	}

	long insert(NewClock clock, Instant at) {
		return this.jdbc.sql("""
				insert into declaration.deadline_clock (employer_id, credit_code, employer_name, region_code, reason,
				    reason_name, kind, started_on, days, due_on, basis, source, state, created_at)
				values (:employer, :credit, :name, :region, :reason, :reasonName, :kind, :started, :days, :due, :basis,
				    :source, 'OPEN', :at)
				returning id""")
			.param("employer", clock.employerId())
			.param("credit", clock.creditCode())
			.param("name", clock.employerName())
			.param("region", clock.regionCode())
			.param("reason", clock.reason())
			.param("reasonName", clock.reasonName())
			.param("kind", clock.kind().name())
			.param("started", clock.startedOn())
			.param("days", clock.days())
			.param("due", clock.startedOn().plusDays(clock.days()))
			.param("basis", clock.basis())
			.param("source", clock.source())
			.param("at", Timestamp.from(at))
			.query(Long.class)
			.single();
	}

	Optional<ClockView> find(long id, LocalDate today) {
		return this.jdbc.sql("select t.* from declaration.deadline_clock t where t.id = :id")
			.param("id", id)
			.query((rs, n) -> view(rs, today))
			.optional();
	}

	/** The open clock of the employer for the reason, if one is running. */
	Optional<Long> open(long employerId, String reason) {
		return this.jdbc.sql("""
				select id from declaration.deadline_clock where employer_id = :employer and reason = :reason
				and state = 'OPEN' order by due_on limit 1""")
			.param("employer", employerId)
			.param("reason", reason)
			.query(Long.class)
			.optional();
	}

	/** A running (open or answered) clock of one reason, as the initial-declaration reconciliation sees it. */
	record Running(long id, long employerId, ClockState state, LocalDate startedOn, int days, String source) {
	}

	/** The running clocks of the reason, by employer (every employer, or one). */
	java.util.Map<Long, List<Running>> running(String reason, Long employerId) {
		java.util.Map<Long, List<Running>> byEmployer = new java.util.HashMap<>();
		this.jdbc.sql("""
				select id, employer_id, state, started_on, days, source from declaration.deadline_clock
				where reason = :reason and state in ('OPEN', 'ANSWERED')
				  and (cast(:employer as bigint) is null or employer_id = cast(:employer as bigint))""")
			.param("reason", reason)
			.param("employer", employerId)
			.query((rs, n) -> new Running(rs.getLong("id"), rs.getLong("employer_id"),
					ClockState.valueOf(rs.getString("state")), rs.getObject("started_on", LocalDate.class),
					rs.getInt("days"), rs.getString("source")))
			.list()
			.forEach(r -> byEmployer.computeIfAbsent(r.employerId(), k -> new java.util.ArrayList<>()).add(r));
		return byEmployer;
	}

	/**
	 * Serialises the reconciliations of one employer's clocks until the transaction ends (an event's
	 * listener and the daily run may meet), so that one open clock per reason stays one.
	 */
	void lock(long employerId) {
		this.jdbc.sql("select pg_advisory_xact_lock(hashtext('declaration.clock'), cast(:key as int))")
			.param("key", (int) (employerId % Integer.MAX_VALUE))
			.query((rs, n) -> 1)
			.list();
	}

	/** An open clock counts from another day (its period unchanged); false when it is no longer open. */
	boolean redate(long id, LocalDate startedOn, String source) {
		return this.jdbc.sql("""
				update declaration.deadline_clock set started_on = :started, due_on = cast(:started as date) + days,
				    source = :source, due_soon_marked = null, overdue_marked = null
				where id = :id and state = 'OPEN'""")
			.param("started", startedOn)
			.param("source", source)
			.param("id", id)
			.update() == 1;
	}

	/** One open clock became moot; false when it is no longer open. */
	boolean voidOne(long id, String reason) {
		return this.jdbc.sql("update declaration.deadline_clock set state = 'VOID', void_reason = :why where id = :id and state = 'OPEN'")
			.param("why", reason)
			.param("id", id)
			.update() == 1;
	}

	/** Open clocks of the employer of the given kinds are now answered by the declaration. */
	List<Long> answer(long employerId, List<String> kinds, long declarationId) {
		return this.jdbc.sql("""
				update declaration.deadline_clock set state = 'ANSWERED', declaration_id = :declaration
				where employer_id = :employer and state = 'OPEN' and kind in (:kinds)
				returning id""")
			.param("declaration", declarationId)
			.param("employer", employerId)
			.param("kinds", kinds)
			.query(Long.class)
			.list();
	}

	/** The declaration was returned: its clocks are open again. */
	List<Long> reopen(long declarationId) {
		return this.jdbc.sql("""
				update declaration.deadline_clock set state = 'OPEN', declaration_id = null
				where declaration_id = :declaration and state = 'ANSWERED'
				returning id""")
			.param("declaration", declarationId)
			.query(Long.class)
			.list();
	}

	/** The declaration was accepted: the clocks it answered are met on the day it was submitted. */
	List<Long> meet(long declarationId, LocalDate metOn) {
		return this.jdbc.sql("""
				update declaration.deadline_clock set state = 'MET', met_on = :on
				where declaration_id = :declaration and state = 'ANSWERED'
				returning id""")
			.param("declaration", declarationId)
			.param("on", metOn)
			.query(Long.class)
			.list();
	}

	/** Open clocks of the employer of the given kinds became moot. */
	List<Long> voidOpen(long employerId, List<String> kinds, String reason) {
		return this.jdbc.sql("""
				update declaration.deadline_clock set state = 'VOID', void_reason = :why
				where employer_id = :employer and state = 'OPEN' and kind in (:kinds)
				returning id""")
			.param("why", reason)
			.param("employer", employerId)
			.param("kinds", kinds)
			.query(Long.class)
			.list();
	}

	/** Open clocks due within the amber window and not yet marked; marks them. */
	List<ClockView> markDueSoon(LocalDate today, LocalDate horizon, int limit) {
		return this.jdbc.sql("""
				update declaration.deadline_clock t set due_soon_marked = :today
				where t.id in (select c.id from declaration.deadline_clock c
				               where c.state = 'OPEN' and c.due_soon_marked is null and c.due_on >= :today
				                 and c.due_on <= :horizon
				               order by c.id limit :limit for update skip locked)
				returning t.*""")
			.param("today", today)
			.param("horizon", horizon)
			.param("limit", limit)
			.query((rs, n) -> view(rs, today))
			.list();
	}

	/** Open clocks past their due date and not yet marked, at most {@code limit} of them; marks them. */
	List<ClockView> markOverdue(LocalDate today, int limit) {
		return this.jdbc.sql("""
				update declaration.deadline_clock t set overdue_marked = :today
				where t.id in (select c.id from declaration.deadline_clock c
				               where c.state = 'OPEN' and c.overdue_marked is null and c.due_on < :today
				               order by c.id limit :limit for update skip locked)
				returning t.*""")
			.param("today", today)
			.param("limit", limit)
			.query((rs, n) -> view(rs, today))
			.list();
	}

	long count(ScopeFilter scope, String region, ClockFilter filter, LocalDate today) {
		return bind(this.jdbc.sql("select count(*) " + where(scope)), scope, region, filter, today)
			.query(Long.class)
			.single();
	}

	List<ClockView> page(ScopeFilter scope, String region, ClockFilter filter, LocalDate today, PageQuery page) {
		return bind(this.jdbc.sql("select t.* " + where(scope) + " order by t.due_on, t.id limit :limit offset :offset"),
				scope, region, filter, today)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> view(rs, today))
			.list();
	}

	void forEach(ScopeFilter scope, String region, ClockFilter filter, LocalDate today,
			Consumer<ClockView> consumer) {
		try (Stream<ClockView> rows = bind(this.jdbc.sql("select t.* " + where(scope) + " order by t.due_on, t.id"),
				scope, region, filter, today)
			.query((rs, n) -> view(rs, today))
			.stream()) {
			rows.forEach(consumer);
		}
	}

	/**
	 * The open and answered clocks of each of the employers in the scope (the {@code open} list of each), in one
	 * statement, by employer id, earliest due first; employers without one are absent.
	 */
	java.util.Map<Long, List<ClockView>> pendingOf(ScopeFilter scope, java.util.Collection<Long> employerIds,
			LocalDate today) {
		java.util.Map<Long, List<ClockView>> byEmployer = new java.util.HashMap<>();
		this.jdbc.sql("select t.* from declaration.deadline_clock t where t.employer_id = any(cast(:ids as bigint[]))"
				+ " and t.state in ('OPEN', 'ANSWERED') and " + COLUMNS.predicate() + " order by t.due_on, t.id")
			.params(scope.parameters())
			.param("ids", employerIds.toArray(Long[]::new))
			.query((rs, n) -> view(rs, today))
			.list()
			.forEach(c -> byEmployer.computeIfAbsent(c.employerId(), k -> new java.util.ArrayList<>()).add(c));
		return byEmployer;
	}

	private static String where(ScopeFilter scope) {
		return FILTER.formatted(COLUMNS.predicateWithinRegion(scope));
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, ScopeFilter scope, String region,
			ClockFilter filter, LocalDate today) {
		return spec.params(scope.parameters())
			.param("region", region)
			.param("q", blankToNull(filter.q()))
			.param("reason", blankToNull(filter.reason()))
			.param("employer", filter.employerId())
			.param("due", blankToNull(filter.due()) == null ? "open" : filter.due().trim())
			.param("today", today);
	}

	private static ClockView view(ResultSet rs, LocalDate today) throws SQLException {
		LocalDate due = rs.getObject("due_on", LocalDate.class);
		Long declaration = rs.getObject("declaration_id", Long.class);
		return new ClockView(rs.getLong("id"), rs.getLong("employer_id"), rs.getString("credit_code"),
				rs.getString("employer_name"), rs.getString("region_code"), rs.getString("reason"),
				rs.getString("reason_name"), DeclarationKind.valueOf(rs.getString("kind")),
				rs.getObject("started_on", LocalDate.class), rs.getInt("days"), due, rs.getString("basis"),
				rs.getString("source"), ClockState.valueOf(rs.getString("state")), declaration,
				rs.getObject("met_on", LocalDate.class), rs.getString("void_reason"), Deadline.of(due, today));
	}

}
