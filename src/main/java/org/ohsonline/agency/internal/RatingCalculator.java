package org.ohsonline.agency.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.ohsonline.agency.AgencyKind;
import org.ohsonline.agency.CreditLevel;
import org.ohsonline.agency.RatingIndicator;
import org.ohsonline.agency.RatingStatus;
import org.ohsonline.agency.RatingView.Advice;
import org.ohsonline.agency.RatingView.IndicatorValue;

/**
 * The rating arithmetic, pure: score = Σ wᵢ·vᵢ / Σ wᵢ over the applicable indicators with data (one decimal,
 * half up); level A from LEVEL_A, B from LEVEL_B, else C; stars 5..2 from STAR_5..STAR_2, else 1. Not rated
 * when a required indicator lacks data or fewer than MIN_INDICATORS have data (complaints and penalties not
 * counted, {@link #RECORDS}) — never a default score.
 */
final class RatingCalculator {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/**
	 * Records of misconduct (complaints, penalties): they enter the score, but their absence is not data to rate by,
	 * so they do not count towards MIN_INDICATORS — the register and a delivery alone never rate.
	 */
	static final java.util.Set<RatingIndicator> RECORDS = java.util.EnumSet.of(RatingIndicator.COMPLAINTS,
			RatingIndicator.PENALTIES);

	private RatingCalculator() {
	}

	/**
	 * One indicator's data: its value 0-100, {@code null} without its minimum data.
	 * @param count how many items it was computed from
	 * @param favourable how many of them counted for it
	 */
	record Measure(BigDecimal value, long count, long favourable) {

		static Measure none(long count) {
			return new Measure(null, count, 0);
		}

		static Measure share(long favourable, long count) {
			return new Measure(BigDecimal.valueOf(favourable)
				.multiply(HUNDRED)
				.divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP), count, favourable);
		}

	}

	record Outcome(RatingStatus status, BigDecimal score, CreditLevel level, Integer stars,
			List<IndicatorValue> indicators, List<RatingIndicator> missing, List<Advice> advice,
			BigDecimal pointsToNextLevel) {
	}

	static Outcome rate(RatingRules rules, AgencyKind kind, Map<RatingIndicator, Measure> measures) {
		Map<RatingIndicator, RatingRules.Weight> applicable = rules.applicable(kind);
		BigDecimal weights = BigDecimal.ZERO;
		BigDecimal weighted = BigDecimal.ZERO;
		List<RatingIndicator> missing = new ArrayList<>();
		boolean requiredMissing = false;
		for (Map.Entry<RatingIndicator, RatingRules.Weight> e : applicable.entrySet()) {
			Measure measure = measures.getOrDefault(e.getKey(), Measure.none(0));
			if (measure.value() == null) {
				missing.add(e.getKey());
				requiredMissing |= e.getValue().required();
				continue;
			}
			weights = weights.add(e.getValue().weight());
			weighted = weighted.add(e.getValue().weight().multiply(measure.value()));
		}
		List<IndicatorValue> values = new ArrayList<>();
		List<Advice> advice = new ArrayList<>();
		for (Map.Entry<RatingIndicator, RatingRules.Weight> e : applicable.entrySet()) {
			Measure measure = measures.getOrDefault(e.getKey(), Measure.none(0));
			BigDecimal share = measure.value() == null || weights.signum() == 0 ? null
					: e.getValue().weight().multiply(HUNDRED).divide(weights, 1, RoundingMode.HALF_UP);
			values.add(new IndicatorValue(e.getKey(), measure.value(), e.getValue().weight(), e.getValue().required(),
					share, measure.count(), measure.favourable()));
			if (measure.value() == null) {
				advice.add(new Advice(e.getKey(), null, true));
			}
			else if (measure.value().compareTo(HUNDRED) < 0 && weights.signum() > 0) {
				advice.add(new Advice(e.getKey(), e.getValue()
					.weight()
					.multiply(HUNDRED.subtract(measure.value()))
					.divide(weights, 1, RoundingMode.HALF_UP), false));
			}
		}
		advice.sort(Comparator.comparing((Advice a) -> a.dataMissing() ? 0 : 1)
			.thenComparing(a -> a.points() == null ? BigDecimal.ZERO : a.points(), Comparator.reverseOrder()));
		long withData = applicable.keySet()
			.stream()
			.filter(i -> !RECORDS.contains(i) && !missing.contains(i))
			.count();
		if (requiredMissing || withData < rules.parameter("MIN_INDICATORS", 1) || weights.signum() == 0) {
			return new Outcome(RatingStatus.NOT_RATED, null, null, null, values, missing, advice, null);
		}
		BigDecimal score = weighted.divide(weights, 1, RoundingMode.HALF_UP);
		CreditLevel level = level(rules, score);
		BigDecimal next = switch (level) {
			case A -> null;
			case B -> rules.threshold("LEVEL_A", 85).subtract(score);
			case C -> rules.threshold("LEVEL_B", 70).subtract(score);
		};
		return new Outcome(RatingStatus.RATED, score, level, stars(rules, score), values, missing, advice, next);
	}

	static CreditLevel level(RatingRules rules, BigDecimal score) {
		if (score.compareTo(rules.threshold("LEVEL_A", 85)) >= 0) {
			return CreditLevel.A;
		}
		return score.compareTo(rules.threshold("LEVEL_B", 70)) >= 0 ? CreditLevel.B : CreditLevel.C;
	}

	static int stars(RatingRules rules, BigDecimal score) {
		for (int stars = 5; stars >= 2; stars--) {
			if (score.compareTo(rules.threshold("STAR_" + stars, 40 + 10 * stars)) >= 0) {
				return stars;
			}
		}
		return 1;
	}

}
