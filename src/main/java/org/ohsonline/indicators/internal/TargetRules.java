package org.ohsonline.indicators.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.ohsonline.shared.InvalidInputException.FieldError;

/**
 * The tightening rule of targets (issue 17 item 2): the province sets, a city or county may only tighten. For an
 * indicator where higher is better, a region's target may not lie below that of any region above it, nor above that
 * of any region below it (which would leave the lower one looser). Pure.
 */
final class TargetRules {

	/** A target already set for another region of the same indicator and year. */
	record Existing(String regionCode, BigDecimal value) {
	}

	private TargetRules() {
	}

	static Optional<FieldError> check(String regionCode, BigDecimal value, List<Existing> others) {
		for (Existing other : others) {
			boolean above = regionCode.startsWith(other.regionCode()) && !regionCode.equals(other.regionCode());
			boolean below = other.regionCode().startsWith(regionCode) && !regionCode.equals(other.regionCode());
			if (above && value.compareTo(other.value()) < 0) {
				return Optional.of(FieldError.of("value", "indicators.target.looserThanParent", other.regionCode(),
						other.value().stripTrailingZeros().toPlainString()));
			}
			if (below && other.value().compareTo(value) < 0) {
				return Optional.of(FieldError.of("value", "indicators.target.tighterBelow", other.regionCode(),
						other.value().stripTrailingZeros().toPlainString()));
			}
		}
		return Optional.empty();
	}

	/** The target that applies to a region: its own, else that of the nearest region above it. */
	static Optional<Existing> applying(String regionCode, List<Existing> targets) {
		return targets.stream()
			.filter(t -> regionCode.startsWith(t.regionCode()))
			.max(java.util.Comparator.comparingInt(t -> t.regionCode().length()));
	}

}
