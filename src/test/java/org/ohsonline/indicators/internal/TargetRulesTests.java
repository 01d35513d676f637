package org.ohsonline.indicators.internal;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ohsonline.indicators.Rating;

import static org.assertj.core.api.Assertions.assertThat;

/** The tightening rule (the province sets, a city or county may only tighten) and the rating against a target. */
class TargetRulesTests {

	static TargetRules.Existing target(String region, String value) {
		return new TargetRules.Existing(region, new BigDecimal(value));
	}

	@Test
	void aCountyMayTightenButNotLoosenTheProvincesTarget() {
		List<TargetRules.Existing> set = List.of(target("33", "85"), target("3301", "90"));
		assertThat(TargetRules.check("330105", new BigDecimal("95"), set)).isEmpty();
		assertThat(TargetRules.check("330105", new BigDecimal("90"), set)).isEmpty();
		// 88 is above the province's 85 but below the city's 90: refused, naming the city.
		assertThat(TargetRules.check("330105", new BigDecimal("88"), set)).hasValueSatisfying(e -> {
			assertThat(e.code()).isEqualTo("indicators.target.looserThanParent");
			assertThat(e.arguments()).containsExactly("3301", "90");
		});
		// Another city is bound by the province only.
		assertThat(TargetRules.check("3304", new BigDecimal("85"), set)).isEmpty();
		assertThat(TargetRules.check("3304", new BigDecimal("84.99"), set)).isPresent();
	}

	@Test
	void aProvinceMayNotRaiseItsTargetAboveACitysWhichWouldThenBeLooser() {
		List<TargetRules.Existing> set = List.of(target("3301", "90"));
		assertThat(TargetRules.check("33", new BigDecimal("90"), set)).isEmpty();
		assertThat(TargetRules.check("33", new BigDecimal("92"), set)).hasValueSatisfying(e -> {
			assertThat(e.code()).isEqualTo("indicators.target.tighterBelow");
			assertThat(e.arguments()).containsExactly("3301", "90");
		});
	}

	@Test
	void theNearestRegionsTargetApplies() {
		List<TargetRules.Existing> set = List.of(target("33", "85"), target("3301", "90"));
		assertThat(TargetRules.applying("330105001", set)).contains(target("3301", "90"));
		assertThat(TargetRules.applying("330402", set)).contains(target("33", "85"));
		assertThat(TargetRules.applying("320102", set)).isEmpty();
	}

	@Test
	void ratesGreenAtTheTargetAmberWithinTheMarginRedBelow() {
		BigDecimal target = new BigDecimal("85");
		assertThat(Rating.of(new BigDecimal("85.0"), target, 5)).isEqualTo(Rating.GREEN);
		assertThat(Rating.of(new BigDecimal("84.4"), target, 5)).isEqualTo(Rating.AMBER);
		assertThat(Rating.of(new BigDecimal("80.0"), target, 5)).isEqualTo(Rating.AMBER);
		assertThat(Rating.of(new BigDecimal("79.9"), target, 5)).isEqualTo(Rating.RED);
		assertThat(Rating.of(null, target, 5)).isEqualTo(Rating.NONE);
		assertThat(Rating.of(new BigDecimal("50"), null, 5)).isEqualTo(Rating.NONE);
	}

}
