package org.ohsonline.risk.internal;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.ohsonline.risk.ClassificationInputs;
import org.ohsonline.risk.HazardLevel;
import org.ohsonline.risk.Light;
import org.ohsonline.risk.ManagementGrade;
import org.ohsonline.risk.PortraitFact;
import org.ohsonline.risk.PortraitFilter;
import org.ohsonline.risk.PortraitSummary;
import org.ohsonline.risk.RiskClass;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.ScopeColumns;
import org.ohsonline.shared.ScopeFilter;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The portraits, their facts and the class in force, in the {@code risk} schema. */
@Repository
class PortraitStore {

	static final ScopeColumns COLUMNS = ScopeColumns.on("p").region("region_code").employer("credit_code");

	private static final Map<String, String> SORTS = Map.of("class",
			"array_position(array['BING','YI','JIA'], p.risk_class) nulls last, p.name, p.employer_id", "name",
			"p.name, p.employer_id", "assessed", "p.assessed_on desc nulls last, p.employer_id", "due",
			"p.next_due_on nulls last, p.employer_id");

	private static final Map<String, String> REVERSED = Map.of("class",
			"array_position(array['BING','YI','JIA'], p.risk_class) desc nulls last, p.name, p.employer_id", "name",
			"p.name desc, p.employer_id", "assessed", "p.assessed_on nulls first, p.employer_id", "due",
			"p.next_due_on desc nulls last, p.employer_id");

	/** One portrait row. */
	record Row(long employerId, String creditCode, String name, String regionCode, String industryCode,
			String employerStatus, String industrySeverity, LocalDate dutiesSince, boolean productionStartKnown,
			int exposed, int workforce, List<String> hazardCodes, List<String> seriousFactors, int exceedances,
			int overdueTests, int declarationOverdue, int examsMissing, int suspected, int contraindicatedAtPost,
			int diagnoses3y, int confirmedAlerts, boolean healthyEnterprise, BigDecimal score, Long selfInspectionId,
			boolean selfInspectionComplete, Long assessmentId, HazardLevel hazardLevel, ManagementGrade grade,
			RiskClass riskClass, Light light, boolean overridden, LocalDate assessedOn, LocalDate nextDueOn,
			Instant refreshedAt, List<String> gathered) {

		/** The register's part, to compare with what the register says now. */
		Identity identity() {
			return new Identity(this.employerId, this.creditCode, this.name, this.regionCode, this.industryCode,
					this.employerStatus, this.industrySeverity, this.dutiesSince, this.productionStartKnown);
		}

		ClassificationInputs inputs() {
			return new ClassificationInputs(this.seriousFactors, "SERIOUS".equals(this.industrySeverity), this.exposed,
					this.exceedances, this.overdueTests, this.score == null ? null : this.score.doubleValue(),
					this.selfInspectionComplete, this.healthyEnterprise);
		}

	}

	/** The register's part of a portrait. */
	record Identity(long employerId, String creditCode, String name, String regionCode, String industryCode,
			String employerStatus, String industrySeverity, LocalDate dutiesSince, boolean productionStartKnown) {
	}

	private final JdbcClient jdbc;

	private final DistributionCache distributions;

	private final NamedParameterJdbcTemplate template;

	PortraitStore(JdbcClient jdbc, NamedParameterJdbcTemplate template, DistributionCache distributions) {
		this.jdbc = jdbc;
		this.template = template;
		this.distributions = distributions;
	}

	Optional<Row> find(long employerId) {
		return this.jdbc.sql("select p.* from risk.portrait p where p.employer_id = :id")
			.param("id", employerId)
			.query(PortraitStore::row)
			.optional();
	}

	/** The row if the scope sees it, locked for an update when {@code lock}. */
	Optional<Row> find(ScopeFilter scope, long employerId) {
		return this.jdbc.sql("select p.* from risk.portrait p where p.employer_id = :id and " + COLUMNS.predicate())
			.params(scope.parameters())
			.param("id", employerId)
			.query(PortraitStore::row)
			.optional();
	}

	/**
	 * Serialises the refreshes and assessments of one employer until the transaction ends (an advisory lock:
	 * the portrait row may not exist yet), so that concurrent events never update its rows in two orders.
	 */
	void serialise(long employerId) {
		this.jdbc.sql("select 1 from (select pg_advisory_xact_lock(:namespace, cast(:id as int))) x")
			.param("namespace", LOCK_NAMESPACE)
			.param("id", (int) (employerId % Integer.MAX_VALUE))
			.query(Integer.class)
			.single();
	}

