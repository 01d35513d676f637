package org.ohsonline.indicators;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The indicators of one region for a year: its own figures, and the same figures for each division directly below
 * it (city → county → township), for the drill-down and the ranking.
 *
 * @param edition the definitions' catalog edition the figures were counted with
 * @param asOf when the read model was last changed for the region (the data date)
 */
public record FigureTable(String regionCode, int year, String edition, Instant asOf,
		List<IndicatorDefinition> definitions, Map<String, Figure> figures, List<RegionRow> children) {

	public FigureTable {
		definitions = List.copyOf(definitions);
		figures = Map.copyOf(figures);
		children = List.copyOf(children);
	}

	/** A division directly below the region, with its figure per indicator code. */
	public record RegionRow(String regionCode, Map<String, Figure> figures) {

		public RegionRow {
			figures = Map.copyOf(figures);
		}

		public Figure figure(String code) {
			return this.figures.get(code);
		}

	}

	public Figure figure(String code) {
		return this.figures.get(code);
	}

}
