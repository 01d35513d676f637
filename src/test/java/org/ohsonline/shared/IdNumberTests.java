package org.ohsonline.shared;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ohsonline.shared.InvalidInputException.FieldError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * GB 11643-1999: check = "10X98765432"[Σ dᵢ·wᵢ mod 11] with weights 7, 9, 10, 5, 8, 4, 2, 1, 6, 3,
 * 7, 9, 10, 5, 8, 4, 2. The vectors below are computed by hand in each test's comment.
 */
class IdNumberTests {

	/**
	 * The standard's own example. 1·7 + 1·9 + 0 + 1·5 + 0 + 5·4 + 1·2 + 9·1 + 4·6 + 9·3 + 1·7 + 2·9
	 * + 3·10 + 1·5 + 0 + 0 + 2·2 = 167 = 15·11 + 2, and "10X98765432"[2] = 'X'.
	 */
	private static final String WITH_X = "11010519491231002X";

	@Test
	void acceptsANumberWhoseCheckCharacterIsX() {
		assertThat(IdNumber.checkCharacter(WITH_X.substring(0, 17))).isEqualTo('X');
		assertThat(IdNumber.check("idNumber", WITH_X)).isEmpty();
		assertThat(new IdNumber(WITH_X).birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
	}

	/**
	 * Born on a leap day that exists: 3·7 + 3·9 + 0 + 1·5 + 0 + 5·4 + 2·2 + 0 + 2·6 + 4·3 + 0 + 2·9
	 * + 2·10 + 9·5 + 0 + 0 + 1·2 = 186 = 16·11 + 10, and "10X98765432"[10] = '2'.
	 */
	@Test
	void acceptsABirthDateOnTheLeapDayOf2024() {
		assertThat(IdNumber.isValid("330105202402290012")).isTrue();
		assertThat(new IdNumber("330105202402290012").birthDate()).isEqualTo(LocalDate.of(2024, 2, 29));
	}

	@Test
	void rejectsAWrongCheckCharacter() {
		assertThat(IdNumber.check("idNumber", "110105194912310021"))
			.contains(FieldError.of("idNumber", "shared.idNumber.checkCharacter", "X"));
		assertThatIllegalArgumentException().isThrownBy(() -> new IdNumber("110105194912310021"));
	}

	/**
	 * The check characters here are right (sums 215 → '6', 183 → '5', 206 → '4'), so only the date can be
	 * what is rejected: 30 February never exists, 2023 is not a leap year, there is no month 13.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "330105199902300016", "330105202302290015", "330105199913010014" })
	void rejectsBirthDatesThatDoNotExist(String number) {
		assertThat(IdNumber.check("idNumber", number))
			.contains(FieldError.of("idNumber", "shared.idNumber.birthDate", number.substring(6, 14)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "11010519491231002", "11010519491231002X0" })
	void rejectsNumbersThatAreNot18CharactersLong(String number) {
		assertThat(IdNumber.check("idNumber", number)).contains(FieldError.of("idNumber", "shared.idNumber.length"));
		assertThatIllegalArgumentException().isThrownBy(() -> new IdNumber(number));
	}

	@Test
	void rejectsLettersBeforeTheCheckCharacter() {
		assertThat(IdNumber.check("idNumber", "11010519491231A02X"))
			.contains(FieldError.of("idNumber", "shared.idNumber.digit", 15));
		assertThat(IdNumber.check("idNumber", "X10105194912310021"))
			.contains(FieldError.of("idNumber", "shared.idNumber.digit", 1));
		// Digits of other scripts are not the digits of an identity number.
		assertThat(IdNumber.isValid("١١0105194912310021")).isFalse();
	}

	@Test
	void neverPrintsTheFullNumber() {
		assertThat(new IdNumber(WITH_X)).hasToString("110105********002X");
	}

}
