package org.ohsonline.testing.judgement;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The value a non-detect takes in a time-weighted average or a short-term comparison. The result
 * itself is kept as a non-detect with its limit of detection; only the arithmetic uses this value.
 * LOD/2 is the default: it is the usual convention of Chinese laboratories' reports and of Hornung
 * &amp; Reed (1990) for skewed data; LOD/√2 is Hornung &amp; Reed's choice for data that are not
 * highly skewed (GSD below 3); LOD is the conservative bound; zero the lenient one.
 */
public enum NonDetectPolicy {

	HALF_LOD, LOD_OVER_ROOT_TWO, LOD, ZERO;

	private static final BigDecimal ROOT_TWO = BigDecimal.valueOf(2).sqrt(MathContext.DECIMAL64);

	/** The value used for a non-detect with this limit of detection. */
	public BigDecimal substitute(BigDecimal limitOfDetection) {
		return switch (this) {
			case HALF_LOD -> limitOfDetection.divide(BigDecimal.valueOf(2), MathContext.DECIMAL64);
			case LOD_OVER_ROOT_TWO -> limitOfDetection.divide(ROOT_TWO, MathContext.DECIMAL64);
			case LOD -> limitOfDetection;
			case ZERO -> BigDecimal.ZERO;
		};
	}

}
