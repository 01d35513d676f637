package org.ohsonline.indicators;

/**
 * An employer in an indicator's population: its part of the numerator and the denominator (1 of 1 or 0 of 1 for
 * indicators counted in employers, people otherwise).
 */
public record Member(long employerId, String creditCode, String name, String regionCode, int numerator,
		int denominator) {

	/** Whether all it counts is in the numerator. */
	public boolean met() {
		return this.numerator == this.denominator;
	}

}
