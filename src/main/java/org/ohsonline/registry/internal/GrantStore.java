package org.ohsonline.registry.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.ohsonline.registry.EmployerGrant;
import org.ohsonline.registry.GrantReason;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.ScopeColumns;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Access grants to register records; queried by the employer and worker scopes of the register. */
@Repository
class GrantStore {

	/** A grant of alias {@code g} in force whose grantee is the scope's agency or institution. */
	private static final String IN_FORCE = "g.revoked_at is null and (g.valid_until is null or g.valid_until >= current_date) and "
			+ ScopeColumns.on("g")
				.agency("case when g.grantee_kind = 'AGENCY' then g.grantee_code end")
				.institution("case when g.grantee_kind = 'INSTITUTION' then g.grantee_code end")
				.predicate();

	/** Employers ({@code e}) opened to the scope's agency or institution by a grant in force. */
	static final String EMPLOYER_GRANTED = "exists (select 1 from registry.access_grant g where g.employer_id = e.id and "
			+ IN_FORCE + ")";

	/** Workers ({@code w}) opened to the scope's institution by a grant in force. */
	static final String WORKER_GRANTED = "exists (select 1 from registry.access_grant g where g.worker_id = w.id and "
			+ IN_FORCE + ")";

	/** A grant as stored. */
	record Row(long id, String granteeKind, String granteeCode, Long employerId, Long workerId, String reason,
			String reference, LocalDate validUntil) {
	}

	private final JdbcClient jdbc;

	GrantStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(Scope grantee, Long employerId, Long workerId, GrantReason reason, String reference, LocalDate validUntil,
			Instant now) {
		return this.jdbc.sql("""
				insert into registry.access_grant (grantee_kind, grantee_code, employer_id, worker_id, reason, reference,
				    granted_at, valid_until)
				values (:kind, :code, :employer, :worker, :reason, :reference, :at, :until) returning id""")
			.param("kind", grantee.kind().name())
			.param("code", grantee.value())
			.param("employer", employerId)
			.param("worker", workerId)
			.param("reason", reason.name())
			.param("reference", reference)
			.param("at", Timestamp.from(now))
			.param("until", validUntil == null ? null : Date.valueOf(validUntil))
			.query(Long.class)
			.single();
	}

	/**
	 * Adds those of the employer grants that are not in force yet for their reason and reference,
	 * in one statement; answers how many it added.
	 */
	int insertMissing(List<EmployerGrant> grants, Instant now) {
		if (grants.isEmpty()) {
			return 0;
		}
		return this.jdbc.sql("""
				insert into registry.access_grant (grantee_kind, grantee_code, employer_id, reason, reference, granted_at,
				    valid_until)
				select n.kind, n.code, n.employer, n.reason, n.reference, :at, n.until
				from unnest(cast(:kinds as text[]), cast(:codes as text[]), cast(:employers as bigint[]),
				            cast(:reasons as text[]), cast(:references as text[]), cast(:untils as date[]))
				     as n (kind, code, employer, reason, reference, until)
				where exists (select 1 from registry.employer e where e.id = n.employer)
				  and not exists (select 1 from registry.access_grant g where g.reason = n.reason
				                  and g.reference = n.reference and g.revoked_at is null)""")
			.param("kinds", grants.stream().map(g -> g.grantee().kind().name()).toArray(String[]::new))
			.param("codes", grants.stream().map(g -> g.grantee().value()).toArray(String[]::new))
			.param("employers", grants.stream().map(EmployerGrant::employerId).toArray(Long[]::new))
			.param("reasons", grants.stream().map(g -> g.reason().name()).toArray(String[]::new))
			.param("references", grants.stream().map(EmployerGrant::reference).toArray(String[]::new))
			.param("untils", grants.stream().map(g -> g.validUntil() == null ? null : Date.valueOf(g.validUntil()))
				.toArray(Date[]::new))
			.param("at", Timestamp.from(now))
			.update();
	}

	/** Grants in force that the record gave. */
	List<Row> inForce(GrantReason reason, String reference) {
		return this.jdbc.sql("""
				select id, grantee_kind, grantee_code, employer_id, worker_id, reason, reference, valid_until
				from registry.access_grant where reason = :reason and reference = :reference and revoked_at is null""")
			.param("reason", reason.name())
			.param("reference", reference)
			.query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, Long.class),
					rs.getObject(5, Long.class), rs.getString(6), rs.getString(7), rs.getObject(8, LocalDate.class)))
			.list();
	}

	void revoke(long id, Instant now) {
		this.jdbc.sql("update registry.access_grant set revoked_at = :at where id = :id")
			.param("at", Timestamp.from(now))
			.param("id", id)
			.update();
	}

}
