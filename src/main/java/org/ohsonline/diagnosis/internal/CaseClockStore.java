package org.ohsonline.diagnosis.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.ohsonline.shared.ScopeFilter;
import org.ohsonline.diagnosis.CaseClock;
import org.ohsonline.diagnosis.ClockFilter;
import org.ohsonline.diagnosis.ClockKind;
import org.ohsonline.shared.Deadline;
import org.ohsonline.shared.PageQuery;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The statutory clocks of cases; one per case and kind. */
@Repository
class CaseClockStore {

	private static final String SELECT = """
			select k.*, c.number, c.employer_name, c.institution_name from diagnosis.case_clock k
			join diagnosis.diagnosis_case c on c.id = k.case_id""";

	private final JdbcClient jdbc;

	CaseClockStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long caseId, String regionCode, ClockKind kind, LocalDate startedOn, DiagnosisRules.Period period,
			Instant now) {
		return this.jdbc.sql("""
				insert into diagnosis.case_clock (case_id, region_code, kind, started_on, days, due_on, basis, state, created_at)
				values (:case, :region, :kind, :started, :days, :due, :basis, 'OPEN', :now) returning id""")
			.param("case", caseId)
			.param("region", regionCode)
			.param("kind", kind.name())
			.param("started", startedOn)
			.param("days", period.days())
			.param("due", startedOn.plusDays(period.days()))
			.param("basis", period.basis())
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.single();
	}

	/** Per institution: {id, credit code, name, duty clocks due in the period, of them met by their due day}. */
	List<Object[]> dutyClocks(ScopeFilter scope, Long institutionId, LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				select c.institution_id, c.institution_credit_code, c.institution_name, count(*),
				       count(*) filter (where k.state = 'MET' and k.met_on <= k.due_on)
				from diagnosis.case_clock k join diagnosis.diagnosis_case c on c.id = k.case_id
				where k.kind in ('DIAGNOSIS', 'CERTIFICATE') and k.due_on between :from and :to
				  and (cast(:institution as bigint) is null or c.institution_id = :institution)
				  and """ + CaseStore.SCOPE + """
				group by c.institution_id, c.institution_credit_code, c.institution_name
				order by c.institution_id""")
			.params(scope.parameters())
			.param("institution", institutionId)
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5) })
			.list();
	}

	/** Meets the open clock of the kind on the day; false when none was open. */
	boolean meet(long caseId, ClockKind kind, LocalDate on) {
		return this.jdbc.sql("""
				update diagnosis.case_clock set state = 'MET', met_on = :on
				where case_id = :case and kind = :kind and state = 'OPEN'""")
			.param("case", caseId)
			.param("kind", kind.name())
			.param("on", on)
			.update() > 0;
	}

	Optional<CaseClock> of(long caseId, ClockKind kind, LocalDate today) {
		return this.jdbc.sql(SELECT + " where k.case_id = :case and k.kind = :kind")
			.param("case", caseId)
			.param("kind", kind.name())
			.query((rs, n) -> clock(rs, today))
			.optional();
	}

	List<CaseClock> ofCase(long caseId, LocalDate today) {
		return this.jdbc.sql(SELECT + " where k.case_id = :case order by k.started_on, k.id")
			.param("case", caseId)
			.query((rs, n) -> clock(rs, today))
			.list();
	}

	long count(ScopeFilter scope, String region, ClockFilter filter, LocalDate today) {
		return bind(this.jdbc.sql("select count(*) from diagnosis.case_clock k join diagnosis.diagnosis_case c"
				+ " on c.id = k.case_id " + where()), scope, region, filter, today)
			.query(Long.class)
			.single();
	}

	List<CaseClock> page(ScopeFilter scope, String region, ClockFilter filter, LocalDate today, PageQuery page) {
		return bind(this.jdbc.sql(SELECT + " " + where() + " order by k.due_on, k.id limit :limit offset :offset"), scope,
				region, filter, today)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> clock(rs, today))
			.list();
	}

	private static String where() {
		return """
				where k.region_code like :region || '%'
				  and (cast(:kind as text) is null or k.kind = cast(:kind as text))
				  and (:due = 'all'
				       or (:due = 'open' and k.state = 'OPEN')
				       or (:due = 'soon' and k.state = 'OPEN' and k.due_on >= :today and k.due_on <= :horizon)
				       or (:due = 'overdue' and k.state = 'OPEN' and k.kind in ('DIAGNOSIS', 'CERTIFICATE') and k.due_on < :today))
				  and """ + CaseStore.SCOPE;
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, ScopeFilter scope, String region,
			ClockFilter filter, LocalDate today) {
		return spec.params(scope.parameters())
			.param("region", region)
			.param("kind", filter.kind())
			.param("due", filter.due() == null ? "open" : filter.due())
			.param("today", today)
			.param("horizon", today.plusDays(Deadline.AMBER_DAYS));
	}

	/** Open clocks due within the horizon and not yet marked; marks them. */
	List<CaseClock> markDueSoon(LocalDate today, LocalDate horizon) {
		return this.jdbc.sql("""
				with marked as (update diagnosis.case_clock k set due_soon_marked = :today
				  where k.state = 'OPEN' and k.due_soon_marked is null and k.due_on >= :today and k.due_on <= :horizon
				  returning k.*)
				select k.*, c.number, c.employer_name, c.institution_name from marked k
				join diagnosis.diagnosis_case c on c.id = k.case_id""")
			.param("today", today)
			.param("horizon", horizon)
			.query((rs, n) -> clock(rs, today))
			.list();
	}

	/** Open duties past their due date and not yet marked; marks them. */
	List<CaseClock> markOverdue(LocalDate today) {
		return this.jdbc.sql("""
				with marked as (update diagnosis.case_clock k set overdue_marked = :today
				  where k.state = 'OPEN' and k.overdue_marked is null and k.due_on < :today
				    and k.kind in ('DIAGNOSIS', 'CERTIFICATE')
				  returning k.*)
				select k.*, c.number, c.employer_name, c.institution_name from marked k
				join diagnosis.diagnosis_case c on c.id = k.case_id""")
			.param("today", today)
			.query((rs, n) -> clock(rs, today))
			.list();
	}

	/** Open windows whose last day has passed: they lapse. */
	List<CaseClock> lapseWindows(LocalDate today) {
		return this.jdbc.sql("""
				with lapsed as (update diagnosis.case_clock k set state = 'LAPSED'
				  where k.state = 'OPEN' and k.due_on < :today and k.kind in ('APPRAISAL', 'REAPPRAISAL')
				  returning k.*)
				select k.*, c.number, c.employer_name, c.institution_name from lapsed k
				join diagnosis.diagnosis_case c on c.id = k.case_id""")
			.param("today", today)
			.query((rs, n) -> clock(rs, today))
			.list();
	}

	private static CaseClock clock(ResultSet rs, LocalDate today) throws SQLException {
		LocalDate due = rs.getObject("due_on", LocalDate.class);
		return new CaseClock(rs.getLong("id"), rs.getLong("case_id"), rs.getString("number"),
				rs.getString("employer_name"), rs.getString("institution_name"), rs.getString("region_code"),
				ClockKind.valueOf(rs.getString("kind")), rs.getObject("started_on", LocalDate.class), rs.getInt("days"),
				due, rs.getString("basis"), CaseClock.State.valueOf(rs.getString("state")),
				rs.getObject("met_on", LocalDate.class), Deadline.of(due, today));
	}

}
