package org.ohsonline.diagnosis.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.ohsonline.shared.ScopeColumns;
import org.ohsonline.shared.ScopeFilter;
import org.ohsonline.diagnosis.Applicant;
import org.ohsonline.diagnosis.CaseFilter;
import org.ohsonline.diagnosis.CaseStatus;
import org.ohsonline.diagnosis.CaseView;
import org.ohsonline.diagnosis.ClockKind;
import org.ohsonline.diagnosis.OutcomeStage;
import org.ohsonline.shared.PageQuery;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Cases, their checklist, appraisals and history ({@code diagnosis} schema), always queried in a scope. */
@Repository
class CaseStore {

	/** Cases visible to a scope: by the employer's region, the employer, the institution applied to, or the worker. */
	static final String SCOPE = ScopeColumns.on("c").region("region_code").employer("credit_code").institution("institution_credit_code").worker("worker_id")
		.predicate();

	/** A case as stored; the worker's name still encrypted. */
	record Row(long id, String number, long workerId, String workerNameSealed, String workerIdMasked, long employerId,
			String employerName, String creditCode, String regionCode, long institutionId, String institutionCreditCode,
			String institutionName, Applicant applicant, LocalDate appliedOn, List<String> hazardCodes,
			List<String> hazardNames, Long referralId, CaseStatus status, LocalDate materialsCompleteOn,
			LocalDate diagnosedOn, String diagnosisDiseaseCode, String diagnosisDiseaseName, String diagnosisConclusion,
			String certificateNumber, LocalDate certificateDeliveredOn, String diseaseCode, String diseaseName,
			String categoryCode, String categoryName, boolean pneumoconiosis, OutcomeStage outcomeStage,
			LocalDate outcomeOn, boolean outcomeFinal) {
	}

	/** A new case. */
	record NewCase(long workerId, String workerNameSealed, String workerIdMasked, long employerId, String employerName,
			String creditCode, String regionCode, long institutionId, String institutionCreditCode,
			String institutionName, Applicant applicant, LocalDate appliedOn, List<String> hazardCodes,
			List<String> hazardNames, Long referralId, boolean synthetic) {
	}

	/** A list row with the clock that runs now. */
	record SummaryRow(Row row, ClockKind clockKind, LocalDate clockDueOn) {
	}

	/** The outcome in force after a step. */
	record Outcome(String diseaseCode, String diseaseName, String categoryCode, String categoryName,
			boolean pneumoconiosis, OutcomeStage stage, LocalDate on, boolean finalDecision) {
	}

	private static final Map<String, String> SORTS = Map.of("appliedOn", "c.applied_on desc, c.id desc", "-appliedOn",
			"c.applied_on, c.id", "number", "c.number", "-number", "c.number desc", "status", "c.status, c.id desc",
			"-status", "c.status desc, c.id desc");

	private final JdbcClient jdbc;

	CaseStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(NewCase c, Instant now) {
		long id = this.jdbc.sql("select nextval('diagnosis.diagnosis_case_id_seq')").query(Long.class).single();
		String county = c.regionCode().length() >= 6 ? c.regionCode().substring(0, 6) : c.regionCode();
		String number = "ZD" + county + "-" + c.appliedOn().getYear() + "-" + String.format("%06d", id);
		this.jdbc.sql("""
				insert into diagnosis.diagnosis_case (id, number, worker_id, worker_name, worker_id_masked, employer_id,
				  employer_name, credit_code, region_code, institution_id, institution_credit_code, institution_name,
				  applicant, applied_on, hazard_codes, hazard_names, referral_id, status, synthetic, created_at, updated_at)
				values (:id, :number, :workerId, :workerName, :workerIdMasked, :employerId, :employerName, :creditCode,
				  :regionCode, :institutionId, :institutionCredit, :institutionName, :applicant, :appliedOn, :hazardCodes,
				  :hazardNames, :referralId, 'APPLIED', :synthetic, :now, :now)""")
			.param("id", id)
			.param("number", number)
			.param("workerId", c.workerId())
			.param("workerName", c.workerNameSealed())
			.param("workerIdMasked", c.workerIdMasked())
			.param("employerId", c.employerId())
			.param("employerName", c.employerName())
			.param("creditCode", c.creditCode())
			.param("regionCode", c.regionCode())
			.param("institutionId", c.institutionId())
			.param("institutionCredit", c.institutionCreditCode())
			.param("institutionName", c.institutionName())
			.param("applicant", c.applicant().name())
			.param("appliedOn", c.appliedOn())
			.param("hazardCodes", c.hazardCodes().toArray(String[]::new))
			.param("hazardNames", c.hazardNames().toArray(String[]::new))
			.param("referralId", c.referralId())
			.param("synthetic", c.synthetic())
			.param("now", Timestamp.from(now))
			.update();
		return id;
	}

