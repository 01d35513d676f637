package org.ohsonline.indicators.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.ohsonline.indicators.Figure;
import org.ohsonline.indicators.FigureTable;
import org.ohsonline.indicators.IndicatorDefinition;

/**
 * What the dashboard and the wall show, put together from a {@link FigureTable}: one line per indicator (definition
 * beside figure), the ranking of the divisions below the region for one indicator, and the path from the caller's
 * own region down to the one shown.
 */
record DashboardRows(List<Line> lines, IndicatorDefinition selected, List<Ranked> ranking, List<String> path) {

	record Line(IndicatorDefinition definition, Figure figure) {
	}

	/** A division with its figure and its place (1 = best rate; divisions without a denominator are not placed). */
	record Ranked(String regionCode, Figure figure, Integer place) {
	}

	static DashboardRows of(FigureTable table, String selectedCode, String scope) {
		List<Line> lines = table.definitions().stream().map(d -> new Line(d, table.figure(d.code()))).toList();
		IndicatorDefinition selected = table.definitions()
			.stream()
			.filter(d -> d.code().equals(selectedCode))
			.findFirst()
			.orElse(table.definitions().isEmpty() ? null : table.definitions().get(0));
		List<Ranked> ranking = new ArrayList<>();
		if (selected != null) {
			List<FigureTable.RegionRow> rows = new ArrayList<>(table.children());
			Comparator<FigureTable.RegionRow> byRate = Comparator.comparing(
					(FigureTable.RegionRow r) -> percent(r.figure(selected.code())),
					Comparator.nullsLast(Comparator.reverseOrder()));
			rows.sort(byRate.thenComparing(FigureTable.RegionRow::regionCode));
			int place = 0;
			for (FigureTable.RegionRow row : rows) {
				Figure figure = row.figure(selected.code());
				boolean placed = figure != null && figure.denominator() > 0;
				ranking.add(new Ranked(row.regionCode(), figure, placed ? ++place : null));
			}
		}
		List<String> path = new ArrayList<>();
		String region = table.regionCode();
		for (int length : new int[] { 2, 4, 6, 9 }) {
			if (region.length() >= length && length >= scope.length()) {
				path.add(region.substring(0, length));
			}
		}
		if (path.isEmpty() || !path.get(0).equals(scope)) {
			path.add(0, scope);
		}
		return new DashboardRows(lines, selected, ranking, path.stream().distinct().toList());
	}

	private static BigDecimal percent(Figure figure) {
		return figure == null ? null : figure.percent();
	}

}
