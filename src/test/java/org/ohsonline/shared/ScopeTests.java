package org.ohsonline.shared;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The scope decides what every query returns, so its edge cases are the jurisdiction rule:
 * a user may narrow a request inside their region, never widen it or move sideways.
 */
class ScopeTests {

	private final Scope city = Scope.region("3301");

	private final Scope country = Scope.region("");

	private final Scope employer = new Scope(Scope.Kind.EMPLOYER, "91350100M000100Y43");

	@Test
	void narrowsToARequestedRegionInsideTheScope() {
		assertThat(this.city.narrowRegion("330105")).contains("330105");
		assertThat(this.city.narrowRegion("330105001")).contains("330105001");
		assertThat(this.city.narrowRegion("3301")).contains("3301");
		assertThat(this.country.narrowRegion("3301")).contains("3301");
	}

	@Test
	void keepsTheScopeWhenTheRequestIsWiderOrAbsent() {
		assertThat(this.city.narrowRegion("33")).contains("3301");
		assertThat(this.city.narrowRegion("")).contains("3301");
		assertThat(this.city.narrowRegion("  ")).contains("3301");
		assertThat(this.city.narrowRegion(null)).contains("3301");
		assertThat(this.country.narrowRegion(null)).contains("");
	}

	@Test
	void givesNothingForARequestOutsideTheScope() {
		assertThat(this.city.narrowRegion("3302")).isEmpty();
		assertThat(this.city.narrowRegion("330205")).isEmpty();
		assertThat(this.city.narrowRegion("34")).isEmpty();
	}

	@Test
	void givesNoRegionToScopesThatAreNotRegions() {
		assertThat(this.employer.regionPrefix()).isEmpty();
		assertThat(this.employer.narrowRegion("3301")).isEqualTo(Optional.empty());
		assertThat(this.employer.narrowRegion(null)).isEmpty();
	}

	@Test
	void coversRegionsUnderItsPrefix() {
		assertThat(this.city.coversRegion("3301")).isTrue();
		assertThat(this.city.coversRegion("330105001")).isTrue();
		assertThat(this.city.coversRegion("3302")).isFalse();
		assertThat(this.city.coversRegion("33")).isFalse();
		assertThat(this.city.coversRegion(null)).isFalse();
		assertThat(this.country.coversRegion("440305")).isTrue();
		assertThat(this.employer.coversRegion("3301")).isFalse();
	}

	@Test
	void liesWithinAWiderRegionOnly() {
		assertThat(Scope.region("330105").within(this.city, null)).isTrue();
		assertThat(this.city.within(this.city, null)).isTrue();
		assertThat(this.city.within(Scope.region("330105"), null)).isFalse();
		assertThat(this.city.within(Scope.region("3302"), null)).isFalse();
		assertThat(this.city.within(this.country, null)).isTrue();
	}

	@Test
	void placesAnEmployerScopeByTheRegionOfItsHolder() {
		assertThat(this.employer.within(this.city, "330105")).isTrue();
		assertThat(this.employer.within(this.city, "330205")).isFalse();
		assertThat(this.employer.within(this.city, null)).isFalse();
	}

	@Test
	void comparesNonRegionScopesByIdentity() {
		assertThat(this.employer.within(new Scope(Scope.Kind.EMPLOYER, "91350100M000100Y43"), "330105")).isTrue();
		assertThat(this.employer.within(new Scope(Scope.Kind.EMPLOYER, "9133010557000000P0"), "330105")).isFalse();
		assertThat(this.city.within(this.employer, null)).isFalse();
	}

	@Test
	void refusesMalformedScopes() {
		assertThatIllegalArgumentException().isThrownBy(() -> Scope.region("331"));
		assertThatIllegalArgumentException().isThrownBy(() -> new Scope(Scope.Kind.PERSON, " "));
	}

}