	Optional<Row> find(ScopeFilter scope, long id) {
		return this.jdbc.sql("select c.* from diagnosis.diagnosis_case c where c.id = :id and " + CaseStore.SCOPE)
			.params(scope.parameters())
			.param("id", id)
			.query((rs, n) -> row(rs))
			.optional();
	}

	/** For writes: the row locked against concurrent steps, whatever the scope (callers check it). */
	Optional<Row> lock(long id) {
		return this.jdbc.sql("select c.* from diagnosis.diagnosis_case c where c.id = :id for update")
			.param("id", id)
			.query((rs, n) -> row(rs))
			.optional();
	}

	/** A case by its number, whatever the scope (rehabilitation enrols on the certificate the patient presents). */
	Optional<Row> byNumber(String number) {
		return this.jdbc.sql("select c.* from diagnosis.diagnosis_case c where c.number = :number")
			.param("number", number)
			.query((rs, n) -> row(rs))
			.optional();
	}

	long count(ScopeFilter scope, String region, CaseFilter filter) {
		return bind(this.jdbc.sql("select count(*) from diagnosis.diagnosis_case c " + where()), scope, region, filter)
			.query(Long.class)
			.single();
	}

	List<SummaryRow> page(ScopeFilter scope, String region, CaseFilter filter, PageQuery page) {
		return bind(this.jdbc.sql(summarySql(filter) + " limit :limit offset :offset"), scope, region, filter)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> summary(rs))
			.list();
	}

	void forEach(ScopeFilter scope, String region, CaseFilter filter, Consumer<SummaryRow> consumer) {
		bind(this.jdbc.sql(summarySql(filter)), scope, region, filter).query((rs, n) -> summary(rs))
			.stream()
			.forEach(consumer);
	}

	private static String summarySql(CaseFilter filter) {
		return """
				select c.*, k.kind as clock_kind, k.due_on as clock_due_on from diagnosis.diagnosis_case c
				left join lateral (select kind, due_on from diagnosis.case_clock k
				  where k.case_id = c.id and k.state = 'OPEN' order by k.due_on limit 1) k on true
				""" + where() + " order by " + SORTS.getOrDefault(filter.sort() == null ? "" : filter.sort(),
				SORTS.get("appliedOn"));
	}

	private static String where() {
		return """
				where c.region_code like :region || '%'
				  and (cast(:q as text) is null or c.number like cast(:q as text) || '%'
				       or c.employer_name like '%' || cast(:q as text) || '%'
				       or c.institution_name like '%' || cast(:q as text) || '%')
				  and (cast(:status as text) is null or c.status = cast(:status as text))
				  and (cast(:workerId as bigint) is null or c.worker_id = cast(:workerId as bigint))
				  and (cast(:employerId as bigint) is null or c.employer_id = cast(:employerId as bigint))
				  and """ + CaseStore.SCOPE;
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, ScopeFilter scope, String region,
			CaseFilter filter) {
		return spec.params(scope.parameters())
			.param("region", region)
			.param("q", filter.q())
			.param("status", filter.status())
			.param("workerId", filter.workerId())
			.param("employerId", filter.employerId());
	}

	/** Cases of a worker or an employer in scope, for timelines. */
	List<Row> ofWorker(ScopeFilter scope, long workerId) {
		return this.jdbc.sql("select c.* from diagnosis.diagnosis_case c where c.worker_id = :worker and "
				+ CaseStore.SCOPE + " order by c.id")
			.params(scope.parameters())
			.param("worker", workerId)
			.query((rs, n) -> row(rs))
			.list();
	}

	List<Row> ofEmployer(ScopeFilter scope, long employerId) {
		return this.jdbc.sql("select c.* from diagnosis.diagnosis_case c where c.employer_id = :employer and "
				+ CaseStore.SCOPE + " order by c.id")
			.params(scope.parameters())
			.param("employer", employerId)
			.query((rs, n) -> row(rs))
			.list();
	}

	// --- checklist ------------------------------------------------------------------------------

	void insertMaterial(long caseId, int position, DiagnosisRules.Material material) {
		this.jdbc.sql("""
				insert into diagnosis.case_material (case_id, position, code, name, article)
				values (:case, :position, :code, :name, :article)""")
			.param("case", caseId)
			.param("position", position)
			.param("code", material.code())
			.param("name", material.name())
			.param("article", material.article())
			.update();
	}

	List<CaseView.Material> materials(long caseId) {
		return this.jdbc.sql("select * from diagnosis.case_material where case_id = :case order by position")
			.param("case", caseId)
			.query((rs, n) -> new CaseView.Material(rs.getString("code"), rs.getString("name"), rs.getString("article"),
					rs.getObject("received_on", LocalDate.class), rs.getBoolean("waived"), rs.getString("note")))
			.list();
	}

	int receive(long caseId, String code, LocalDate on, boolean waived, String note) {
		return this.jdbc.sql("""
				update diagnosis.case_material set received_on = :on, waived = :waived, note = :note
				where case_id = :case and code = :code""")
			.param("case", caseId)
			.param("code", code)
			.param("on", on)
			.param("waived", waived)
			.param("note", note)
			.update();
	}

	// --- steps ----------------------------------------------------------------------------------

	void materialsComplete(long caseId, LocalDate on, Instant now) {
		this.jdbc.sql("""
				update diagnosis.diagnosis_case set status = 'UNDER_DIAGNOSIS', materials_complete_on = :on,
				  updated_at = :now, version = version + 1 where id = :id""")
			.param("id", caseId)
			.param("on", on)
			.param("now", Timestamp.from(now))
			.update();
	}

	void diagnosed(long caseId, LocalDate on, String diseaseCode, String diseaseName, String conclusion,
			String certificateNumber, Instant now) {
		this.jdbc.sql("""
				update diagnosis.diagnosis_case set status = 'DIAGNOSED', diagnosed_on = :on,
				  diagnosis_disease_code = :code, diagnosis_disease_name = :name, diagnosis_conclusion = :conclusion,
				  certificate_number = :certificate, updated_at = :now, version = version + 1 where id = :id""")
			.param("id", caseId)
			.param("on", on)
			.param("code", diseaseCode)
			.param("name", diseaseName)
			.param("conclusion", conclusion)
			.param("certificate", certificateNumber)
			.param("now", Timestamp.from(now))
			.update();
	}

	void status(long caseId, CaseStatus status, Instant now) {
		this.jdbc.sql("update diagnosis.diagnosis_case set status = :status, updated_at = :now, version = version + 1"
				+ " where id = :id")
			.param("id", caseId)
			.param("status", status.name())
			.param("now", Timestamp.from(now))
			.update();
	}

	void delivered(long caseId, LocalDate on, Instant now) {
		this.jdbc.sql("""
				update diagnosis.diagnosis_case set status = 'CERTIFIED', certificate_delivered_on = :on,
				  updated_at = :now, version = version + 1 where id = :id""")
			.param("id", caseId)
			.param("on", on)
			.param("now", Timestamp.from(now))
			.update();
	}

	void outcome(long caseId, Outcome outcome, Instant now) {
		this.jdbc.sql("""
				update diagnosis.diagnosis_case set disease_code = :code, disease_name = :name, category_code = :category,
				  category_name = :categoryName, pneumoconiosis = :pneumoconiosis, outcome_stage = :stage,
				  outcome_on = :on, outcome_final = :final, updated_at = :now, version = version + 1 where id = :id""")
			.param("id", caseId)
			.param("code", outcome.diseaseCode())
			.param("name", outcome.diseaseName())
			.param("category", outcome.categoryCode())
			.param("categoryName", outcome.categoryName())
			.param("pneumoconiosis", outcome.pneumoconiosis())
			.param("stage", outcome.stage().name())
			.param("on", outcome.on())
			.param("final", outcome.finalDecision())
			.param("now", Timestamp.from(now))
			.update();
	}

	void finalise(long caseId, Instant now) {
		this.jdbc.sql("update diagnosis.diagnosis_case set outcome_final = true, updated_at = :now,"
				+ " version = version + 1 where id = :id")
			.param("id", caseId)
			.param("now", Timestamp.from(now))
			.update();
	}

	// --- appraisals -----------------------------------------------------------------------------

	void insertAppraisal(long caseId, String level, String authorityRegion, LocalDate requestedOn, Applicant by,
			String reason, Instant now) {
		this.jdbc.sql("""
				insert into diagnosis.appraisal (case_id, level, authority_region, requested_on, requested_by, reason, created_at)
				values (:case, :level, :authority, :on, :by, :reason, :now)""")
			.param("case", caseId)
			.param("level", level)
			.param("authority", authorityRegion)
			.param("on", requestedOn)
			.param("by", by.name())
			.param("reason", reason)
			.param("now", Timestamp.from(now))
			.update();
	}

	void decideAppraisal(long caseId, String level, LocalDate on, boolean occupational, String diseaseCode,
			String diseaseName, String documentNumber, String conclusion, String decidedBy) {
		this.jdbc.sql("""
				update diagnosis.appraisal set decided_on = :on, occupational = :occupational, disease_code = :code,
				  disease_name = :name, document_number = :document, conclusion = :conclusion, decided_by = :by
				where case_id = :case and level = :level""")
			.param("case", caseId)
			.param("level", level)
			.param("on", on)
			.param("occupational", occupational)
			.param("code", diseaseCode)
			.param("name", diseaseName)
			.param("document", documentNumber)
			.param("conclusion", conclusion)
			.param("by", decidedBy)
			.update();
	}

	List<CaseView.Appraisal> appraisals(long caseId) {
		return this.jdbc.sql("select * from diagnosis.appraisal where case_id = :case order by id")
			.param("case", caseId)
			.query((rs, n) -> new CaseView.Appraisal(rs.getLong("id"), rs.getString("level"),
					rs.getString("authority_region"), rs.getObject("requested_on", LocalDate.class),
					Applicant.valueOf(rs.getString("requested_by")), rs.getString("reason"),
					rs.getObject("decided_on", LocalDate.class), (Boolean) rs.getObject("occupational"),
					rs.getString("disease_code") == null ? null
							: new CaseView.Disease(rs.getString("disease_code"), rs.getString("disease_name"), null, null),
					rs.getString("document_number"), rs.getString("conclusion")))
			.list();
	}

	// --- history --------------------------------------------------------------------------------

	void history(long caseId, Instant at, String action, String actorName, String note) {
		this.jdbc.sql("""
				insert into diagnosis.case_history (case_id, at, action, actor_name, note)
				values (:case, :at, :action, :actor, :note)""")
			.param("case", caseId)
			.param("at", Timestamp.from(at))
			.param("action", action)
			.param("actor", actorName)
			.param("note", note)
			.update();
	}

	List<CaseView.HistoryEntry> history(long caseId) {
		return this.jdbc.sql("select * from diagnosis.case_history where case_id = :case order by at, id")
			.param("case", caseId)
			.query((rs, n) -> new CaseView.HistoryEntry(rs.getTimestamp("at").toInstant(), rs.getString("action"),
					rs.getString("actor_name"), rs.getString("note")))
			.list();
	}

	// --- mapping --------------------------------------------------------------------------------

	private static SummaryRow summary(ResultSet rs) throws SQLException {
		String kind = rs.getString("clock_kind");
		return new SummaryRow(row(rs), kind == null ? null : ClockKind.valueOf(kind),
				rs.getObject("clock_due_on", LocalDate.class));
	}

	static Row row(ResultSet rs) throws SQLException {
		String stage = rs.getString("outcome_stage");
		return new Row(rs.getLong("id"), rs.getString("number"), rs.getLong("worker_id"), rs.getString("worker_name"),
				rs.getString("worker_id_masked"), rs.getLong("employer_id"), rs.getString("employer_name"),
				rs.getString("credit_code"), rs.getString("region_code"), rs.getLong("institution_id"),
				rs.getString("institution_credit_code"), rs.getString("institution_name"),
				Applicant.valueOf(rs.getString("applicant")), rs.getObject("applied_on", LocalDate.class),
				texts(rs.getArray("hazard_codes")), texts(rs.getArray("hazard_names")),
				(Long) rs.getObject("referral_id"), CaseStatus.valueOf(rs.getString("status")),
				rs.getObject("materials_complete_on", LocalDate.class), rs.getObject("diagnosed_on", LocalDate.class),
				rs.getString("diagnosis_disease_code"), rs.getString("diagnosis_disease_name"),
				rs.getString("diagnosis_conclusion"), rs.getString("certificate_number"),
				rs.getObject("certificate_delivered_on", LocalDate.class), rs.getString("disease_code"),
				rs.getString("disease_name"), rs.getString("category_code"), rs.getString("category_name"),
				rs.getBoolean("pneumoconiosis"), stage == null ? null : OutcomeStage.valueOf(stage),
				rs.getObject("outcome_on", LocalDate.class), rs.getBoolean("outcome_final"));
	}

	static List<String> texts(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

}