	/** The first argument of the two-key advisory locks of this module ("RSK1"). */
	private static final int LOCK_NAMESPACE = 0x52534B31;

	Optional<Row> lock(long employerId) {
		return this.jdbc.sql("select p.* from risk.portrait p where p.employer_id = :id for update")
			.param("id", employerId)
			.query(PortraitStore::row)
			.optional();
	}

	Optional<Row> byCreditCode(String creditCode) {
		return this.jdbc.sql("select p.* from risk.portrait p where p.credit_code = :c")
			.param("c", creditCode)
			.query(PortraitStore::row)
			.optional();
	}

	/** The employer's identity; a new portrait or one moved to another region changes the distribution. */
	void upsertIdentity(Identity identity) {
		boolean placed = this.jdbc.sql("""
				with old as (select region_code from risk.portrait where employer_id = :id)
				insert into risk.portrait (employer_id, credit_code, name, region_code, industry_code, employer_status,
				    industry_severity, duties_since, production_start_known, refreshed_at)
				values (:id, :credit, :name, :region, :industry, :status, :severity, :since, :known, now())
				on conflict (employer_id) do update set credit_code = excluded.credit_code, name = excluded.name,
				    region_code = excluded.region_code, industry_code = excluded.industry_code,
				    employer_status = excluded.employer_status, industry_severity = excluded.industry_severity,
				    duties_since = excluded.duties_since, production_start_known = excluded.production_start_known,
				    refreshed_at = now()
				returning (select region_code from old) is distinct from portrait.region_code""")
			.param("id", identity.employerId())
			.param("credit", identity.creditCode())
			.param("name", identity.name())
			.param("region", identity.regionCode())
			.param("industry", identity.industryCode())
			.param("status", identity.employerStatus())
			.param("severity", identity.industrySeverity())
			.param("since", identity.dutiesSince())
			.param("known", identity.productionStartKnown())
			.query(Boolean.class)
			.single();
		if (placed) {
			this.distributions.invalidate();
		}
	}

	void updateExposure(long employerId, int exposed, int workforce, List<String> hazardCodes, List<String> serious) {
		this.jdbc.sql("""
				update risk.portrait set exposed = :exposed, workforce = :workforce, hazard_codes = :hazards,
				    serious_factors = :serious, refreshed_at = now()
				where employer_id = :id""")
			.param("id", employerId)
			.param("exposed", exposed)
			.param("workforce", workforce)
			.param("hazards", hazardCodes.toArray(String[]::new))
			.param("serious", serious.toArray(String[]::new))
			.update();
	}

	/**
	 * Counts the findings among the employer's facts that no released rectification item closed, by the portrait's
	 * count columns (a kind's facts are the findings of {@link FactCollector}), stores the counts with the time of the
	 * refresh and returns the row as it now stands, locked until the transaction ends (an update locks it): one
	 * statement where reading the findings, writing the counts and locking the row for the assessment took three. A
	 * column of a group the portrait never gathered keeps what the bulk build counted
	 * ({@link FullReclassification#buildMissing}).
	 */
	Row recount(long employerId) {
		return recount(employerId, List.of());
	}

	/** {@link #recount(long)}, recording the groups of facts just gathered among the portrait's gathered groups. */
	Row recount(long employerId, Collection<String> gathered) {
		return this.jdbc.sql(RECOUNT)
			.param("id", employerId)
			.param("gathered", gathered.toArray(String[]::new))
			.query(PortraitStore::row)
			.single();
	}

	/**
	 * A count column of the portrait, the group of facts whose findings it counts and their kinds (the kinds of
	 * {@link FactCollector}'s facts).
	 */
	record Counted(String column, String group, List<String> kinds) {

		int of(List<PortraitFact> facts) {
			return (int) facts.stream().filter(fact -> this.kinds.contains(fact.kind())).count();
		}

	}

