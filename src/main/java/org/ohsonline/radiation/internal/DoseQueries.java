package org.ohsonline.radiation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.ohsonline.radiation.AlertView;
import org.ohsonline.radiation.DoseBand;
import org.ohsonline.radiation.DoseSummary;
import org.ohsonline.radiation.DoseView;
import org.ohsonline.radiation.EmployerMonitoring;
import org.ohsonline.radiation.InvestigationView;
import org.ohsonline.radiation.MonitoringGap;
import org.ohsonline.radiation.MonitoringRate;
import org.ohsonline.radiation.MonitoringRates;
import org.ohsonline.radiation.Period;
import org.ohsonline.radiation.RadiationFilter;
import org.ohsonline.reference.Divisions;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.PiiCipher;
import org.ohsonline.shared.ScopeFilter;
import org.ohsonline.shared.Text;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reading side of dose monitoring, always limited to the caller's scope ({@link RadiationScope}): dose lists
 * (masked, a band instead of the values), records in full, investigations, alerts, monitoring gaps and rates.
 */
@Component
class DoseQueries {

	/** How many due periods back monitoring gaps are listed: two years of quarters. */
	static final int GAP_PERIODS = 8;

	private static final String DOSE_COLUMNS = """
			d.id, d.radiation_worker_id, w.name_masked, w.name_sealed, w.id_masked, w.employer_name, d.region_code, w.agency_name,
			d.period_year, d.period_quarter, d.hp10, d.hp10_below, d.hp007, d.hp007_below, d.lens, d.lens_below, d.mdl,
			d.counted_hp10, d.counted_hp007, d.counted_lens, d.above_investigation, d.limits_edition, d.channel, d.entered_by,
			d.entered_at, d.limits_version_id""";

	private static final String DOSE_FILTER = """
			 from radiation.dose d join radiation.worker w on w.id = d.radiation_worker_id
			where d.region_code like :region || '%'
			  and (cast(:q as text) is null or w.employer_name like '%' || cast(:q as text) || '%')
			  and (cast(:y as int) is null or (d.period_year = cast(:y as int) and d.period_quarter = cast(:qu as int)))
			  and (cast(:category as text) is null or w.category_code = cast(:category as text))
			  and (cast(:above as boolean) is null or d.above_investigation = cast(:above as boolean))
			  and """;

	private final JdbcClient jdbc;

	private final RadiationScope scope;

	private final DoseLimits limits;

	private final Divisions divisions;

	private final PiiCipher cipher;

	DoseQueries(JdbcClient jdbc, RadiationScope scope, DoseLimits limits, Divisions divisions, PiiCipher cipher) {
		this.jdbc = jdbc;
		this.scope = scope;
		this.limits = limits;
		this.divisions = divisions;
		this.cipher = cipher;
	}

	private Map<String, Object> parameters(Actor actor, RadiationFilter filter, String region) {
		Map<String, Object> p = new HashMap<>(this.scope.parameters(actor));
		p.put("region", region);
		p.put("q", Text.blankToNull(filter.q()));
		Optional<Period> period = Period.parse(filter.period());
		p.put("y", period.map(Period::year).orElse(null));
		p.put("qu", period.map(Period::quarter).orElse(null));
		p.put("category", Text.blankToNull(filter.category()));
		return p;
	}

	@Transactional(readOnly = true)
	Page<DoseSummary> search(Actor actor, RadiationFilter filter, PageQuery page) {
		actor.require(RadiationPermissions.DOSE_READ);
		Optional<String> region = ScopeFilter.narrowRegion(actor, filter.region());
		if (region.isEmpty()) {
			return Page.of(List.of(), 0, page);
		}
		Map<String, Object> p = parameters(actor, filter, region.get());
		p.put("above", "ABOVE_INVESTIGATION".equals(filter.status()) ? Boolean.TRUE : null);
		String where = DOSE_FILTER + RadiationScope.on("d").predicate();
		long total = this.jdbc.sql("select count(*)" + where).params(p).query(Long.class).single();
		p.put("limit", page.size());
		p.put("offset", page.offset());
		List<DoseSummary> items = this.jdbc
			.sql("select " + DOSE_COLUMNS + where + " order by d.period_year desc, d.period_quarter desc, w.employer_name, d.id limit :limit offset :offset")
			.params(p)
			.query(this::summary)
			.list();
		return Page.of(items, total, page);
	}

