package org.ohsonline.enforcement.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.ohsonline.enforcement.Band;
import org.ohsonline.enforcement.CandidateKind;
import org.ohsonline.enforcement.CaseCandidates;
import org.ohsonline.enforcement.CaseFilter;
import org.ohsonline.enforcement.CaseStep;
import org.ohsonline.enforcement.CaseView;
import org.ohsonline.enforcement.LegalBasis;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.ScopeColumns;
import org.ohsonline.shared.ScopeFilter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Cases, their steps (append only) and the action code sequences. */
@Repository
class EnforcementCaseStore {

	static final ScopeColumns COLUMNS = ScopeColumns.on("c").region("region_code");

	private final JdbcClient jdbc;

	EnforcementCaseStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Row(long id, String actionCode, String regionCode, long employerId, String creditCode, String employerName,
			Long inspectionId, String itemCode, LegalBasis violation, String facts, CaseStep step, LocalDate filedOn,
			LocalDate decisionDue, Band band, Long amount, Long recommended, String deviationReason, boolean noPenalty,
			String benchmarkEdition, String headHash, String openedBy, Instant openedAt, CandidateKind candidateKind,
			Long candidateId) {
	}

	/** Where a case comes from: a violation of a recorded inspection, or a candidate of the inspector's queue. */
	record Source(Long inspectionId, String itemCode, CandidateKind candidateKind, Long candidateId) {
	}

	long insert(String actionCode, String region, long employerId, String creditCode, String employerName,
			Source source, LegalBasis violation, String facts, LocalDate filedOn, LocalDate decisionDue, String by,
			Instant at) {
		return this.jdbc.sql("""
				insert into enforcement.enf_case (action_code, region_code, employer_id, credit_code, employer_name,
				  inspection_id, item_code, candidate_kind, candidate_id, law, article, item, facts, step, filed_on,
				  decision_due, head_hash, opened_by, opened_at)
				values (:code, :region, :employer, :credit, :name, :inspection, :itemCode, :candidateKind, :candidateId,
				  :law, :article, :item, :facts, 'FILED', :filed, :due, :genesis, :by, :at) returning id""")
			.param("code", actionCode)
			.param("region", region)
			.param("employer", employerId)
			.param("credit", creditCode)
			.param("name", employerName)
			.param("inspection", source.inspectionId())
			.param("itemCode", source.itemCode())
			.param("candidateKind", source.candidateKind() == null ? null : source.candidateKind().name())
			.param("candidateId", source.candidateId())
			.param("law", violation.law())
			.param("article", violation.article())
			.param("item", violation.item())
			.param("facts", facts)
			.param("filed", filedOn)
			.param("due", decisionDue)
			.param("genesis", CaseChain.GENESIS)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.query(Long.class)
			.single();
	}

	Optional<Long> byInspectionItem(long inspectionId, String itemCode) {
		return this.jdbc.sql("select id from enforcement.enf_case where inspection_id = :i and item_code = :item")
			.param("i", inspectionId)
			.param("item", itemCode)
			.query(Long.class)
			.optional();
	}

	Optional<Long> byCandidate(CandidateKind kind, long candidateId) {
		return this.jdbc.sql("select id from enforcement.enf_case where candidate_kind = :kind and candidate_id = :id")
			.param("kind", kind.name())
			.param("id", candidateId)
			.query(Long.class)
			.optional();
	}

	/** The cases in scope opened from these candidates, by candidate id. */
	Map<Long, CaseCandidates.CaseRef> byCandidates(ScopeFilter scope, CandidateKind kind, Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<Long, CaseCandidates.CaseRef> found = new HashMap<>();
		this.jdbc.sql("select c.candidate_id, c.id, c.action_code from enforcement.enf_case c where c.candidate_kind = :kind"
				+ " and c.candidate_id in (:ids) and " + COLUMNS.predicate())
			.params(scope.parameters())
			.param("kind", kind.name())
			.param("ids", List.copyOf(ids))
			.query((rs, n) -> Map.entry(rs.getLong("candidate_id"),
					new CaseCandidates.CaseRef(rs.getLong("id"), rs.getString("action_code"))))
			.list()
			.forEach(e -> found.put(e.getKey(), e.getValue()));
		return found;
	}

	Optional<LocalDate> nearestDecisionDue(ScopeFilter scope) {
		return this.jdbc.sql("select c.decision_due from enforcement.enf_case c where c.step in"
				+ " ('FILED', 'INVESTIGATION', 'PRIOR_NOTICE', 'STATEMENT', 'HEARING') and " + COLUMNS.predicate()
				+ " order by c.decision_due limit 1")
			.params(scope.parameters())
			.query((rs, n) -> rs.getObject(1, LocalDate.class))
			.optional();
	}

