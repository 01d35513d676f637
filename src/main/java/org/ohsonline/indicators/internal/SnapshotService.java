package org.ohsonline.indicators.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ohsonline.indicators.Figure;
import org.ohsonline.indicators.IndicatorDefinition;
import org.ohsonline.indicators.OverdueEmployer;
import org.ohsonline.indicators.ScoreTrendPoint;
import org.ohsonline.indicators.ScoringRule;
import org.ohsonline.indicators.Snapshot;
import org.ohsonline.indicators.SnapshotRow;
import org.ohsonline.indicators.SnapshotTable;
import org.ohsonline.indicators.Snapshots;
import org.ohsonline.shared.AccessDeniedException;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.Scope;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The snapshots' facade: reads narrowed to the caller's region like the figures (a region outside is not found), a
 * rank shown only where the caller sees every division it was ranked among; the freeze and the bulletin checked.
 */
@Service
class SnapshotService implements Snapshots {

	private final SnapshotStore store;

	private final SnapshotFreezer freezer;

	private final ScoringCatalog scoring;

	private final DefinitionCatalog definitions;

	private final BulletinWriter bulletins;

	private final Clock clock;

	SnapshotService(SnapshotStore store, SnapshotFreezer freezer, ScoringCatalog scoring, DefinitionCatalog definitions,
			BulletinWriter bulletins, Clock clock) {
		this.store = store;
		this.freezer = freezer;
		this.scoring = scoring;
		this.definitions = definitions;
		this.bulletins = bulletins;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Snapshot> snapshots(Actor actor) {
		IndicatorService.regionFor(actor, null);
		return this.store.all();
	}

	@Override
	public List<String> closedQuarters() {
		return QuarterText.closedBefore(today(), 8);
	}

	@Override
	@Transactional(readOnly = true)
	public SnapshotTable table(Actor actor, String quarter, String region, Integer revision) {
		String prefix = IndicatorService.regionFor(actor, region);
		QuarterText q = QuarterText.parse(quarter);
		List<Snapshot> revisions = this.store.revisions(q.toString());
		Snapshot snapshot = chosen(revisions, q, revision);
		int childLength = FigureReads.childLength(prefix);
		Map<String, Map<String, Figure>> figures = this.store.figuresOf(snapshot.id(), prefix, childLength);
		Map<String, SnapshotStore.Score> scores = this.store.scoresOf(snapshot.id(), prefix, childLength);
		SnapshotRow own = row(prefix, figures.getOrDefault(prefix, Map.of()), scores.get(prefix), rankVisible(actor, prefix));
		List<SnapshotRow> children = new ArrayList<>();
		figures.forEach((code, byCode) -> {
			if (code.length() == childLength && childLength > prefix.length()) {
				children.add(row(code, byCode, scores.get(code), true));
			}
		});
		children.sort(Comparator.comparing((SnapshotRow r) -> r.rank() == null ? Integer.MAX_VALUE : r.rank())
			.thenComparing(SnapshotRow::regionCode));
		List<String> codes = codes(figures);
		// The scoring method in the order of the table above it (the catalog lists it by code).
		List<ScoringRule> scoring = new ArrayList<>(this.scoring.rules(this.store.scoringVersion(snapshot.id())
			.map(SnapshotStore.Scoring::versionId)
			.orElse(null)).values());
		scoring.sort(Comparator.comparingInt((ScoringRule r) -> codes.contains(r.indicatorCode())
				? codes.indexOf(r.indicatorCode()) : Integer.MAX_VALUE).thenComparing(ScoringRule::indicatorCode));
		return new SnapshotTable(snapshot, codes, own, children, revisions, this.store.changes(snapshot.id(), prefix),
				scoring);
	}

	@Override
	@Transactional(readOnly = true)
	public List<ScoreTrendPoint> trend(Actor actor, String region) {
		String prefix = IndicatorService.regionFor(actor, region);
		boolean visible = rankVisible(actor, prefix);
		List<ScoreTrendPoint> points = new ArrayList<>();
		for (Map.Entry<Snapshot, SnapshotStore.Score> e : this.store.latestScores(prefix)) {
			Map<String, BigDecimal> percents = new LinkedHashMap<>();
			this.store.figuresOf(e.getKey().id(), prefix, prefix.length())
				.getOrDefault(prefix, Map.of())
				.forEach((code, f) -> percents.put(code, f.percent()));
			SnapshotStore.Score s = e.getValue();
			points.add(new ScoreTrendPoint(e.getKey().quarter(), e.getKey().revision(), s.score(),
					visible ? s.rank() : null, visible ? s.siblings() : 0, percents));
		}
		return points;
	}

	@Override
	@Transactional(readOnly = true)
	public org.ohsonline.shared.Page<OverdueEmployer> overdue(Actor actor, String quarter, String region,
			Integer revision, org.ohsonline.shared.PageQuery page) {
		String prefix = IndicatorService.regionFor(actor, region);
		QuarterText q = QuarterText.parse(quarter);
		return this.store.overdue(chosen(this.store.revisions(q.toString()), q, revision).id(), prefix, page);
	}

	@Override
	public Snapshot freeze(Actor actor, String quarter) {
		actor.require(IndicatorPermissions.SNAPSHOT_WRITE);
		if (actor.scope().kind() != Scope.Kind.REGION) {
			throw new AccessDeniedException(IndicatorPermissions.SNAPSHOT_WRITE);
		}
		QuarterText q = QuarterText.parse(quarter);
		if (!q.end().isBefore(today())) {
			throw InvalidInputException.of("quarter", "indicators.snapshot.notClosed", q.toString());
		}
		return this.freezer.freeze(actor, q, "manual");
	}

	@Override
	@Transactional
	public byte[] issueBulletin(Actor actor, String quarter, String region, Integer revision) {
		actor.require(IndicatorPermissions.BULLETIN_WRITE);
		SnapshotTable table = table(actor, quarter, region, revision);
		long id = table.snapshot().id();
		String prefix = table.region().regionCode();
		return this.bulletins.issue(actor, table,
				this.store.overdueFirst(id, prefix, BulletinWriter.OVERDUE_LISTED),
				this.store.overdueEmployers(id, prefix), names());
	}

	/** Names of the indicators by code, from the definitions in force (a code no longer defined shows as itself). */
	Map<String, IndicatorDefinition> names() {
		Map<String, IndicatorDefinition> names = new LinkedHashMap<>();
		this.definitions.inForce().forEach(d -> names.put(d.code(), d));
		return names;
	}

	private List<String> codes(Map<String, Map<String, Figure>> figures) {
		Set<String> frozen = new LinkedHashSet<>();
		figures.values().forEach(byCode -> frozen.addAll(byCode.keySet()));
		List<String> codes = new ArrayList<>();
		this.definitions.inForce().stream().map(IndicatorDefinition::code).filter(frozen::contains).forEach(codes::add);
		frozen.stream().filter(c -> !codes.contains(c)).sorted().forEach(codes::add);
		return codes;
	}

	private static Snapshot chosen(List<Snapshot> revisions, QuarterText q, Integer revision) {
		if (revisions.isEmpty()) {
			throw new NotFoundException("indicator-snapshot", q.toString());
		}
		if (revision == null) {
			return revisions.get(revisions.size() - 1);
		}
		return revisions.stream()
			.filter(s -> s.revision() == revision)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("indicator-snapshot", q + "/" + revision));
	}

	private static SnapshotRow row(String region, Map<String, Figure> figures, SnapshotStore.Score score, boolean ranked) {
		return new SnapshotRow(region, figures, score == null ? null : score.score(),
				score == null || !ranked ? null : score.rank(), score == null || !ranked ? 0 : score.siblings());
	}

	/**
	 * A region's own rank is among the divisions of its parent: shown only when the caller's jurisdiction holds the
	 * parent (a county supervisor does not see how their county ranks among the city's counties).
	 */
	static boolean rankVisible(Actor actor, String region) {
		String scope = actor.scope().regionPrefix().orElse(null);
		return scope != null && region.length() > scope.length() && SnapshotScoring.parent(region).startsWith(scope);
	}

	LocalDate today() {
		return LocalDate.now(this.clock.withZone(IndicatorZone.ZONE));
	}

}