	@Transactional(readOnly = true)
	void forEach(Actor actor, RadiationFilter filter, Consumer<DoseSummary> consumer) {
		actor.require(RadiationPermissions.DOSE_READ);
		Optional<String> region = ScopeFilter.narrowRegion(actor, filter.region());
		if (region.isEmpty()) {
			return;
		}
		Map<String, Object> p = parameters(actor, filter, region.get());
		p.put("above", "ABOVE_INVESTIGATION".equals(filter.status()) ? Boolean.TRUE : null);
		this.jdbc.sql("select " + DOSE_COLUMNS + DOSE_FILTER + RadiationScope.on("d").predicate()
				+ " order by d.period_year desc, d.period_quarter desc, w.employer_name, d.id")
			.params(p)
			.query(this::summary)
			.stream()
			.forEach(consumer);
	}

	Optional<DoseView> inScope(Actor actor, long id) {
		Map<String, Object> p = new HashMap<>(this.scope.parameters(actor));
		p.put("id", id);
		return this.jdbc.sql("select " + DOSE_COLUMNS + " from radiation.dose d join radiation.worker w on w.id = d.radiation_worker_id"
				+ " where d.id = :id and " + RadiationScope.on("d").predicate())
			.params(p)
			.query(this::full)
			.optional();
	}

	/** A record just written by its own service (no scope: the writer answers what it wrote). */
	DoseView view(long id) {
		return this.jdbc.sql("select " + DOSE_COLUMNS + " from radiation.dose d join radiation.worker w on w.id = d.radiation_worker_id where d.id = :id")
			.param("id", id)
			.query(this::full)
			.single();
	}

	List<DoseView> ofWorker(Actor actor, long radiationWorkerId) {
		Map<String, Object> p = new HashMap<>(this.scope.parameters(actor));
		p.put("rw", radiationWorkerId);
		return this.jdbc.sql("select " + DOSE_COLUMNS + " from radiation.dose d join radiation.worker w on w.id = d.radiation_worker_id"
				+ " where d.radiation_worker_id = :rw and " + RadiationScope.on("d").predicate()
				+ " order by d.period_year desc, d.period_quarter desc")
			.params(p)
			.query(this::full)
			.list();
	}

	private DoseBand band(ResultSet rs) throws SQLException {
		if (rs.getBoolean("above_investigation")) {
			return DoseBand.ABOVE_INVESTIGATION;
		}
		if (rs.getBoolean("hp10_below")) {
			return DoseBand.BELOW_DETECTION;
		}
		DoseLimits.Limits l = this.limits.inForce(new Period(rs.getInt("period_year"), rs.getInt("period_quarter")).end());
		return DoseChecks.band(false, rs.getBigDecimal("counted_hp10"), l);
	}

	private DoseSummary summary(ResultSet rs, int n) throws SQLException {
		return new DoseSummary(rs.getLong("id"), rs.getLong("radiation_worker_id"), rs.getString("name_masked"),
				rs.getString("id_masked"), rs.getString("employer_name"), rs.getString("region_code"), rs.getString("agency_name"),
				new Period(rs.getInt("period_year"), rs.getInt("period_quarter")).toString(), band(rs));
	}

	private DoseView full(ResultSet rs, int n) throws SQLException {
		return new DoseView(rs.getLong("id"), rs.getLong("radiation_worker_id"), this.cipher.decrypt(rs.getString("name_sealed")),
				rs.getString("id_masked"), rs.getString("employer_name"), rs.getString("region_code"), rs.getString("agency_name"),
				new Period(rs.getInt("period_year"), rs.getInt("period_quarter")).toString(), rs.getBigDecimal("hp10"),
				rs.getBoolean("hp10_below"), rs.getBigDecimal("hp007"), rs.getBoolean("hp007_below"), rs.getBigDecimal("lens"),
				rs.getBoolean("lens_below"), rs.getBigDecimal("mdl"), rs.getBigDecimal("counted_hp10"),
				rs.getBigDecimal("counted_hp007"), rs.getBigDecimal("counted_lens"), band(rs), rs.getString("limits_edition"),
				rs.getString("channel"), rs.getString("entered_by"), rs.getTimestamp("entered_at").toInstant());
	}

