package org.ohsonline.cdcmonitoring.internal;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.ohsonline.cdcmonitoring.Assignee;
import org.ohsonline.cdcmonitoring.DrawView;
import org.ohsonline.cdcmonitoring.MonitoringKind;
import org.ohsonline.cdcmonitoring.ProjectFilter;
import org.ohsonline.cdcmonitoring.ProjectSummary;
import org.ohsonline.cdcmonitoring.QcCheckView;
import org.ohsonline.cdcmonitoring.SampledEmployer;
import org.ohsonline.cdcmonitoring.Target;
import org.ohsonline.cdcmonitoring.TaskFilter;
import org.ohsonline.cdcmonitoring.TaskView;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.ScopeColumns;
import org.ohsonline.shared.ScopeFilter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The module's queries, each limited to the caller's scope: projects a region user's region or one of its counties
 * takes part in, or an organisation has a task of; tasks by their county or their organisation.
 */
@Component
class CdcMonitoringReads {

	/** Tasks: by county for region users, by the assigned organisation for its staff. */
	static final ScopeColumns TASK = ScopeColumns.on("k")
		.region("county_code")
		.agency("agency_credit_code")
		.institution("agency_credit_code");

	/** Projects of the region (or above it) or with a target county in it; or with a task of the organisation. */
	private static final String PROJECT_VISIBLE = """
			((cast(:scopeRegion as text) is not null and (p.region_code like cast(:scopeRegion as text) || '%'
			   or exists (select 1 from cdcmonitoring.project_target pt where pt.project_id = p.id
			              and pt.county_code like cast(:scopeRegion as text) || '%')))
			 or (cast(:org as text) is not null and exists (select 1 from cdcmonitoring.survey_task st
			              where st.project_id = p.id and st.agency_credit_code = cast(:org as text))))""";

	private static final String TASK_COLUMNS = """
			k.id, k.project_id, p.name, p.year, p.kind, k.county_code, k.assignee, k.agency_id, k.agency_name, k.due_on,
			p.closed_at is not null as project_closed,
			(select count(*) from cdcmonitoring.sampled_employer s where s.project_id = k.project_id and s.county_code = k.county_code) as sampled,
			(select count(*) from cdcmonitoring.survey v where v.project_id = k.project_id and v.county_code = k.county_code) as surveyed""";

	private final JdbcClient jdbc;

	CdcMonitoringReads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	static Map<String, Object> projectScope(Actor actor) {
		ScopeFilter f = ScopeFilter.of(actor);
		Map<String, Object> p = new HashMap<>();
		p.put("scopeRegion", f.region());
		p.put("org", f.agency() != null ? f.agency() : f.institution());
		return p;
	}

