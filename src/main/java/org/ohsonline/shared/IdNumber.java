package org.ohsonline.shared;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A resident identity number (GB 11643-1999): 6-digit region, 8-digit birth date, 3-digit
 * sequence, and a check character over the first 17 digits. Never logged or shown in full: use
 * {@link Masking#idNumber(String)}.
 */
public record IdNumber(String value) {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String CHECK = "10X98765432";

	public IdNumber {
		// The check character X is written in either case; store one form so blind indexes agree.
		value = value == null ? null : value.trim().toUpperCase(java.util.Locale.ROOT);
		String problem = problem(value);
		if (problem != null) {
			throw new IllegalArgumentException(problem);
		}
	}

	/** Why the text is not a valid number, or {@code null} when it is. */
	public static String problem(String value) {
		if (value == null || value.length() != 18) {
			return "An identity number has 18 characters";
		}
		for (int i = 0; i < 17; i++) {
			if (!Character.isDigit(value.charAt(i))) {
				return "Character " + (i + 1) + " of an identity number must be a digit";
			}
		}
		try {
			LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
					Integer.parseInt(value.substring(12, 14)));
		}
		catch (DateTimeException ex) {
			return "The birth date " + value.substring(6, 14) + " does not exist";
		}
		char expected = checkCharacter(value.substring(0, 17));
		if (Character.toUpperCase(value.charAt(17)) != expected) {
			return "The check character should be '" + expected + "'";
		}
		return null;
	}

	public static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK.charAt(sum % 11);
	}

	public LocalDate birthDate() {
		return LocalDate.of(Integer.parseInt(this.value.substring(6, 10)), Integer.parseInt(this.value.substring(10, 12)),
				Integer.parseInt(this.value.substring(12, 14)));
	}

	@Override
	public String toString() {
		return Masking.idNumber(this.value);
	}

}
