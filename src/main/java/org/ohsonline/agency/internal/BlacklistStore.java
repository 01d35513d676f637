package org.ohsonline.agency.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.ohsonline.agency.AgencyKind;
import org.ohsonline.agency.BlacklistStatus;
import org.ohsonline.agency.BlacklistTrigger;
import org.ohsonline.agency.BlacklistView;
import org.ohsonline.shared.ScopeFilter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for blacklist entries; reads for a person bind the actor's {@link ScopeFilter} on the organisation. */
@Repository
class BlacklistStore {

	private static final String COLUMNS = """
			b.id, b.agency_id, b.status, b.origin, b.trigger_code, b.reason, b.legal_basis, b.starts_on, b.ends_on,
			b.document_name, b.document_type, b.document_size, b.document_sha256, b.proposed_by, b.proposed_at,
			b.decided_by, b.decided_at, b.decision_note, b.removed_by, b.removed_at, b.removal_reason,
			a.name as agency_name, a.kind as agency_kind, a.region_code as agency_region""";

	private static final String FROM = " from agency.blacklist_entry b join agency.agency a on a.id = b.agency_id ";

	/** The status as read on :today: an entry in force past its last day has expired. */
	private static final String STATUS = """
			case when b.status = 'IN_FORCE' and b.ends_on < cast(:today as date) then 'EXPIRED' else b.status end""";

	private final JdbcClient jdbc;

	BlacklistStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A document as stored. */
	record Stored(String name, String type, byte[] content, String sha256) {
	}

	long insert(long agencyId, String origin, BlacklistTrigger trigger, String reason, String legalBasis,
			LocalDate startsOn, LocalDate endsOn, Stored document, String by, Instant at) {
		return this.jdbc.sql("""
				insert into agency.blacklist_entry (agency_id, status, origin, trigger_code, reason, legal_basis,
				    starts_on, ends_on, document_name, document_type, document_size, document_sha256, document,
				    proposed_by, proposed_at)
				values (:agency, 'PROPOSED', :origin, :trigger, :reason, :basis, :starts, :ends, :name, :type, :size,
				    :sha, :content, :by, :at)
				returning id""")
			.param("agency", agencyId)
			.param("origin", origin)
			.param("trigger", trigger == null ? null : trigger.name())
			.param("reason", reason)
			.param("basis", legalBasis)
			.param("starts", startsOn)
			.param("ends", endsOn)
			.param("name", document == null ? null : document.name())
			.param("type", document == null ? null : document.type())
			.param("size", document == null ? null : document.content().length)
			.param("sha", document == null ? null : document.sha256())
			.param("content", document == null ? null : document.content())
			.param("by", by)
			.param("at", Timestamp.from(at))
			.query(Long.class)
			.single();
	}

	/** Whether a proposal waits or an entry is in force (not past its last day) for the organisation. */
	boolean hasOpen(long agencyId, LocalDate today) {
		return this.jdbc.sql("""
				select count(*) from agency.blacklist_entry where agency_id = :id
				  and (status = 'PROPOSED' or (status = 'IN_FORCE' and ends_on >= :today))""")
			.param("id", agencyId)
			.param("today", today)
			.query(Long.class)
			.single() > 0;
	}

	void confirm(long id, String reason, String legalBasis, LocalDate startsOn, LocalDate endsOn, Stored document,
			String by, Instant at) {
		this.jdbc.sql("""
				update agency.blacklist_entry set status = 'IN_FORCE', reason = :reason, legal_basis = :basis,
				    starts_on = :starts, ends_on = :ends,
				    document_name = coalesce(:name, document_name), document_type = coalesce(:type, document_type),
				    document_size = coalesce(cast(:size as int), document_size),
				    document_sha256 = coalesce(:sha, document_sha256), document = coalesce(:content, document),
				    decided_by = :by, decided_at = :at
				where id = :id and status = 'PROPOSED'""")
			.param("reason", reason)
			.param("basis", legalBasis)
			.param("starts", startsOn)
			.param("ends", endsOn)
			.param("name", document == null ? null : document.name())
			.param("type", document == null ? null : document.type())
			.param("size", document == null ? null : document.content().length)
			.param("sha", document == null ? null : document.sha256())
			.param("content", document == null ? null : document.content())
			.param("by", by)
			.param("at", Timestamp.from(at))
			.param("id", id)
			.update();
	}

