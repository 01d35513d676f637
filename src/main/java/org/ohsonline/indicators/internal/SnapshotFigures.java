package org.ohsonline.indicators.internal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.ohsonline.indicators.Figure;
import org.ohsonline.indicators.IndicatorDefinition;
import org.ohsonline.indicators.Rating;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every region's figures as they stand, for a freeze: the membership rows summed per region code in one statement,
 * then added up to every level above (township → county → city → province) in memory; the imported figures of the
 * quarter's year per county likewise; each judged against the target that applies in that year.
 */
@Component
class SnapshotFigures {

	private static final int[] LEVELS = { 2, 4, 6, 9 };

	private final JdbcClient jdbc;

	private final TargetStore targets;

	SnapshotFigures(JdbcClient jdbc, TargetStore targets) {
		this.jdbc = jdbc;
		this.targets = targets;
	}

	/** Region code → indicator code → figure, for every region holding any figure; regions in code order. */
	Map<String, Map<String, Figure>> compute(List<IndicatorDefinition> definitions, int year) {
		Map<String, Map<String, long[]>> counts = new HashMap<>();
		Map<String, Map<String, String>> sources = new HashMap<>();
		this.jdbc.sql("""
				select indicator_code, region_code, sum(numerator), sum(denominator) from indicators.membership
				group by indicator_code, region_code""")
			.query(rs -> {
				add(counts, rs.getString(2), rs.getString(1), rs.getLong(3), rs.getLong(4));
			});
		this.jdbc.sql("""
				select indicator_code, region_code, numerator, denominator, source from indicators.imported_figure
				where year = :year""")
			.param("year", year)
			.query(rs -> {
				add(counts, rs.getString(2), rs.getString(1), rs.getLong(3), rs.getLong(4));
				for (int length : LEVELS) {
					if (length <= rs.getString(2).length()) {
						sources.computeIfAbsent(rs.getString(2).substring(0, length), r -> new HashMap<>())
							.merge(rs.getString(1), rs.getString(5),
									(a, b) -> a.contains(b) ? a : a + "；" + b);
					}
				}
			});
		Map<String, List<TargetRules.Existing>> targetsByCode = this.targets.forYear(year);
		Map<String, Map<String, Figure>> figures = new TreeMap<>();
		for (Map.Entry<String, Map<String, long[]>> region : counts.entrySet()) {
			Map<String, Figure> own = new LinkedHashMap<>();
			for (IndicatorDefinition d : definitions) {
				long[] c = region.getValue().get(d.code());
				if (c == null) {
					c = new long[2];
				}
				var target = TargetRules.applying(region.getKey(), targetsByCode.getOrDefault(d.code(), List.of()));
				BigDecimal value = target.map(TargetRules.Existing::value).orElse(null);
				own.put(d.code(), new Figure(d.code(), region.getKey(), c[0], c[1], value,
						target.map(TargetRules.Existing::regionCode).orElse(null),
						Rating.of(Figure.percent(c[0], c[1]), value, d.amberMargin()),
						sources.getOrDefault(region.getKey(), Map.of()).get(d.code())));
			}
			figures.put(region.getKey(), own);
		}
		return figures;
	}

	/** Adds a region code's counts to it and to every region above it. */
	private static void add(Map<String, Map<String, long[]>> counts, String region, String code, long numerator,
			long denominator) {
		for (int length : LEVELS) {
			if (length <= region.length()) {
				long[] c = counts.computeIfAbsent(region.substring(0, length), r -> new HashMap<>())
					.computeIfAbsent(code, k -> new long[2]);
				c[0] += numerator;
				c[1] += denominator;
			}
		}
	}

}
