package org.ohsonline.indicators;

import java.time.Instant;

/**
 * One frozen revision of a quarter's figures of every region (跟踪问效). The first freeze of a quarter is revision 1;
 * a later freeze that finds different figures (a late correction) is stored as the next revision beside it, never in
 * its place.
 *
 * @param quarter the quarter ({@code 2026Q3})
 * @param cause {@code scheduled} (the quarter-close job) or {@code manual}
 * @param definitionsEdition the edition of the indicator definitions the figures were counted with
 * @param scoringEdition the edition of the scoring method the scores were computed with
 * @param targetsAsOf when the targets that applied were last changed (the targets' state the figures were judged by)
 * @param regions how many regions the revision holds figures of
 * @param changes how many figures differ from the revision before it (0 for revision 1)
 */
@io.swagger.v3.oas.annotations.media.Schema(name = "IndicatorSnapshot")
public record Snapshot(long id, String quarter, int revision, Instant frozenAt, String frozenBy, String cause,
		String definitionsEdition, String scoringEdition, Instant targetsAsOf, int regions, int changes) {
}
