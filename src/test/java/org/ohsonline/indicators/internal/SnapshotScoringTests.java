package org.ohsonline.indicators.internal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ohsonline.indicators.Figure;
import org.ohsonline.indicators.Rating;
import org.ohsonline.indicators.ScoringRule;
import org.ohsonline.indicators.SnapshotChange;

import static org.assertj.core.api.Assertions.assertThat;

/** The quarterly score and ranking worked out by hand on a small province. */
class SnapshotScoringTests {

	static ScoringRule rule(String code, int weight) {
		return new ScoringRule(code, code, weight, new BigDecimal("100"), new BigDecimal("60"), BigDecimal.ZERO);
	}

	static final Map<String, ScoringRule> METHOD = Map.of("DECLARATION_SEVERE", rule("DECLARATION_SEVERE", 15),
			"TESTING_SEVERE", rule("TESTING_SEVERE", 15), "EXAMS_SEVERE", rule("EXAMS_SEVERE", 15), "WORKER_TRAINING",
			rule("WORKER_TRAINING", 5), "EXAMS_EXPOSED", rule("EXAMS_EXPOSED", 0));

	static Figure figure(String code, String region, long n, long d, String target, Rating rating) {
		return new Figure(code, region, n, d, target == null ? null : new BigDecimal(target), target == null ? null : "33",
				rating, null);
	}

	@Test
	void theScoreIsTheWeightedMeanOfThePointsOfTheRatedIndicators() {
		List<Figure> figures = List.of(figure("DECLARATION_SEVERE", "3301", 90, 100, "85", Rating.GREEN),
				figure("TESTING_SEVERE", "3301", 82, 100, "85", Rating.AMBER),
				figure("EXAMS_SEVERE", "3301", 50, 100, "95", Rating.RED),
				// No target: not rated, so its weight of 5 leaves the score.
				figure("WORKER_TRAINING", "3301", 10, 100, null, Rating.NONE),
				// Weighted 0: green, but not scored.
				figure("EXAMS_EXPOSED", "3301", 100, 100, "90", Rating.GREEN),
				// Not named by the method (an indicator added later): not scored.
				figure("NEW_ONE", "3301", 0, 10, "90", Rating.RED));
		// (15 × 100 + 15 × 60 + 15 × 0) / (15 + 15 + 15) = 2400 / 45 = 53.333… → 53.33
		assertThat(SnapshotScoring.score(figures, METHOD)).isEqualByComparingTo("53.33");
		// Only green: 100; nothing rated: no score.
		assertThat(SnapshotScoring.score(List.of(figure("TESTING_SEVERE", "3302", 9, 10, "85", Rating.GREEN)), METHOD))
			.isEqualByComparingTo("100");
		assertThat(SnapshotScoring.score(List.of(figure("WORKER_TRAINING", "3302", 9, 10, null, Rating.NONE)), METHOD))
			.isNull();
	}

	@Test
	void regionsAreRankedAmongTheDivisionsOfTheSameParentWithEqualScoresSharingARank() {
		Map<String, BigDecimal> scores = new HashMap<>();
		scores.put("33", new BigDecimal("70"));
		scores.put("3301", new BigDecimal("80"));
		scores.put("3302", new BigDecimal("53.33"));
		scores.put("3303", new BigDecimal("80.00"));
		scores.put("3304", null);
		scores.put("330105", new BigDecimal("10"));
		scores.put("330106", new BigDecimal("20"));
		scores.put("330201", new BigDecimal("99"));
		Map<String, SnapshotScoring.Place> places = SnapshotScoring.rank(scores);
		// Cities of 33: 80, 80, 53.33 → 1, 1, 3 (three ranked); the city without a score has no rank.
		assertThat(places.get("3301")).isEqualTo(new SnapshotScoring.Place(1, 3));
		assertThat(places.get("3303")).isEqualTo(new SnapshotScoring.Place(1, 3));
		assertThat(places.get("3302")).isEqualTo(new SnapshotScoring.Place(3, 3));
		assertThat(places.get("3304").rank()).isNull();
		// Counties are ranked within their own city only.
		assertThat(places.get("330106")).isEqualTo(new SnapshotScoring.Place(1, 2));
		assertThat(places.get("330105")).isEqualTo(new SnapshotScoring.Place(2, 2));
		assertThat(places.get("330201")).isEqualTo(new SnapshotScoring.Place(1, 1));
		assertThat(places.get("33")).isEqualTo(new SnapshotScoring.Place(1, 1));
	}

	@Test
	void aRevisionListsEveryFigureThatChangedAndNothingElse() {
		Map<String, Figure> before = new HashMap<>();
		before.put(SnapshotStore.key("330122", "TESTING_SEVERE"), figure("TESTING_SEVERE", "330122", 5, 10, "85", Rating.RED));
		before.put(SnapshotStore.key("330122", "EXAMS_SEVERE"), figure("EXAMS_SEVERE", "330122", 5, 10, "85", Rating.RED));
		before.put(SnapshotStore.key("330127", "EXAMS_SEVERE"), figure("EXAMS_SEVERE", "330127", 1, 1, null, Rating.NONE));
		Map<String, Map<String, Figure>> now = new LinkedHashMap<>();
		now.put("330122", Map.of("TESTING_SEVERE", figure("TESTING_SEVERE", "330122", 9, 10, "85", Rating.GREEN),
				"EXAMS_SEVERE", figure("EXAMS_SEVERE", "330122", 5, 10, "85.00", Rating.RED)));
		List<SnapshotChange> changes = SnapshotFreezer.changes(before, now);
		assertThat(changes).containsExactly(
				new SnapshotChange("330122", "TESTING_SEVERE", 5L, 10L, new BigDecimal("85"), 9L, 10L, new BigDecimal("85")),
				new SnapshotChange("330127", "EXAMS_SEVERE", 1L, 1L, null, null, null, null));
	}

}