	Optional<Row> find(ScopeFilter scope, long id) {
		return this.jdbc.sql("select c.* from enforcement.enf_case c where c.id = :id and " + COLUMNS.predicate())
			.params(scope.parameters())
			.param("id", id)
			.query(EnforcementCaseStore::row)
			.optional();
	}

	Optional<Row> lock(ScopeFilter scope, long id) {
		return this.jdbc.sql("select c.* from enforcement.enf_case c where c.id = :id and " + COLUMNS.predicate()
				+ " for update")
			.params(scope.parameters())
			.param("id", id)
			.query(EnforcementCaseStore::row)
			.optional();
	}

	/** Keeps the action code a coercive measure got beside its step. */
	void coercion(String actionCode, long caseId, int seq) {
		this.jdbc.sql("insert into enforcement.coercion (action_code, case_id, seq) values (:code, :id, :seq)")
			.param("code", actionCode)
			.param("id", caseId)
			.param("seq", seq)
			.update();
	}

	/** The case that took the coercive measure under {@code code}. */
	Optional<Row> byCoercion(String code) {
		return this.jdbc.sql("""
				select c.* from enforcement.enf_case c join enforcement.coercion k on k.case_id = c.id
				where k.action_code = :code""")
			.param("code", code)
			.query(EnforcementCaseStore::row)
			.optional();
	}

	/** The action codes of the cases opened from an inspection's findings, oldest first. */
	List<String> codesFromInspection(long inspectionId) {
		return this.jdbc.sql("select action_code from enforcement.enf_case where inspection_id = :id order by id")
			.param("id", inspectionId)
			.query(String.class)
			.list();
	}

	Optional<Row> byCode(String code) {
		return this.jdbc.sql("select c.* from enforcement.enf_case c where c.action_code = :code")
			.param("code", code)
			.query(EnforcementCaseStore::row)
			.optional();
	}

	private static final String WHERE = """
			 where c.region_code like :region || '%%' and %s
			   and (cast(:q as text) is null or c.action_code like upper(:q) || '%%' or c.employer_name like '%%' || :q || '%%')
			   and (cast(:state as text) is null
			        or (:state = 'open' and c.step <> 'CLOSED')
			        or (:state = 'closed' and c.step = 'CLOSED')
			        or (:state = 'overdue' and c.step in ('FILED', 'INVESTIGATION', 'PRIOR_NOTICE', 'STATEMENT', 'HEARING')
			            and c.decision_due < :today)
			        or (:state = 'deviated' and c.deviation_reason is not null))""";

	private JdbcClient.StatementSpec bind(String sql, ScopeFilter scope, String region, CaseFilter filter, LocalDate today) {
		return this.jdbc.sql(sql)
			.params(scope.parameters())
			.param("region", region)
			.param("q", filter.q() == null || filter.q().isBlank() ? null : filter.q().trim())
			.param("state", filter.state() == null || filter.state().isBlank() ? null : filter.state())
			.param("today", today);
	}

	List<Row> search(ScopeFilter scope, String region, CaseFilter filter, LocalDate today, PageQuery page) {
		return bind("select c.* from enforcement.enf_case c " + WHERE.formatted(COLUMNS.predicate())
				+ " order by c.opened_at desc, c.id desc limit :limit offset :offset", scope, region, filter, today)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(EnforcementCaseStore::row)
			.list();
	}

	long count(ScopeFilter scope, String region, CaseFilter filter, LocalDate today) {
		return bind("select count(*) from enforcement.enf_case c " + WHERE.formatted(COLUMNS.predicate()), scope, region,
				filter, today)
			.query(Long.class)
			.single();
	}

	void forEach(ScopeFilter scope, String region, CaseFilter filter, LocalDate today, Consumer<Row> consumer) {
		bind("select c.* from enforcement.enf_case c " + WHERE.formatted(COLUMNS.predicate())
				+ " order by c.opened_at desc, c.id desc", scope, region, filter, today)
			.query(EnforcementCaseStore::row)
			.stream()
			.forEach(consumer);
	}

	/** The cases of each of the employers in the scope, in one statement, oldest first. */
	List<Row> ofEmployers(ScopeFilter scope, Collection<Long> employerIds) {
		return this.jdbc.sql("select c.* from enforcement.enf_case c where c.employer_id = any(cast(:ids as bigint[])) and "
				+ COLUMNS.predicate() + " order by c.id")
			.params(scope.parameters())
			.param("ids", employerIds.toArray(Long[]::new))
			.query(EnforcementCaseStore::row)
			.list();
	}

	List<CaseView.StepView> steps(long caseId) {
		return steps(List.of(caseId)).getOrDefault(caseId, List.of());
	}