	private static final String INVESTIGATION = """
			select i.id, i.dose_id, i.radiation_worker_id, w.name_masked, w.employer_name, i.region_code, d.period_year,
			    d.period_quarter, i.level, i.status, i.explanation, i.answered_by, i.answered_at, i.opened_at
			from radiation.investigation i join radiation.dose d on d.id = i.dose_id join radiation.worker w on w.id = i.radiation_worker_id
			""";

	@Transactional(readOnly = true)
	Page<InvestigationView> investigations(Actor actor, RadiationFilter filter, PageQuery page) {
		actor.require(RadiationPermissions.DOSE_READ);
		Optional<String> region = ScopeFilter.narrowRegion(actor, filter.region());
		if (region.isEmpty()) {
			return Page.of(List.of(), 0, page);
		}
		Map<String, Object> p = parameters(actor, filter, region.get());
		String status = "OPEN".equals(filter.status()) || "ANSWERED".equals(filter.status()) ? filter.status() : null;
		p.put("status", status);
		String where = """
				where i.region_code like :region || '%'
				  and (cast(:q as text) is null or w.employer_name like '%' || cast(:q as text) || '%')
				  and (cast(:y as int) is null or (d.period_year = cast(:y as int) and d.period_quarter = cast(:qu as int)))
				  and (cast(:category as text) is null or w.category_code = cast(:category as text))
				  and (cast(:status as text) is null or i.status = cast(:status as text))
				  and """ + RadiationScope.on("i").predicate();
		long total = this.jdbc.sql("select count(*) from radiation.investigation i join radiation.dose d on d.id = i.dose_id"
				+ " join radiation.worker w on w.id = i.radiation_worker_id " + where).params(p).query(Long.class).single();
		p.put("limit", page.size());
		p.put("offset", page.offset());
		List<InvestigationView> items = this.jdbc.sql(INVESTIGATION + where + " order by i.status desc, i.opened_at desc, i.id limit :limit offset :offset")
			.params(p)
			.query(DoseQueries::investigation)
			.list();
		return Page.of(items, total, page);
	}

	@Transactional(readOnly = true)
	InvestigationView investigation(Actor actor, long id) {
		actor.require(RadiationPermissions.DOSE_READ);
		Map<String, Object> p = new HashMap<>(this.scope.parameters(actor));
		p.put("id", id);
		return this.jdbc.sql(INVESTIGATION + " where i.id = :id and " + RadiationScope.on("i").predicate())
			.params(p)
			.query(DoseQueries::investigation)
			.optional()
			.orElseThrow(() -> new NotFoundException("radiation-investigation", id));
	}

	private static InvestigationView investigation(ResultSet rs, int n) throws SQLException {
		Timestamp answered = rs.getTimestamp("answered_at");
		return new InvestigationView(rs.getLong("id"), rs.getLong("dose_id"), rs.getLong("radiation_worker_id"),
				rs.getString("name_masked"), rs.getString("employer_name"), rs.getString("region_code"),
				new Period(rs.getInt("period_year"), rs.getInt("period_quarter")).toString(), rs.getBigDecimal("level"),
				rs.getString("status"), rs.getString("explanation"), rs.getString("answered_by"),
				answered == null ? null : answered.toInstant(), rs.getTimestamp("opened_at").toInstant());
	}

	private static final String ALERT = """
			select a.id, a.radiation_worker_id, w.name_masked, w.employer_name, a.region_code, a.kind, a.year, a.dose_limit, a.raised_at
			from radiation.alert a join radiation.worker w on w.id = a.radiation_worker_id
			""";

