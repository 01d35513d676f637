package org.ohsonline.promotion.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ohsonline.promotion.ItemScore;

/**
 * The healthy-enterprise rule, pure: the reviewed points are the sum of the points the panel found, and the
 * review passes only when <b>every mandatory item is met</b> and the points reach the pass mark — a failed
 * mandatory item fails the application whatever the points.
 */
final class HealthyScoring {

	private HealthyScoring() {
	}

	/** The outcome of a review. */
	record Outcome(BigDecimal points, List<String> failedMandatory, boolean passed) {
	}

	/** Points and met flags per item code; an item missing counts 0 and, if mandatory, not met. */
	static Outcome review(List<ItemScore> standard, Map<String, BigDecimal> points, Map<String, Boolean> met,
			BigDecimal passMark) {
		BigDecimal total = BigDecimal.ZERO;
		List<String> failed = new ArrayList<>();
		for (ItemScore item : standard) {
			BigDecimal found = points.getOrDefault(item.code(), BigDecimal.ZERO);
			total = total.add(found);
			if (item.mandatory() && !Boolean.TRUE.equals(met.get(item.code()))) {
				failed.add(item.code());
			}
		}
		return new Outcome(total, List.copyOf(failed), failed.isEmpty() && total.compareTo(passMark) >= 0);
	}

	/** The sum of the points claimed. */
	static BigDecimal total(Map<String, BigDecimal> points) {
		return points.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** Whether points are a valid score of an item: 0…max with at most one decimal. */
	static boolean valid(BigDecimal points, BigDecimal max) {
		return points != null && points.signum() >= 0 && points.compareTo(max) <= 0
				&& points.stripTrailingZeros().scale() <= 1;
	}

}
