package org.ohsonline.agency.internal;

import java.math.BigDecimal;
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

import tools.jackson.databind.json.JsonMapper;

import org.ohsonline.agency.AgencyKind;
import org.ohsonline.agency.CreditLevel;
import org.ohsonline.agency.RatingFilter;
import org.ohsonline.agency.RatingIndicator;
import org.ohsonline.agency.RatingStatus;
import org.ohsonline.agency.RatingView;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.ScopeFilter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for ratings; a person's reads bind the actor's {@link ScopeFilter} on the organisation rated. */
@Repository
class RatingStore {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Map<String, String> SORTS = Map.of("name", "a.name", "region", "a.region_code", "score",
			"r.score", "ratedOn", "r.rated_on");

	private static final String COLUMNS = "r.*, a.name as agency_name, a.kind as agency_kind, a.region_code as agency_region";

	private static final String FILTER = """
			from agency.rating r join agency.agency a on a.id = r.agency_id
			where r.current and %s
			  and a.region_code like :region || '%%'
			  and (cast(:q as text) is null or a.name ilike '%%' || cast(:q as text) || '%%')
			  and (cast(:kind as text) is null or a.kind = cast(:kind as text))
			  and (cast(:level as text) is null or coalesce(r.adjusted_level, r.level) = cast(:level as text))
			  and (cast(:status as text) is null or r.status = cast(:status as text))
			""".formatted(AgencyStore.SCOPE);

	private final JdbcClient jdbc;

	RatingStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** What a rating is explained by, kept as one JSON document. */
	record Explanation(List<RatingView.IndicatorValue> indicators, List<RatingView.Advice> advice,
			BigDecimal pointsToNextLevel) {
	}

	Optional<RatingView> current(long agencyId) {
		return this.jdbc.sql("select " + COLUMNS + " from agency.rating r join agency.agency a on a.id = r.agency_id"
				+ " where r.agency_id = :id and r.current")
			.param("id", agencyId)
			.query(RatingStore::view)
			.optional();
	}

	List<RatingView> history(long agencyId) {
		return this.jdbc.sql("select " + COLUMNS + " from agency.rating r join agency.agency a on a.id = r.agency_id"
				+ " where r.agency_id = :id and not r.current order by r.computed_at desc, r.id desc limit 50")
			.param("id", agencyId)
			.query(RatingStore::view)
			.list();
	}

	long insert(long agencyId, LocalDate day, Instant at, String trigger, RatingRules rules,
			RatingCalculator.Outcome outcome) {
		this.jdbc.sql("update agency.rating set current = false where agency_id = :id and current")
			.param("id", agencyId)
			.update();
		return this.jdbc.sql("""
				insert into agency.rating (agency_id, rated_on, computed_at, checked_at, trigger, status, score, level,
				    stars, rule_version_id, rule_edition, indicators, missing)
				values (:agency, :day, :at, :at, :trigger, :status, :score, :level, :stars, :version, :edition,
				    cast(:indicators as jsonb), :missing)
				returning id""")
			.param("agency", agencyId)
			.param("day", day)
			.param("at", Timestamp.from(at))
			.param("trigger", trigger)
			.param("status", outcome.status().name())
			.param("score", outcome.score())
			.param("level", outcome.level() == null ? null : outcome.level().name())
			.param("stars", outcome.stars())
			.param("version", rules.versionId())
			.param("edition", rules.edition())
			.param("indicators", JSON.writeValueAsString(
					new Explanation(outcome.indicators(), outcome.advice(), outcome.pointsToNextLevel())))
			.param("missing", String.join(",", outcome.missing().stream().map(Enum::name).toList()))
			.query(Long.class)
			.single();
	}

	/** The same outcome computed again: only the time it was last checked moves. */
	void checked(long ratingId, Instant at) {
		this.jdbc.sql("update agency.rating set checked_at = :at where id = :id")
			.param("at", Timestamp.from(at))
			.param("id", ratingId)
			.update();
	}

	void adjust(long ratingId, CreditLevel level, int stars, String reason, String by, Instant at) {
		this.jdbc.sql("""
				update agency.rating set adjusted_level = :level, adjusted_stars = :stars, adjustment_reason = :reason,
				    adjusted_by = :by, adjusted_at = :at where id = :id""")
			.param("level", level.name())
			.param("stars", stars)
			.param("reason", reason)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.param("id", ratingId)
			.update();
	}

	long count(ScopeFilter scope, String region, RatingFilter filter) {
		return bind(this.jdbc.sql("select count(*) " + FILTER), scope, region, filter).query(Long.class).single();
	}

	List<RatingView> page(ScopeFilter scope, String region, RatingFilter filter, PageQuery page) {
		return bind(this.jdbc.sql("select " + COLUMNS + " " + FILTER + orderBy(filter.sort())
				+ " limit :limit offset :offset"), scope, region, filter)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(RatingStore::view)
			.list();
	}

	void forEach(ScopeFilter scope, String region, RatingFilter filter, Consumer<RatingView> consumer) {
		try (Stream<RatingView> rows = bind(this.jdbc.sql("select " + COLUMNS + " " + FILTER + orderBy(filter.sort())),
				scope, region, filter)
			.query(RatingStore::view)
			.stream()) {
			rows.forEach(consumer);
		}
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, ScopeFilter scope, String region,
			RatingFilter filter) {
		return spec.params(scope.parameters())
			.param("region", region)
			.param("q", blank(filter.q()))
			.param("kind", blank(filter.kind()))
			.param("level", blank(filter.level()))
			.param("status", blank(filter.status()));
	}

	private static String orderBy(String sort) {
		String key = sort == null ? "name" : sort.startsWith("-") ? sort.substring(1) : sort;
		String column = SORTS.getOrDefault(key, "a.name");
		String direction = sort != null && sort.startsWith("-") ? " desc nulls last" : " asc nulls last";
		return " order by " + column + direction + ", a.id";
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	static RatingView view(ResultSet rs, int n) throws SQLException {
		Explanation explanation = JSON.readValue(rs.getString("indicators"), Explanation.class);
		String missing = rs.getString("missing");
		List<RatingIndicator> missingList = missing == null || missing.isBlank() ? List.of()
				: Arrays.stream(missing.split(",")).map(RatingIndicator::valueOf).toList();
		CreditLevel computedLevel = rs.getString("level") == null ? null : CreditLevel.valueOf(rs.getString("level"));
		Integer computedStars = (Integer) rs.getObject("stars");
		RatingView.Adjustment adjustment = null;
		if (rs.getString("adjusted_level") != null) {
			adjustment = new RatingView.Adjustment(CreditLevel.valueOf(rs.getString("adjusted_level")),
					rs.getInt("adjusted_stars"), rs.getString("adjustment_reason"), rs.getString("adjusted_by"),
					rs.getTimestamp("adjusted_at").toInstant());
		}
		return new RatingView(rs.getLong("id"), rs.getLong("agency_id"), rs.getString("agency_name"),
				AgencyKind.valueOf(rs.getString("agency_kind")), rs.getString("agency_region"),
				RatingStatus.valueOf(rs.getString("status")), rs.getBigDecimal("score"),
				adjustment == null ? computedLevel : adjustment.level(),
				adjustment == null ? computedStars : Integer.valueOf(adjustment.stars()), computedLevel, computedStars,
				rs.getDate("rated_on").toLocalDate(), rs.getTimestamp("computed_at").toInstant(), rs.getString("trigger"),
				rs.getLong("rule_version_id"), rs.getString("rule_edition"), explanation.indicators(), missingList,
				explanation.advice(), explanation.pointsToNextLevel(), adjustment);
	}

}