	Page<ProjectSummary> projects(Actor actor, String region, ProjectFilter filter, PageQuery page) {
		String where = PROJECT_VISIBLE + """
				 and (cast(:region as text) is null or p.region_code like cast(:region as text) || '%'
				      or exists (select 1 from cdcmonitoring.project_target r where r.project_id = p.id and r.county_code like cast(:region as text) || '%'))
				 and (cast(:q as text) is null or p.name ilike '%' || cast(:q as text) || '%')
				 and (cast(:year as int) is null or p.year = cast(:year as int))
				 and (cast(:kind as text) is null or p.kind = cast(:kind as text))""";
		Map<String, Object> params = projectScope(actor);
		params.put("region", region == null || region.isBlank() ? null : region);
		params.put("q", filter.q() == null || filter.q().isBlank() ? null : filter.q().trim());
		params.put("year", filter.year());
		params.put("kind", filter.kind() == null ? null : filter.kind().name());
		long total = this.jdbc.sql("select count(*) from cdcmonitoring.monitoring_project p where " + where)
			.params(params)
			.query(Long.class)
			.single();
		List<ProjectSummary> items = this.jdbc.sql("""
				select p.id, p.year, p.kind, p.name, p.region_code, p.due_on,
				  (select count(*) from cdcmonitoring.project_target t where t.project_id = p.id) as counties,
				  (select coalesce(sum(t.employers), 0) from cdcmonitoring.project_target t where t.project_id = p.id) as target_employers,
				  exists (select 1 from cdcmonitoring.sample_draw d where d.project_id = p.id) as drawn,
				  (select count(*) from cdcmonitoring.survey v where v.project_id = p.id) as surveyed
				from cdcmonitoring.monitoring_project p where """ + where + " order by p.year desc, p.id desc limit :limit offset :offset")
			.params(params)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, i) -> new ProjectSummary(rs.getLong("id"), rs.getInt("year"), MonitoringKind.valueOf(rs.getString("kind")),
					rs.getString("name"), rs.getString("region_code"), rs.getObject("due_on", LocalDate.class),
					rs.getInt("counties"), rs.getInt("target_employers"), rs.getBoolean("drawn"), rs.getInt("surveyed")))
			.list();
		return Page.of(items, total, page);
	}

	/** The project's row if the actor's scope reaches it. */
	Optional<ProjectRow> project(Actor actor, long id) {
		return this.jdbc.sql("select p.* from cdcmonitoring.monitoring_project p where p.id = :id and " + PROJECT_VISIBLE)
			.params(projectScope(actor))
			.param("id", id)
			.query((rs, i) -> row(rs))
			.optional();
	}

	/** The project's row whatever the scope, for checks made after the caller's own object was found in scope. */
	ProjectRow projectRow(long id) {
		return this.jdbc.sql("select p.* from cdcmonitoring.monitoring_project p where p.id = :id")
			.param("id", id)
			.query((rs, i) -> row(rs))
			.single();
	}

	record ProjectRow(long id, int year, MonitoringKind kind, String name, String regionCode, List<String> industries,
			List<String> hazards, long formVersionId, String formEdition, BigDecimal qcShare, LocalDate dueOn,
			String createdBy, java.time.Instant createdAt, boolean synthetic, java.time.Instant closedAt, String closedBy,
			String closeNote) {

		boolean closed() {
			return this.closedAt != null;
		}

	}

	private static ProjectRow row(ResultSet rs) throws SQLException {
		return new ProjectRow(rs.getLong("id"), rs.getInt("year"), MonitoringKind.valueOf(rs.getString("kind")),
				rs.getString("name"), rs.getString("region_code"), strings(rs.getArray("industries")),
				strings(rs.getArray("hazards")), rs.getLong("form_version_id"), rs.getString("form_edition"),
				rs.getBigDecimal("qc_share"), rs.getObject("due_on", LocalDate.class), rs.getString("created_by"),
				rs.getTimestamp("created_at").toInstant(), rs.getBoolean("synthetic"),
				rs.getTimestamp("closed_at") == null ? null : rs.getTimestamp("closed_at").toInstant(), rs.getString("closed_by"),
				rs.getString("close_note"));
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

	List<Target> targets(long projectId) {
		return this.jdbc.sql("select county_code, employers, workers, hazards from cdcmonitoring.project_target where project_id = :p order by county_code")
			.param("p", projectId)
			.query((rs, i) -> new Target(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)))
			.list();
	}

	/**
	 * The counties of the project the actor reaches: a region user the target counties inside its region, an
	 * organisation the counties of its tasks.
	 */
	Set<String> counties(Actor actor, long projectId) {
		Map<String, Object> scope = projectScope(actor);
		Set<String> counties = new TreeSet<>();
		if (scope.get("scopeRegion") != null) {
			String prefix = (String) scope.get("scopeRegion");
			targets(projectId).stream().map(Target::countyCode).filter(c -> c.startsWith(prefix)).forEach(counties::add);
		}
		else if (scope.get("org") != null) {
			counties.addAll(this.jdbc.sql("select county_code from cdcmonitoring.survey_task where project_id = :p and agency_credit_code = :org")
				.param("p", projectId)
				.param("org", scope.get("org"))
				.query(String.class)
				.list());
		}
		return counties;
	}

	Optional<DrawView> draw(long projectId) {
		return this.jdbc.sql("select * from cdcmonitoring.sample_draw where project_id = :p")
			.param("p", projectId)
			.query((rs, i) -> new DrawView(rs.getString("algorithm"), rs.getString("seed"), rs.getInt("population_count"),
					rs.getInt("sample_count"), rs.getString("inputs_digest"), rs.getString("result_digest"),
					rs.getString("drawn_by"), rs.getTimestamp("drawn_at").toInstant()))
			.optional();
	}

	Optional<String> inputsText(long projectId) {
		return this.jdbc.sql("select inputs_text from cdcmonitoring.sample_draw where project_id = :p")
			.param("p", projectId)
			.query(String.class)
			.optional();
	}

	List<SampledEmployer> sample(long projectId, Set<String> counties) {
		if (counties.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select s.*, v.id as survey_id, coalesce(v.qc_picked, false) as qc_picked
				from cdcmonitoring.sampled_employer s left join cdcmonitoring.survey v on v.sampled_id = s.id
				where s.project_id = :p and s.county_code in (:counties) order by s.seq""")
			.param("p", projectId)
			.param("counties", counties)
			.query((rs, i) -> sampled(rs))
			.list();
	}

	Optional<SampledEmployer> sampled(long sampledId) {
		return this.jdbc.sql("""
				select s.*, v.id as survey_id, coalesce(v.qc_picked, false) as qc_picked
				from cdcmonitoring.sampled_employer s left join cdcmonitoring.survey v on v.sampled_id = s.id
				where s.id = :id""")
			.param("id", sampledId)
			.query((rs, i) -> sampled(rs))
			.optional();
	}

	private static SampledEmployer sampled(ResultSet rs) throws SQLException {
		long survey = rs.getLong("survey_id");
		Long surveyId = rs.wasNull() ? null : survey;
		return new SampledEmployer(rs.getLong("id"), rs.getLong("project_id"), rs.getString("county_code"), rs.getInt("seq"),
				rs.getLong("employer_id"), rs.getString("credit_code"), rs.getString("employer_name"),
				rs.getString("region_code"), surveyId, rs.getBoolean("qc_picked"));
	}

	Page<TaskView> tasks(Actor actor, String region, TaskFilter filter, PageQuery page) {
		String where = TASK.predicate() + """
				 and (cast(:region as text) is null or k.county_code like cast(:region as text) || '%')
				 and (cast(:year as int) is null or p.year = cast(:year as int))
				 and (not cast(:open as boolean) or (select count(*) from cdcmonitoring.survey v where v.project_id = k.project_id and v.county_code = k.county_code)
				      < (select count(*) from cdcmonitoring.sampled_employer s where s.project_id = k.project_id and s.county_code = k.county_code))""";
		Map<String, Object> params = new HashMap<>(ScopeFilter.of(actor).parameters());
		params.put("region", region == null || region.isBlank() ? null : region);
		params.put("year", filter.year());
		params.put("open", filter.open());
		long total = this.jdbc.sql("select count(*) from cdcmonitoring.survey_task k join cdcmonitoring.monitoring_project p on p.id = k.project_id where " + where)
			.params(params)
			.query(Long.class)
			.single();
		List<TaskView> items = this.jdbc.sql("select " + TASK_COLUMNS
				+ " from cdcmonitoring.survey_task k join cdcmonitoring.monitoring_project p on p.id = k.project_id where " + where
				+ " order by k.due_on, k.id limit :limit offset :offset")
			.params(params)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, i) -> task(rs))
			.list();
		return Page.of(items, total, page);
	}

	Optional<TaskView> task(Actor actor, long taskId) {
		return this.jdbc.sql("select " + TASK_COLUMNS
				+ " from cdcmonitoring.survey_task k join cdcmonitoring.monitoring_project p on p.id = k.project_id where k.id = :id and "
				+ TASK.predicate())
			.params(ScopeFilter.of(actor).parameters())
			.param("id", taskId)
			.query((rs, i) -> task(rs))
			.optional();
	}

	/** The task of a county of a project, whatever the scope (the caller checks its own side first). */
	Optional<TaskRow> taskOf(long projectId, String county) {
		return this.jdbc.sql("select id, assignee, agency_credit_code from cdcmonitoring.survey_task where project_id = :p and county_code = :c")
			.param("p", projectId)
			.param("c", county)
			.query((rs, i) -> new TaskRow(rs.getLong(1), Assignee.valueOf(rs.getString(2)), rs.getString(3)))
			.optional();
	}

	record TaskRow(long id, Assignee assignee, String agencyCreditCode) {
	}

	List<TaskView> tasksOf(long projectId, Set<String> counties) {
		if (counties.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("select " + TASK_COLUMNS
				+ " from cdcmonitoring.survey_task k join cdcmonitoring.monitoring_project p on p.id = k.project_id"
				+ " where k.project_id = :p and k.county_code in (:counties) order by k.county_code")
			.param("p", projectId)
			.param("counties", counties)
			.query((rs, i) -> task(rs))
			.list();
	}

	private static TaskView task(ResultSet rs) throws SQLException {
		long agency = rs.getLong("agency_id");
		Long agencyId = rs.wasNull() ? null : agency;
		return new TaskView(rs.getLong("id"), rs.getLong("project_id"), rs.getString("name"), rs.getInt("year"),
				MonitoringKind.valueOf(rs.getString("kind")), rs.getString("county_code"),
				Assignee.valueOf(rs.getString("assignee")), agencyId, rs.getString("agency_name"),
				rs.getObject("due_on", LocalDate.class), rs.getInt("sampled"), rs.getInt("surveyed"),
				rs.getBoolean("project_closed"));
	}

	/** Open tasks in scope and how many of them are past their day. */
	long[] openCounts(Actor actor, LocalDate today) {
		return this.jdbc.sql("""
				select count(*), count(*) filter (where x.due_on < :today) from (
				  select k.due_on,
				    (select count(*) from cdcmonitoring.survey v where v.project_id = k.project_id and v.county_code = k.county_code) as surveyed,
				    (select count(*) from cdcmonitoring.sampled_employer s where s.project_id = k.project_id and s.county_code = k.county_code) as sampled
				  from cdcmonitoring.survey_task k where """ + TASK.predicate() + """
				   and not exists (select 1 from cdcmonitoring.monitoring_project c where c.id = k.project_id and c.closed_at is not null)
				) x where x.surveyed < x.sampled""")
			.params(ScopeFilter.of(actor).parameters())
			.param("today", today)
			.query((rs, i) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.single();
	}

	List<QcCheckView> checks(long projectId, Set<String> counties) {
		if (counties.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select q.*, s.employer_name from cdcmonitoring.qc_check q
				join cdcmonitoring.survey v on v.id = q.survey_id join cdcmonitoring.sampled_employer s on s.id = v.sampled_id
				where q.project_id = :p and q.county_code in (:counties) order by q.id""")
			.param("p", projectId)
			.param("counties", counties)
			.query((rs, i) -> check(rs))
			.list();
	}

	Optional<QcCheckView> checkOf(long surveyId) {
		return this.jdbc.sql("""
				select q.*, s.employer_name from cdcmonitoring.qc_check q
				join cdcmonitoring.survey v on v.id = q.survey_id join cdcmonitoring.sampled_employer s on s.id = v.sampled_id
				where q.survey_id = :s""")
			.param("s", surveyId)
			.query((rs, i) -> check(rs))
			.optional();
	}

	private static QcCheckView check(ResultSet rs) throws SQLException {
		List<QcCheckView.Difference> differences = new ArrayList<>();
		for (List<String> d : Json.rows(rs.getString("differences"))) {
			differences.add(new QcCheckView.Difference(d.get(0), d.get(1), d.get(2), d.get(3)));
		}
		java.sql.Timestamp resolved = rs.getTimestamp("resolved_at");
		return new QcCheckView(rs.getLong("id"), rs.getLong("survey_id"), rs.getLong("project_id"), rs.getString("county_code"),
				rs.getString("employer_name"), Json.answers(rs.getString("answers")), differences, rs.getString("status"),
				rs.getString("checked_by"), rs.getTimestamp("checked_at").toInstant(), rs.getString("decision"),
				rs.getString("resolution"), rs.getString("resolved_by"), resolved == null ? null : resolved.toInstant());
	}

}
