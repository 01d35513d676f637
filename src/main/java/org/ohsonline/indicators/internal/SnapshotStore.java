package org.ohsonline.indicators.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ohsonline.indicators.Figure;
import org.ohsonline.indicators.OverdueEmployer;
import org.ohsonline.indicators.Rating;
import org.ohsonline.indicators.Snapshot;
import org.ohsonline.indicators.SnapshotChange;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The snapshots' tables: a revision's header, its figures, scores, changes and overdue employers. Rows of a revision
 * are only ever inserted; nothing here updates or deletes one.
 */
@Component
class SnapshotStore {

	private static final String SNAPSHOT_COLUMNS = """
			id, quarter, revision, frozen_at, frozen_by, cause, definitions_edition, scoring_edition, targets_as_of,
			regions, changes""";

	/** A region's score and place as stored. */
	record Score(String regionCode, BigDecimal score, Integer rank, int siblings) {
	}

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate template;

	SnapshotStore(JdbcClient jdbc, NamedParameterJdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** Serialises freezes of one quarter for the rest of the transaction. */
	void lock(String quarter) {
		this.jdbc.sql("select pg_advisory_xact_lock(hashtext('indicators.snapshot'), hashtext(:quarter))")
			.param("quarter", quarter)
			.query(Object.class)
			.list();
	}

	List<Snapshot> all() {
		return this.jdbc.sql("select " + SNAPSHOT_COLUMNS + " from indicators.snapshot order by quarter desc, revision desc")
			.query(SnapshotStore::snapshot)
			.list();
	}

	List<Snapshot> revisions(String quarter) {
		return this.jdbc.sql("select " + SNAPSHOT_COLUMNS + " from indicators.snapshot where quarter = :q order by revision")
			.param("q", quarter)
			.query(SnapshotStore::snapshot)
			.list();
	}

	Optional<Scoring> scoringVersion(long snapshotId) {
		return this.jdbc.sql("select scoring_version from indicators.snapshot where id = :id")
			.param("id", snapshotId)
			.query((rs, i) -> new Scoring((Long) rs.getObject(1)))
			.optional();
	}

	record Scoring(Long versionId) {
	}

	Optional<Instant> targetsAsOf(int year) {
		// No target set for the year gives a row with null: not a single value.
		return this.jdbc.sql("select max(set_at) from indicators.target where year = :year")
			.param("year", year)
			.query((rs, i) -> Optional.ofNullable(rs.getTimestamp(1)))
			.single()
			.map(Timestamp::toInstant);
	}

	long insert(String quarter, int revision, Instant at, String by, String cause, String definitionsEdition,
			String scoringEdition, Long scoringVersion, Instant targetsAsOf, int regions, int changes) {
		return this.jdbc.sql("""
				insert into indicators.snapshot (quarter, revision, frozen_at, frozen_by, cause, definitions_edition,
				    scoring_edition, scoring_version, targets_as_of, regions, changes)
				values (:quarter, :revision, :at, :by, :cause, :definitions, :scoring, :scoringVersion, :targets, :regions,
				    :changes) returning id""")
			.param("quarter", quarter)
			.param("revision", revision)
			.param("at", Timestamp.from(at))
			.param("by", by)
			.param("cause", cause)
			.param("definitions", definitionsEdition)
			.param("scoring", scoringEdition)
			.param("scoringVersion", scoringVersion)
			.param("targets", targetsAsOf == null ? null : Timestamp.from(targetsAsOf))
			.param("regions", regions)
			.param("changes", changes)
			.query(Long.class)
			.single();
	}

	void insertFigures(long id, Map<String, Map<String, Figure>> figures) {
		List<MapSqlParameterSource> rows = new ArrayList<>();
		figures.values().forEach(byCode -> byCode.values().forEach(f -> rows.add(new MapSqlParameterSource("id", id)
			.addValue("region", f.regionCode())
			.addValue("indicator", f.indicatorCode())
			.addValue("numerator", f.numerator())
			.addValue("denominator", f.denominator())
			.addValue("target", f.target())
			.addValue("targetRegion", f.targetRegion())
			.addValue("rating", f.rating().name())
			.addValue("source", f.source()))));
		batch("""
				insert into indicators.snapshot_figure (snapshot_id, region_code, indicator_code, numerator, denominator,
				    target, target_region, rating, source)
				values (:id, :region, :indicator, :numerator, :denominator, :target, :targetRegion, :rating, :source)""", rows);
	}

	void insertScores(long id, List<Score> scores) {
		batch("""
				insert into indicators.snapshot_score (snapshot_id, region_code, score, rank, siblings)
				values (:id, :region, :score, :rank, :siblings)""",
				scores.stream().map(s -> new MapSqlParameterSource("id", id).addValue("region", s.regionCode())
					.addValue("score", s.score()).addValue("rank", s.rank()).addValue("siblings", s.siblings())).toList());
	}

	void insertChanges(long id, List<SnapshotChange> changes) {
		batch("""
				insert into indicators.snapshot_change (snapshot_id, region_code, indicator_code, before_numerator,
				    before_denominator, before_target, after_numerator, after_denominator, after_target)
				values (:id, :region, :indicator, :beforeNumerator, :beforeDenominator, :beforeTarget, :afterNumerator,
				    :afterDenominator, :afterTarget)""",
				changes.stream().map(c -> new MapSqlParameterSource("id", id).addValue("region", c.regionCode())
					.addValue("indicator", c.indicatorCode()).addValue("beforeNumerator", c.beforeNumerator())
					.addValue("beforeDenominator", c.beforeDenominator()).addValue("beforeTarget", c.beforeTarget())
					.addValue("afterNumerator", c.afterNumerator()).addValue("afterDenominator", c.afterDenominator())
					.addValue("afterTarget", c.afterTarget())).toList());
	}

	private void batch(String sql, List<MapSqlParameterSource> rows) {
		if (!rows.isEmpty()) {
			this.template.batchUpdate(sql, rows.toArray(MapSqlParameterSource[]::new));
		}
	}

	/** Copies the employers behind the overdue figures (not all counted in the numerator) from the read model. */
	int insertOverdue(long id, List<String> indicatorCodes) {
		if (indicatorCodes.isEmpty()) {
			return 0;
		}
		return this.jdbc.sql("""
				insert into indicators.snapshot_overdue (snapshot_id, indicator_code, employer_id, region_code, credit_code,
				    employer_name, numerator, denominator)
				select :id, indicator_code, employer_id, region_code, credit_code, employer_name, numerator, denominator
				from indicators.membership where numerator < denominator and indicator_code in (:codes)""")
			.param("id", id)
			.param("codes", indicatorCodes)
			.update();
	}

	/** Every figure of a revision (for comparing a new freeze with it), keyed by region and indicator. */
	Map<String, Figure> figures(long id) {
		Map<String, Figure> figures = new HashMap<>();
		this.jdbc.sql("select " + FIGURE_COLUMNS + " from indicators.snapshot_figure where snapshot_id = :id")
			.param("id", id)
			.query(SnapshotStore::figure)
			.list()
			.forEach(f -> figures.put(key(f.regionCode(), f.indicatorCode()), f));
		return figures;
	}

	static String key(String region, String code) {
		return region + "|" + code;
	}

	private static final String FIGURE_COLUMNS = """
			indicator_code, region_code, numerator, denominator, target, target_region, rating, source""";

	/** The figures of a region and of the divisions directly below it: region code → indicator code → figure. */
	Map<String, Map<String, Figure>> figuresOf(long id, String prefix, int childLength) {
		Map<String, Map<String, Figure>> byRegion = new LinkedHashMap<>();
		this.jdbc.sql("select " + FIGURE_COLUMNS + """
				 from indicators.snapshot_figure
				where snapshot_id = :id and (region_code = :prefix or (region_code like :prefix || '%'
				    and length(region_code) = :len)) order by region_code""")
			.param("id", id)
			.param("prefix", prefix)
			.param("len", childLength)
			.query(SnapshotStore::figure)
			.list()
			.forEach(f -> byRegion.computeIfAbsent(f.regionCode(), r -> new LinkedHashMap<>()).put(f.indicatorCode(), f));
		return byRegion;
	}

	Map<String, Score> scoresOf(long id, String prefix, int childLength) {
		Map<String, Score> scores = new HashMap<>();
		this.jdbc.sql("""
				select region_code, score, rank, siblings from indicators.snapshot_score
				where snapshot_id = :id and (region_code = :prefix or (region_code like :prefix || '%'
				    and length(region_code) = :len))""")
			.param("id", id)
			.param("prefix", prefix)
			.param("len", childLength)
			.query((rs, i) -> new Score(rs.getString(1), rs.getBigDecimal(2), (Integer) rs.getObject(3), rs.getInt(4)))
			.list()
			.forEach(s -> scores.put(s.regionCode(), s));
		return scores;
	}

	/** The region's score in the latest revision of every quarter, oldest quarter first. */
	List<Map.Entry<Snapshot, Score>> latestScores(String region) {
		List<Map.Entry<Snapshot, Score>> rows = new ArrayList<>();
		this.jdbc.sql("""
				select s.id, s.quarter, s.revision, s.frozen_at, s.frozen_by, s.cause, s.definitions_edition,
				    s.scoring_edition, s.targets_as_of, s.regions, s.changes, c.region_code, c.score, c.rank, c.siblings
				from indicators.snapshot s
				left join indicators.snapshot_score c on c.snapshot_id = s.id and c.region_code = :region
				where s.revision = (select max(revision) from indicators.snapshot o where o.quarter = s.quarter)
				order by s.quarter""")
			.param("region", region)
			.query((rs, i) -> Map.entry(snapshot(rs, i), new Score(region, rs.getBigDecimal(13),
					(Integer) rs.getObject(14), rs.getInt(15))))
			.list()
			.forEach(rows::add);
		return rows;
	}

	List<SnapshotChange> changes(long id, String prefix) {
		return this.jdbc.sql("""
				select region_code, indicator_code, before_numerator, before_denominator, before_target, after_numerator,
				    after_denominator, after_target
				from indicators.snapshot_change where snapshot_id = :id and region_code like :prefix || '%'
				order by region_code, indicator_code""")
			.param("id", id)
			.param("prefix", prefix)
			.query((rs, i) -> new SnapshotChange(rs.getString(1), rs.getString(2), (Long) rs.getObject(3),
					(Long) rs.getObject(4), rs.getBigDecimal(5), (Long) rs.getObject(6), (Long) rs.getObject(7),
					rs.getBigDecimal(8)))
			.list();
	}

	/** A page of the rows behind the overdue figures, by region, name and indicator: a province has hundreds of thousands. */
	org.ohsonline.shared.Page<OverdueEmployer> overdue(long id, String prefix, org.ohsonline.shared.PageQuery page) {
		long total = this.jdbc.sql("""
				select count(*) from indicators.snapshot_overdue where snapshot_id = :id and region_code like :prefix || '%'""")
			.param("id", id)
			.param("prefix", prefix)
			.query(Long.class)
			.single();
		List<OverdueEmployer> rows = this.jdbc.sql("""
				select indicator_code, employer_id, region_code, credit_code, employer_name, numerator, denominator
				from indicators.snapshot_overdue where snapshot_id = :id and region_code like :prefix || '%'
				order by region_code, employer_name, employer_id, indicator_code
				limit :limit offset :offset""")
			.param("id", id)
			.param("prefix", prefix)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, i) -> new OverdueEmployer(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getInt(6), rs.getInt(7)))
			.list();
		return org.ohsonline.shared.Page.of(rows, total, page);
	}

	/**
	 * The rows of the first {@code employers} employers behind the overdue figures (by region and name), for the
	 * bulletin: a province has hundreds of thousands of rows, of which the bulletin lists a few hundred employers.
	 */
	List<OverdueEmployer> overdueFirst(long id, String prefix, int employers) {
		// Two statements: as one (employer_id in a limited subquery) PostgreSQL chose a plan that ran for minutes.
		List<Long> ids = this.jdbc.sql("""
				select employer_id from indicators.snapshot_overdue
				where snapshot_id = :id and region_code like :prefix || '%'
				group by employer_id, region_code, employer_name order by region_code, employer_name, employer_id
				limit :employers""")
			.param("id", id)
			.param("prefix", prefix)
			.param("employers", employers)
			.query(Long.class)
			.list();
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select indicator_code, employer_id, region_code, credit_code, employer_name, numerator, denominator
				from indicators.snapshot_overdue
				where snapshot_id = :id and region_code like :prefix || '%' and employer_id in (:ids)
				order by region_code, employer_name, employer_id, indicator_code""")
			.param("id", id)
			.param("prefix", prefix)
			.param("ids", ids)
			.query((rs, i) -> new OverdueEmployer(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getInt(6), rs.getInt(7)))
			.list();
	}

	long overdueEmployers(long id, String prefix) {
		return this.jdbc.sql("""
				select count(distinct employer_id) from indicators.snapshot_overdue
				where snapshot_id = :id and region_code like :prefix || '%'""")
			.param("id", id)
			.param("prefix", prefix)
			.query(Long.class)
			.single();
	}

	private static Snapshot snapshot(ResultSet rs, int i) throws SQLException {
		Timestamp targets = rs.getTimestamp(9);
		return new Snapshot(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getTimestamp(4).toInstant(), rs.getString(5),
				rs.getString(6), rs.getString(7), rs.getString(8), targets == null ? null : targets.toInstant(), rs.getInt(10),
				rs.getInt(11));
	}

	private static Figure figure(ResultSet rs, int i) throws SQLException {
		return new Figure(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getBigDecimal(5),
				rs.getString(6), Rating.valueOf(rs.getString(7)), rs.getString(8));
	}

}
