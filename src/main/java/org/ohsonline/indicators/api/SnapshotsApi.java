package org.ohsonline.indicators.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.ohsonline.indicators.OverdueEmployer;
import org.ohsonline.indicators.ScoreTrendPoint;
import org.ohsonline.indicators.Snapshot;
import org.ohsonline.indicators.SnapshotTable;
import org.ohsonline.indicators.Snapshots;
import org.ohsonline.shared.Actor;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The quarterly snapshots over the API, in the token owner's jurisdiction: the frozen quarters and their revisions, a
 * region's table with score and rank, the employers behind its overdue figures, the trend across quarters, and the
 * freeze. A region outside the jurisdiction, or a quarter never frozen, is a 404.
 */
@RestController
@RequestMapping("/api/v1/indicators/snapshots")
@Tag(name = "Indicator snapshots", description = "Quarterly snapshots of the indicators (跟踪问效): frozen figures with revisions, scores, rankings, trends")
class SnapshotsApi {

	private final Snapshots snapshots;

	SnapshotsApi(Snapshots snapshots) {
		this.snapshots = snapshots;
	}

	@GetMapping
	@Operation(summary = "Every revision of every frozen quarter, the latest quarter first")
	List<Snapshot> list(Actor actor) {
		return this.snapshots.snapshots(actor);
	}

	@GetMapping("/trend")
	@Operation(summary = "A region's score, rank (where the caller sees the level) and rates in each frozen quarter, oldest first")
	List<ScoreTrendPoint> trend(Actor actor, @RequestParam(required = false) String region) {
		return this.snapshots.trend(actor, region);
	}

	@GetMapping("/{quarter}")
	@Operation(summary = "A region (the caller's own by default) in a quarter's snapshot (the latest revision by default): figures with numerator and denominator, score, the divisions below ranked, revisions and what the revision changed")
	SnapshotTable table(Actor actor, @PathVariable String quarter, @RequestParam(required = false) String region,
			@RequestParam(required = false) Integer revision) {
		return this.snapshots.table(actor, quarter, region, revision);
	}

	@GetMapping("/{quarter}/overdue")
	@Operation(summary = "The employers behind the region's overdue figures (declaration, testing, exams) as frozen, a page at a time (one row per employer and indicator)")
	org.ohsonline.shared.Page<OverdueEmployer> overdue(Actor actor, @PathVariable String quarter,
			@RequestParam(required = false) String region, @RequestParam(required = false) Integer revision,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return this.snapshots.overdue(actor, quarter, region, revision, org.ohsonline.shared.PageQuery.of(page, size));
	}

	@PostMapping("/{quarter}/freeze")
	@Operation(summary = "Freeze a closed quarter of every region; the latest revision when nothing changed, else a new revision beside the earlier ones")
	Snapshot freeze(Actor actor, @PathVariable String quarter) {
		return this.snapshots.freeze(actor, quarter);
	}

}
