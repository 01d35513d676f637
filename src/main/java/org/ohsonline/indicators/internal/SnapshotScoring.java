package org.ohsonline.indicators.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ohsonline.indicators.Figure;
import org.ohsonline.indicators.ScoringRule;

/**
 * A region's quarterly score and the ranking of regions, from the scoring method (catalog {@code indicator-scoring}):
 * score = Σ weight × points of the rating / Σ weight, over the region's indicators that are rated (a target and a
 * denominator) and weighted above 0; two decimals, half up. An indicator the method does not name is not scored.
 * Regions are ranked among the divisions of the same parent, best score first; equal scores share a rank (1, 2, 2, 4).
 */
final class SnapshotScoring {

	private SnapshotScoring() {
	}

	/** The score out of 100, {@code null} when no weighted indicator of the region is rated. */
	static BigDecimal score(Collection<Figure> figures, Map<String, ScoringRule> rules) {
		BigDecimal points = BigDecimal.ZERO;
		long weights = 0;
		for (Figure f : figures) {
			ScoringRule rule = rules.get(f.indicatorCode());
			if (rule == null || rule.weight() <= 0 || rule.points(f.rating()) == null) {
				continue;
			}
			points = points.add(rule.points(f.rating()).multiply(BigDecimal.valueOf(rule.weight())));
			weights += rule.weight();
		}
		return weights == 0 ? null : points.divide(BigDecimal.valueOf(weights), 2, RoundingMode.HALF_UP);
	}

	/** The code of the division a region lies in ({@code ""} above a province). */
	static String parent(String code) {
		return switch (code.length()) {
			case 9 -> code.substring(0, 6);
			case 6 -> code.substring(0, 4);
			case 4 -> code.substring(0, 2);
			default -> "";
		};
	}

	/** A region's place among its siblings. */
	record Place(Integer rank, int siblings) {
	}

	/** Ranks every region with a score among the regions of the same parent; a region without a score has no rank. */
	static Map<String, Place> rank(Map<String, BigDecimal> scores) {
		Map<String, List<Map.Entry<String, BigDecimal>>> byParent = new HashMap<>();
		for (Map.Entry<String, BigDecimal> e : scores.entrySet()) {
			byParent.computeIfAbsent(parent(e.getKey()) + "/" + e.getKey().length(), p -> new ArrayList<>()).add(e);
		}
		Map<String, Place> places = new HashMap<>();
		for (List<Map.Entry<String, BigDecimal>> group : byParent.values()) {
			List<Map.Entry<String, BigDecimal>> scored = group.stream()
				.filter(e -> e.getValue() != null)
				.sorted(Map.Entry.<String, BigDecimal>comparingByValue(Comparator.reverseOrder())
					.thenComparing(Map.Entry.comparingByKey()))
				.toList();
			for (int i = 0; i < scored.size(); i++) {
				int rank = i + 1;
				if (i > 0 && scored.get(i).getValue().compareTo(scored.get(i - 1).getValue()) == 0) {
					rank = places.get(scored.get(i - 1).getKey()).rank();
				}
				places.put(scored.get(i).getKey(), new Place(rank, scored.size()));
			}
			group.stream().filter(e -> e.getValue() == null).forEach(e -> places.put(e.getKey(), new Place(null, scored.size())));
		}
		return places;
	}

}