	/**
	 * The portrait's count columns: one definition for the statement that recounts an employer's stored facts
	 * ({@link #recount}) and for the counts of facts gathered in bulk and not stored
	 * ({@link FullReclassification#buildMissing}).
	 */
	static final List<Counted> COUNTED = List.of(
			new Counted("exceedances", FactCollector.TESTING, List.of("EXCEEDANCE")),
			new Counted("overdue_tests", FactCollector.TESTING, List.of("OVERDUE_TEST")),
			new Counted("declaration_overdue", FactCollector.DECLARATION, List.of("UNDECLARED", "DECLARATION_OVERDUE")),
			new Counted("exams_missing", FactCollector.SURVEILLANCE, List.of("EXAMS_MISSING")),
			new Counted("suspected", FactCollector.SURVEILLANCE, List.of("SUSPECTED", "SUSPECTED_UNREPORTED")),
			new Counted("contraindicated_at_post", FactCollector.SURVEILLANCE, List.of("CONTRAINDICATED_AT_POST")),
			new Counted("diagnoses_3y", FactCollector.DIAGNOSIS, List.of("DIAGNOSIS")),
			new Counted("confirmed_alerts", FactCollector.MONITORING, List.of("ALERT_CONFIRMED")));

	private static final String RECOUNT = """
			with c as (
			    select %s
			    from risk.fact f
			    left join risk.rectification r on r.employer_id = f.employer_id and r.finding_key = f.finding_key
			    where f.employer_id = :id and (r.status is null or r.status <> 'RELEASED'))
			update risk.portrait p set %s, refreshed_at = now(),
			    gathered = array(select distinct g from unnest(p.gathered || cast(:gathered as text[])) g order by g)
			from c where p.employer_id = :id
			returning p.*""".formatted(
			COUNTED.stream()
				.map(c -> "count(*) filter (where f.kind in (" + c.kinds().stream().map(k -> "'" + k + "'")
					.collect(Collectors.joining(", ")) + ")) as " + c.column())
				.collect(Collectors.joining(",\n           ")),
			COUNTED.stream()
				.map(c -> c.column() + " = case when '" + c.group() + "' = any(p.gathered || cast(:gathered as text[])) then c."
						+ c.column() + " else p." + c.column() + " end")
				.collect(Collectors.joining(",\n			    ")));

	void updateSelfInspection(long employerId, Long inspectionId, BigDecimal score, boolean complete) {
		this.jdbc.sql("""
				update risk.portrait set self_inspection_id = :inspection, score = :score,
				    self_inspection_complete = :complete
				where employer_id = :id""")
			.param("id", employerId)
			.param("inspection", inspectionId)
			.param("score", score)
			.param("complete", complete)
			.update();
	}

	void setHealthyEnterprise(long employerId, boolean listed) {
		this.jdbc.sql("update risk.portrait set healthy_enterprise = :listed where employer_id = :id")
			.param("id", employerId)
			.param("listed", listed)
			.update();
	}

	/** The class in force after an assessment. */
	void updateClass(long employerId, Long assessmentId, HazardLevel level, ManagementGrade grade, RiskClass riskClass,
			Light light, boolean overridden, LocalDate assessedOn, LocalDate nextDueOn) {
		boolean moved = this.jdbc.sql("""
				with old as (select risk_class, light from risk.portrait where employer_id = :id)
				update risk.portrait set assessment_id = :assessment, hazard_level = :level, grade = :grade,
				    risk_class = :class, light = :light, overridden = :overridden, assessed_on = :assessedOn,
				    next_due_on = :due
				where employer_id = :id
				returning (select risk_class from old) is distinct from portrait.risk_class
				       or (select light from old) is distinct from portrait.light""")
			.param("id", employerId)
			.param("assessment", assessmentId)
			.param("level", level.name())
			.param("grade", grade.name())
			.param("class", riskClass.name())
			.param("light", light.name())
			.param("overridden", overridden)
			.param("assessedOn", assessedOn)
			.param("due", nextDueOn)
			.query(Boolean.class)
			.optional()
			.orElse(false);
		if (moved) {
			// The class or the light changed: the dashboards' distribution (DistributionCache) no longer holds.
			this.distributions.invalidate();
		}
	}

	void updateNextDue(long employerId, LocalDate nextDueOn) {
		this.jdbc.sql("update risk.portrait set next_due_on = :due where employer_id = :id")
			.param("id", employerId)
			.param("due", nextDueOn)
			.update();
	}

	/**
	 * Replaces the facts of one group when they differ from the stored ones.
	 * @return whether anything was written
	 */
	boolean replaceFacts(long employerId, String group, List<PortraitFact> facts) {
		return replaceFacts(employerId, group, facts(employerId, group), facts);
	}

