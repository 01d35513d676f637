package org.ohsonline.agency;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A credit rating as computed and explained: each indicator's value with its weight, the rule edition,
 * the computed level and stars and, where a supervisor adjusted them, the level and stars that stand
 * with the reason.
 * @param score the weighted mean of the indicators with data ({@code null} when not rated)
 * @param level the level that stands: the adjusted one, else the computed one ({@code null} when not rated)
 * @param stars the stars that stand, as {@code level}
 * @param missing the indicators without their minimum data
 * @param advice what would raise the score, largest gain first
 * @param pointsToNextLevel points the score lacks for the next level ({@code null} at A or when not rated)
 */
@Schema(name = "AgencyRating")
public record RatingView(long id, long agencyId, String agencyName, AgencyKind kind, String regionCode,
		RatingStatus status, BigDecimal score, CreditLevel level, Integer stars, CreditLevel computedLevel,
		Integer computedStars, LocalDate ratedOn, Instant computedAt, String trigger, long ruleVersionId,
		String ruleEdition, List<IndicatorValue> indicators, List<RatingIndicator> missing, List<Advice> advice,
		BigDecimal pointsToNextLevel, Adjustment adjustment) {

	public RatingView {
		indicators = List.copyOf(indicators);
		missing = List.copyOf(missing);
		advice = List.copyOf(advice);
	}

	public boolean rated() {
		return this.status == RatingStatus.RATED;
	}

	/**
	 * One indicator as it entered the rating.
	 * @param value 0-100, {@code null} without its minimum data
	 * @param weight its weight in the rule
	 * @param share its share of the score (weight over the weights of the indicators with data), in per cent
	 * @param count how many items it was computed from (staff, jobs, evaluations, exam days)
	 * @param favourable how many of them counted for it (certified staff, jobs on time, days within capacity)
	 */
	@Schema(name = "AgencyRatingIndicator")
	public record IndicatorValue(RatingIndicator indicator, BigDecimal value, BigDecimal weight, boolean required,
			BigDecimal share, long count, long favourable) {
	}

	/** What would raise the score: the indicator at 100 would add {@code points}; or data missing would rate it. */
	@Schema(name = "AgencyRatingAdvice")
	public record Advice(RatingIndicator indicator, BigDecimal points, boolean dataMissing) {
	}

	@Schema(name = "AgencyRatingAdjustmentRecord")
	public record Adjustment(CreditLevel level, int stars, String reason, String by, Instant at) {
	}

}
