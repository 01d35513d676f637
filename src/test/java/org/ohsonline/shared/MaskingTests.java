package org.ohsonline.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** UI.md: identity numbers appear as {@code 330105********1234} everywhere. */
class MaskingTests {

	@Test
	void keepsSixAndFourCharactersOfAnIdentityNumber() {
		assertThat(Masking.idNumber("33010519900307123X")).isEqualTo("330105********123X");
	}

	@Test
	void keepsThreeAndFourDigitsOfAMobileNumber() {
		assertThat(Masking.mobile("13812345678")).isEqualTo("138****5678");
	}

	@Test
	void keepsFirstAndLastCharacterOfOtherPersonalData() {
		assertThat(Masking.other("张三丰")).isEqualTo("张*丰");
		assertThat(Masking.other("zhang@example.org")).isEqualTo("z***************g");
	}

	/** A value too short to keep head and tail would otherwise be shown in full. */
	@Test
	void masksShortValuesCompletely() {
		assertThat(Masking.other("张三")).isEqualTo("**");
		assertThat(Masking.mobile("1381234")).isEqualTo("*******");
		assertThat(Masking.idNumber("3301051990")).isEqualTo("**********");
	}

	@Test
	void leavesMissingValuesAlone() {
		assertThat(Masking.idNumber(null)).isNull();
		assertThat(Masking.mobile("")).isEmpty();
	}

}
