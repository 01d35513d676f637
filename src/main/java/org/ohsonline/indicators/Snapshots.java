package org.ohsonline.indicators;

import java.util.List;

import org.ohsonline.shared.Actor;

/**
 * Quarterly snapshots of the indicators (跟踪问效, docs/indicators.md): every region's figures frozen at a quarter's
 * close with the editions used, revisions for late corrections, scores and rankings, trends across quarters, and the
 * quarterly bulletin (通报). Reading needs {@code indicators:figure:read} and a region scope; a region outside the
 * caller's jurisdiction is refused as not found; ranks are shown only among divisions of a region the caller sees.
 */
public interface Snapshots {

	/** Every revision of every frozen quarter, the latest quarter first. */
	List<Snapshot> snapshots(Actor actor);

	/** The closed quarters a freeze may be asked for (the latest first). */
	List<String> closedQuarters();

	/**
	 * A region (the caller's own when blank) in a quarter's snapshot: the given revision, or the latest. Refused as not
	 * found when the quarter was never frozen.
	 */
	SnapshotTable table(Actor actor, String quarter, String region, Integer revision);

	/** The region's score, rank and rates in each frozen quarter (latest revision), oldest first. */
	List<ScoreTrendPoint> trend(Actor actor, String region);

	/** The employers behind the region's overdue figures in a revision, by region and name. */
	org.ohsonline.shared.Page<OverdueEmployer> overdue(Actor actor, String quarter, String region, Integer revision,
			org.ohsonline.shared.PageQuery page);

	/**
	 * Freezes a closed quarter's figures of every region with the definitions, targets and scoring method in force.
	 * Idempotent: when nothing differs from the quarter's latest revision, that revision is returned and nothing is
	 * written; otherwise a new revision is stored beside the earlier ones with what changed. Needs
	 * {@code indicators:snapshot:write}; audited in the same transaction.
	 */
	Snapshot freeze(Actor actor, String quarter);

	/**
	 * Issues the region's quarterly bulletin (通报) from a revision of the snapshot as a PDF with the QR code of its
	 * public verification page. Needs {@code indicators:bulletin:write}.
	 */
	byte[] issueBulletin(Actor actor, String quarter, String region, Integer revision);

}
