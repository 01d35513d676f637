package org.ohsonline.indicators.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ohsonline.indicators.Figure;
import org.ohsonline.indicators.FigureTable;
import org.ohsonline.indicators.IndicatorDefinition;
import org.ohsonline.indicators.Rating;
import org.ohsonline.indicators.TrendPoint;
import org.ohsonline.reference.Division;
import org.ohsonline.reference.Divisions;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Puts a region's figures together from the module's own tables only: the membership totals, the imported figures,
 * the targets. A handful of statements whatever the size of the region (what the benchmark measures).
 */
@Component
class FigureReads {

	private final MembershipStore store;

	private final TargetStore targets;

	private final Divisions divisions;

	private final JdbcClient jdbc;

	private final FigureCache cache;

	FigureReads(MembershipStore store, TargetStore targets, Divisions divisions, JdbcClient jdbc, FigureCache cache) {
		this.cache = cache;
		this.store = store;
		this.targets = targets;
		this.divisions = divisions;
		this.jdbc = jdbc;
	}

	/** The code length of the divisions directly below a region code (none below a township). */
	static int childLength(String prefix) {
		return switch (prefix.length()) {
			case 0 -> 2;
			case 2 -> 4;
			case 4 -> 6;
			case 6 -> 9;
			default -> prefix.length();
		};
	}

	FigureTable table(String prefix, int year, List<IndicatorDefinition> definitions) {
		int childLength = childLength(prefix);
		Map<String, Map<String, long[]>> byRegion = new HashMap<>();
		for (MembershipStore.Total t : this.store.totals(prefix, childLength)) {
			byRegion.computeIfAbsent(t.regionCode(), r -> new HashMap<>())
				.put(t.indicatorCode(), new long[] { t.numerator(), t.denominator() });
		}
		Map<String, Map<String, String>> sources = new HashMap<>();
		for (Imported i : imported(prefix, year, childLength)) {
			byRegion.computeIfAbsent(i.regionCode(), r -> new HashMap<>())
				.put(i.indicatorCode(), new long[] { i.numerator(), i.denominator() });
			sources.computeIfAbsent(i.regionCode(), r -> new HashMap<>()).put(i.indicatorCode(), i.source());
		}
		Map<String, List<TargetRules.Existing>> targetsByCode = this.targets.forYear(year);
		Map<String, Figure> own = figures(prefix, definitions, byRegion, sources, targetsByCode);
		Set<String> children = new LinkedHashSet<>();
		if (childLength > prefix.length()) {
			this.divisions.children(prefix).stream().map(Division::code).forEach(children::add);
			byRegion.keySet().stream().filter(r -> r.length() == childLength).sorted().forEach(children::add);
		}
		List<FigureTable.RegionRow> rows = new ArrayList<>();
		for (String child : children) {
			rows.add(new FigureTable.RegionRow(child, figures(child, definitions, byRegion, sources, targetsByCode)));
		}
		String edition = definitions.isEmpty() ? "" : definitions.get(0).edition();
		return new FigureTable(prefix, year, edition, this.store.lastComputed(prefix).orElse(null), definitions, own, rows);
	}

	private static Map<String, Figure> figures(String region, List<IndicatorDefinition> definitions,
			Map<String, Map<String, long[]>> byRegion, Map<String, Map<String, String>> sources,
			Map<String, List<TargetRules.Existing>> targetsByCode) {
		Map<String, Figure> figures = new LinkedHashMap<>();
		for (IndicatorDefinition d : definitions) {
			long[] counts = byRegion.getOrDefault(region, Map.of()).getOrDefault(d.code(), new long[2]);
			var target = TargetRules.applying(region, targetsByCode.getOrDefault(d.code(), List.of()));
			BigDecimal value = target.map(TargetRules.Existing::value).orElse(null);
			figures.put(d.code(), new Figure(d.code(), region, counts[0], counts[1], value,
					target.map(TargetRules.Existing::regionCode).orElse(null),
					Rating.of(Figure.percent(counts[0], counts[1]), value, d.amberMargin()),
					sources.getOrDefault(region, Map.of()).get(d.code())));
		}
		return figures;
	}

	record Imported(String indicatorCode, String regionCode, long numerator, long denominator, String source) {
	}

	/**
	 * Imported figures (per county) of the region and of the divisions below it, summed; below a county there is no
	 * imported figure. The sources of the summed counties are joined.
	 */
	private List<Imported> imported(String prefix, int year, int childLength) {
		List<Imported> rows = new ArrayList<>(this.jdbc.sql("""
				select indicator_code, sum(numerator), sum(denominator), string_agg(distinct source, '；')
				from indicators.imported_figure where year = :year and region_code like :prefix || '%'
				group by indicator_code""")
			.param("year", year)
			.param("prefix", prefix)
			.query((rs, i) -> new Imported(rs.getString(1), prefix, rs.getLong(2), rs.getLong(3), rs.getString(4)))
			.list());
		if (childLength > prefix.length() && childLength <= 6) {
			rows.addAll(this.jdbc.sql("""
					select indicator_code, substr(region_code, 1, :len) as child, sum(numerator), sum(denominator),
					       string_agg(distinct source, '；')
					from indicators.imported_figure where year = :year and region_code like :prefix || '%'
					group by indicator_code, child""")
				.param("year", year)
				.param("prefix", prefix)
				.param("len", childLength)
				.query((rs, i) -> new Imported(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
						rs.getString(5)))
				.list());
		}
		return rows;
	}

	List<TrendPoint> trend(String code, String prefix) {
		return this.jdbc.sql("""
				select month, sum(numerator), sum(denominator) from indicators.monthly_total
				where indicator_code = :code and region_code like :prefix || '%' group by month order by month""")
			.param("code", code)
			.param("prefix", prefix)
			.query((rs, i) -> new TrendPoint(rs.getString(1), rs.getLong(2), rs.getLong(3)))
			.list();
	}

	/** Records this month's totals per township (overwriting earlier runs of the month), from the membership rows. */
	int recordMonth(String month) {
		// The dashboard shows the trend with the figures, reused until they change: drop them.
		this.cache.invalidate();
		this.jdbc.sql("delete from indicators.monthly_total where month = :month").param("month", month).update();
		return this.jdbc.sql("""
				insert into indicators.monthly_total (month, indicator_code, region_code, numerator, denominator)
				select :month, indicator_code, region_code, sum(numerator), sum(denominator)
				from indicators.membership group by indicator_code, region_code""")
			.param("month", month)
			.update();
	}

}
