package org.ohsonline.testing.judgement;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;

/**
 * One laboratory result of one air sample, kept as reported, non-detects included.
 *
 * @param id the caller's reference (sample number), echoed in error fields
 * @param start when sampling began (required for short-term samples)
 * @param end when sampling ended (required for short-term samples)
 * @param exposure for full-shift (TWA) segments: the part of the working day this result stands
 * for; {@code null} means the sampling time itself ({@code end − start})
 * @param value the concentration; {@code null} only for a non-detect
 * @param unit the unit, e.g. {@code mg/m³}; must be the OEL's unit
 * @param nonDetect whether the laboratory found nothing above its limit of detection
 * @param limitOfDetection the limit of detection in the same unit; required for a non-detect
 */
public record Sample(String id, LocalDateTime start, LocalDateTime end, Duration exposure, BigDecimal value,
		String unit, boolean nonDetect, BigDecimal limitOfDetection) {

	/** A detected result measured from start to end, standing for that time. */
	public static Sample detected(String id, LocalDateTime start, LocalDateTime end, BigDecimal value, String unit) {
		return new Sample(id, start, end, null, value, unit, false, null);
	}

	/** A non-detect measured from start to end, standing for that time. */
	public static Sample notDetected(String id, LocalDateTime start, LocalDateTime end, BigDecimal limitOfDetection,
			String unit) {
		return new Sample(id, start, end, null, null, unit, true, limitOfDetection);
	}

	/** A full-shift segment given by the exposure time it stands for (no clock times). */
	public static Sample segment(String id, Duration exposure, BigDecimal value, String unit) {
		return new Sample(id, null, null, exposure, value, unit, false, null);
	}

	/** A non-detect full-shift segment given by the exposure time it stands for. */
	public static Sample notDetectedSegment(String id, Duration exposure, BigDecimal limitOfDetection, String unit) {
		return new Sample(id, null, null, exposure, null, unit, true, limitOfDetection);
	}

	/** The exposure time this result stands for in a TWA: {@link #exposure()} or the sampling time. */
	public Duration represented() {
		if (this.exposure != null) {
			return this.exposure;
		}
		return this.start == null || this.end == null ? null : Duration.between(this.start, this.end);
	}

	/** The sampling time, {@code null} without clock times. */
	public Duration sampled() {
		return this.start == null || this.end == null ? null : Duration.between(this.start, this.end);
	}

}
