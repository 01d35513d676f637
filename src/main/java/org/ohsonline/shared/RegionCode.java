package org.ohsonline.shared;

import java.util.regex.Pattern;

/**
 * An administrative division code (GB/T 2260 for province, city and county; the NBS 9-digit
 * extension for townships). Codes are hierarchical: {@code 33} ⊃ {@code 3301} ⊃ {@code 330105} ⊃
 * {@code 330105001}.
 */
public record RegionCode(String value) {

	private static final Pattern FORMAT = Pattern.compile("\\d{2}|\\d{4}|\\d{6}|\\d{9}");

	public enum Level {

		PROVINCE, CITY, COUNTY, TOWNSHIP

	}

	public RegionCode {
		if (value == null || !FORMAT.matcher(value).matches()) {
			throw new IllegalArgumentException(
					"A region code has 2, 4, 6 or 9 digits (province, city, county, township): " + value);
		}
	}

	public static RegionCode of(String value) {
		return new RegionCode(value);
	}

	public static boolean isValid(String value) {
		return value != null && FORMAT.matcher(value).matches();
	}

	public Level level() {
		return switch (this.value.length()) {
			case 2 -> Level.PROVINCE;
			case 4 -> Level.CITY;
			case 6 -> Level.COUNTY;
			default -> Level.TOWNSHIP;
		};
	}

	/** The enclosing division, or {@code null} for a province. */
	public RegionCode parent() {
		return switch (this.value.length()) {
			case 2 -> null;
			case 4 -> new RegionCode(this.value.substring(0, 2));
			case 6 -> new RegionCode(this.value.substring(0, 4));
			default -> new RegionCode(this.value.substring(0, 6));
		};
	}

	public boolean contains(String other) {
		return other != null && other.startsWith(this.value);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
