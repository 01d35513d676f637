package org.ohsonline.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ohsonline.shared.InvalidInputException.FieldError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * GB 32100-2015: check character = alphabet[(31 − Σ value(cᵢ)·wᵢ mod 31) mod 31] with weights
 * 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 over the first 17 characters.
 */
class CreditCodeTests {

	/**
	 * The sample code printed in many guides to GB 32100. By hand: 9·1 + 1·3 + 3·9 + 5·27 + 0 +
	 * 1·26 + 0 + 0 + M(21)·20 + 0 + 0 + 0 + 1·8 + 0 + 0 + Y(30)·30 + 4·28 = 1640 = 52·31 + 28, so
	 * the check index is 31 − 28 = 3 and the check character '3'.
	 */
	private static final String SAMPLE = "91350100M000100Y43";

	/**
	 * Built for this test so that the weighted sum is a multiple of 31:
	 * 9·1 + 1·3 + 3·9 + 3·27 + 0·19 + 1·26 + 0·16 + 5·17 + 5·20 + 7·29 + 0·(25+13+8+24+10+30)
	 * + P(23)·28 = 9 + 3 + 27 + 81 + 26 + 85 + 100 + 203 + 644 = 1178 = 38·31, remainder 0. The naive
	 * formula 31 − 0 = 31 would index past the alphabet; the second "mod 31" makes it '0'.
	 */
	private static final String REMAINDER_ZERO = "9133010557000000P0";

	@Test
	void acceptsThePublishedSampleCode() {
		assertThat(CreditCode.check("creditCode", SAMPLE)).isEmpty();
		assertThat(CreditCode.of(SAMPLE).value()).isEqualTo(SAMPLE);
		assertThat(CreditCode.checkCharacter(SAMPLE.substring(0, 17))).isEqualTo('3');
	}

	@Test
	void givesCheckCharacterZeroWhenTheWeightedSumIsAMultipleOf31() {
		assertThat(CreditCode.checkCharacter(REMAINDER_ZERO.substring(0, 17))).isEqualTo('0');
		assertThat(CreditCode.isValid(REMAINDER_ZERO)).isTrue();
	}

	@Test
	void rejectsAWrongCheckCharacter() {
		assertThat(CreditCode.check("creditCode", "91350100M000100Y44"))
			.contains(FieldError.of("creditCode", "shared.creditCode.checkCharacter", "3"));
		assertThatIllegalArgumentException().isThrownBy(() -> CreditCode.of("91350100M000100Y44"));
		assertThat(CreditCode.check("creditCode", "9133010557000000P1"))
			.contains(FieldError.of("creditCode", "shared.creditCode.checkCharacter", "0"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "91350100M000100Y4", "91350100M000100Y430" })
	void rejectsCodesThatAreNot18CharactersLong(String code) {
		assertThat(CreditCode.check("creditCode", code)).contains(FieldError.of("creditCode", "shared.creditCode.length"));
		assertThatIllegalArgumentException().isThrownBy(() -> CreditCode.of(code));
	}

	@Test
	void rejectsNull() {
		assertThat(CreditCode.isValid(null)).isFalse();
	}

	/** I, O, S, V and Z are left out of the alphabet because they read like 1, 0, 5, U and 2. */
	@ParameterizedTest
	@ValueSource(chars = { 'I', 'O', 'S', 'V', 'Z', 'm', '-' })
	void rejectsCharactersOutsideTheAlphabet(char illegal) {
		String code = SAMPLE.substring(0, 8) + illegal + SAMPLE.substring(9);
		assertThat(CreditCode.check("creditCode", code))
			.contains(FieldError.of("creditCode", "shared.creditCode.character", 9, String.valueOf(illegal)));
		assertThatIllegalArgumentException().isThrownBy(() -> CreditCode.of(code));
	}

}
