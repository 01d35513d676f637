package org.ohsonline.agency.internal;

import static org.ohsonline.shared.Text.blankToNull;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.ohsonline.shared.ScopeColumns;
import org.ohsonline.shared.ScopeFilter;
import org.ohsonline.agency.AgencyFilter;
import org.ohsonline.agency.AgencyKind;
import org.ohsonline.agency.AgencyRef;
import org.ohsonline.agency.AgencyStatus;
import org.ohsonline.agency.AgencySummary;
import org.ohsonline.agency.ExamType;
import org.ohsonline.agency.JobType;
import org.ohsonline.agency.QualificationState;
import org.ohsonline.shared.PageQuery;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for agencies and institutions. Every read for a person binds the actor's {@link ScopeFilter}. */
@Repository
class AgencyStore {

	/** Organisations visible to a scope: by region, or its own staff (a service agency's for an agency scope, an exam or diagnosis institution's for an institution scope). */
	static final String SCOPE = ScopeColumns.on("a").region("region_code").agency("case when a.kind = 'SERVICE_AGENCY' then a.credit_code end").institution("case when a.kind <> 'SERVICE_AGENCY' then a.credit_code end")
		.predicate();

	private static final Map<String, String> SORTS = Map.of("name", "a.name", "region", "a.region_code", "kind",
			"a.kind", "validTo", "a.valid_to");

	/** The qualification state on :today, the same rule as {@link QualificationState#on}. */
	private static final String STATE = """
			case when cast(:today as date) > a.valid_to then 'EXPIRED'
			     when cast(:today as date) < a.valid_from then 'NOT_YET_VALID'
			     when cast(:today as date) + cast(:warningDays as int) >= a.valid_to then 'EXPIRING'
			     else 'VALID' end""";

	private static final String FILTER = """
			from agency.agency a
			where %s
			  and a.region_code like :region || '%%'
			  and (cast(:q as text) is null or a.name ilike '%%' || cast(:q as text) || '%%'
			       or a.credit_code like upper(cast(:q as text)) || '%%'
			       or a.certificate_number ilike cast(:q as text) || '%%')
			  and (cast(:kind as text) is null or a.kind = cast(:kind as text))
			  and (cast(:status as text) is null or a.status = cast(:status as text))
			  and (cast(:qualification as text) is null or (%s) = cast(:qualification as text))
			  and (cast(:jobType as text) is null or exists (select 1 from agency.scope_job_type j
			       where j.agency_id = a.id and j.job_type = cast(:jobType as text)))
			  and (cast(:examType as text) is null or exists (select 1 from agency.exam_capacity c
			       where c.agency_id = a.id and c.exam_type = cast(:examType as text)))
			""".formatted(AgencyStore.SCOPE, STATE);

	private static final String SUMMARY_COLUMNS = """
			a.id, a.kind, a.credit_code, a.name, a.region_code, a.status, a.certificate_number, a.valid_from,
			a.valid_to, (select count(*) from agency.staff s where s.agency_id = a.id and s.status = 'ACTIVE') as active_staff""";

	private final JdbcClient jdbc;

	AgencyStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The stored state of an agency, with the contact phone still encrypted. */
	record Row(long id, AgencyKind kind, String creditCode, String name, String regionCode, String address,
			String contactName, String contactPhoneCipher, AgencyStatus status, String certificateNumber,
			String issuingAuthority, LocalDate validFrom, LocalDate validTo, boolean synthetic, Instant createdAt,
			Instant updatedAt, int version) {

		AgencyRef reference() {
			return new AgencyRef(this.id, this.kind, this.creditCode, this.name, this.regionCode, this.status,
					this.validFrom, this.validTo);
		}

	}

	long count(ScopeFilter scope, String region, AgencyFilter filter, LocalDate today) {
		return bind(this.jdbc.sql("select count(*) " + FILTER), scope, region, filter, today).query(Long.class).single();
	}

