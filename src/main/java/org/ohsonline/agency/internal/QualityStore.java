package org.ohsonline.agency.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.ohsonline.agency.AgencyKind;
import org.ohsonline.agency.DeliveryKind;
import org.ohsonline.agency.QualityDrawView;
import org.ohsonline.agency.QualityFindingView;
import org.ohsonline.agency.QualitySampleFilter;
import org.ohsonline.agency.QualitySampleView;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.ScopeFilter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The draws, samples and findings of report-quality sampling. Samples and findings are visible through their
 * organisation ({@link AgencyStore#SCOPE}: supervisors the organisations of their region, an organisation its own);
 * draws to region-scoped users whose region they lie in, or who lie in theirs.
 */
@Repository
class QualityStore {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String SAMPLE_FROM = """
			from agency.quality_sample s
			join agency.quality_draw d on d.id = s.draw_id
			join agency.agency a on a.id = s.agency_id
			join agency.delivery dl on dl.id = s.delivery_id
			where """ + AgencyStore.SCOPE + """
			  and a.region_code like cast(:region as text) || '%'
			  and (cast(:period as text) is null or d.period = :period)
			  and (cast(:drawId as bigint) is null or s.draw_id = :drawId)
			  and (cast(:agencyId as bigint) is null or s.agency_id = :agencyId)
			  and (cast(:status as text) is null or s.status = :status)
			  and (cast(:findings as text) is null
			       or exists (select 1 from agency.quality_finding f where f.sample_id = s.id and f.status = :findings))
			  and (cast(:disagreeing as boolean) is null or (s.recomputation = 'DISAGREES') = :disagreeing)
			""";

	private static final String SAMPLE_COLUMNS = """
			select s.*, d.period, a.name as agency_name, a.kind as agency_kind, a.region_code, dl.subject_key,
			       dl.subject_number, dl.employer_name, dl.delivered_on,
			       (select count(*) from agency.quality_finding f where f.sample_id = s.id and f.status = 'OPEN') as open_findings
			""";

	private static final String DRAW_VISIBLE = """
			(d.region_code like cast(:scope as text) || '%' or cast(:scope as text) like d.region_code || '%')""";

	private final JdbcClient jdbc;

	QualityStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// --- samples ------------------------------------------------------------------------------

	List<QualitySampleView> samples(ScopeFilter scope, String region, QualitySampleFilter f, PageQuery page) {
		return this.jdbc.sql(SAMPLE_COLUMNS + SAMPLE_FROM + " order by d.period desc, s.status, a.name, s.seq limit :limit offset :offset")
			.params(params(scope, region, f))
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> sample(rs, List.of()))
			.list();
	}

	long count(ScopeFilter scope, String region, QualitySampleFilter f) {
		return this.jdbc.sql("select count(*) " + SAMPLE_FROM).params(params(scope, region, f)).query(Long.class).single();
	}

	void forEach(ScopeFilter scope, String region, QualitySampleFilter f, Consumer<QualitySampleView> consumer) {
		this.jdbc.sql(SAMPLE_COLUMNS + SAMPLE_FROM + " order by d.period desc, a.name, s.seq")
			.params(params(scope, region, f))
			.query((ResultSet rs) -> {
				consumer.accept(sample(rs, List.of()));
			});
	}

	Optional<QualitySampleView> sample(ScopeFilter scope, long id) {
		return this.jdbc.sql(SAMPLE_COLUMNS + SAMPLE_FROM + " and s.id = :id")
			.params(params(scope, "", QualitySampleFilter.none()))
			.param("id", id)
			.query((rs, n) -> sample(rs, findings(rs.getLong("id"))))
			.optional();
	}

	/** The sample a finding belongs to, in scope. */
	Optional<Long> sampleOf(long findingId) {
		return this.jdbc.sql("select sample_id from agency.quality_finding where id = :id")
			.param("id", findingId)
			.query(Long.class)
			.optional();
	}

	List<QualityFindingView> findings(long sampleId) {
		return this.jdbc.sql("select * from agency.quality_finding where sample_id = :id order by id")
			.param("id", sampleId)
			.query((rs, n) -> finding(rs))
			.list();
	}

	Optional<QualityFindingView> finding(long findingId) {
		return this.jdbc.sql("select * from agency.quality_finding where id = :id")
			.param("id", findingId)
			.query((rs, n) -> finding(rs))
			.optional();
	}

	Optional<String[]> answerDocument(long findingId) {
		return this.jdbc.sql("""
				select answer_doc_name, answer_doc_type, answer_doc_sha256 from agency.quality_finding
				where id = :id and answer_doc_sha256 is not null""")
			.param("id", findingId)
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) })
			.optional();
	}

	long insertFinding(long sampleId, long agencyId, String origin, String criterion, String text, String by,
			Instant at) {
		return this.jdbc.sql("""
				insert into agency.quality_finding (sample_id, agency_id, origin, criterion, text, status, raised_by, raised_at)
				values (:sample, :agency, :origin, :criterion, :text, 'OPEN', :by, :at) returning id""")
			.param("sample", sampleId)
			.param("agency", agencyId)
			.param("origin", origin)
			.param("criterion", criterion)
			.param("text", text)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.query(Long.class)
			.single();
	}

	// --- draws --------------------------------------------------------------------------------

	List<QualityDrawView> draws(String scope, String within, PageQuery page) {
		return this.jdbc.sql("select d.*, " + REVIEWED + " from agency.quality_draw d where " + DRAW_VISIBLE
				+ " and (d.region_code like cast(:within as text) || '%' or cast(:within as text) like d.region_code || '%')"
				+ " order by d.period desc, d.region_code, d.id desc limit :limit offset :offset")
			.param("scope", scope)
			.param("within", within)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> draw(rs, List.of()))
			.list();
	}

	long countDraws(String scope, String within) {
		return this.jdbc.sql("select count(*) from agency.quality_draw d where " + DRAW_VISIBLE
				+ " and (d.region_code like cast(:within as text) || '%' or cast(:within as text) like d.region_code || '%')")
			.param("scope", scope)
			.param("within", within)
			.query(Long.class)
			.single();
	}

	private static final String REVIEWED = """
			(select count(*) from agency.quality_sample s join agency.agency a on a.id = s.agency_id
			 where s.draw_id = d.id and s.status = 'REVIEWED' and a.region_code like cast(:scope as text) || '%') as reviewed""";

	Optional<QualityDrawView> draw(String scope, long id) {
		return this.jdbc.sql("select d.*, " + REVIEWED + " from agency.quality_draw d where d.id = :id and " + DRAW_VISIBLE)
			.param("scope", scope)
			.param("id", id)
			.query((rs, n) -> draw(rs, organisations(id, scope)))
			.optional();
	}

	Optional<String> inputs(String scope, long id) {
		return this.jdbc.sql("select d.inputs from agency.quality_draw d where d.id = :id and " + DRAW_VISIBLE)
			.param("scope", scope)
			.param("id", id)
			.query(String.class)
			.optional();
	}

	private List<QualityDrawView.Organisation> organisations(long drawId, String scope) {
		return this.jdbc.sql("""
				select o.*, a.name, a.kind from agency.quality_draw_org o join agency.agency a on a.id = o.agency_id
				where o.draw_id = :id and a.region_code like cast(:scope as text) || '%' order by a.name, a.id""")
			.param("id", drawId)
			.param("scope", scope)
			.query((rs, n) -> new QualityDrawView.Organisation(rs.getLong("agency_id"), rs.getString("name"),
					AgencyKind.valueOf(rs.getString("kind")), rs.getString("level"), rs.getBigDecimal("ratio"),
					rs.getInt("population"), rs.getInt("drawn")))
			.list();
	}

	// --- mapping ------------------------------------------------------------------------------

	private static Map<String, Object> params(ScopeFilter scope, String region, QualitySampleFilter f) {
		Map<String, Object> p = new HashMap<>(scope.parameters());
		p.put("region", region == null ? "" : region);
		p.put("period", blank(f.period()));
		p.put("drawId", f.drawId());
		p.put("agencyId", f.agencyId());
		p.put("status", blank(f.status()));
		p.put("findings", blank(f.findings()));
		p.put("disagreeing", f.disagreeing());
		return p;
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	private static QualityDrawView draw(ResultSet rs, List<QualityDrawView.Organisation> organisations)
			throws SQLException {
		return new QualityDrawView(rs.getLong("id"), rs.getString("region_code"), rs.getString("period"),
				rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
				rs.getString("algorithm"), rs.getString("ratio_edition"), rs.getString("rubric_edition"),
				rs.getString("inputs_digest"), rs.getString("seed"), rs.getString("result_digest"),
				rs.getInt("population"), rs.getInt("drawn"), rs.getLong("reviewed"), rs.getString("drawn_by"),
				rs.getTimestamp("drawn_at").toInstant(), organisations);
	}

	private static QualitySampleView sample(ResultSet rs, List<QualityFindingView> findings) throws SQLException {
		String detail = rs.getString("recomputation_detail");
		String criteria = rs.getString("criteria");
		return new QualitySampleView(rs.getLong("id"), rs.getLong("draw_id"), rs.getString("period"), rs.getInt("seq"),
				rs.getLong("delivery_id"), rs.getLong("agency_id"), rs.getString("agency_name"),
				AgencyKind.valueOf(rs.getString("agency_kind")), rs.getString("region_code"),
				DeliveryKind.valueOf(rs.getString("kind")), rs.getString("subject_key"), rs.getString("subject_number"),
				rs.getString("employer_name"), rs.getObject("delivered_on", LocalDate.class), rs.getString("status"),
				rs.getString("recomputation"),
				detail == null ? List.of() : JSON.readValue(detail, new TypeReference<List<QualitySampleView.PostDifference>>() {
				}),
				rs.getBigDecimal("score"),
				criteria == null ? List.of() : JSON.readValue(criteria, new TypeReference<List<QualitySampleView.CriterionScore>>() {
				}),
				rs.getBoolean("falsified"), rs.getString("review_note"), rs.getString("reviewed_by"),
				instant(rs.getTimestamp("reviewed_at")), rs.getLong("open_findings"), findings);
	}

	static QualityFindingView finding(ResultSet rs) throws SQLException {
		return new QualityFindingView(rs.getLong("id"), rs.getLong("sample_id"), rs.getLong("agency_id"),
				rs.getString("origin"), rs.getString("criterion"), rs.getString("text"), rs.getString("status"),
				rs.getString("raised_by"), rs.getTimestamp("raised_at").toInstant(), rs.getString("answer"),
				rs.getString("answer_doc_name"), rs.getString("answer_doc_sha256"), rs.getString("answered_by"),
				instant(rs.getTimestamp("answered_at")), rs.getString("closing_note"), rs.getString("closed_by"),
				instant(rs.getTimestamp("closed_at")));
	}

	private static Instant instant(Timestamp t) {
		return t == null ? null : t.toInstant();
	}

}
