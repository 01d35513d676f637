package org.ohsonline.monitoring.internal;

import java.util.Locale;

/**
 * Unit spellings as devices send them, reduced to the catalogue's spelling ({@code mg/m3} and
 * {@code mg/m³} are one unit). Nothing is converted: a device reports in its registered unit.
 */
final class Units {

	static final String DECIBELS = "dB(A)";

	static final String WBGT = "°C WBGT";

	private Units() {
	}

	static String canonical(String unit) {
		if (unit == null) {
			return null;
		}
		String u = unit.trim().replace('³', '3').replace("µ", "u").replace("μ", "u");
		String lower = u.toLowerCase(Locale.ROOT).replace(" ", "");
		return switch (lower) {
			case "mg/m3" -> "mg/m³";
			case "ug/m3" -> "µg/m³";
			case "f/ml" -> "f/ml";
			case "db(a)", "dba" -> DECIBELS;
			case "°cwbgt", "cwbgt", "wbgt", "°c", "degc" -> WBGT;
			case "ppm" -> "ppm";
			default -> unit.trim();
		};
	}

}
