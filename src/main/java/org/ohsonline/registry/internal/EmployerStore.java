package org.ohsonline.registry.internal;

import static org.ohsonline.shared.Text.blankToNull;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.ohsonline.shared.ScopeColumns;
import org.ohsonline.shared.ScopeFilter;
import org.ohsonline.reference.Severity;
import org.ohsonline.reference.SeverityAnswers;
import org.ohsonline.reference.SeverityQuestion;
import org.ohsonline.reference.SolventUse;
import org.ohsonline.reference.SizeClass;
import org.ohsonline.registry.EmployerDuties;
import org.ohsonline.registry.EmployerFilter;
import org.ohsonline.registry.EmployerStatus;
import org.ohsonline.registry.EmployerSummary;
import org.ohsonline.shared.PageQuery;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for employers. Every read binds the actor's {@link ScopeFilter}. */
@Repository
class EmployerStore {

	/** Employers visible to a scope: by region or the employer itself. */
	private static final ScopeColumns COLUMNS = ScopeColumns.on("e").region("region_code").employer("credit_code");

	/** Employers in the scope's own jurisdiction: its region, or the employer itself. */
	static final String SCOPE = COLUMNS.predicate();

	/** Employers readable in the scope: its own, and those a grant in force opens to its agency or institution. */
	static final String READABLE = "(" + SCOPE + " or " + GrantStore.EMPLOYER_GRANTED + ")";

	private static final java.time.ZoneId ZONE = java.time.ZoneId.of("Asia/Shanghai");

	private static final Map<String, String> SORTS = Map.of("name", "e.name", "region", "e.region_code", "industry",
			"e.industry_code", "employees", "e.employees", "updated", "e.updated_at");

	/**
	 * The list's WHERE clause. The scope and the city/division shortcut are chosen in Java among
	 * fixed fragments (never built from request text): an {@code OR} over parameters, as in
	 * {@link ScopeFilter#EMPLOYER_PREDICATE}, would keep PostgreSQL from using an index at all.
	 */
	private static final String FILTER = """
			from registry.employer e
			where %s
			  and %s
			  and (cast(:q as text) is null or e.name ilike '%%' || cast(:q as text) || '%%'
			       or e.credit_code like upper(cast(:q as text)) || '%%')
			  and (cast(:size as text) is null or e.size_class = cast(:size as text))
			  and (cast(:severity as text) is null or e.severity = cast(:severity as text))
			  and (cast(:status as text) is null or e.status = cast(:status as text))
			""";

	private static final String BY_PREFIXES = """
			e.region_code like :region || '%'
			  and (cast(:industry as text) is null or e.industry_code like cast(:industry as text) || '%')""";

	/**
	 * A city (or narrower) and an industry division (or narrower): equality on the generated columns
	 * of employer_division_city_name_idx (migration V4), which returns the rows in name order. The
	 * prefix predicates are added only where they narrow further: a redundant one makes PostgreSQL
	 * multiply selectivities, underestimate the rows and sort them all instead.
	 */
	private static final String BY_CITY_AND_DIVISION = """
			e.region_city = left(cast(:region as text), 4)
			  and e.industry_division = left(cast(:industry as text), 2)""";

	private static final String NARROWER_REGION = " and e.region_code like :region || '%'";

	private static final String NARROWER_INDUSTRY = " and e.industry_code like cast(:industry as text) || '%'";

	private static final String SUMMARY_COLUMNS = "e.id, e.credit_code, e.name, e.region_code, e.industry_code, "
			+ "e.employees, e.size_class, e.severity, e.status";

	private final JdbcClient jdbc;

	private final EmployerCounts counts;

	EmployerStore(JdbcClient jdbc, EmployerCounts counts) {
		this.jdbc = jdbc;
		this.counts = counts;
	}

