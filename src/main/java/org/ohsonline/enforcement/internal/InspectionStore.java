package org.ohsonline.enforcement.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.ohsonline.enforcement.InspectionMode;
import org.ohsonline.enforcement.InspectionStatus;
import org.ohsonline.enforcement.InspectionView;
import org.ohsonline.enforcement.Outcome;
import org.ohsonline.shared.ScopeColumns;
import org.ohsonline.shared.ScopeFilter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Inspections and their answers. */
@Repository
class InspectionStore {

	static final ScopeColumns COLUMNS = ScopeColumns.on("i").region("region_code");

	private final JdbcClient jdbc;

	InspectionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Row(long id, String actionCode, long planId, int seq, long employerId, String creditCode, String employerName, String regionCode,
			long inspectorA, String inspectorAName, long inspectorB, String inspectorBName, long checklistVersion,
			String checklistEdition, InspectionStatus status, String summary, String startedBy, Instant startedAt,
			String recordedBy, Instant recordedAt, String recordCode, InspectionMode mode, String evidence) {
	}

	record Answer(Outcome outcome, String note, Long rectificationId) {
	}

	private static final String SELECT = """
			select i.*, a.name as a_name, b.name as b_name from enforcement.inspection i
			left join enforcement.plan_inspector a on a.plan_id = i.plan_id and a.inspector_id = i.inspector_a
			left join enforcement.plan_inspector b on b.plan_id = i.plan_id and b.inspector_id = i.inspector_b
			""";

	Optional<Row> find(ScopeFilter scope, long id) {
		return this.jdbc.sql(SELECT + " where i.id = :id and " + COLUMNS.predicate())
			.params(scope.parameters())
			.param("id", id)
			.query(InspectionStore::row)
			.optional();
	}

	/** The inspection under an action code, whoever asks: for its public page, which shows no person. */
	Optional<Row> byCode(String actionCode) {
		return this.jdbc.sql(SELECT + " where i.action_code = :code")
			.param("code", actionCode)
			.query(InspectionStore::row)
			.optional();
	}

	int violations(long id) {
		return this.jdbc.sql("select count(*) from enforcement.inspection_answer where inspection_id = :id and outcome = 'VIOLATION'")
			.param("id", id)
			.query(Integer.class)
			.single();
	}

	Optional<Long> byLine(long planId, int seq) {
		return this.jdbc.sql("select id from enforcement.inspection where plan_id = :plan and seq = :seq")
			.param("plan", planId)
			.param("seq", seq)
			.query(Long.class)
			.optional();
	}

	/** Locks an inspection in scope for a change. */
	Optional<Row> lock(ScopeFilter scope, long id) {
		this.jdbc.sql("select 1 from enforcement.inspection i where i.id = :id and " + COLUMNS.predicate() + " for update")
			.params(scope.parameters())
			.param("id", id)
			.query(Integer.class)
			.optional();
		return find(scope, id);
	}

	long insert(String actionCode, long planId, int seq, long employerId, String creditCode, String employerName,
			String regionCode, long inspectorA, long inspectorB, ChecklistSource.Checklist checklist, String by,
			Instant at) {
		return this.jdbc.sql("""
				insert into enforcement.inspection (action_code, plan_id, seq, employer_id, credit_code, employer_name,
				  region_code, inspector_a, inspector_b, checklist_version, checklist_edition, status, started_by, started_at)
				values (:code, :plan, :seq, :employer, :credit, :name, :region, :a, :b, :version, :edition, 'IN_PROGRESS',
				  :by, :at)
				returning id""")
			.param("code", actionCode)
			.param("plan", planId)
			.param("seq", seq)
			.param("employer", employerId)
			.param("credit", creditCode)
			.param("name", employerName)
			.param("region", regionCode)
			.param("a", inspectorA)
			.param("b", inspectorB)
			.param("version", checklist.versionId())
			.param("edition", checklist.edition())
			.param("by", by)
			.param("at", Timestamp.from(at))
			.query(Long.class)
			.single();
	}

	Map<String, Answer> answers(long id) {
		Map<String, Answer> answers = new HashMap<>();
		this.jdbc.sql("select item_code, outcome, note, rectification_id from enforcement.inspection_answer where inspection_id = :id")
			.param("id", id)
			.query((rs, n) -> {
				answers.put(rs.getString(1), new Answer(Outcome.valueOf(rs.getString(2)), rs.getString(3),
						(Long) rs.getObject(4, Long.class)));
				return null;
			})
			.list();
		return answers;
	}

