package org.ohsonline.enforcement.internal;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.ohsonline.enforcement.Arm;
import org.ohsonline.enforcement.InspectionMode;
import org.ohsonline.enforcement.Conflict;
import org.ohsonline.enforcement.DrawLine;
import org.ohsonline.enforcement.PlanFilter;
import org.ohsonline.enforcement.PlanStatus;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.ScopeColumns;
import org.ohsonline.shared.ScopeFilter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plans, their frozen inputs, conflicts of interest and the lines drawn. */
@Repository
class PlanStore {

	static final ScopeColumns COLUMNS = ScopeColumns.on("p").region("region_code");

	static final ScopeColumns CONFLICT_COLUMNS = ScopeColumns.on("c").region("region_code");

	static final ScopeColumns LINE_COLUMNS = ScopeColumns.on("l").region("region_code");

	private static final Map<String, String> SORTS = Map.of("created", "p.created_at desc, p.id desc", "-created",
			"p.created_at, p.id", "title", "p.title, p.id", "-title", "p.title desc, p.id", "starts", "p.starts_on, p.id",
			"-starts", "p.starts_on desc, p.id");

	private static final String SELECT = """
			select p.*,
			  (select count(*) from enforcement.plan_candidate c where c.plan_id = p.id) as candidates,
			  (select count(*) from enforcement.plan_inspector i where i.plan_id = p.id) as inspectors,
			  (select count(*) from enforcement.plan_exclusion x where x.plan_id = p.id) as exclusions,
			  (select count(*) filter (where l.arm = 'FULL') from enforcement.draw_line l where l.plan_id = p.id) as drawn_full,
			  (select count(*) filter (where l.arm = 'RANDOM') from enforcement.draw_line l where l.plan_id = p.id) as drawn_random,
			  (select count(*) filter (where l.arm = 'TARGETED') from enforcement.draw_line l where l.plan_id = p.id) as drawn_targeted,
			  (select count(*) filter (where l.inspector_a is null) from enforcement.draw_line l where l.plan_id = p.id) as unassigned
			from enforcement.plan p
			""";

	private final JdbcClient jdbc;

	PlanStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Row(long id, String publicCode, String title, String regionCode, List<String> industries, LocalDate startsOn,
			LocalDate endsOn, BigDecimal randomShare, long samplingVersion, String samplingEdition, String algorithm,
			PlanStatus status, String seed, String commitment, String inputs, String inputsDigest, String resultDigest,
			String createdBy, Instant createdAt, String committedBy, Instant committedAt, String drawnBy, Instant drawnAt,
			int candidates, int inspectors, int exclusions, Map<Arm, Integer> drawn, int unassigned) {
	}

	long insert(String publicCode, String title, String region, List<String> industries, LocalDate startsOn,
			LocalDate endsOn, BigDecimal randomShare, SamplingRules.Edition sampling, String createdBy, Instant at) {
		return this.jdbc.sql("""
				insert into enforcement.plan (public_code, title, region_code, industries, starts_on, ends_on, random_share,
				  sampling_version, sampling_edition, algorithm, status, created_by, created_at)
				values (:code, :title, :region, :industries, :starts, :ends, :share, :version, :edition, :algorithm, 'DRAFT',
				  :by, :at) returning id""")
			.param("code", publicCode)
			.param("title", title)
			.param("region", region)
			.param("industries", industries.toArray(String[]::new))
			.param("starts", startsOn)
			.param("ends", endsOn)
			.param("share", randomShare)
			.param("version", sampling.versionId())
			.param("edition", sampling.edition())
			.param("algorithm", DrawAlgorithm.NAME)
			.param("by", createdBy)
			.param("at", Timestamp.from(at))
			.query(Long.class)
			.single();
	}

	Optional<Row> find(ScopeFilter scope, long id) {
		return this.jdbc.sql(SELECT + " where p.id = :id and " + COLUMNS.predicate())
			.params(scope.parameters())
			.param("id", id)
			.query(PlanStore::row)
			.optional();
	}

	Optional<Row> byCode(String code) {
		return this.jdbc.sql(SELECT + " where p.public_code = :code and p.status <> 'DRAFT'")
			.param("code", code)
			.query(PlanStore::row)
			.optional();
	}