	/** The stored state of an employer, with phone numbers still encrypted. */
	record Row(long id, String creditCode, String name, String regionCode, String address, String industryCode,
			String economicTypeCode, int employees, Long annualRevenue, SizeClass sizeClass, String legalRepresentative,
			String ohManagerName, String ohManagerPhoneCipher, String contactPhoneCipher, EmployerStatus status,
			Severity severity, String severityBasis, boolean synthetic, Instant createdAt, Instant updatedAt,
			int version, LocalDate productionStartedOn, SeverityAnswers answers, List<SeverityQuestion> severityQuestions) {

		Row {
			answers = answers == null ? SeverityAnswers.none() : answers;
			severityQuestions = severityQuestions == null ? List.of() : List.copyOf(severityQuestions);
		}

		/** The same facts with the size class and severity derived from them. */
		Row withDerived(SizeClass size, Derivations.Derived derived) {
			return new Row(this.id, this.creditCode, this.name, this.regionCode, this.address, this.industryCode,
					this.economicTypeCode, this.employees, this.annualRevenue, size, this.legalRepresentative,
					this.ohManagerName, this.ohManagerPhoneCipher, this.contactPhoneCipher, this.status,
					derived.severity(), derived.basis(), this.synthetic, this.createdAt, this.updatedAt, this.version,
					this.productionStartedOn, this.answers, derived.questions());
		}

		Row withStatus(EmployerStatus to, Instant at) {
			return new Row(this.id, this.creditCode, this.name, this.regionCode, this.address, this.industryCode,
					this.economicTypeCode, this.employees, this.annualRevenue, this.sizeClass, this.legalRepresentative,
					this.ohManagerName, this.ohManagerPhoneCipher, this.contactPhoneCipher, to, this.severity,
					this.severityBasis, this.synthetic, this.createdAt, at, this.version, this.productionStartedOn,
					this.answers, this.severityQuestions);
		}

	}

	long count(ScopeFilter scope, String region, EmployerFilter filter) {
		return this.counts.total(scope, region, filter,
				() -> bind(this.jdbc.sql("select count(*) " + where(scope, region, filter)), scope, region, filter)
					.query(Long.class)
					.single());
	}

	List<EmployerSummary> page(ScopeFilter scope, String region, EmployerFilter filter, PageQuery page) {
		return bind(this.jdbc.sql("select " + SUMMARY_COLUMNS + " " + where(scope, region, filter)
				+ orderBy(filter.sort()) + " limit :limit offset :offset"), scope, region, filter)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(EmployerStore::summary)
			.list();
	}

	void forEach(ScopeFilter scope, String region, EmployerFilter filter, Consumer<EmployerSummary> consumer) {
		try (Stream<EmployerSummary> rows = bind(
				this.jdbc.sql("select " + SUMMARY_COLUMNS + " " + where(scope, region, filter) + orderBy(filter.sort())),
				scope, region, filter)
			.query(EmployerStore::summary)
			.stream()) {
			rows.forEach(consumer);
		}
	}

	Optional<Row> find(ScopeFilter scope, long id) {
		return this.jdbc.sql("select e.* from registry.employer e where e.id = :id and " + EmployerStore.SCOPE)
			.params(scope.parameters())
			.param("id", id)
			.query(EmployerStore::row)
			.optional();
	}

	/** The employer if readable in the scope: own jurisdiction or a grant in force (profile and structure only). */
	Optional<Row> findReadable(ScopeFilter scope, long id) {
		return this.jdbc.sql("select e.* from registry.employer e where e.id = :id and " + READABLE)
			.params(scope.parameters())
			.param("id", id)
			.query(EmployerStore::row)
			.optional();
	}

	/** What an employer's duty clocks count from; hazardous when a post of it has a hazard factor. */
	private static final String DUTIES = """
			select e.id, e.credit_code, e.name, e.region_code, e.industry_code, e.severity, e.status, e.created_at,
			    e.production_started_on,
			    exists (select 1 from registry.post p join registry.post_hazard h on h.post_id = p.id
			            where p.employer_id = e.id) as hazardous
			from registry.employer e
			where """;

	Optional<EmployerDuties> duties(ScopeFilter scope, long id) {
		return this.jdbc.sql(DUTIES + SCOPE + " and e.id = :id")
			.params(scope.parameters())
			.param("id", id)
			.query(EmployerStore::duties)
			.optional();
	}

	/** The employer's duties with its industry and day of registration, if the scope sees it. */
	Optional<org.ohsonline.registry.EmployerProfile> profile(ScopeFilter scope, long id) {
		return profiles(scope, List.of(id)).stream().findFirst();
	}

	/** {@link #profile} of each of the employers the scope sees, in one statement, ordered by id. */
	List<org.ohsonline.registry.EmployerProfile> profiles(ScopeFilter scope, java.util.Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(DUTIES + SCOPE + " and e.id = any(cast(:ids as bigint[])) order by e.id")
			.params(scope.parameters())
			.param("ids", ids.toArray(Long[]::new))
			.query((rs, n) -> new org.ohsonline.registry.EmployerProfile(duties(rs, n), rs.getString("industry_code"),
					rs.getTimestamp("created_at").toInstant().atZone(ZONE).toLocalDate()))
			.list();
	}

	void forEachDuties(ScopeFilter scope, Consumer<EmployerDuties> consumer) {
		try (Stream<EmployerDuties> rows = this.jdbc.sql(DUTIES + SCOPE + " order by e.id")
			.params(scope.parameters())
			.query(EmployerStore::duties)
			.stream()) {
			rows.forEach(consumer);
		}
	}

