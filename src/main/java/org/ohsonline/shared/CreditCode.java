package org.ohsonline.shared;

import java.util.Optional;

import org.ohsonline.shared.InvalidInputException.FieldError;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from a 31-character
 * alphabet, the last a check character over the first 17.
 */
public record CreditCode(String value) {

	static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	public CreditCode {
		Optional<FieldError> problem = check("creditCode", value);
		if (problem.isPresent()) {
			throw new IllegalArgumentException("Not a unified social credit code: " + problem.get());
		}
	}

	public static CreditCode of(String value) {
		return new CreditCode(value);
	}

	public static boolean isValid(String value) {
		return check(null, value).isEmpty();
	}

	/**
	 * Why the text is not a valid code, as an error on the field named with a code of
	 * {@code messages/shared} and its arguments (translated where it is shown); empty when it is valid.
	 */
	public static Optional<FieldError> check(String field, String value) {
		if (value == null || value.length() != 18) {
			return Optional.of(FieldError.of(field, "shared.creditCode.length"));
		}
		for (int i = 0; i < 18; i++) {
			if (ALPHABET.indexOf(value.charAt(i)) < 0) {
				return Optional.of(FieldError.of(field, "shared.creditCode.character", i + 1, String.valueOf(value.charAt(i))));
			}
		}
		char expected = checkCharacter(value.substring(0, 17));
		if (value.charAt(17) != expected) {
			return Optional.of(FieldError.of(field, "shared.creditCode.checkCharacter", String.valueOf(expected)));
		}
		return Optional.empty();
	}

	/** The check character for the first 17 characters: alphabet[(31 − Σ mod 31) mod 31]. */
	public static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
		}
		// A remainder of 0 must give '0', not index 31: hence the second "mod 31".
		return ALPHABET.charAt((31 - sum % 31) % 31);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