	void reject(long id, String note, String by, Instant at) {
		this.jdbc.sql("""
				update agency.blacklist_entry set status = 'REJECTED', decision_note = :note, decided_by = :by,
				    decided_at = :at where id = :id and status = 'PROPOSED'""")
			.param("note", note)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.param("id", id)
			.update();
	}

	void remove(long id, String reason, String by, Instant at) {
		this.jdbc.sql("""
				update agency.blacklist_entry set status = 'REMOVED', removal_reason = :reason, removed_by = :by,
				    removed_at = :at where id = :id and status = 'IN_FORCE'""")
			.param("reason", reason)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.param("id", id)
			.update();
	}

	Optional<BlacklistView> find(ScopeFilter scope, long id, LocalDate today) {
		return this.jdbc.sql("select " + COLUMNS + ", " + STATUS + " as shown" + FROM + " where b.id = :id and "
				+ AgencyStore.SCOPE)
			.params(scope.parameters())
			.param("id", id)
			.param("today", today)
			.query(BlacklistStore::view)
			.optional();
	}

	Optional<Stored> document(long id) {
		return this.jdbc.sql("select document_name, document_type, document, document_sha256 from agency.blacklist_entry"
				+ " where id = :id and document is not null")
			.param("id", id)
			.query((rs, n) -> new Stored(rs.getString(1), rs.getString(2), rs.getBytes(3), rs.getString(4)))
			.optional();
	}

	List<BlacklistView> ofAgency(long agencyId, LocalDate today) {
		return this.jdbc.sql("select " + COLUMNS + ", " + STATUS + " as shown" + FROM
				+ " where b.agency_id = :id order by b.proposed_at desc, b.id desc")
			.param("id", agencyId)
			.param("today", today)
			.query(BlacklistStore::view)
			.list();
	}

	Optional<BlacklistView> inForce(long agencyId, LocalDate day) {
		return this.jdbc.sql("select " + COLUMNS + ", b.status as shown" + FROM + """
				 where b.agency_id = :id and b.status = 'IN_FORCE' and b.starts_on <= :day and b.ends_on >= :day
				 order by b.id desc limit 1""")
			.param("id", agencyId)
			.param("day", day)
			.query(BlacklistStore::view)
			.optional();
	}

	void forEach(ScopeFilter scope, String region, BlacklistStatus status, LocalDate today, int limit,
			Consumer<BlacklistView> consumer) {
		try (Stream<BlacklistView> rows = this.jdbc.sql("select * from (select " + COLUMNS + ", " + STATUS + " as shown"
				+ FROM + " where " + AgencyStore.SCOPE + " and a.region_code like :region || '%') x"
				+ " where (cast(:status as text) is null or x.shown = cast(:status as text))"
				+ " order by case x.shown when 'PROPOSED' then 0 when 'IN_FORCE' then 1 else 2 end, x.proposed_at desc, x.id desc"
				+ " limit :limit")
			.params(scope.parameters())
			.param("region", region)
			.param("status", status == null ? null : status.name())
			.param("today", today)
			.param("limit", limit)
			.query(BlacklistStore::view)
			.stream()) {
			rows.forEach(consumer);
		}
	}

	private static BlacklistView view(ResultSet rs, int n) throws SQLException {
		String trigger = rs.getString("trigger_code");
		return new BlacklistView(rs.getLong("id"), rs.getLong("agency_id"), rs.getString("agency_name"),
				AgencyKind.valueOf(rs.getString("agency_kind")), rs.getString("agency_region"),
				BlacklistStatus.valueOf(rs.getString("shown")), rs.getString("origin"),
				trigger == null ? null : BlacklistTrigger.valueOf(trigger), rs.getString("reason"),
				rs.getString("legal_basis"), date(rs, "starts_on"), date(rs, "ends_on"), rs.getString("document_name"),
				rs.getString("document_type"), (Integer) rs.getObject("document_size"), rs.getString("document_sha256"),
				rs.getString("proposed_by"), instant(rs, "proposed_at"), rs.getString("decided_by"),
				instant(rs, "decided_at"), rs.getString("decision_note"), rs.getString("removed_by"),
				instant(rs, "removed_at"), rs.getString("removal_reason"));
	}

	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		java.sql.Date date = rs.getDate(column);
		return date == null ? null : date.toLocalDate();
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return at == null ? null : at.toInstant();
	}

}
