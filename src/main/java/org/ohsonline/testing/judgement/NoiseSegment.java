package org.ohsonline.testing.judgement;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * A period of the working day at one A-weighted equivalent level (GBZ/T 189.8 task- or
 * location-based measurement).
 *
 * @param id the caller's reference
 * @param level L_Aeq,T of the period
 * @param unit {@code dB(A)}
 * @param duration how long the worker is at that level in the day
 */
public record NoiseSegment(String id, BigDecimal level, String unit, Duration duration) {
}
