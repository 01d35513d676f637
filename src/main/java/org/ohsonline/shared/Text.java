package org.ohsonline.shared;

/** Small normalisations of text that arrives from forms, files and API calls. */
public final class Text {

	private Text() {
	}

	/** {@code null} for absent or blank input, else the input without surrounding spaces. */
	public static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	/**
	 * The text with each control character other than tab and line breaks replaced by U+FFFD: for
	 * input quoted back into stored diagnostics, which a NUL would keep out of PostgreSQL.
	 */
	public static String printable(String value) {
		if (value == null || !Limits.hasControlCharacter(value)) {
			return value;
		}
		StringBuilder text = new StringBuilder(value.length());
		value.chars()
			.forEach(c -> text.append(Limits.hasControlCharacter(String.valueOf((char) c)) ? '\uFFFD' : (char) c));
		return text.toString();
	}

	/** The empty string for {@code null}, for query strings that keep every filter. */
	public static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}

	/**
	 * The name of the constant of {@code type} that the input names (surrounding spaces ignored), or
	 * {@code null} when it names none: a filter with an unknown value is no filter.
	 */
	public static <E extends Enum<E>> String enumName(String value, Class<E> type) {
		String name = blankToNull(value);
		if (name == null) {
			return null;
		}
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(name)) {
				return name;
			}
		}
		return null;
	}

}