	void answer(long id, String itemCode, Outcome outcome, String note) {
		this.jdbc.sql("""
				insert into enforcement.inspection_answer (inspection_id, item_code, outcome, note)
				values (:id, :item, :outcome, :note)
				on conflict (inspection_id, item_code) do update set outcome = excluded.outcome, note = excluded.note""")
			.param("id", id)
			.param("item", itemCode)
			.param("outcome", outcome.name())
			.param("note", note)
			.update();
	}

	/** Marks a started inspection non-site, with the monitoring evidence it is recorded from. */
	void nonSite(long id, String evidence) {
		this.jdbc.sql("update enforcement.inspection set mode = 'NON_SITE', evidence = :evidence where id = :id")
			.param("evidence", evidence)
			.param("id", id)
			.update();
	}

	/** A stored evidence file row and the name its content is stored under. */
	record StoredFile(InspectionView.FileView view, String storageName) {
	}

	long addFile(long id, String itemCode, String fileName, String contentType, long size, String sha256,
			String storageName, String by, Instant at) {
		return this.jdbc.sql("""
				insert into enforcement.inspection_file (inspection_id, item_code, file_name, content_type, size_bytes, sha256,
				  storage_name, uploaded_at, uploaded_by)
				values (:id, :item, :name, :type, :size, :sha, :storage, :at, :by) returning id""")
			.param("id", id)
			.param("item", itemCode)
			.param("name", fileName)
			.param("type", contentType)
			.param("size", size)
			.param("sha", sha256)
			.param("storage", storageName)
			.param("at", Timestamp.from(at))
			.param("by", by)
			.query(Long.class)
			.single();
	}

	java.util.List<InspectionView.FileView> files(long id) {
		return this.jdbc.sql("select * from enforcement.inspection_file where inspection_id = :id order by id")
			.param("id", id)
			.query((rs, n) -> fileView(rs))
			.list();
	}

	Optional<StoredFile> file(long id, long fileId) {
		return this.jdbc.sql("select * from enforcement.inspection_file where inspection_id = :id and id = :file")
			.param("id", id)
			.param("file", fileId)
			.query((rs, n) -> new StoredFile(fileView(rs), rs.getString("storage_name")))
			.optional();
	}

	private static InspectionView.FileView fileView(ResultSet rs) throws SQLException {
		return new InspectionView.FileView(rs.getLong("id"), rs.getString("item_code"), rs.getString("file_name"),
				rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
				rs.getTimestamp("uploaded_at").toInstant(), rs.getString("uploaded_by"));
	}

	void summary(long id, String summary) {
		this.jdbc.sql("update enforcement.inspection set summary = :summary where id = :id")
			.param("summary", summary)
			.param("id", id)
			.update();
	}

	void rectification(long id, String itemCode, long rectificationId) {
		this.jdbc.sql("update enforcement.inspection_answer set rectification_id = :r where inspection_id = :id and item_code = :item")
			.param("r", rectificationId)
			.param("id", id)
			.param("item", itemCode)
			.update();
	}

	void recorded(long id, String code, byte[] pdf, String by, Instant at) {
		this.jdbc.sql("""
				update enforcement.inspection set status = 'RECORDED', record_code = :code, record_pdf = :pdf,
				  recorded_by = :by, recorded_at = :at where id = :id""")
			.param("code", code)
			.param("pdf", pdf)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.param("id", id)
			.update();
	}

	Optional<byte[]> pdf(long id) {
		return this.jdbc.sql("select record_pdf from enforcement.inspection where id = :id and record_pdf is not null")
			.param("id", id)
			.query(byte[].class)
			.optional();
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		Timestamp recorded = rs.getTimestamp("recorded_at");
		return new Row(rs.getLong("id"), rs.getString("action_code"), rs.getLong("plan_id"), rs.getInt("seq"), rs.getLong("employer_id"),
				rs.getString("credit_code"), rs.getString("employer_name"), rs.getString("region_code"),
				rs.getLong("inspector_a"), rs.getString("a_name"), rs.getLong("inspector_b"), rs.getString("b_name"),
				rs.getLong("checklist_version"), rs.getString("checklist_edition"),
				InspectionStatus.valueOf(rs.getString("status")), rs.getString("summary"), rs.getString("started_by"),
				rs.getTimestamp("started_at").toInstant(), rs.getString("recorded_by"),
				recorded == null ? null : recorded.toInstant(), rs.getString("record_code"),
				InspectionMode.valueOf(rs.getString("mode")), rs.getString("evidence"));
	}

}
