package org.ohsonline.diagnosis.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Issued certificates ({@code diagnosis.certificate}): written once, never updated. */
@Repository
class CertificateStore {

	private final JdbcClient jdbc;

	CertificateStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(long caseId, String number, String code, String sha256, byte[] pdf, LocalDate issuedOn, Instant at) {
		this.jdbc.sql("""
				insert into diagnosis.certificate (case_id, number, verification_code, sha256, pdf, issued_on, issued_at)
				values (:case, :number, :code, :sha, :pdf, :on, :at)""")
			.param("case", caseId)
			.param("number", number)
			.param("code", code)
			.param("sha", sha256)
			.param("pdf", pdf)
			.param("on", issuedOn)
			.param("at", Timestamp.from(at))
			.update();
	}

	Optional<String> code(long caseId) {
		return this.jdbc.sql("select verification_code from diagnosis.certificate where case_id = :case")
			.param("case", caseId)
			.query(String.class)
			.optional();
	}

	Optional<byte[]> pdf(long caseId) {
		return this.jdbc.sql("select pdf from diagnosis.certificate where case_id = :case")
			.param("case", caseId)
			.query((rs, n) -> rs.getBytes(1))
			.optional();
	}

}
