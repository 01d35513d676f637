package org.ohsonline.iam.internal;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.ohsonline.shared.InvalidInputException.FieldError;

import org.springframework.stereotype.Component;

/**
 * Password rules: a minimum length, at least three of lower case, upper case, digits and symbols,
 * not containing the username, and not one of the passwords every attacker tries first.
 */
@Component
class PasswordPolicy {

	private static final Set<String> COMMON = Set.of("password1234", "password12345", "qwerty123456", "123456789012",
			"admin1234567", "p@ssw0rd1234", "iloveyou1234", "welcome12345", "abc123456789", "passw0rd!234");

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

	private static final String SYMBOLS = "!@#$%^&*-_=+";

	private final SecureRandom random = new SecureRandom();

	private final int minLength;

	PasswordPolicy(SecuritySettings settings) {
		this.minLength = settings.passwordMinLength();
	}

	List<FieldError> check(String field, String password, String username) {
		List<FieldError> errors = new ArrayList<>();
		if (password == null || password.length() < this.minLength) {
			errors.add(FieldError.of(field, "iam.password.tooShort", this.minLength));
			return errors;
		}
		int classes = 0;
		classes += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
		classes += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
		classes += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
		classes += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
		if (classes < 3) {
			errors.add(FieldError.of(field, "iam.password.tooSimple"));
		}
		if (username != null && !username.isBlank()
				&& password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
			errors.add(FieldError.of(field, "iam.password.containsUsername"));
		}
		if (COMMON.contains(password.toLowerCase(Locale.ROOT))) {
			errors.add(FieldError.of(field, "iam.password.common"));
		}
		return errors;
	}

	/** A random password that satisfies the policy, for one-time and demo passwords. */
	String generate() {
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < Math.max(this.minLength, 16) - 2; i++) {
			password.append(ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
		}
		password.insert(this.random.nextInt(password.length()), (char) ('2' + this.random.nextInt(8)));
		password.insert(this.random.nextInt(password.length()), SYMBOLS.charAt(this.random.nextInt(SYMBOLS.length())));
		String candidate = password.toString();
		return check("password", candidate, null).isEmpty() ? candidate : generate();
	}

}