	private static EmployerDuties duties(ResultSet rs, int n) throws SQLException {
		String severity = rs.getString("severity");
		LocalDate production = rs.getObject("production_started_on", LocalDate.class);
		Instant registered = rs.getTimestamp("created_at").toInstant();
		return new EmployerDuties(rs.getLong("id"), rs.getString("credit_code"), rs.getString("name"),
				rs.getString("region_code"), severity == null ? null : Severity.valueOf(severity),
				EmployerStatus.valueOf(rs.getString("status")), rs.getBoolean("hazardous"),
				production != null ? production : registered.atZone(ZONE).toLocalDate(), production != null);
	}

	/** The employer with the credit code, whatever the scope: the register resolves public identifiers itself. */
	Optional<Row> byCreditCode(String creditCode) {
		return this.jdbc.sql("select e.* from registry.employer e where e.credit_code = :c")
			.param("c", creditCode)
			.query(EmployerStore::row)
			.optional();
	}

	String regionOf(long id) {
		return this.jdbc.sql("select region_code from registry.employer where id = :id").param("id", id).query(String.class).single();
	}

	boolean exists(long id) {
		return this.jdbc.sql("select count(*) from registry.employer where id = :id").param("id", id).query(Long.class).single() > 0;
	}

	boolean creditCodeTaken(String creditCode, Long except) {
		return this.jdbc.sql("select count(*) from registry.employer where credit_code = :c and id <> :except")
			.param("c", creditCode)
			.param("except", except == null ? -1L : except)
			.query(Long.class)
			.single() > 0;
	}

	long insert(Row row) {
		this.counts.invalidateAll();
		return this.jdbc.sql("""
				insert into registry.employer (credit_code, name, region_code, address, industry_code,
				    economic_type_code, employees, annual_revenue, size_class, legal_representative, oh_manager_name,
				    oh_manager_phone_cipher, contact_phone_cipher, status, severity, severity_basis, synthetic,
				    created_at, updated_at, production_started_on, activity_codes, solvent_use, severity_questions)
				values (:creditCode, :name, :region, :address, :industry, :economicType, :employees, :revenue, :size,
				    :legal, :manager, :managerPhone, :contactPhone, :status, :severity, :basis, :synthetic, :at, :at,
				    :productionStartedOn, :activities, :solventUse, :questions)
				returning id""")
			.params(columns(row))
			.param("creditCode", row.creditCode())
			.param("synthetic", row.synthetic())
			.param("at", Timestamp.from(row.createdAt()))
			.query(Long.class)
			.single();
	}

	boolean update(Row row) {
		this.counts.invalidateAll();
		return this.jdbc.sql("""
				update registry.employer set name = :name, region_code = :region, address = :address,
				    industry_code = :industry, economic_type_code = :economicType, employees = :employees,
				    annual_revenue = :revenue, size_class = :size, legal_representative = :legal,
				    oh_manager_name = :manager, oh_manager_phone_cipher = :managerPhone,
				    contact_phone_cipher = :contactPhone, status = :status, severity = :severity,
				    severity_basis = :basis, production_started_on = :productionStartedOn, updated_at = :at,
				    activity_codes = :activities, solvent_use = :solventUse, severity_questions = :questions,
				    version = version + 1
				where id = :id and version = :version""")
			.params(columns(row))
			.param("id", row.id())
			.param("version", row.version())
			.param("at", Timestamp.from(row.updatedAt()))
			.update() == 1;
	}

	/** After derived columns were rewritten in bulk: the cached totals of filtered lists are stale. */
	void invalidateCounts() {
		this.counts.invalidateAll();
	}

	List<String> siteIndustries(long employerId) {
		return this.jdbc.sql("select industry_code from registry.site where employer_id = :id and industry_code is not null")
			.param("id", employerId)
			.query(String.class)
			.list();
	}

	private static Map<String, Object> columns(Row row) {
		Map<String, Object> values = new HashMap<>();
		values.put("name", row.name());
		values.put("region", row.regionCode());
		values.put("address", row.address());
		values.put("industry", row.industryCode());
		values.put("economicType", row.economicTypeCode());
		values.put("employees", row.employees());
		values.put("revenue", row.annualRevenue());
		values.put("size", row.sizeClass() == null ? null : row.sizeClass().name());
		values.put("legal", row.legalRepresentative());
		values.put("manager", row.ohManagerName());
		values.put("managerPhone", row.ohManagerPhoneCipher());
		values.put("contactPhone", row.contactPhoneCipher());
		values.put("status", row.status().name());
		values.put("severity", row.severity() == null ? null : row.severity().name());
		values.put("basis", row.severityBasis());
		values.put("productionStartedOn", row.productionStartedOn());
		values.put("activities", row.answers().activities().stream().sorted().toArray(String[]::new));
		values.put("solventUse", row.answers().solventUse() == null ? null : row.answers().solventUse().name());
		values.put("questions", questions(row.severityQuestions()));
		return values;
	}