	/** {@link #replaceFacts(long, String, List)} with the group's stored facts already read in this transaction. */
	boolean replaceFacts(long employerId, String group, List<PortraitFact> stored, List<PortraitFact> facts) {
		if (stored.equals(facts)) {
			return false;
		}
		if (!stored.isEmpty()) {
			this.jdbc.sql("delete from risk.fact where employer_id = :id and grp = :grp")
				.param("id", employerId)
				.param("grp", group)
				.update();
		}
		if (!facts.isEmpty()) {
			// One round trip for the group's facts (a first gathering stores a dozen).
			this.template.batchUpdate("""
					insert into risk.fact (employer_id, grp, kind, finding_key, message_key, arguments, observed_on, source, link)
					values (:id, :grp, :kind, :finding, :message, :args, :observed, :source, :link)""",
					facts.stream()
						.map(fact -> new MapSqlParameterSource("id", employerId).addValue("grp", group)
							.addValue("kind", fact.kind())
							.addValue("finding", fact.findingKey())
							.addValue("message", fact.messageKey())
							.addValue("args", fact.arguments().toArray(String[]::new))
							.addValue("observed", fact.observedOn())
							.addValue("source", fact.source())
							.addValue("link", fact.link()))
						.toArray(SqlParameterSource[]::new));
		}
		return true;
	}

	/** The facts of one group, in the order they were stored. */
	List<PortraitFact> facts(long employerId, String group) {
		return this.jdbc.sql("""
				select grp, kind, finding_key, message_key, arguments, observed_on, source, link
				from risk.fact where employer_id = :id and grp = :grp order by id""")
			.param("id", employerId)
			.param("grp", group)
			.query(PortraitStore::fact)
			.list();
	}

	List<PortraitFact> facts(long employerId) {
		return this.jdbc.sql("""
				select grp, kind, finding_key, message_key, arguments, observed_on, source, link
				from risk.fact where employer_id = :id order by array_position(array['registry','declaration','testing',
				    'surveillance','diagnosis','monitoring','risk'], grp), id""")
			.param("id", employerId)
			.query(PortraitStore::fact)
			.list();
	}

	private static PortraitFact fact(ResultSet rs, int n) throws SQLException {
		return new PortraitFact(rs.getString("grp"), rs.getString("kind"), rs.getString("finding_key"),
				rs.getString("message_key"), strings(rs.getArray("arguments")), rs.getObject("observed_on", LocalDate.class),
				rs.getString("source"), rs.getString("link"));
	}

	List<Long> dueOn(LocalDate day, int limit) {
		return this.jdbc.sql("select employer_id from risk.portrait where next_due_on <= :day order by next_due_on limit :limit")
			.param("day", day)
			.param("limit", limit)
			.query(Long.class)
			.list();
	}

	long count(ScopeFilter scope, String region, PortraitFilter filter) {
		return this.jdbc.sql("select count(*) from risk.portrait p where " + where(scope))
			.params(parameters(scope, region, filter))
			.query(Long.class)
			.single();
	}

	List<PortraitSummary> search(ScopeFilter scope, String region, PortraitFilter filter, PageQuery page) {
		return this.jdbc.sql(select() + " where " + where(scope) + " order by " + order(filter.sort())
				+ " limit :limit offset :offset")
			.params(parameters(scope, region, filter))
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(PortraitStore::summary)
			.list();
	}

	void forEach(ScopeFilter scope, String region, PortraitFilter filter, Consumer<PortraitSummary> consumer) {
		try (Stream<PortraitSummary> rows = this.jdbc.sql(select() + " where " + where(scope) + " order by "
				+ order(filter.sort()))
			.params(parameters(scope, region, filter))
			.query(PortraitStore::summary)
			.stream()) {
			rows.forEach(consumer);
		}
	}

	private static String select() {
		return """
				select p.*, (select count(*) from risk.rectification r
				             where r.employer_id = p.employer_id and r.status <> 'RELEASED') as open_items
				from risk.portrait p""";
	}

