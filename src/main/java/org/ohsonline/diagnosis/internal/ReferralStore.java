package org.ohsonline.diagnosis.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.ohsonline.shared.ScopeColumns;
import org.ohsonline.shared.ScopeFilter;
import org.ohsonline.diagnosis.ReferralView;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.surveillance.SuspectedDiseaseFound;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Referrals of suspected diseases; one per exam and hazard. */
@Repository
class ReferralStore {

	/** Referrals visible to a scope: by region, employer or worker; institutions see none. */
	static final String SCOPE = ScopeColumns.on("r").region("region_code").employer("credit_code").worker("worker_id")
		.predicate();

	/** A referral with the worker's name still encrypted. */
	record Row(ReferralView view, String workerNameSealed, String workerIdMasked, String employerName, String creditCode) {
	}

	private final JdbcClient jdbc;

	ReferralStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts the referral unless the exam and hazard already have one; the new id, or empty. */
	Optional<Long> insertIfAbsent(SuspectedDiseaseFound event, String hazardName, String workerNameSealed,
			String workerIdMasked, String employerName, String creditCode, Instant now) {
		return this.jdbc.sql("""
				insert into diagnosis.referral (exam_id, hazard_code, hazard_name, worker_id, worker_name, worker_id_masked,
				  employer_id, employer_name, credit_code, region_code, exam_institution_id, examined_on, report_due_on,
				  state, created_at)
				values (:exam, :hazard, :hazardName, :worker, :workerName, :workerIdMasked, :employer, :employerName,
				  :credit, :region, :institution, :examined, :reportDue, 'OPEN', :now)
				on conflict (exam_id, hazard_code) do nothing returning id""")
			.param("exam", event.examId())
			.param("hazard", event.hazardCode())
			.param("hazardName", hazardName)
			.param("worker", event.workerId())
			.param("workerName", workerNameSealed)
			.param("workerIdMasked", workerIdMasked)
			.param("employer", event.employerId())
			.param("employerName", employerName)
			.param("credit", creditCode)
			.param("region", event.regionCode())
			.param("institution", event.institutionId())
			.param("examined", event.examinedOn())
			.param("reportDue", event.reportDueOn())
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.optional();
	}

	Optional<Row> find(ScopeFilter scope, long id) {
		return this.jdbc.sql("select r.* from diagnosis.referral r where r.id = :id and " + ReferralStore.SCOPE)
			.params(scope.parameters())
			.param("id", id)
			.query((rs, n) -> row(rs))
			.optional();
	}

	Optional<Row> lock(long id) {
		return this.jdbc.sql("select r.* from diagnosis.referral r where r.id = :id for update")
			.param("id", id)
			.query((rs, n) -> row(rs))
			.optional();
	}

	long countOpen(ScopeFilter scope, String region) {
		return this.jdbc.sql("select count(*) from diagnosis.referral r where r.state = 'OPEN'"
				+ " and r.region_code like :region || '%' and " + ReferralStore.SCOPE)
			.params(scope.parameters())
			.param("region", region)
			.query(Long.class)
			.single();
	}

	List<Row> open(ScopeFilter scope, String region, PageQuery page) {
		return this.jdbc.sql("select r.* from diagnosis.referral r where r.state = 'OPEN'"
				+ " and r.region_code like :region || '%' and " + ReferralStore.SCOPE
				+ " order by r.id desc limit :limit offset :offset")
			.params(scope.parameters())
			.param("region", region)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> row(rs))
			.list();
	}

	/** The referrals of each of the employers in the scope, in one statement, oldest exam first. */
	List<Row> ofEmployers(ScopeFilter scope, java.util.Collection<Long> employerIds) {
		return this.jdbc.sql("select r.* from diagnosis.referral r where r.employer_id = any(cast(:ids as bigint[])) and "
				+ ReferralStore.SCOPE + " order by r.examined_on, r.id")
			.params(scope.parameters())
			.param("ids", employerIds.toArray(Long[]::new))
			.query((rs, n) -> row(rs))
			.list();
	}

	void applied(long id, long caseId) {
		this.jdbc.sql("update diagnosis.referral set state = 'APPLIED', case_id = :case where id = :id")
			.param("id", id)
			.param("case", caseId)
			.update();
	}

	private static Row row(ResultSet rs) throws SQLException {
		ReferralView view = new ReferralView(rs.getLong("id"), rs.getLong("exam_id"), rs.getString("hazard_code"),
				rs.getString("hazard_name"), rs.getLong("worker_id"), rs.getLong("employer_id"),
				rs.getString("region_code"), rs.getLong("exam_institution_id"),
				rs.getObject("examined_on", LocalDate.class), rs.getObject("report_due_on", LocalDate.class),
				rs.getString("state"), (Long) rs.getObject("case_id"));
		return new Row(view, rs.getString("worker_name"), rs.getString("worker_id_masked"),
				rs.getString("employer_name"), rs.getString("credit_code"));
	}

}
