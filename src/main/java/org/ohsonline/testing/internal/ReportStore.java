package org.ohsonline.testing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.ohsonline.testing.ReportView;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code testing.report} table: every edition of every report, as issued. */
@Repository
class ReportStore {

	private static final String COLUMNS = """
			id, job_id, number, edition, verification_code, sha256, issued_at, issued_by, reason, replaced_at""";

	private final JdbcClient jdbc;

	ReportStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<ReportView> ofJob(long jobId) {
		return this.jdbc.sql("select " + COLUMNS + " from testing.report where job_id = :job order by edition desc")
			.param("job", jobId)
			.query(ReportStore::view)
			.list();
	}

	Optional<ReportView> find(long id) {
		return this.jdbc.sql("select " + COLUMNS + " from testing.report where id = :id")
			.param("id", id)
			.query(ReportStore::view)
			.optional();
	}

	/** The current edition, locked until the transaction ends (so two reissues cannot both succeed). */
	Optional<ReportView> currentForUpdate(long jobId) {
		return this.jdbc
			.sql("select " + COLUMNS + " from testing.report where job_id = :job and replaced_at is null for update")
			.param("job", jobId)
			.query(ReportStore::view)
			.optional();
	}

	byte[] pdf(long id) {
		return this.jdbc.sql("select pdf from testing.report where id = :id").param("id", id).query(byte[].class).single();
	}

	void replace(long id, Instant at) {
		this.jdbc.sql("update testing.report set replaced_at = :at where id = :id and replaced_at is null")
			.param("at", Timestamp.from(at))
			.param("id", id)
			.update();
	}

	long insert(long jobId, String number, int edition, String code, String sha256, byte[] pdf, Instant at,
			String issuedBy, String reason) {
		return this.jdbc.sql("""
				insert into testing.report (job_id, number, edition, verification_code, sha256, pdf, issued_at, issued_by,
				    reason)
				values (:job, :number, :edition, :code, :sha, :pdf, :at, :by, :reason)
				returning id""")
			.param("job", jobId)
			.param("number", number)
			.param("edition", edition)
			.param("code", code)
			.param("sha", sha256)
			.param("pdf", pdf)
			.param("at", Timestamp.from(at))
			.param("by", issuedBy)
			.param("reason", reason)
			.query(Long.class)
			.single();
	}

	private static ReportView view(ResultSet rs, int n) throws SQLException {
		Timestamp replaced = rs.getTimestamp("replaced_at");
		return new ReportView(rs.getLong("id"), rs.getLong("job_id"), rs.getString("number"), rs.getInt("edition"),
				rs.getString("verification_code"), rs.getString("sha256"), rs.getTimestamp("issued_at").toInstant(),
				rs.getString("issued_by"), rs.getString("reason"), replaced == null ? null : replaced.toInstant());
	}

}