	private static String where(ScopeFilter scope) {
		return """
				p.region_code like :region || '%%' and %s
				  and (cast(:q as text) is null or p.name like '%%' || cast(:q as text) || '%%' or p.credit_code like cast(:q as text) || '%%')
				  and (cast(:class as text) is null or p.risk_class = cast(:class as text))
				  and (cast(:light as text) is null or p.light = cast(:light as text))
				  and (cast(:level as text) is null or p.hazard_level = cast(:level as text))
				  and (cast(:grade as text) is null or p.grade = cast(:grade as text))
				  and (cast(:overridden as boolean) is null or p.overridden = cast(:overridden as boolean))"""
			.formatted(COLUMNS.predicateWithinRegion(scope));
	}

	private static Map<String, Object> parameters(ScopeFilter scope, String region, PortraitFilter filter) {
		Map<String, Object> parameters = new java.util.HashMap<>(scope.parameters());
		parameters.put("region", region);
		parameters.put("q", filter.q() == null || filter.q().isBlank() ? null : filter.q().trim());
		parameters.put("class", filter.riskClass() == null ? null : filter.riskClass().name());
		parameters.put("light", filter.light() == null ? null : filter.light().name());
		parameters.put("level", filter.hazardLevel() == null ? null : filter.hazardLevel().name());
		parameters.put("grade", filter.grade() == null ? null : filter.grade().name());
		parameters.put("overridden", filter.overridden());
		return parameters;
	}

	private static String order(String sort) {
		String key = sort == null || sort.isBlank() ? "class" : sort.trim();
		boolean reversed = key.startsWith("-");
		key = reversed ? key.substring(1) : key;
		Map<String, String> sorts = reversed ? REVERSED : SORTS;
		return sorts.getOrDefault(key, SORTS.get("class"));
	}

	private static PortraitSummary summary(ResultSet rs, int n) throws SQLException {
		BigDecimal score = rs.getBigDecimal("score");
		return new PortraitSummary(rs.getLong("employer_id"), rs.getString("credit_code"), rs.getString("name"),
				rs.getString("region_code"), enumOf(HazardLevel.class, rs.getString("hazard_level")),
				enumOf(ManagementGrade.class, rs.getString("grade")), enumOf(RiskClass.class, rs.getString("risk_class")),
				enumOf(Light.class, rs.getString("light")), rs.getBoolean("overridden"),
				rs.getObject("assessed_on", LocalDate.class), rs.getObject("next_due_on", LocalDate.class),
				rs.getInt("exposed"), rs.getInt("exceedances"), rs.getInt("overdue_tests"),
				score == null ? null : score.doubleValue(), rs.getLong("open_items"));
	}

	static Row row(ResultSet rs, int n) throws SQLException {
		long assessment = rs.getLong("assessment_id");
		Long assessmentId = rs.wasNull() ? null : assessment;
		long inspection = rs.getLong("self_inspection_id");
		Long inspectionId = rs.wasNull() ? null : inspection;
		return new Row(rs.getLong("employer_id"), rs.getString("credit_code"), rs.getString("name"),
				rs.getString("region_code"), rs.getString("industry_code"), rs.getString("employer_status"),
				rs.getString("industry_severity"), rs.getObject("duties_since", LocalDate.class),
				rs.getBoolean("production_start_known"), rs.getInt("exposed"), rs.getInt("workforce"),
				strings(rs.getArray("hazard_codes")), strings(rs.getArray("serious_factors")), rs.getInt("exceedances"),
				rs.getInt("overdue_tests"), rs.getInt("declaration_overdue"), rs.getInt("exams_missing"),
				rs.getInt("suspected"), rs.getInt("contraindicated_at_post"), rs.getInt("diagnoses_3y"),
				rs.getInt("confirmed_alerts"), rs.getBoolean("healthy_enterprise"), rs.getBigDecimal("score"),
				inspectionId, rs.getBoolean("self_inspection_complete"), assessmentId,
				enumOf(HazardLevel.class, rs.getString("hazard_level")), enumOf(ManagementGrade.class, rs.getString("grade")),
				enumOf(RiskClass.class, rs.getString("risk_class")), enumOf(Light.class, rs.getString("light")),
				rs.getBoolean("overridden"), rs.getObject("assessed_on", LocalDate.class),
				rs.getObject("next_due_on", LocalDate.class), rs.getTimestamp("refreshed_at").toInstant(),
				strings(rs.getArray("gathered")));
	}

	static List<String> strings(Array array) throws SQLException {
		if (array == null) {
			return List.of();
		}
		return new ArrayList<>(Arrays.asList((String[]) array.getArray()));
	}

	static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
		return name == null ? null : Enum.valueOf(type, name);
	}

}
