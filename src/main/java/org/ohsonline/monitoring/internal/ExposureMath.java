package org.ohsonline.monitoring.internal;

/**
 * The exposure formulas of online monitoring, in one place so they can be checked against the
 * batch judgement of the testing module (same names: TWA, L_EX,8h).
 * <ul>
 * <li>TWA (GBZ 2.1-2019, GBZ 159): C_TWA = Σ Cᵢ·Tᵢ / 8 h — a reading stands for its device's
 * sampling interval Tᵢ; time without readings counts as no exposure.</li>
 * <li>L_EX,8h (GBZ 2.2-2007 §11, energy averaging): L_EX,8h = 10·lg( Σ Tᵢ·10^(0.1·Lᵢ) / 8 h ).</li>
 * <li>Action level: half the limit — 0.5 × OEL for concentrations; for noise half the sound
 * energy, i.e. the limit − 10·lg 2 (85 dB(A) → 81.99 dB(A)).</li>
 * </ul>
 */
final class ExposureMath {

	/** Seconds in the 8-hour reference period. */
	static final double EIGHT_HOURS = 8 * 3600;

	/** Seconds of the short-term (STEL) period. */
	static final double FIFTEEN_MINUTES = 15 * 60;

	private ExposureMath() {
	}

	/** A reading's dose: concentration × the seconds it stands for. */
	static double dose(double value, double seconds) {
		return value * seconds;
	}

	/** A noise reading's sound energy: 10^(0.1·L) × the seconds it stands for. */
	static double energy(double decibels, double seconds) {
		return Math.pow(10, decibels / 10) * seconds;
	}

	/** TWA over the 8-hour reference period from the summed dose (value·s). */
	static double twa8h(double dose) {
		return dose / EIGHT_HOURS;
	}

	/** The 15-minute TWA (compared with PC-STEL) from the dose of the last 15 minutes. */
	static double stel(double dose) {
		return dose / FIFTEEN_MINUTES;
	}

	/** L_EX,8h in dB(A) from the summed sound energy (10^(0.1·L)·s); no energy is −∞. */
	static double lex8h(double energy) {
		return 10 * Math.log10(energy / EIGHT_HOURS);
	}

	/** The action level of a concentration limit. */
	static double actionLevel(double limit) {
		return 0.5 * limit;
	}

	/** The action level of a noise limit in dB(A): half the sound energy of the limit. */
	static double noiseActionLevel(double limitDecibels) {
		return limitDecibels - 10 * Math.log10(2);
	}

	/** The excursion ceiling of a factor with PC-TWA alone (GBZ 2.1-2019 peak rule): 5 × PC-TWA. */
	static double excursionCeiling(double pcTwa) {
		return 5 * pcTwa;
	}

}
