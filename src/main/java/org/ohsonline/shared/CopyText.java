package org.ohsonline.shared;

/**
 * PostgreSQL's COPY text format, for the modules' bulk writers (the synthetic-data generators): one line per row,
 * columns separated by tabs, {@code \N} for null, backslash, tab, newline and carriage return escaped. Values are
 * written by their {@code toString()} (an {@code Instant} as ISO-8601 in UTC, which {@code timestamptz} reads).
 */
public final class CopyText {

	private CopyText() {
	}

	/** Appends one row. */
	public static void line(StringBuilder out, Object... values) {
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				out.append('\t');
			}
			Object value = values[i];
			if (value == null) {
				out.append("\\N");
			}
			else {
				escape(out, value.toString());
			}
		}
		out.append('\n');
	}

	private static void escape(StringBuilder out, String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '\\' -> out.append("\\\\");
				case '\t' -> out.append("\\t");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				default -> out.append(c);
			}
		}
	}

}
