package org.ohsonline.declaration.internal;

import static org.ohsonline.shared.Text.blankToNull;

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
import java.util.stream.Stream;

import org.ohsonline.shared.ScopeColumns;
import org.ohsonline.shared.ScopeFilter;
import org.ohsonline.declaration.DeclarationFilter;
import org.ohsonline.declaration.DeclarationKind;
import org.ohsonline.declaration.DeclarationManagement;
import org.ohsonline.declaration.ManagementOrganisation;
import org.ohsonline.declaration.DeclarationStatus;
import org.ohsonline.declaration.DeclarationSummary;
import org.ohsonline.declaration.DeclarationView;
import org.ohsonline.shared.PageQuery;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for declarations, their items and history. Every read by id or list binds the actor's scope. */
@Repository
class DeclarationStore {

	/** Declarations and clocks visible to a scope ({@code t}): by region or the employer. */
	static final String SCOPE = ScopeColumns.on("t").region("region_code").employer("credit_code")
		.predicate();

	private static final Map<String, String> SORTS = Map.of("number", "t.number", "employer", "t.employer_name",
			"submitted", "t.submitted_at", "status", "t.status", "exposed", "t.total_exposed", "created", "t.id");

	/** The list's WHERE clause; the date range applies to the submission, or the creation of a draft. */
	private static final String FILTER = """
			from declaration.declaration t
			where %s
			  and t.region_code like :region || '%%'
			  and (cast(:q as text) is null or t.employer_name ilike '%%' || cast(:q as text) || '%%'
			       or t.credit_code like upper(cast(:q as text)) || '%%' or t.number = upper(cast(:q as text)))
			  and (cast(:status as text) is null or t.status = cast(:status as text))
			  and (cast(:kind as text) is null or t.kind = cast(:kind as text))
			  and (cast(:employer as bigint) is null or t.employer_id = cast(:employer as bigint))
			  and (cast(:from as date) is null
			       or coalesce(t.submitted_at, t.created_at) >= cast(:from as date) at time zone 'Asia/Shanghai')
			  and (cast(:to as date) is null
			       or coalesce(t.submitted_at, t.created_at) < (cast(:to as date) + 1) at time zone 'Asia/Shanghai')
			""";

	private static final String SUMMARY_COLUMNS = """
			t.id, t.number, t.employer_id, t.credit_code, t.employer_name, t.region_code, t.kind, t.status,
			t.total_exposed, t.created_at, t.submitted_at, t.accepted_on,
			(select count(*) from declaration.declaration_item i where i.declaration_id = t.id) as factor_count""";

	private final JdbcClient jdbc;

	DeclarationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The stored state of a declaration, without its items, history or receipt bytes. */
	record Row(long id, String number, long employerId, String creditCode, String employerName, String regionCode,
			String address, DeclarationKind kind, List<String> reasons, DeclarationStatus status, String measures,
			Integer workforce, Integer totalExposed, DeclarationManagement management, Instant createdAt,
			Instant updatedAt, Instant submittedAt, Instant reviewedAt, String reviewerName, String returnReason,
			LocalDate acceptedOn, String receiptNumber, String receiptCode, String receiptSha256, int version) {
	}

	long insert(Row row, String createdBy) {
		long id = this.jdbc.sql("""
				insert into declaration.declaration (employer_id, credit_code, employer_name, region_code, address, kind,
				    reasons, status, measures, workforce, total_exposed, principal_name, principal_trained,
				    management_organisation, full_time_managers, part_time_managers, managers_trained, created_at,
				    created_by, updated_at)
				values (:employer, :credit, :name, :region, :address, :kind, :reasons, 'DRAFT', :measures, :workforce,
				    :total, :principal, :principalTrained, :organisation, :fullTime, :partTime, :managersTrained, :at,
				    :by, :at)
				returning id""")
			.params(content(row))
			.param("employer", row.employerId())
			.param("credit", row.creditCode())
			.param("name", row.employerName())
			.param("region", row.regionCode())
			.param("address", row.address())
			.param("kind", row.kind().name())
			.param("at", Timestamp.from(row.createdAt()))
			.param("by", createdBy)
			.query(Long.class)
			.single();
		// 申报编号: SB + county + year + sequence, readable on the phone and on the receipt.
		this.jdbc.sql("update declaration.declaration set number = :number where id = :id")
			.param("number", "SB" + row.regionCode().substring(0, Math.min(6, row.regionCode().length())) + "-"
					+ row.createdAt().atZone(java.time.ZoneId.of("Asia/Shanghai")).getYear() + "-"
					+ String.format("%06d", id))
			.param("id", id)
			.update();
		return id;
	}

