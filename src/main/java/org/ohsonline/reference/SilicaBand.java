package org.ohsonline.reference;

import java.math.BigDecimal;

/**
 * The free-silica (游离SiO₂) band of a dust, as GBZ 2.1-2019 bands silica dust (below 10 %,
 * 10–50 % inclusive, above 50 up to 80 %, above 80 %); it selects the weight W_M of dust grading.
 */
public enum SilicaBand {

	BELOW_10, FROM_10_TO_50, ABOVE_50_TO_80, ABOVE_80;

	private static final BigDecimal TEN = BigDecimal.TEN;

	private static final BigDecimal FIFTY = BigDecimal.valueOf(50);

	private static final BigDecimal EIGHTY = BigDecimal.valueOf(80);

	/** The band of a measured free-silica content in per cent. */
	public static SilicaBand of(BigDecimal percent) {
		if (percent.compareTo(TEN) < 0) {
			return BELOW_10;
		}
		if (percent.compareTo(FIFTY) <= 0) {
			return FROM_10_TO_50;
		}
		return percent.compareTo(EIGHTY) <= 0 ? ABOVE_50_TO_80 : ABOVE_80;
	}

}
