package org.ohsonline.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Region codes are the keys of jurisdiction: 2, 4, 6 or 9 digits, each level a prefix of the next. */
class RegionCodeTests {

	@Test
	void knowsTheLevelFromTheLength() {
		assertThat(RegionCode.of("33").level()).isEqualTo(RegionCode.Level.PROVINCE);
		assertThat(RegionCode.of("3301").level()).isEqualTo(RegionCode.Level.CITY);
		assertThat(RegionCode.of("330105").level()).isEqualTo(RegionCode.Level.COUNTY);
		assertThat(RegionCode.of("330105001").level()).isEqualTo(RegionCode.Level.TOWNSHIP);
	}

	@Test
	void walksUpToTheProvince() {
		RegionCode township = RegionCode.of("330105001");
		assertThat(township.parent()).isEqualTo(RegionCode.of("330105"));
		assertThat(township.parent().parent()).isEqualTo(RegionCode.of("3301"));
		assertThat(township.parent().parent().parent()).isEqualTo(RegionCode.of("33"));
		assertThat(RegionCode.of("33").parent()).isNull();
	}

	@Test
	void containsItsOwnDivisionsOnly() {
		RegionCode city = RegionCode.of("3301");
		assertThat(city.contains("3301")).isTrue();
		assertThat(city.contains("330105001")).isTrue();
		assertThat(city.contains("3302")).isFalse();
		assertThat(city.contains("33")).isFalse();
		assertThat(city.contains(null)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "3", "330", "33010", "3301050", "33010500", "3301050011", "33O1", "33 1",
			"３３" })
	void rejectsAnythingButTwoFourSixOrNineDigits(String value) {
		assertThat(RegionCode.isValid(value)).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> RegionCode.of(value));
	}

	@Test
	void rejectsNull() {
		assertThat(RegionCode.isValid(null)).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> RegionCode.of(null));
	}

}
