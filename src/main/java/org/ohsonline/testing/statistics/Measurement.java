package org.ohsonline.testing.statistics;

import java.math.BigDecimal;

/**
 * One shift exposure result (an 8-hour C_TWA) of a worker of the group, non-detects kept with their
 * limit of detection.
 *
 * @param id the caller's reference
 * @param value the result; {@code null} for a non-detect
 * @param unit must be the OEL's unit
 * @param nonDetect whether the result is below the limit of detection
 * @param limitOfDetection the limit of detection of a non-detect (in the result's unit, expressed
 * as a shift average)
 */
public record Measurement(String id, BigDecimal value, String unit, boolean nonDetect, BigDecimal limitOfDetection) {

	public static Measurement detected(String id, BigDecimal value, String unit) {
		return new Measurement(id, value, unit, false, null);
	}

	public static Measurement notDetected(String id, BigDecimal limitOfDetection, String unit) {
		return new Measurement(id, null, unit, true, limitOfDetection);
	}

	/** The value, or the limit of detection of a non-detect: where a chart or a bound places it. */
	public BigDecimal plotted() {
		return this.nonDetect ? this.limitOfDetection : this.value;
	}

}