	@Transactional(readOnly = true)
	Page<AlertView> alerts(Actor actor, RadiationFilter filter, PageQuery page) {
		actor.require(RadiationPermissions.DOSE_READ);
		Optional<String> region = ScopeFilter.narrowRegion(actor, filter.region());
		if (region.isEmpty()) {
			return Page.of(List.of(), 0, page);
		}
		Map<String, Object> p = parameters(actor, filter, region.get());
		p.put("kind", filter.status() != null && List.of("ANNUAL", "FIVE_YEAR", "LENS", "SKIN").contains(filter.status()) ? filter.status() : null);
		String where = """
				where a.region_code like :region || '%'
				  and (cast(:q as text) is null or w.employer_name like '%' || cast(:q as text) || '%')
				  and (cast(:y as int) is null or a.year = cast(:y as int))
				  and (cast(:category as text) is null or w.category_code = cast(:category as text))
				  and (cast(:kind as text) is null or a.kind = cast(:kind as text))
				  and """ + RadiationScope.on("a").predicate();
		long total = this.jdbc.sql("select count(*) from radiation.alert a join radiation.worker w on w.id = a.radiation_worker_id " + where)
			.params(p).query(Long.class).single();
		p.put("limit", page.size());
		p.put("offset", page.offset());
		return Page.of(this.jdbc.sql(ALERT + where + " order by a.year desc, a.raised_at desc, a.id limit :limit offset :offset")
			.params(p)
			.query(DoseQueries::alert)
			.list(), total, page);
	}

	@Transactional(readOnly = true)
	List<AlertView> alertsOfWorker(Actor actor, long radiationWorkerId) {
		actor.require(RadiationPermissions.DOSE_READ);
		Map<String, Object> p = new HashMap<>(this.scope.parameters(actor));
		p.put("rw", radiationWorkerId);
		return this.jdbc.sql(ALERT + " where a.radiation_worker_id = :rw and " + RadiationScope.on("a").predicate()
				+ " order by a.year desc, a.kind")
			.params(p)
			.query(DoseQueries::alert)
			.list();
	}

	private static AlertView alert(ResultSet rs, int n) throws SQLException {
		return new AlertView(rs.getLong("id"), rs.getLong("radiation_worker_id"), rs.getString("name_masked"),
				rs.getString("employer_name"), rs.getString("region_code"), rs.getString("kind"), rs.getInt("year"),
				rs.getBigDecimal("dose_limit"), rs.getTimestamp("raised_at").toInstant());
	}

	private static final String GAPS = """
			 from radiation.worker w
			cross join lateral (
			    select cast(extract(year from s) as int) as y, cast(extract(quarter from s) as int) as q, cast(s as date) as pstart
			    from generate_series(greatest(date_trunc('quarter', cast(w.monitored_from as timestamp)), cast(:earliest as timestamp)),
			                         cast(:latest as timestamp), interval '3 months') s) p
			where w.region_code like :region || '%'
			  and (cast(:q as text) is null or w.employer_name like '%' || cast(:q as text) || '%')
			  and (cast(:category as text) is null or w.category_code = cast(:category as text))
			  and (cast(:y as int) is null or (p.y = cast(:y as int) and p.q = cast(:qu as int)))
			  and (w.monitored_to is null or p.pstart <= w.monitored_to)
			  and not exists (select 1 from radiation.dose r where r.radiation_worker_id = w.id and r.period_year = p.y and r.period_quarter = p.q)
			  and """;

	/**
	 * The monitoring gaps on {@code today}: for each radiation worker in scope, every period from the quarter their
	 * monitoring began (at most {@link #GAP_PERIODS} due periods back) to the last one due ({@link Period#lastDue})
	 * while they were monitored, without a record.
	 */
	@Transactional(readOnly = true)
	Page<MonitoringGap> gaps(Actor actor, RadiationFilter filter, PageQuery page, LocalDate today) {
		actor.require(RadiationPermissions.DOSE_READ);
		Optional<String> region = ScopeFilter.narrowRegion(actor, filter.region());
		if (region.isEmpty()) {
			return Page.of(List.of(), 0, page);
		}
		int entryDays = this.limits.inForce(today).entryDays();
		Map<String, Object> p = gapParameters(actor, filter, region.get(), today, entryDays);
		String where = GAPS + RadiationScope.on("w").predicate();
		long total = this.jdbc.sql("select count(*)" + where).params(p).query(Long.class).single();
		p.put("limit", page.size());
		p.put("offset", page.offset());
		return Page.of(this.jdbc.sql("select w.id, w.name_masked, w.id_masked, w.employer_name, w.region_code, w.agency_name, p.y, p.q"
				+ where + " order by p.pstart, w.employer_name, w.id limit :limit offset :offset")
			.params(p)
			.query((rs, n) -> gap(rs, entryDays))
			.list(), total, page);
	}