	boolean revise(Row row) {
		return this.jdbc.sql("""
				update declaration.declaration set kind = :kind, reasons = :reasons, measures = :measures,
				    workforce = :workforce, total_exposed = :total, principal_name = :principal,
				    principal_trained = :principalTrained, management_organisation = :organisation,
				    full_time_managers = :fullTime, part_time_managers = :partTime, managers_trained = :managersTrained,
				    updated_at = :at, version = version + 1
				where id = :id and version = :version""")
			.params(content(row))
			.param("at", Timestamp.from(row.updatedAt()))
			.param("id", row.id())
			.param("version", row.version())
			.update() == 1;
	}

	/** What the employer declares, as the insert and the revision bind it. */
	private static Map<String, Object> content(Row row) {
		Map<String, Object> values = new java.util.HashMap<>();
		DeclarationManagement m = row.management();
		values.put("kind", row.kind().name());
		values.put("reasons", row.reasons().toArray(String[]::new));
		values.put("measures", row.measures());
		values.put("workforce", row.workforce());
		values.put("total", row.totalExposed());
		values.put("principal", m.principalName());
		values.put("principalTrained", m.principalTrained());
		values.put("organisation", m.organisation() == null ? null : m.organisation().name());
		values.put("fullTime", m.fullTimeManagers());
		values.put("partTime", m.partTimeManagers());
		values.put("managersTrained", m.managersTrained());
		return values;
	}

	void replaceItems(long id, List<DeclarationView.Item> items) {
		this.jdbc.sql("delete from declaration.declaration_item where declaration_id = :id").param("id", id).update();
		for (int i = 0; i < items.size(); i++) {
			DeclarationView.Item item = items.get(i);
			this.jdbc.sql("""
					insert into declaration.declaration_item (declaration_id, position, hazard_code, hazard_name,
					    exposed_headcount, posts, measures)
					values (:id, :position, :code, :name, :headcount, :posts, :measures)""")
				.param("id", id)
				.param("position", i + 1)
				.param("code", item.hazardCode())
				.param("name", item.hazardName())
				.param("headcount", item.exposedHeadcount())
				.param("posts", item.posts())
				.param("measures", item.measures())
				.update();
		}
	}