	static String[] questions(List<SeverityQuestion> questions) {
		return questions.stream().map(SeverityQuestion::name).toArray(String[]::new);
	}

	static SeverityAnswers answers(ResultSet rs) throws SQLException {
		String solvent = rs.getString("solvent_use");
		return new SeverityAnswers(java.util.Set.of(strings(rs.getArray("activity_codes"))),
				solvent == null ? null : SolventUse.valueOf(solvent));
	}

	static List<SeverityQuestion> questions(ResultSet rs) throws SQLException {
		return java.util.Arrays.stream(strings(rs.getArray("severity_questions"))).map(SeverityQuestion::valueOf).toList();
	}

	private static String[] strings(java.sql.Array array) throws SQLException {
		return array == null ? new String[0] : (String[]) array.getArray();
	}

	/** Employers not closed in the townships, within the scope, by id. */
	List<org.ohsonline.registry.EmployerRef> inTownships(ScopeFilter scope, List<String> townships) {
		return this.jdbc.sql("select e.id, e.credit_code, e.name, e.region_code from registry.employer e"
				+ " where e.region_code in (:townships) and e.status <> 'CLOSED' and " + COLUMNS.predicate() + " order by e.id")
			.params(scope.parameters())
			.param("townships", townships)
			.query((rs, n) -> new org.ohsonline.registry.EmployerRef(rs.getLong(1), rs.getString(2), rs.getString(3),
					rs.getString(4)))
			.list();
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, ScopeFilter scope, String region,
			EmployerFilter filter) {
		return spec.params(scope.parameters())
			.param("region", region)
			.param("q", blankToNull(filter.q()))
			.param("industry", blankToNull(filter.industry()))
			.param("size", blankToNull(filter.size()))
			.param("severity", blankToNull(filter.severity()))
			.param("status", blankToNull(filter.status()));
	}

	private static String where(ScopeFilter scope, String region, EmployerFilter filter) {
		// Agencies and institutions list the employers granted to them; the others their own.
		String scopeFragment = scope.agency() != null || scope.institution() != null ? GrantStore.EMPLOYER_GRANTED
				: COLUMNS.predicateWithinRegion(scope);
		String industry = blankToNull(filter.industry());
		if (region.length() < 4 || industry == null || industry.length() < 2) {
			return FILTER.formatted(scopeFragment, BY_PREFIXES);
		}
		return FILTER.formatted(scopeFragment, BY_CITY_AND_DIVISION + (region.length() > 4 ? NARROWER_REGION : "")
				+ (industry.length() > 2 ? NARROWER_INDUSTRY : ""));
	}

	/** The sort column comes from a fixed list, never from the request text itself. */
	private static String orderBy(String sort) {
		String key = sort == null || sort.isBlank() ? "name" : sort;
		boolean descending = key.startsWith("-");
		String column = SORTS.getOrDefault(descending ? key.substring(1) : key, "e.name");
		return " order by " + column + (descending ? " desc" : " asc") + ", e.id";
	}


	private static EmployerSummary summary(ResultSet rs, int n) throws SQLException {
		String size = rs.getString("size_class");
		String severity = rs.getString("severity");
		return new EmployerSummary(rs.getLong("id"), rs.getString("credit_code"), rs.getString("name"),
				rs.getString("region_code"), rs.getString("industry_code"), rs.getInt("employees"),
				size == null ? null : SizeClass.valueOf(size), severity == null ? null : Severity.valueOf(severity),
				EmployerStatus.valueOf(rs.getString("status")));
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		String size = rs.getString("size_class");
		String severity = rs.getString("severity");
		return new Row(rs.getLong("id"), rs.getString("credit_code"), rs.getString("name"), rs.getString("region_code"),
				rs.getString("address"), rs.getString("industry_code"), rs.getString("economic_type_code"),
				rs.getInt("employees"), (Long) rs.getObject("annual_revenue", Long.class),
				size == null ? null : SizeClass.valueOf(size), rs.getString("legal_representative"),
				rs.getString("oh_manager_name"), rs.getString("oh_manager_phone_cipher"),
				rs.getString("contact_phone_cipher"), EmployerStatus.valueOf(rs.getString("status")),
				severity == null ? null : Severity.valueOf(severity), rs.getString("severity_basis"),
				rs.getBoolean("synthetic"), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant(), rs.getInt("version"),
				rs.getObject("production_started_on", LocalDate.class), answers(rs), questions(rs));
	}

}
