package org.ohsonline.testing.judgement;

import java.util.Locale;

/**
 * Unit spellings that mean the same: {@code mg/m3} and {@code mg/m³}, {@code ℃} and {@code °C},
 * {@code dBA} and {@code dB(A)}, a trailing {@code WBGT}. Nothing is converted: ppm to mg/m³
 * needs the molar mass and the conditions, which a judgement does not guess.
 */
public final class Units {

	private Units() {
	}

	/** Whether two spellings name the same unit. */
	public static boolean same(String a, String b) {
		return a != null && b != null && normal(a).equals(normal(b));
	}

	static String normal(String unit) {
		String u = unit.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
		u = u.replace("m3", "m³").replace("℃", "°c").replace("dba", "db(a)");
		if (u.endsWith("wbgt")) {
			u = u.substring(0, u.length() - 4);
		}
		return u;
	}

}
