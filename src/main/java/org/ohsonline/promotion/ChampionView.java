package org.ohsonline.promotion;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A health-champion nomination with the reviewers' scores.
 *
 * @param score the average of the reviewers' totals ({@code null} before the first score)
 */
public record ChampionView(long id, long employerId, String employerCreditCode, String employerName, String regionCode,
		int year, String edition, BigDecimal passMark, long workerId, String nomineeName, NomineeRole role, String reason,
		NominationStatus status, BigDecimal score, int reviews, String decisionNote, String deciderName, Instant decidedAt,
		Instant nominatedAt, List<Criterion> criteria, List<Score> scores) {

	public ChampionView {
		criteria = List.copyOf(criteria);
		scores = List.copyOf(scores);
	}

	/** A criterion of the catalog version the nomination is scored against. */
	@io.swagger.v3.oas.annotations.media.Schema(name = "ChampionCriterion")
	public record Criterion(String code, String name, BigDecimal points) {
	}

	/** One reviewer's score: the total and the points per criterion code. */
	@io.swagger.v3.oas.annotations.media.Schema(name = "ChampionScore")
	public record Score(String reviewerName, BigDecimal total, java.util.Map<String, BigDecimal> points, Instant scoredAt) {
	}

}
