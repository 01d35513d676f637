package org.ohsonline.enforcement;

/**
 * What the discretion benchmark recommends for a violation in its circumstances.
 *
 * @param statuteMin the statutory minimum fine (¥)
 * @param statuteMax the statutory maximum fine (¥)
 * @param band the band the circumstances call for
 * @param bandMin the band's lowest amount (¥), the municipal refinement's where one applies
 * @param bandMax the band's highest amount (¥)
 * @param amount the recommended amount: the band's midpoint rounded down to ¥1,000
 * @param refinedBy the region of the municipal refinement applied, or {@code null}
 * @param noPenaltyEligible the violation is on the first-offence/minor no-penalty list and the circumstances qualify
 */
public record Recommendation(LegalBasis violation, long statuteMin, long statuteMax, boolean fineOptional, Band band,
		long bandMin, long bandMax, long amount, String refinedBy, boolean noPenaltyEligible, String edition) {

	public boolean withinBand(long amount) {
		return amount >= this.bandMin && amount <= this.bandMax;
	}

	public boolean withinStatute(long amount) {
		return (this.fineOptional && amount == 0) || (amount >= this.statuteMin && amount <= this.statuteMax);
	}

}
