package org.ohsonline.projects.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.ohsonline.projects.ProjectDocument;
import org.ohsonline.projects.ProjectFilter;
import org.ohsonline.projects.ProjectKind;
import org.ohsonline.projects.ProjectSummary;
import org.ohsonline.projects.ProjectView;
import org.ohsonline.projects.Stage;
import org.ohsonline.projects.StageView;
import org.ohsonline.reference.Severity;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.ScopeColumns;
import org.ohsonline.shared.ScopeFilter;
import org.ohsonline.shared.Text;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reading projects in the reader's scope: one predicate ({@link #SCOPE}) for lists, exports, counts and pages. */
@Component
class ProjectReads {

	static final ScopeColumns SCOPE = ScopeColumns.on("p").region("region_code").employer("employer_credit_code");

	private static final String COLUMNS = """
			p.id, p.name, p.employer_id, p.employer_credit_code, p.employer_name, p.region_code, p.kind, p.industry_code,
			p.activity_code, p.hazard_factors, p.hazard_class, p.class_pending, p.class_basis, p.stage, p.registered_on,
			p.completed_on, s.due_on""";

	private static final String FROM = """
			 from projects.project p
			 left join projects.project_stage s on s.project_id = p.id and s.stage = p.stage
			""";

	private static final String FILTER = """
			where p.region_code like :region || '%'
			  and (cast(:stage as text) is null or p.stage = cast(:stage as text))
			  and (cast(:hazard as text) is null or p.hazard_class = cast(:hazard as text))
			  and (not cast(:overdue as boolean) or (p.stage <> 'DONE' and s.due_on < cast(:today as date)))
			  and (cast(:q as text) is null or p.name like '%' || cast(:q as text) || '%'
			       or p.employer_name like '%' || cast(:q as text) || '%' or p.employer_credit_code = cast(:q as text))
			  and """;

	private final JdbcClient jdbc;