	List<AgencySummary> page(ScopeFilter scope, String region, AgencyFilter filter, LocalDate today, PageQuery page) {
		return bind(this.jdbc.sql("select " + SUMMARY_COLUMNS + " " + FILTER + orderBy(filter.sort())
				+ " limit :limit offset :offset"), scope, region, filter, today)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> summary(rs, today))
			.list();
	}

	void forEach(ScopeFilter scope, String region, AgencyFilter filter, LocalDate today,
			Consumer<AgencySummary> consumer) {
		try (Stream<AgencySummary> rows = bind(
				this.jdbc.sql("select " + SUMMARY_COLUMNS + " " + FILTER + orderBy(filter.sort())), scope, region,
				filter, today)
			.query((rs, n) -> summary(rs, today))
			.stream()) {
			rows.forEach(consumer);
		}
	}

	Optional<Row> find(ScopeFilter scope, long id) {
		return this.jdbc.sql("select a.* from agency.agency a where a.id = :id and " + AgencyStore.SCOPE)
			.params(scope.parameters())
			.param("id", id)
			.query(AgencyStore::row)
			.optional();
	}

	/** Without a scope: for other modules' questions that carry no personal data. */
	Optional<Row> find(long id) {
		return this.jdbc.sql("select a.* from agency.agency a where a.id = :id")
			.param("id", id)
			.query(AgencyStore::row)
			.optional();
	}

	/** Locks the organisation's row until the transaction ends: one rating computation at a time per organisation. */
	void lock(long id) {
		this.jdbc.sql("select id from agency.agency where id = :id for update").param("id", id).query(Long.class).optional();
	}

	/** Every organisation's id (the daily rating run). */
	List<Long> ids() {
		return this.jdbc.sql("select id from agency.agency order by id").query(Long.class).list();
	}

	List<Row> byCreditCode(String creditCode) {
		return this.jdbc.sql("select a.* from agency.agency a where a.credit_code = :code order by a.kind")
			.param("code", creditCode)
			.query(AgencyStore::row)
			.list();
	}

	boolean taken(String creditCode, AgencyKind kind) {
		return this.jdbc.sql("select count(*) from agency.agency where credit_code = :code and kind = :kind")
			.param("code", creditCode)
			.param("kind", kind.name())
			.query(Long.class)
			.single() > 0;
	}

	long insert(Row row) {
		return this.jdbc.sql("""
				insert into agency.agency (kind, credit_code, name, region_code, address, contact_name,
				    contact_phone_cipher, status, certificate_number, issuing_authority, valid_from, valid_to,
				    synthetic, created_at, updated_at)
				values (:kind, :creditCode, :name, :region, :address, :contactName, :contactPhone, :status,
				    :certificate, :authority, :validFrom, :validTo, :synthetic, :at, :at)
				returning id""")
			.params(columns(row))
			.param("kind", row.kind().name())
			.param("creditCode", row.creditCode())
			.param("synthetic", row.synthetic())
			.param("at", Timestamp.from(row.createdAt()))
			.query(Long.class)
			.single();
	}

	/** Optimistic: {@code false} when someone else changed the row since it was read. */
	boolean update(Row row) {
		return this.jdbc.sql("""
				update agency.agency set name = :name, region_code = :region, address = :address,
				    contact_name = :contactName, contact_phone_cipher = :contactPhone, status = :status,
				    certificate_number = :certificate, issuing_authority = :authority, valid_from = :validFrom,
				    valid_to = :validTo, updated_at = :at, version = version + 1
				where id = :id and version = :version""")
			.params(columns(row))
			.param("id", row.id())
			.param("version", row.version())
			.param("at", Timestamp.from(row.updatedAt()))
			.update() == 1;
	}

	private static Map<String, Object> columns(Row row) {
		Map<String, Object> values = new HashMap<>();
		values.put("name", row.name());
		values.put("region", row.regionCode());
		values.put("address", row.address());
		values.put("contactName", row.contactName());
		values.put("contactPhone", row.contactPhoneCipher());
		values.put("status", row.status().name());
		values.put("certificate", row.certificateNumber());
		values.put("authority", row.issuingAuthority());
		values.put("validFrom", Date.valueOf(row.validFrom()));
		values.put("validTo", Date.valueOf(row.validTo()));
		return values;
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, ScopeFilter scope, String region,
			AgencyFilter filter, LocalDate today) {
		String service = blankToNull(filter.service());
		String jobType = null;
		String examType = null;
		if (service != null) {
			for (JobType type : JobType.values()) {
				jobType = type.name().equals(service) ? type.name() : jobType;
			}
			for (ExamType type : ExamType.values()) {
				examType = type.name().equals(service) ? type.code() : examType;
			}
		}
		return spec.params(scope.parameters())
			.param("region", region)
			.param("q", blankToNull(filter.q()))
			.param("kind", blankToNull(filter.kind()))
			.param("status", blankToNull(filter.status()))
			.param("qualification", blankToNull(filter.qualification()))
			.param("jobType", jobType)
			.param("examType", examType)
			.param("today", Date.valueOf(today))
			.param("warningDays", QualificationState.WARNING_DAYS);
	}

	/** The sort column comes from a fixed list, never from the request text itself. */
	private static String orderBy(String sort) {
		String key = sort == null || sort.isBlank() ? "name" : sort;
		boolean descending = key.startsWith("-");
		String column = SORTS.getOrDefault(descending ? key.substring(1) : key, "a.name");
		return " order by " + column + (descending ? " desc" : " asc") + ", a.id";
	}

	private static AgencySummary summary(ResultSet rs, LocalDate today) throws SQLException {
		LocalDate validFrom = rs.getDate("valid_from").toLocalDate();
		LocalDate validTo = rs.getDate("valid_to").toLocalDate();
		return new AgencySummary(rs.getLong("id"), AgencyKind.valueOf(rs.getString("kind")), rs.getString("credit_code"),
				rs.getString("name"), rs.getString("region_code"), AgencyStatus.valueOf(rs.getString("status")),
				rs.getString("certificate_number"), validTo, ChronoUnit.DAYS.between(today, validTo),
				QualificationState.on(today, validFrom, validTo), rs.getInt("active_staff"));
	}

	static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getLong("id"), AgencyKind.valueOf(rs.getString("kind")), rs.getString("credit_code"),
				rs.getString("name"), rs.getString("region_code"), rs.getString("address"), rs.getString("contact_name"),
				rs.getString("contact_phone_cipher"), AgencyStatus.valueOf(rs.getString("status")),
				rs.getString("certificate_number"), rs.getString("issuing_authority"),
				rs.getDate("valid_from").toLocalDate(), rs.getDate("valid_to").toLocalDate(), rs.getBoolean("synthetic"),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
				rs.getInt("version"));
	}

}
