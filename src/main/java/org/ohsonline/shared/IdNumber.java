package org.ohsonline.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

import org.ohsonline.shared.InvalidInputException.FieldError;

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
		Optional<FieldError> problem = check("idNumber", value);
		if (problem.isPresent()) {
			// The code only: the number itself must not reach a log.
			throw new IllegalArgumentException("Not an identity number: " + problem.get().code());
		}
	}

	public static boolean isValid(String value) {
		return check(null, value).isEmpty();
	}

	/**
	 * Why the text is not a valid number, as an error on the field named with a code of
	 * {@code messages/shared} and its arguments (translated where it is shown); empty when it is valid.
	 */
	public static Optional<FieldError> check(String field, String value) {
		if (value == null || value.length() != 18) {
			return Optional.of(FieldError.of(field, "shared.idNumber.length"));
		}
		for (int i = 0; i < 17; i++) {
			if (value.charAt(i) < '0' || value.charAt(i) > '9') {
				return Optional.of(FieldError.of(field, "shared.idNumber.digit", i + 1));
			}
		}
		try {
			LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
					Integer.parseInt(value.substring(12, 14)));
		}
		catch (DateTimeException ex) {
			return Optional.of(FieldError.of(field, "shared.idNumber.birthDate", value.substring(6, 14)));
		}
		char expected = checkCharacter(value.substring(0, 17));
		if (Character.toUpperCase(value.charAt(17)) != expected) {
			return Optional.of(FieldError.of(field, "shared.idNumber.checkCharacter", String.valueOf(expected)));
		}
		return Optional.empty();
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
