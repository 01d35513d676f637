package org.ohsonline.indicators;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A region in a snapshot: its frozen figure per indicator code, its quarterly score and its rank among the divisions
 * of the same parent.
 *
 * @param score the weighted score out of 100 ({@code null} when no indicator of the region is rated)
 * @param rank 1 for the best score among its siblings (equal scores share a rank); {@code null} without a score or
 * when the reader may not see the level it is ranked at
 * @param siblings how many divisions of the same parent were ranked
 */
public record SnapshotRow(String regionCode, Map<String, Figure> figures, BigDecimal score, Integer rank, int siblings) {

	public SnapshotRow {
		figures = Map.copyOf(figures);
	}

	public Figure figure(String code) {
		return this.figures.get(code);
	}

}
