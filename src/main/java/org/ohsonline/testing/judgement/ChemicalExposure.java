package org.ohsonline.testing.judgement;

import java.time.Duration;
import java.util.List;

/**
 * A worker's (or a post's) exposure to one chemical or one dust fraction on one working day.
 *
 * @param hazardCode the hazard factor
 * @param shiftSamples the full-shift or time-weighted segments for C_TWA (may be empty when only
 * MAC applies)
 * @param exposureDuration the whole time of the day the worker is exposed; {@code null} means the
 * segments cover it exactly. Segments covering less leave unsampled time, handled by
 * {@link JudgementSettings#unsampledTime()}; covering more is rejected
 * @param shortTermSamples samples of at most 15 min with clock times, for C_STE, C_ME and the
 * peak-exposure rule (may be empty)
 */
public record ChemicalExposure(String hazardCode, List<Sample> shiftSamples, Duration exposureDuration,
		List<Sample> shortTermSamples) {

	public ChemicalExposure {
		shiftSamples = shiftSamples == null ? List.of() : List.copyOf(shiftSamples);
		shortTermSamples = shortTermSamples == null ? List.of() : List.copyOf(shortTermSamples);
	}

	/** Full-shift segments that cover the exposure exactly, no short-term samples. */
	public static ChemicalExposure ofShift(String hazardCode, List<Sample> shiftSamples) {
		return new ChemicalExposure(hazardCode, shiftSamples, null, List.of());
	}

}