	@Transactional(readOnly = true)
	void forEachGap(Actor actor, RadiationFilter filter, Consumer<MonitoringGap> consumer, LocalDate today) {
		actor.require(RadiationPermissions.DOSE_READ);
		Optional<String> region = ScopeFilter.narrowRegion(actor, filter.region());
		if (region.isEmpty()) {
			return;
		}
		int entryDays = this.limits.inForce(today).entryDays();
		this.jdbc.sql("select w.id, w.name_masked, w.id_masked, w.employer_name, w.region_code, w.agency_name, p.y, p.q" + GAPS
				+ RadiationScope.on("w").predicate() + " order by p.pstart, w.employer_name, w.id")
			.params(gapParameters(actor, filter, region.get(), today, entryDays))
			.query((rs, n) -> gap(rs, entryDays))
			.stream()
			.forEach(consumer);
	}

	private Map<String, Object> gapParameters(Actor actor, RadiationFilter filter, String region, LocalDate today, int entryDays) {
		Map<String, Object> p = parameters(actor, filter, region);
		Period latest = Period.lastDue(today, entryDays);
		Period earliest = latest;
		for (int i = 1; i < GAP_PERIODS; i++) {
			earliest = earliest.previous();
		}
		p.put("earliest", Timestamp.valueOf(earliest.start().atStartOfDay()));
		p.put("latest", Timestamp.valueOf(latest.start().atStartOfDay()));
		return p;
	}

	private static MonitoringGap gap(ResultSet rs, int entryDays) throws SQLException {
		Period period = new Period(rs.getInt("y"), rs.getInt("q"));
		return new MonitoringGap(rs.getLong("id"), rs.getString("name_masked"), rs.getString("id_masked"), rs.getString("employer_name"),
				rs.getString("region_code"), rs.getString("agency_name"), period.toString(), period.end().plusDays(entryDays));
	}

	private static final String RATE = """
			 from radiation.worker w
			left join radiation.dose r on r.radiation_worker_id = w.id and r.period_year = :y and r.period_quarter = :qu
			where w.region_code like :region || '%'
			  and w.monitored_from <= :pend and (w.monitored_to is null or w.monitored_to >= :pstart)
			  and """;

	@Transactional(readOnly = true)
	MonitoringRates rates(Actor actor, String requested, String periodText, PageQuery page, LocalDate today) {
		actor.require(RadiationPermissions.RATE_READ);
		Period period = period(periodText, today);
		Optional<String> narrowed = ScopeFilter.narrowRegion(actor, requested);
		String region = narrowed.orElse(null);
		if (region == null) {
			MonitoringRate none = new MonitoringRate("", "", "", 0, 0);
			return new MonitoringRates(requested, period.toString(), none, List.of(), Page.of(List.of(), 0, page));
		}
		Map<String, Object> p = rateParameters(actor, region, period);
		String where = RATE + RadiationScope.on("w").predicate();
		int child = region.length() < 2 ? 2 : region.length() < 4 ? 4 : region.length() < 6 ? 6 : 9;
		p.put("child", child);
		MonitoringRate total = this.jdbc.sql("select count(*), count(r.id)" + where)
			.params(p)
			.query((rs, n) -> new MonitoringRate(region, region.isEmpty() ? "" : this.divisions.fullName(region), region, rs.getLong(2),
					rs.getLong(1)))
			.single();
		List<MonitoringRate> regions = this.jdbc.sql("select substr(w.region_code, 1, :child) as code, count(*), count(r.id)" + where
				+ " group by 1 order by 1")
			.params(p)
			.query((rs, n) -> new MonitoringRate(rs.getString(1), this.divisions.find(rs.getString(1)).map(d -> d.name()).orElse(rs.getString(1)),
					rs.getString(1), rs.getLong(3), rs.getLong(2)))
			.list();
		String grouped = where + " group by w.employer_id, w.employer_name, w.region_code";
		long employers = this.jdbc.sql("select count(*) from (select w.employer_id" + grouped + ") e").params(p).query(Long.class).single();
		p.put("limit", page.size());
		p.put("offset", page.offset());
		List<MonitoringRate> items = this.jdbc.sql("select w.employer_id, w.employer_name, w.region_code, count(*), count(r.id)" + grouped
				+ " order by count(r.id) * 1.0 / count(*), w.employer_name limit :limit offset :offset")
			.params(p)
			.query(DoseQueries::employerRate)
			.list();
		return new MonitoringRates(region, period.toString(), total, regions, Page.of(items, employers, page));
	}