	ProjectReads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Page<ProjectSummary> search(Actor actor, ProjectFilter filter, PageQuery page, LocalDate today) {
		actor.require(ProjectPermissions.READ);
		Map<String, Object> parameters = parameters(actor, filter, today);
		if (parameters == null) {
			return Page.of(List.of(), 0, page);
		}
		List<ProjectSummary> items = this.jdbc
			.sql("select " + COLUMNS + FROM + FILTER + SCOPE.predicate() + " order by p.registered_on desc, p.id desc limit :limit offset :offset")
			.params(parameters)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> summary(rs, today))
			.list();
		long total = count(parameters);
		return Page.of(items, total, page);
	}

	void forEach(Actor actor, ProjectFilter filter, LocalDate today, Consumer<ProjectSummary> consumer) {
		actor.require(ProjectPermissions.READ);
		Map<String, Object> parameters = parameters(actor, filter, today);
		if (parameters == null) {
			return;
		}
		this.jdbc.sql("select " + COLUMNS + FROM + FILTER + SCOPE.predicate() + " order by p.region_code, p.employer_name, p.id")
			.params(parameters)
			.query((rs, n) -> summary(rs, today))
			.stream()
			.forEach(consumer);
	}

	/** The projects of each of the employers in the actor's scope, in one statement, by employer id, oldest first. */
	Map<Long, List<ProjectSummary>> ofEmployers(Actor actor, java.util.Collection<Long> employerIds, LocalDate today) {
		actor.require(ProjectPermissions.READ);
		Map<Long, List<ProjectSummary>> byEmployer = new HashMap<>();
		if (employerIds.isEmpty()) {
			return byEmployer;
		}
		this.jdbc.sql("select " + COLUMNS + FROM + " where p.employer_id = any(cast(:ids as bigint[])) and "
				+ SCOPE.predicate() + " order by p.id")
			.params(ScopeFilter.of(actor).parameters())
			.param("ids", employerIds.toArray(Long[]::new))
			.query((rs, n) -> byEmployer.computeIfAbsent(rs.getLong("employer_id"), k -> new java.util.ArrayList<>())
				.add(summary(rs, today)))
			.list();
		return byEmployer;
	}

	long count(Actor actor, ProjectFilter filter, LocalDate today) {
		actor.require(ProjectPermissions.READ);
		Map<String, Object> parameters = parameters(actor, filter, today);
		return parameters == null ? 0 : count(parameters);
	}

	private long count(Map<String, Object> parameters) {
		return this.jdbc.sql("select count(*)" + FROM + FILTER + SCOPE.predicate()).params(parameters).query(Long.class).single();
	}

	/** The project if the actor may read it; one out of scope is answered as a missing one. */
	ProjectView find(Actor actor, long id, LocalDate today) {
		actor.require(ProjectPermissions.READ);
		ProjectSummary head = this.jdbc.sql("select " + COLUMNS + FROM + " where p.id = :id and " + SCOPE.predicate())
			.params(ScopeFilter.of(actor).parameters())
			.param("id", id)
			.query((rs, n) -> summary(rs, today))
			.optional()
			.orElseThrow(() -> new NotFoundException("project", id));
		Row row = this.jdbc.sql("select " + COLUMNS + FROM + " where p.id = :id")
			.param("id", id)
			.query(ProjectReads::row)
			.single();
		List<StageView> stages = this.jdbc.sql("""
				select stage, started_on, due_on, completed_on, agency_id, agency_name, report_number, conclusion, recorded_by
				from projects.project_stage where project_id = :id""")
			.param("id", id)
			.query((rs, n) -> {
				LocalDate due = rs.getObject("due_on", LocalDate.class);
				LocalDate completed = rs.getObject("completed_on", LocalDate.class);
				return new StageView(Stage.valueOf(rs.getString("stage")), rs.getObject("started_on", LocalDate.class), due,
						completed, (Long) rs.getObject("agency_id"), rs.getString("agency_name"), rs.getString("report_number"),
						rs.getString("conclusion"), rs.getString("recorded_by"), completed == null && due.isBefore(today));
			})
			.list()
			.stream()
			.sorted(java.util.Comparator.comparing(StageView::stage))
			.toList();
		return new ProjectView(id, row.employerId, head.employerCreditCode(), head.employerName(), head.regionCode(),
				head.name(), head.kind(), head.industryCode(), row.activityCode, row.factors, head.hazardClass(),
				row.pending, row.basis, head.current(), head.registeredOn(), head.completedOn(), stages, documents(id));
	}

	List<ProjectDocument> documents(long id) {
		return this.jdbc.sql("""
				select id, stage, file_name, content_type, size_bytes, sha256, uploaded_at from projects.project_document
				where project_id = :id order by id""")
			.param("id", id)
			.query((rs, n) -> new ProjectDocument(rs.getLong(1), Stage.valueOf(rs.getString(2)), rs.getString(3),
					rs.getString(4), rs.getLong(5), rs.getString(6), rs.getTimestamp(7).toInstant()))
			.list();
	}

	private Map<String, Object> parameters(Actor actor, ProjectFilter filter, LocalDate today) {
		String within = ScopeFilter.narrowRegion(actor, filter.region()).orElse(null);
		if (within == null) {
			return null;
		}
		Map<String, Object> parameters = new HashMap<>(ScopeFilter.of(actor).parameters());
		parameters.put("region", within);
		String stage = filter.stage() == null ? null
				: "DONE".equals(filter.stage()) ? "DONE" : Text.enumName(filter.stage(), Stage.class);
		parameters.put("stage", stage);
		parameters.put("hazard", filter.hazardClass() == null ? null : filter.hazardClass().name());
		parameters.put("overdue", filter.overdue());
		parameters.put("today", today);
		parameters.put("q", Text.blankToNull(filter.q()) == null ? null : filter.q().trim());
		return parameters;
	}

	private record Row(long employerId, String activityCode, List<String> factors, boolean pending, String basis) {
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getLong("employer_id"), rs.getString("activity_code"), factors(rs.getArray("hazard_factors")),
				rs.getBoolean("class_pending"), rs.getString("class_basis"));
	}

	private static List<String> factors(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

	static ProjectSummary summary(ResultSet rs, LocalDate today) throws SQLException {
		String stage = rs.getString("stage");
		Stage current = "DONE".equals(stage) ? null : Stage.valueOf(stage);
		LocalDate due = current == null ? null : rs.getObject("due_on", LocalDate.class);
		String hazard = rs.getString("hazard_class");
		return new ProjectSummary(rs.getLong("id"), rs.getString("name"), rs.getString("employer_name"),
				rs.getString("employer_credit_code"), rs.getString("region_code"), ProjectKind.valueOf(rs.getString("kind")),
				rs.getString("industry_code"), hazard == null ? null : Severity.valueOf(hazard), current, due,
				due != null && due.isBefore(today), rs.getObject("registered_on", LocalDate.class),
				rs.getObject("completed_on", LocalDate.class));
	}

}
