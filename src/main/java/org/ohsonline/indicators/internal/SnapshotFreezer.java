package org.ohsonline.indicators.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.indicators.Figure;
import org.ohsonline.indicators.IndicatorDefinition;
import org.ohsonline.indicators.Snapshot;
import org.ohsonline.indicators.SnapshotChange;
import org.ohsonline.shared.Actor;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Freezes a quarter: every region's figures with the definitions, targets and scoring method in force, each region's
 * score and rank, and the employers behind the overdue figures. A freeze that finds exactly the figures and editions
 * of the quarter's latest revision writes nothing and returns it (the job and a person may both freeze); one that
 * differs is the next revision, stored beside the earlier ones with each changed figure.
 */
@Component
class SnapshotFreezer {

	/** The counting rules whose missing employers are overdue (a clock passed): listed by name in the bulletin. */
	static final Set<String> OVERDUE_RULES = Set.of("DECLARED", "TESTED", "EXAMINED");

	private final DefinitionCatalog definitions;

	private final ScoringCatalog scoring;

	private final SnapshotFigures figures;

	private final SnapshotStore store;

	private final AuditTrail audit;

	private final Clock clock;

	SnapshotFreezer(DefinitionCatalog definitions, ScoringCatalog scoring, SnapshotFigures figures, SnapshotStore store,
			AuditTrail audit, Clock clock) {
		this.definitions = definitions;
		this.scoring = scoring;
		this.figures = figures;
		this.store = store;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	Snapshot freeze(Actor actor, QuarterText quarter, String cause) {
		String q = quarter.toString();
		this.store.lock(q);
		List<IndicatorDefinition> inForce = this.definitions.inForce();
		String definitionsEdition = inForce.isEmpty() ? "" : inForce.get(0).edition();
		ScoringCatalog.Method method = this.scoring.inForce(quarter.end());
		Map<String, Map<String, Figure>> now = this.figures.compute(inForce, quarter.year());

		List<Snapshot> revisions = this.store.revisions(q);
		Snapshot latest = revisions.isEmpty() ? null : revisions.get(revisions.size() - 1);
		List<SnapshotChange> changes = List.of();
		if (latest != null) {
			changes = changes(this.store.figures(latest.id()), now);
			boolean sameEditions = latest.definitionsEdition().equals(definitionsEdition)
					&& Objects.equals(this.store.scoringVersion(latest.id()).map(SnapshotStore.Scoring::versionId)
						.orElse(null), method.versionId());
			if (changes.isEmpty() && sameEditions) {
				return latest;
			}
		}
		int revision = latest == null ? 1 : latest.revision() + 1;
		Instant at = this.clock.instant();
		long id = this.store.insert(q, revision, at, actor.username(), cause, definitionsEdition, method.edition(),
				method.versionId(), this.store.targetsAsOf(quarter.year()).orElse(null), now.size(), changes.size());
		this.store.insertFigures(id, now);
		this.store.insertScores(id, scores(now, method));
		this.store.insertChanges(id, changes);
		int overdue = this.store.insertOverdue(id,
				inForce.stream().filter(d -> OVERDUE_RULES.contains(d.rule())).map(IndicatorDefinition::code).toList());
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("quarter", q);
		after.put("revision", revision);
		after.put("cause", cause);
		after.put("regions", now.size());
		after.put("changes", changes.size());
		after.put("overdueRows", overdue);
		after.put("definitionsEdition", definitionsEdition);
		after.put("scoringEdition", method.edition());
		this.audit.record(actor, revision == 1 ? "indicators.snapshot.frozen" : "indicators.snapshot.revised",
				AuditTarget.of("indicator-snapshot", id, actor.scope().regionPrefix().orElse(null)), null, after);
		return this.store.revisions(q).get(revision - 1);
	}

	/** Each region's score and place among its siblings. */
	static List<SnapshotStore.Score> scores(Map<String, Map<String, Figure>> figures, ScoringCatalog.Method method) {
		Map<String, BigDecimal> scores = new HashMap<>();
		figures.forEach((region, byCode) -> scores.put(region, SnapshotScoring.score(byCode.values(), method.rules())));
		Map<String, SnapshotScoring.Place> places = SnapshotScoring.rank(scores);
		List<SnapshotStore.Score> rows = new ArrayList<>();
		figures.keySet().forEach(region -> rows.add(new SnapshotStore.Score(region, scores.get(region),
				places.get(region).rank(), places.get(region).siblings())));
		return rows;
	}

	/** The figures that differ (counts or target) between the latest revision and now, either side possibly absent. */
	static List<SnapshotChange> changes(Map<String, Figure> before, Map<String, Map<String, Figure>> now) {
		List<SnapshotChange> changes = new ArrayList<>();
		Map<String, Figure> after = new HashMap<>();
		now.values().forEach(byCode -> byCode.values().forEach(f -> after.put(SnapshotStore.key(f.regionCode(),
				f.indicatorCode()), f)));
		for (Map.Entry<String, Figure> e : after.entrySet()) {
			Figure b = before.get(e.getKey());
			Figure a = e.getValue();
			if (b == null || b.numerator() != a.numerator() || b.denominator() != a.denominator()
					|| !sameTarget(b.target(), a.target())) {
				changes.add(new SnapshotChange(a.regionCode(), a.indicatorCode(), b == null ? null : b.numerator(),
						b == null ? null : b.denominator(), b == null ? null : b.target(), a.numerator(), a.denominator(),
						a.target()));
			}
		}
		before.forEach((key, b) -> {
			if (!after.containsKey(key)) {
				changes.add(new SnapshotChange(b.regionCode(), b.indicatorCode(), b.numerator(), b.denominator(), b.target(),
						null, null, null));
			}
		});
		changes.sort(java.util.Comparator.comparing(SnapshotChange::regionCode).thenComparing(SnapshotChange::indicatorCode));
		return changes;
	}

	private static boolean sameTarget(BigDecimal a, BigDecimal b) {
		return a == null ? b == null : b != null && a.compareTo(b) == 0;
	}

}
