package org.ohsonline.shared;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from a 31-character
 * alphabet, the last a check character over the first 17.
 */
public record CreditCode(String value) {

	static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	public CreditCode {
		String problem = problem(value);
		if (problem != null) {
			throw new IllegalArgumentException(problem);
		}
	}

	public static CreditCode of(String value) {
		return new CreditCode(value);
	}

	/** Why the text is not a valid code, or {@code null} when it is. */
	public static String problem(String value) {
		if (value == null || value.length() != 18) {
			return "A unified social credit code has 18 characters";
		}
		for (int i = 0; i < 18; i++) {
			if (ALPHABET.indexOf(value.charAt(i)) < 0) {
				return "Character " + (i + 1) + " ('" + value.charAt(i) + "') is not allowed in a unified social credit code";
			}
		}
		char expected = checkCharacter(value.substring(0, 17));
		if (value.charAt(17) != expected) {
			return "The check character should be '" + expected + "'";
		}
		return null;
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
