package org.ohsonline.indicators;

/**
 * An employer in an indicator's population: its part of the numerator and the denominator (1 of 1 or 0 of 1 for
 * indicators counted in employers, people otherwise). For the diagnosis clocks the member is the diagnosis
 * institution whose duties they are ({@code institution} true, {@code employerId} the institution's agency id).
 */
public record Member(long employerId, String creditCode, String name, String regionCode, int numerator,
		int denominator, boolean institution) {

	public Member(long employerId, String creditCode, String name, String regionCode, int numerator, int denominator) {
		this(employerId, creditCode, name, regionCode, numerator, denominator, false);
	}

	/** Whether all it counts is in the numerator. */
	public boolean met() {
		return this.numerator == this.denominator;
	}

}
