package org.ohsonline.shared;

/** Small normalisations of text that arrives from forms, files and API calls. */
public final class Text {

	private Text() {
	}

	/** {@code null} for absent or blank input, else the input without surrounding spaces. */
	public static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

}