	boolean submitted(long id, int version, Instant at, String by) {
		return this.jdbc.sql("""
				update declaration.declaration set status = 'SUBMITTED', submitted_at = :at, submitted_by = :by,
				    return_reason = null, updated_at = :at, version = version + 1
				where id = :id and version = :version""")
			.param("at", Timestamp.from(at))
			.param("by", by)
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	boolean returned(long id, int version, Instant at, String by, String reviewerName, String reasons) {
		return this.jdbc.sql("""
				update declaration.declaration set status = 'RETURNED', reviewed_at = :at, reviewed_by = :by,
				    reviewer_name = :reviewer, return_reason = :reasons, updated_at = :at, version = version + 1
				where id = :id and version = :version""")
			.param("at", Timestamp.from(at))
			.param("by", by)
			.param("reviewer", reviewerName)
			.param("reasons", reasons)
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	boolean accepted(long id, int version, Instant at, String by, String reviewerName, LocalDate on) {
		return this.jdbc.sql("""
				update declaration.declaration set status = 'ACCEPTED', reviewed_at = :at, reviewed_by = :by,
				    reviewer_name = :reviewer, accepted_on = :on, return_reason = null, updated_at = :at,
				    version = version + 1
				where id = :id and version = :version""")
			.param("at", Timestamp.from(at))
			.param("by", by)
			.param("reviewer", reviewerName)
			.param("on", on)
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	void receipt(long id, String number, String code, String sha256, byte[] pdf) {
		this.jdbc.sql("""
				update declaration.declaration set receipt_number = :number, receipt_code = :code,
				    receipt_sha256 = :sha, receipt_pdf = :pdf
				where id = :id""")
			.param("number", number)
			.param("code", code)
			.param("sha", sha256)
			.param("pdf", pdf)
			.param("id", id)
			.update();
	}

	Optional<byte[]> receiptPdf(long id) {
		return this.jdbc.sql("select receipt_pdf from declaration.declaration where id = :id and receipt_pdf is not null")
			.param("id", id)
			.query((rs, n) -> rs.getBytes(1))
			.optional();
	}

	void history(long id, Instant at, String action, String actorName, String note) {
		this.jdbc.sql("""
				insert into declaration.declaration_history (declaration_id, at, action, actor_name, note)
				values (:id, :at, :action, :actor, :note)""")
			.param("id", id)
			.param("at", Timestamp.from(at))
			.param("action", action)
			.param("actor", actorName)
			.param("note", note)
			.update();
	}

	Optional<Row> find(ScopeFilter scope, long id) {
		return this.jdbc.sql("select t.* from declaration.declaration t where t.id = :id and " + DeclarationStore.SCOPE)
			.params(scope.parameters())
			.param("id", id)
			.query(DeclarationStore::row)
			.optional();
	}

	List<DeclarationView.Item> items(long id) {
		return this.jdbc.sql("""
				select hazard_code, hazard_name, exposed_headcount, posts, measures from declaration.declaration_item
				where declaration_id = :id order by position""")
			.param("id", id)
			.query((rs, n) -> new DeclarationView.Item(rs.getString("hazard_code"), rs.getString("hazard_name"),
					rs.getInt("exposed_headcount"), rs.getString("posts"), rs.getString("measures")))
			.list();
	}

	List<DeclarationView.HistoryEntry> history(long id) {
		return this.jdbc.sql("""
				select at, action, actor_name, note from declaration.declaration_history
				where declaration_id = :id order by at, id""")
			.param("id", id)
			.query((rs, n) -> new DeclarationView.HistoryEntry(rs.getTimestamp("at").toInstant(), rs.getString("action"),
					rs.getString("actor_name"), rs.getString("note")))
			.list();
	}

	/** The declaration in progress (draft, submitted, returned) of the employer, if any. */
	Optional<Long> inProgress(long employerId) {
		return this.jdbc.sql("""
				select id from declaration.declaration
				where employer_id = :employer and status in ('DRAFT', 'SUBMITTED', 'RETURNED')""")
			.param("employer", employerId)
			.query(Long.class)
			.optional();
	}

	/**
	 * The employers whose latest accepted declaration stands (is not a cancellation): every one, or
	 * only {@code employerId}.
	 */
	java.util.Set<Long> standing(Long employerId) {
		return new java.util.HashSet<>(this.jdbc.sql("""
				select employer_id from (
				    select distinct on (employer_id) employer_id, kind from declaration.declaration
				    where status = 'ACCEPTED'
				      and (cast(:employer as bigint) is null or employer_id = cast(:employer as bigint))
				    order by employer_id, reviewed_at desc, id desc) latest
				where kind <> 'CANCELLATION'""")
			.param("employer", employerId)
			.query(Long.class)
			.list());
	}

	/**
	 * The latest accepted declaration (a cancellation too) of each of the employers in the scope, in one statement, by
	 * employer id; employers without one are absent.
	 */
	Map<Long, DeclarationSummary> lastAcceptedOf(ScopeFilter scope, java.util.Collection<Long> employerIds) {
		Map<Long, DeclarationSummary> byEmployer = new java.util.HashMap<>();
		this.jdbc.sql("select distinct on (t.employer_id) " + SUMMARY_COLUMNS + """
				 from declaration.declaration t
				where t.status = 'ACCEPTED' and t.employer_id = any(cast(:ids as bigint[])) and """ + DeclarationStore.SCOPE
				+ " order by t.employer_id, t.reviewed_at desc, t.id desc")
			.params(scope.parameters())
			.param("ids", employerIds.toArray(Long[]::new))
			.query(DeclarationStore::summary)
			.list()
			.forEach(d -> byEmployer.put(d.employerId(), d));
		return byEmployer;
	}

	/** The employer's latest accepted declaration, if any. */
	Optional<Row> lastAccepted(long employerId) {
		return this.jdbc.sql("""
				select t.* from declaration.declaration t where t.employer_id = :employer and t.status = 'ACCEPTED'
				order by t.reviewed_at desc, t.id desc limit 1""")
			.param("employer", employerId)
			.query(DeclarationStore::row)
			.optional();
	}

	/** The employer's declarations in scope with their history, for the timeline. */
	List<Row> ofEmployer(ScopeFilter scope, long employerId) {
		return this.jdbc.sql("select t.* from declaration.declaration t where t.employer_id = :employer and "
				+ DeclarationStore.SCOPE + " order by t.id")
			.params(scope.parameters())
			.param("employer", employerId)
			.query(DeclarationStore::row)
			.list();
	}

	long count(ScopeFilter scope, String region, DeclarationFilter filter) {
		return bind(this.jdbc.sql("select count(*) " + where(scope)), scope, region, filter).query(Long.class).single();
	}

	List<DeclarationSummary> page(ScopeFilter scope, String region, DeclarationFilter filter, PageQuery page) {
		return bind(this.jdbc.sql("select " + SUMMARY_COLUMNS + " " + where(scope) + orderBy(filter.sort())
				+ " limit :limit offset :offset"), scope, region, filter)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(DeclarationStore::summary)
			.list();
	}

	void forEach(ScopeFilter scope, String region, DeclarationFilter filter, Consumer<DeclarationSummary> consumer) {
		try (Stream<DeclarationSummary> rows = bind(
				this.jdbc.sql("select " + SUMMARY_COLUMNS + " " + where(scope) + orderBy(filter.sort())), scope, region,
				filter)
			.query(DeclarationStore::summary)
			.stream()) {
			rows.forEach(consumer);
		}
	}

	/** The scope predicate is one of two fixed fragments, never text from the request. */
	private static String where(ScopeFilter scope) {
		return FILTER.formatted(ScopeColumns.on("t").region("region_code").employer("credit_code").predicateWithinRegion(scope));
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, ScopeFilter scope, String region,
			DeclarationFilter filter) {
		return spec.params(scope.parameters())
			.param("region", region)
			.param("q", blankToNull(filter.q()))
			.param("status", blankToNull(filter.status()))
			.param("kind", blankToNull(filter.kind()))
			.param("employer", filter.employerId())
			.param("from", filter.from())
			.param("to", filter.to());
	}

	/** The sort column comes from a fixed list, never from the request text itself. */
	private static String orderBy(String sort) {
		String key = sort == null || sort.isBlank() ? "-created" : sort;
		boolean descending = key.startsWith("-");
		String column = SORTS.getOrDefault(descending ? key.substring(1) : key, "t.id");
		return " order by " + column + (descending ? " desc nulls last" : " asc nulls last") + ", t.id desc";
	}

	private static DeclarationSummary summary(ResultSet rs, int n) throws SQLException {
		Timestamp submitted = rs.getTimestamp("submitted_at");
		return new DeclarationSummary(rs.getLong("id"), rs.getString("number"), rs.getLong("employer_id"),
				rs.getString("credit_code"), rs.getString("employer_name"), rs.getString("region_code"),
				DeclarationKind.valueOf(rs.getString("kind")), DeclarationStatus.valueOf(rs.getString("status")),
				rs.getInt("factor_count"), (Integer) rs.getObject("total_exposed", Integer.class),
				rs.getTimestamp("created_at").toInstant(),
				submitted == null ? null : submitted.toInstant(), rs.getObject("accepted_on", LocalDate.class));
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getLong("id"), rs.getString("number"), rs.getLong("employer_id"), rs.getString("credit_code"),
				rs.getString("employer_name"), rs.getString("region_code"), rs.getString("address"),
				DeclarationKind.valueOf(rs.getString("kind")), strings(rs.getArray("reasons")),
				DeclarationStatus.valueOf(rs.getString("status")), rs.getString("measures"),
				(Integer) rs.getObject("workforce", Integer.class), (Integer) rs.getObject("total_exposed", Integer.class),
				management(rs), rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
				instant(rs.getTimestamp("submitted_at")), instant(rs.getTimestamp("reviewed_at")),
				rs.getString("reviewer_name"), rs.getString("return_reason"), rs.getObject("accepted_on", LocalDate.class),
				rs.getString("receipt_number"), rs.getString("receipt_code"), rs.getString("receipt_sha256"),
				rs.getInt("version"));
	}

	private static DeclarationManagement management(ResultSet rs) throws SQLException {
		String organisation = rs.getString("management_organisation");
		return new DeclarationManagement(rs.getString("principal_name"),
				(Boolean) rs.getObject("principal_trained", Boolean.class),
				organisation == null ? null : ManagementOrganisation.valueOf(organisation),
				(Integer) rs.getObject("full_time_managers", Integer.class),
				(Integer) rs.getObject("part_time_managers", Integer.class),
				(Boolean) rs.getObject("managers_trained", Boolean.class));
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
