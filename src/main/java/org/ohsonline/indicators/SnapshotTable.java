package org.ohsonline.indicators;

import java.util.List;

/**
 * A region in one revision of a quarter's snapshot: its own figures and score, the divisions directly below it ranked
 * by score, the quarter's revisions, what the shown revision changed within the region, and the scoring method used.
 *
 * @param indicatorCodes the indicators frozen, in the definitions' order
 */
public record SnapshotTable(Snapshot snapshot, List<String> indicatorCodes, SnapshotRow region, List<SnapshotRow> children,
		List<Snapshot> revisions, List<SnapshotChange> changes, List<ScoringRule> scoring) {

	public SnapshotTable {
		indicatorCodes = List.copyOf(indicatorCodes);
		children = List.copyOf(children);
		revisions = List.copyOf(revisions);
		changes = List.copyOf(changes);
		scoring = List.copyOf(scoring);
	}

}