	List<Row> recentPublished(int limit) {
		return this.jdbc.sql(SELECT + " where p.status <> 'DRAFT' order by p.committed_at desc, p.id desc limit :limit")
			.param("limit", limit)
			.query(PlanStore::row)
			.list();
	}

	/** Locks a plan in scope for a change of state. */
	Optional<PlanStatus> lock(ScopeFilter scope, long id) {
		return this.jdbc.sql("select p.status from enforcement.plan p where p.id = :id and " + COLUMNS.predicate()
				+ " for update")
			.params(scope.parameters())
			.param("id", id)
			.query((rs, n) -> PlanStatus.valueOf(rs.getString(1)))
			.optional();
	}

	private String where(PlanFilter filter) {
		return """
				 where p.region_code like :region || '%%' and %s
				   and (cast(:q as text) is null or p.title ilike '%%' || :q || '%%' or p.public_code = upper(:q))
				   and (cast(:status as text) is null or p.status = :status)""".formatted(COLUMNS.predicate());
	}

	private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, ScopeFilter scope, String region,
			PlanFilter filter) {
		String q = filter.q() == null || filter.q().isBlank() ? null : filter.q().trim();
		return spec.params(scope.parameters())
			.param("region", region)
			.param("q", q)
			.param("status", filter.status() == null ? null : filter.status().name());
	}

	List<Row> search(ScopeFilter scope, String region, PlanFilter filter, PageQuery page) {
		String order = SORTS.getOrDefault(filter.sort() == null ? "created" : filter.sort(), SORTS.get("created"));
		return bind(this.jdbc.sql(SELECT + where(filter) + " order by " + order + " limit :limit offset :offset"), scope,
				region, filter)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(PlanStore::row)
			.list();
	}

	long count(ScopeFilter scope, String region, PlanFilter filter) {
		return bind(this.jdbc.sql("select count(*) from enforcement.plan p " + where(filter)), scope, region, filter)
			.query(Long.class)
			.single();
	}

	void forEach(ScopeFilter scope, String region, PlanFilter filter, Consumer<Row> consumer) {
		String order = SORTS.getOrDefault(filter.sort() == null ? "created" : filter.sort(), SORTS.get("created"));
		bind(this.jdbc.sql(SELECT + where(filter) + " order by " + order), scope, region, filter).query(PlanStore::row)
			.stream()
			.forEach(consumer);
	}

	record Candidate(long employerId, String creditCode, String name, String regionCode, String industry,
			String riskClass) {
	}

	record Inspector(long id, String code, String name, String regionCode) {
	}

	record Exclusion(long inspectorId, String creditCode, String why) {
	}

	void freeze(long id, List<Candidate> candidates, List<Inspector> inspectors, List<Exclusion> exclusions, String seed,
			String commitment, String inputs, String digest, String by, Instant at) {
		this.jdbc.sql("""
				insert into enforcement.plan_candidate (plan_id, employer_id, credit_code, employer_name, region_code,
				  industry_code, risk_class)
				select :plan, * from unnest(:ids, :codes, :names, :regions, :industries, :classes)""")
			.param("plan", id)
			.param("ids", candidates.stream().map(Candidate::employerId).toArray(Long[]::new))
			.param("codes", candidates.stream().map(Candidate::creditCode).toArray(String[]::new))
			.param("names", candidates.stream().map(Candidate::name).toArray(String[]::new))
			.param("regions", candidates.stream().map(Candidate::regionCode).toArray(String[]::new))
			.param("industries", candidates.stream().map(Candidate::industry).toArray(String[]::new))
			.param("classes", candidates.stream().map(Candidate::riskClass).toArray(String[]::new))
			.update();
		for (Inspector i : inspectors) {
			this.jdbc.sql("""
					insert into enforcement.plan_inspector (plan_id, inspector_id, code, name, region_code)
					values (:plan, :id, :code, :name, :region)""")
				.param("plan", id)
				.param("id", i.id())
				.param("code", i.code())
				.param("name", i.name())
				.param("region", i.regionCode())
				.update();
		}
		for (Exclusion x : exclusions) {
			this.jdbc.sql("""
					insert into enforcement.plan_exclusion (plan_id, inspector_id, credit_code, why)
					values (:plan, :inspector, :credit, :why) on conflict do nothing""")
				.param("plan", id)
				.param("inspector", x.inspectorId())
				.param("credit", x.creditCode())
				.param("why", x.why())
				.update();
		}
		this.jdbc.sql("""
				update enforcement.plan set status = 'COMMITTED', seed = :seed, commitment = :commitment, inputs = :inputs,
				  inputs_digest = :digest, committed_by = :by, committed_at = :at where id = :id""")
			.param("seed", seed)
			.param("commitment", commitment)
			.param("inputs", inputs)
			.param("digest", digest)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.param("id", id)
			.update();
	}

	List<Candidate> candidates(long planId) {
		return this.jdbc.sql("""
				select employer_id, credit_code, employer_name, region_code, industry_code, risk_class
				from enforcement.plan_candidate where plan_id = :plan""")
			.param("plan", planId)
			.query((rs, n) -> new Candidate(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6)))
			.list();
	}

	List<Inspector> inspectors(long planId) {
		return this.jdbc.sql("""
				select inspector_id, code, name, region_code from enforcement.plan_inspector where plan_id = :plan
				order by inspector_id""")
			.param("plan", planId)
			.query((rs, n) -> new Inspector(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();
	}

	void saveDraw(long id, List<DrawAlgorithm.Line> lines, Map<String, Candidate> byCode, Map<String, Long> inspectorIds,
			String resultDigest, String by, Instant at) {
		this.jdbc.sql("""
				insert into enforcement.draw_line (plan_id, seq, employer_id, credit_code, employer_name, region_code,
				  risk_class, arm, inspector_a, inspector_b)
				select :plan, * from unnest(:seqs, :ids, :codes, :names, :regions, :classes, :arms, :a, :b)""")
			.param("plan", id)
			.param("seqs", lines.stream().map(DrawAlgorithm.Line::seq).toArray(Integer[]::new))
			.param("ids", lines.stream().map(l -> byCode.get(l.creditCode()).employerId()).toArray(Long[]::new))
			.param("codes", lines.stream().map(DrawAlgorithm.Line::creditCode).toArray(String[]::new))
			.param("names", lines.stream().map(l -> byCode.get(l.creditCode()).name()).toArray(String[]::new))
			.param("regions", lines.stream().map(l -> byCode.get(l.creditCode()).regionCode()).toArray(String[]::new))
			.param("classes", lines.stream().map(DrawAlgorithm.Line::riskClass).toArray(String[]::new))
			.param("arms", lines.stream().map(l -> l.arm().name()).toArray(String[]::new))
			.param("a", lines.stream().map(l -> l.inspectorA() == null ? null : inspectorIds.get(l.inspectorA())).toArray(Long[]::new))
			.param("b", lines.stream().map(l -> l.inspectorB() == null ? null : inspectorIds.get(l.inspectorB())).toArray(Long[]::new))
			.update();
		this.jdbc.sql("""
				update enforcement.plan set status = 'DRAWN', result_digest = :digest, drawn_by = :by, drawn_at = :at
				where id = :id""")
			.param("digest", resultDigest)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.param("id", id)
			.update();
	}

	private static final String LINE_SELECT = """
			select l.plan_id, l.seq, l.employer_id, l.credit_code, l.employer_name, l.region_code, l.risk_class, l.arm,
			  l.inspector_a, a.name as a_name, a.code as a_code, l.inspector_b, b.name as b_name, b.code as b_code,
			  l.mode, l.non_site_basis,
			  (select i.id from enforcement.inspection i where i.plan_id = l.plan_id and i.seq = l.seq) as inspection_id
			from enforcement.draw_line l
			left join enforcement.plan_inspector a on a.plan_id = l.plan_id and a.inspector_id = l.inspector_a
			left join enforcement.plan_inspector b on b.plan_id = l.plan_id and b.inspector_id = l.inspector_b
			""";

	List<DrawLine> lines(long planId, PageQuery page) {
		return this.jdbc.sql(LINE_SELECT + " where l.plan_id = :plan order by l.seq limit :limit offset :offset")
			.param("plan", planId)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(PlanStore::line)
			.list();
	}

	/** One drawn line as pages show it. */
	Optional<DrawLine> drawLine(long planId, int seq) {
		return this.jdbc.sql(LINE_SELECT + " where l.plan_id = :plan and l.seq = :seq")
			.param("plan", planId)
			.param("seq", seq)
			.query(PlanStore::line)
			.optional();
	}

	/** Marks a line for non-site inspection with the coverage it rests on, or back on site ({@code basis} null). */
	void mode(long planId, int seq, InspectionMode mode, String basis, String by, Instant at) {
		this.jdbc.sql("""
				update enforcement.draw_line set mode = :mode, non_site_basis = :basis, non_site_by = :by, non_site_at = :at
				where plan_id = :plan and seq = :seq""")
			.param("mode", mode.name())
			.param("basis", basis)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.param("plan", planId)
			.param("seq", seq)
			.update();
	}

	record LineRow(long employerId, String creditCode, String employerName, String regionCode, Long inspectorA,
			Long inspectorB, InspectionMode mode) {
	}

	/** A line of a drawn plan, in scope. */
	Optional<LineRow> line(ScopeFilter scope, long planId, int seq) {
		return this.jdbc.sql("""
				select l.employer_id, l.credit_code, l.employer_name, l.region_code, l.inspector_a, l.inspector_b, l.mode
				from enforcement.draw_line l where l.plan_id = :plan and l.seq = :seq and """ + LINE_COLUMNS.predicate())
			.params(scope.parameters())
			.param("plan", planId)
			.param("seq", seq)
			.query((rs, n) -> new LineRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					(Long) rs.getObject(5, Long.class), (Long) rs.getObject(6, Long.class),
					InspectionMode.valueOf(rs.getString(7))))
			.optional();
	}

	long countLines(long planId) {
		return this.jdbc.sql("select count(*) from enforcement.draw_line where plan_id = :plan")
			.param("plan", planId)
			.query(Long.class)
			.single();
	}

	void forEachLine(long planId, Consumer<DrawLine> consumer) {
		this.jdbc.sql(LINE_SELECT + " where l.plan_id = :plan order by l.seq")
			.param("plan", planId)
			.query(PlanStore::line)
			.stream()
			.forEach(consumer);
	}

	record PublicLine(int seq, String creditCode, String name, String riskClass, Arm arm, String codeA, String codeB) {
	}

	List<PublicLine> publicLines(long planId) {
		return this.jdbc.sql(LINE_SELECT + " where l.plan_id = :plan order by l.seq")
			.param("plan", planId)
			.query((rs, n) -> new PublicLine(rs.getInt("seq"), rs.getString("credit_code"), rs.getString("employer_name"),
					rs.getString("risk_class"), Arm.valueOf(rs.getString("arm")), rs.getString("a_code"),
					rs.getString("b_code")))
			.list();
	}

	List<DrawLine> assignedTo(long inspectorId, ScopeFilter scope, PageQuery page) {
		return this.jdbc.sql(LINE_SELECT + " join enforcement.plan p on p.id = l.plan_id where (l.inspector_a = :me or l.inspector_b = :me) and "
				+ LINE_COLUMNS.predicate() + " order by p.drawn_at desc, l.seq limit :limit offset :offset")
			.params(scope.parameters())
			.param("me", inspectorId)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(PlanStore::line)
			.list();
	}

	long countAssignedTo(long inspectorId, ScopeFilter scope) {
		return this.jdbc.sql("select count(*) from enforcement.draw_line l where (l.inspector_a = :me or l.inspector_b = :me) and "
				+ LINE_COLUMNS.predicate())
			.params(scope.parameters())
			.param("me", inspectorId)
			.query(Long.class)
			.single();
	}

	/**
	 * The last cycle: who was drawn for whom in the latest drawn plan (before this one) whose region contains or
	 * lies in this region.
	 */
	List<Exclusion> lastCycle(long planId, String region) {
		return this.jdbc.sql("""
				select l.inspector_a, l.inspector_b, l.credit_code from enforcement.draw_line l
				where l.plan_id = (select p.id from enforcement.plan p where p.status = 'DRAWN' and p.id <> :plan
				    and (p.region_code like :region || '%' or :region like p.region_code || '%')
				  order by p.drawn_at desc, p.id desc limit 1)""")
			.param("plan", planId)
			.param("region", region)
			.query((rs, n) -> new Object[] { rs.getObject(1), rs.getObject(2), rs.getString(3) })
			.list()
			.stream()
			.flatMap(r -> java.util.stream.Stream.of(r[0], r[1])
				.filter(java.util.Objects::nonNull)
				.map(i -> new Exclusion(((Number) i).longValue(), (String) r[2], "LAST_CYCLE")))
			.toList();
	}

	List<Conflict> conflicts(ScopeFilter scope, String region) {
		return this.jdbc.sql("select c.* from enforcement.conflict c where c.region_code like :region || '%' and "
				+ CONFLICT_COLUMNS.predicate() + " order by c.recorded_at desc, c.id desc")
			.params(scope.parameters())
			.param("region", region)
			.query((rs, n) -> new Conflict(rs.getLong("id"), rs.getLong("inspector_id"), rs.getString("inspector_name"),
					rs.getLong("employer_id"), rs.getString("credit_code"), rs.getString("employer_name"),
					rs.getString("region_code"), rs.getString("reason"), rs.getString("recorded_by"),
					rs.getTimestamp("recorded_at").toInstant()))
			.list();
	}

	Optional<Long> insertConflict(long inspectorId, String inspectorName, long employerId, String creditCode,
			String employerName, String region, String reason, String by, Instant at) {
		return this.jdbc.sql("""
				insert into enforcement.conflict (inspector_id, inspector_name, employer_id, credit_code, employer_name,
				  region_code, reason, recorded_by, recorded_at)
				values (:inspector, :iname, :employer, :credit, :ename, :region, :reason, :by, :at)
				on conflict (inspector_id, employer_id) do nothing returning id""")
			.param("inspector", inspectorId)
			.param("iname", inspectorName)
			.param("employer", employerId)
			.param("credit", creditCode)
			.param("ename", employerName)
			.param("region", region)
			.param("reason", reason)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.query(Long.class)
			.optional();
	}

	private static DrawLine line(ResultSet rs, int n) throws SQLException {
		return new DrawLine(rs.getLong("plan_id"), rs.getInt("seq"), rs.getLong("employer_id"), rs.getString("credit_code"),
				rs.getString("employer_name"), rs.getString("region_code"), rs.getString("risk_class"),
				Arm.valueOf(rs.getString("arm")), (Long) rs.getObject("inspector_a", Long.class), rs.getString("a_name"),
				(Long) rs.getObject("inspector_b", Long.class), rs.getString("b_name"),
				(Long) rs.getObject("inspection_id", Long.class), InspectionMode.valueOf(rs.getString("mode")),
				rs.getString("non_site_basis"));
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		Array industries = rs.getArray("industries");
		Map<Arm, Integer> drawn = new EnumMap<>(Arm.class);
		drawn.put(Arm.FULL, rs.getInt("drawn_full"));
		drawn.put(Arm.RANDOM, rs.getInt("drawn_random"));
		drawn.put(Arm.TARGETED, rs.getInt("drawn_targeted"));
		return new Row(rs.getLong("id"), rs.getString("public_code"), rs.getString("title"), rs.getString("region_code"),
				industries == null ? List.of() : Arrays.asList((String[]) industries.getArray()),
				rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
				rs.getBigDecimal("random_share"), rs.getLong("sampling_version"), rs.getString("sampling_edition"),
				rs.getString("algorithm"), PlanStatus.valueOf(rs.getString("status")), rs.getString("seed"),
				rs.getString("commitment"), rs.getString("inputs"), rs.getString("inputs_digest"),
				rs.getString("result_digest"), rs.getString("created_by"), instant(rs, "created_at"),
				rs.getString("committed_by"), instant(rs, "committed_at"), rs.getString("drawn_by"),
				instant(rs, "drawn_at"), rs.getInt("candidates"), rs.getInt("inspectors"), rs.getInt("exclusions"), drawn,
				rs.getInt("unassigned"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

}