	@Transactional(readOnly = true)
	void forEachEmployerRate(Actor actor, String requested, String periodText, Consumer<MonitoringRate> consumer, LocalDate today) {
		actor.require(RadiationPermissions.RATE_READ);
		Period period = period(periodText, today);
		Optional<String> region = ScopeFilter.narrowRegion(actor, requested);
		if (region.isEmpty()) {
			return;
		}
		this.jdbc.sql("select w.employer_id, w.employer_name, w.region_code, count(*), count(r.id)" + RATE
				+ RadiationScope.on("w").predicate() + " group by w.employer_id, w.employer_name, w.region_code"
				+ " order by count(r.id) * 1.0 / count(*), w.employer_name")
			.params(rateParameters(actor, region.get(), period))
			.query(DoseQueries::employerRate)
			.stream()
			.forEach(consumer);
	}

	/**
	 * The monitoring of each of the employers in the last period due, in one statement: every employer asked for is
	 * in the map, with zero counts when it is outside the scope or has no radiation worker monitored in the period.
	 */
	@Transactional(readOnly = true)
	Map<Long, EmployerMonitoring> monitoringOf(Actor actor, java.util.Collection<Long> employerIds, LocalDate today) {
		actor.require(RadiationPermissions.RATE_READ);
		Period period = period(null, today);
		Map<Long, EmployerMonitoring> byEmployer = new java.util.LinkedHashMap<>();
		employerIds.forEach(id -> byEmployer.put(id, new EmployerMonitoring(id, period.toString(), 0, 0)));
		if (employerIds.isEmpty()) {
			return byEmployer;
		}
		Map<String, Object> p = rateParameters(actor, "", period);
		p.put("ids", employerIds.toArray(Long[]::new));
		// count(distinct): a worker has at most one record per period, but people are counted as people regardless.
		this.jdbc.sql("select w.employer_id, count(distinct w.id), count(distinct r.radiation_worker_id)" + RATE
				+ RadiationScope.on("w").predicate() + " and w.employer_id = any(cast(:ids as bigint[]))"
				+ " group by w.employer_id")
			.params(p)
			.query((rs, n) -> byEmployer.put(rs.getLong(1),
					new EmployerMonitoring(rs.getLong(1), period.toString(), rs.getLong(2), rs.getLong(3))))
			.list();
		return byEmployer;
	}

	private Map<String, Object> rateParameters(Actor actor, String region, Period period) {
		Map<String, Object> p = new HashMap<>(this.scope.parameters(actor));
		p.put("region", region);
		p.put("y", period.year());
		p.put("qu", period.quarter());
		p.put("pstart", period.start());
		p.put("pend", period.end());
		return p;
	}

	private static MonitoringRate employerRate(ResultSet rs, int n) throws SQLException {
		return new MonitoringRate(String.valueOf(rs.getLong(1)), rs.getString(2), rs.getString(3), rs.getLong(5), rs.getLong(4));
	}

	/** The period asked for, or the last one due; a period not yet ended is refused. */
	private Period period(String text, LocalDate today) {
		if (Text.blankToNull(text) == null) {
			return Period.lastDue(today, this.limits.inForce(today).entryDays());
		}
		Period period = Period.parse(text).orElseThrow(() -> InvalidInputException.of("period", "radiation.dose.period.invalid"));
		if (!period.end().isBefore(today)) {
			throw InvalidInputException.of("period", "radiation.dose.period.future", period.toString());
		}
		return period;
	}

}