	/** The steps of each of the cases in one statement, by case id, in their order. */
	Map<Long, List<CaseView.StepView>> steps(Collection<Long> caseIds) {
		Map<Long, List<CaseView.StepView>> byCase = new HashMap<>();
		if (caseIds.isEmpty()) {
			return byCase;
		}
		this.jdbc.sql("""
				select s.*, d.document_code, k.action_code from enforcement.case_step s
				left join enforcement.case_document d on d.case_id = s.case_id and d.seq = s.seq
				left join enforcement.coercion k on k.case_id = s.case_id and k.seq = s.seq
				where s.case_id = any(cast(:ids as bigint[])) order by s.case_id, s.seq""")
			.param("ids", caseIds.toArray(Long[]::new))
			.query((rs, n) -> byCase.computeIfAbsent(rs.getLong("case_id"), k -> new java.util.ArrayList<>())
				.add(new CaseView.StepView(rs.getInt("seq"), CaseStep.valueOf(rs.getString("step")),
						rs.getObject("happened_on", LocalDate.class), rs.getString("actor"), rs.getString("note"),
						rs.getString("data"), rs.getString("prev_hash"), rs.getString("hash"),
						rs.getString("document_code"), rs.getString("action_code"))))
			.list();
		return byCase;
	}

	void appendStep(long caseId, int seq, CaseStep step, LocalDate happenedOn, String actor, String note, String data,
			String prevHash, String hash, Instant at) {
		this.jdbc.sql("""
				insert into enforcement.case_step (case_id, seq, step, happened_on, actor, note, data, prev_hash, hash, recorded_at)
				values (:id, :seq, :step, :on, :actor, :note, :data, :prev, :hash, :at)""")
			.param("id", caseId)
			.param("seq", seq)
			.param("step", step.name())
			.param("on", happenedOn)
			.param("actor", actor)
			.param("note", note)
			.param("data", data)
			.param("prev", prevHash)
			.param("hash", hash)
			.param("at", Timestamp.from(at))
			.update();
	}

	void advance(long caseId, CaseStep step, String headHash) {
		this.jdbc.sql("update enforcement.enf_case set step = :step, head_hash = :hash where id = :id")
			.param("step", step.name())
			.param("hash", headHash)
			.param("id", caseId)
			.update();
	}

	void extend(long caseId, LocalDate due, String headHash) {
		this.jdbc.sql("update enforcement.enf_case set decision_due = :due, head_hash = :hash where id = :id")
			.param("due", due)
			.param("hash", headHash)
			.param("id", caseId)
			.update();
	}

	void decided(long caseId, Band band, long amount, long recommended, String reason, boolean noPenalty, String edition,
			String headHash) {
		this.jdbc.sql("""
				update enforcement.enf_case set step = 'DECISION', band = :band, amount = :amount, recommended = :recommended,
				  deviation_reason = :reason, no_penalty = :noPenalty, benchmark_edition = :edition, head_hash = :hash
				where id = :id""")
			.param("band", band.name())
			.param("amount", amount)
			.param("recommended", recommended)
			.param("reason", reason)
			.param("noPenalty", noPenalty)
			.param("edition", edition)
			.param("hash", headHash)
			.param("id", caseId)
			.update();
	}

	/** Whether the employer had another case on the same article and item filed within the months before the day. */
	boolean earlierCase(long caseId, long employerId, LegalBasis violation, LocalDate filedOn, int months) {
		return this.jdbc.sql("""
				select count(*) from enforcement.enf_case where employer_id = :employer and id <> :id and law = :law
				  and article = :article and item = :item and filed_on <= :filed and filed_on > :since""")
			.param("employer", employerId)
			.param("id", caseId)
			.param("law", violation.law())
			.param("article", violation.article())
			.param("item", violation.item())
			.param("filed", filedOn)
			.param("since", filedOn.minusMonths(months))
			.query(Long.class)
			.single() > 0;
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		String band = rs.getString("band");
		return new Row(rs.getLong("id"), rs.getString("action_code"), rs.getString("region_code"), rs.getLong("employer_id"),
				rs.getString("credit_code"), rs.getString("employer_name"), (Long) rs.getObject("inspection_id", Long.class),
				rs.getString("item_code"),
				new LegalBasis(rs.getString("law"), rs.getInt("article"), 0, rs.getInt("item")), rs.getString("facts"),
				CaseStep.valueOf(rs.getString("step")), rs.getObject("filed_on", LocalDate.class),
				rs.getObject("decision_due", LocalDate.class), band == null ? null : Band.valueOf(band),
				(Long) rs.getObject("amount", Long.class), (Long) rs.getObject("recommended", Long.class),
				rs.getString("deviation_reason"), rs.getBoolean("no_penalty"), rs.getString("benchmark_edition"),
				rs.getString("head_hash"), rs.getString("opened_by"), rs.getTimestamp("opened_at").toInstant(),
				rs.getString("candidate_kind") == null ? null : CandidateKind.valueOf(rs.getString("candidate_kind")),
				(Long) rs.getObject("candidate_id", Long.class));
	}

	static Map<String, Object> none() {
		return Map.of();
	}

}
