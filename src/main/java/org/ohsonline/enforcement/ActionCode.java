package org.ohsonline.enforcement;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The administrative action code (行政行为码) a supervisory act gets when it starts: the county's division code
 * (6 digits), the year (4), the kind of act (2), a sequence per county, year and kind (6), and a check character
 * over the 18 digits by ISO 7064 MOD 11-2 (as the identity number's, {@code 0–9} or {@code X}); written in groups,
 * {@code 330105-2026-02-000017-5}. A mistyped digit or two swapped neighbours change the check character.
 */
public record ActionCode(String region, int year, Kind kind, int sequence) {

	private static final Pattern FORMAT = Pattern.compile("(\\d{6})-?(\\d{4})-?(\\d{2})-?(\\d{6})-?([0-9X])");

	/** Kinds of supervisory act. */
	public enum Kind {

		/** 01 监督检查. */
		INSPECTION("01"),
		/** 02 行政处罚. */
		PENALTY("02"),
		/** 03 行政强制. */
		COERCION("03");

		private final String digits;

		Kind(String digits) {
			this.digits = digits;
		}

		public String digits() {
			return this.digits;
		}

		static Optional<Kind> of(String digits) {
			for (Kind k : values()) {
				if (k.digits.equals(digits)) {
					return Optional.of(k);
				}
			}
			return Optional.empty();
		}

	}

	public ActionCode {
		if (region == null || !region.matches("\\d{6}") || year < 2000 || year > 9999 || kind == null || sequence < 1
				|| sequence > 999_999) {
			throw new IllegalArgumentException("not an action code: " + region + "/" + year + "/" + kind + "/" + sequence);
		}
	}

	/** The 18 digits the check character covers. */
	public String digits() {
		return this.region + this.year + this.kind.digits() + String.format("%06d", this.sequence);
	}

	public char check() {
		return check(digits());
	}

	@Override
	public String toString() {
		return this.region + "-" + this.year + "-" + this.kind.digits() + "-" + String.format("%06d", this.sequence) + "-"
				+ check();
	}

	/** Reads a code with or without its dashes; empty when malformed or its check character is wrong. */
	public static Optional<ActionCode> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		Matcher m = FORMAT.matcher(text.trim().toUpperCase());
		if (!m.matches()) {
			return Optional.empty();
		}
		Optional<Kind> kind = Kind.of(m.group(3));
		if (kind.isEmpty() || Integer.parseInt(m.group(4)) == 0) {
			return Optional.empty();
		}
		ActionCode code = new ActionCode(m.group(1), Integer.parseInt(m.group(2)), kind.get(), Integer.parseInt(m.group(4)));
		return code.check() == m.group(5).charAt(0) ? Optional.of(code) : Optional.empty();
	}

	/** ISO 7064 MOD 11-2: weights 2^(n−i) mod 11 from the left, check = (12 − Σ mod 11) mod 11, 10 written X. */
	static char check(String digits) {
		int sum = 0;
		int n = digits.length();
		for (int i = 0; i < n; i++) {
			int weight = 1;
			for (int k = 0; k < n - i; k++) {
				weight = (weight * 2) % 11;
			}
			sum += (digits.charAt(i) - '0') * weight;
		}
		int c = (12 - sum % 11) % 11;
		return c == 10 ? 'X' : (char) ('0' + c);
	}

}
