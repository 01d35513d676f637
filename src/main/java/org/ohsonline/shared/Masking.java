package org.ohsonline.shared;

/**
 * Masks personal data for display and for the audit trail (UI.md: {@code 330105********1234}).
 */
public final class Masking {

	private Masking() {
	}

	/** An identity number: first six and last four characters kept. */
	public static String idNumber(String value) {
		return keep(value, 6, 4);
	}

	/** A mobile number: first three and last four digits kept. */
	public static String mobile(String value) {
		return keep(value, 3, 4);
	}

	/** Anything else personal: first and last character kept. */
	public static String other(String value) {
		return keep(value, 1, 1);
	}

	private static String keep(String value, int head, int tail) {
		if (value == null || value.isEmpty()) {
			return value;
		}
		if (value.length() <= head + tail) {
			return "*".repeat(value.length());
		}
		return value.substring(0, head) + "*".repeat(value.length() - head - tail)
				+ value.substring(value.length() - tail);
	}

}
