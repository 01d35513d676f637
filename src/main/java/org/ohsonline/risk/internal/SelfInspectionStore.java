package org.ohsonline.risk.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.ohsonline.risk.ManagementGrade;
import org.ohsonline.risk.SelfInspectionView;
import org.ohsonline.shared.ScopeColumns;
import org.ohsonline.shared.ScopeFilter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Self-inspections and their answers. */
@Repository
class SelfInspectionStore {

	static final ScopeColumns COLUMNS = ScopeColumns.on("s").region("region_code").employer("credit_code");

	/** The self-inspection in force: its score and whether it is complete. */
	record Head(long id, BigDecimal score, boolean complete, LocalDate submittedOn, String edition) {
	}

	/** An item answered with no points. */
	record Failed(String itemCode, String name) {
	}

	private final JdbcClient jdbc;

	private final RulesSource rules;

	SelfInspectionStore(JdbcClient jdbc, RulesSource rules) {
		this.jdbc = jdbc;
		this.rules = rules;
	}

	long create(PortraitStore.Row employer, long versionId, String edition, String occasion, String by) {
		return this.jdbc.sql("""
				insert into risk.self_inspection (employer_id, credit_code, region_code, employer_name, checklist_version_id,
				    checklist_edition, occasion, status, created_by)
				values (:employer, :credit, :region, :name, :version, :edition, :occasion, 'DRAFT', :by) returning id""")
			.param("employer", employer.employerId())
			.param("credit", employer.creditCode())
			.param("region", employer.regionCode())
			.param("name", employer.name())
			.param("version", versionId)
			.param("edition", edition)
			.param("occasion", occasion)
			.param("by", by)
			.query(Long.class)
			.single();
	}

	Optional<Long> draftOf(long employerId) {
		return this.jdbc.sql("select id from risk.self_inspection where employer_id = :id and status = 'DRAFT'")
			.param("id", employerId)
			.query(Long.class)
			.optional();
	}

	void saveAnswer(long id, String itemCode, BigDecimal points, String evidence) {
		this.jdbc.sql("""
				insert into risk.self_inspection_answer (inspection_id, item_code, points, evidence)
				values (:id, :item, :points, :evidence)
				on conflict (inspection_id, item_code) do update set points = excluded.points, evidence = excluded.evidence""")
			.param("id", id)
			.param("item", itemCode)
			.param("points", points)
			.param("evidence", evidence)
			.update();
	}

	void correct(long id, String itemCode, BigDecimal points, String reason) {
		this.jdbc.sql("""
				update risk.self_inspection_answer set corrected_points = :points, correction_reason = :reason
				where inspection_id = :id and item_code = :item""")
			.param("id", id)
			.param("item", itemCode)
			.param("points", points)
			.param("reason", reason)
			.update();
	}

	void submit(long id, BigDecimal score, boolean complete, LocalDate on, String by) {
		this.jdbc.sql("""
				update risk.self_inspection set status = 'SUBMITTED', score = :score, complete = :complete, submitted_on = :on,
				    submitted_by = :by where id = :id""")
			.param("id", id)
			.param("score", score)
			.param("complete", complete)
			.param("on", on)
			.param("by", by)
			.update();
	}

	void checked(long id, BigDecimal score, LocalDate on, String by, String note) {
		this.jdbc.sql("""
				update risk.self_inspection set status = 'CHECKED', score = :score, checked_on = :on, checked_by = :by,
				    check_note = :note where id = :id""")
			.param("id", id)
			.param("score", score)
			.param("on", on)
			.param("by", by)
			.param("note", note)
			.update();
	}

	/** The latest submitted (or checked) self-inspection submitted on or after the day. */
	Optional<Head> inForce(long employerId, LocalDate since) {
		return this.jdbc.sql("""
				select id, score, complete, submitted_on, checklist_edition from risk.self_inspection
				where employer_id = :id and status <> 'DRAFT' and submitted_on >= :since
				order by submitted_on desc, id desc limit 1""")
			.param("id", employerId)
			.param("since", since)
			.query((rs, n) -> new Head(rs.getLong(1), rs.getBigDecimal(2), rs.getBoolean(3),
					rs.getObject(4, LocalDate.class), rs.getString(5)))
			.optional();
	}

	List<Failed> failedItems(long id) {
		long version = this.jdbc.sql("select checklist_version_id from risk.self_inspection where id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
		var checklist = this.rules.checklist(version);
		return this.jdbc.sql("""
				select item_code from risk.self_inspection_answer
				where inspection_id = :id and coalesce(corrected_points, points) = 0 order by item_code""")
			.param("id", id)
			.query(String.class)
			.list()
			.stream()
			.map(code -> new Failed(code, checklist.items().stream().filter(i -> i.code().equals(code)).findFirst()
				.map(org.ohsonline.risk.Checklist.Item::name).orElse(code)))
			.toList();
	}

	Optional<SelfInspectionView> find(ScopeFilter scope, long id) {
		return this.jdbc.sql("select s.* from risk.self_inspection s where s.id = :id and " + COLUMNS.predicate())
			.params(scope.parameters())
			.param("id", id)
			.query(this::view)
			.optional();
	}

	List<SelfInspectionView> ofEmployer(ScopeFilter scope, long employerId) {
		return this.jdbc.sql("select s.* from risk.self_inspection s where s.employer_id = :e and " + COLUMNS.predicate()
				+ " order by s.id desc")
			.params(scope.parameters())
			.param("e", employerId)
			.query(this::view)
			.list();
	}

	private SelfInspectionView view(ResultSet rs, int n) throws SQLException {
		long id = rs.getLong("id");
		BigDecimal score = rs.getBigDecimal("score");
		List<SelfInspectionView.Answer> answers = this.jdbc.sql("""
				select item_code, points, evidence, corrected_points, correction_reason
				from risk.self_inspection_answer where inspection_id = :id order by item_code""")
			.param("id", id)
			.query((a, m) -> new SelfInspectionView.Answer(a.getString(1), a.getBigDecimal(2), a.getString(3),
					a.getBigDecimal(4), a.getString(5)))
			.list();
		return new SelfInspectionView(id, rs.getLong("employer_id"), rs.getString("employer_name"),
				rs.getString("credit_code"), rs.getString("region_code"), rs.getLong("checklist_version_id"),
				rs.getString("checklist_edition"), rs.getString("occasion"), rs.getString("status"), score,
				score == null ? null : grade(score), rs.getBoolean("complete"), rs.getTimestamp("created_at").toInstant(),
				rs.getString("created_by"), rs.getObject("submitted_on", LocalDate.class), rs.getString("submitted_by"),
				rs.getObject("checked_on", LocalDate.class), rs.getString("checked_by"), rs.getString("check_note"),
				answers);
	}

	private ManagementGrade grade(BigDecimal score) {
		return this.rules.rules(LocalDate.now(Assessor.ZONE)).grade(score.doubleValue()).grade();
	}

}
