package org.ohsonline.testing.judgement;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * A period of heat exposure at one WBGT index (GBZ/T 189.7), for a time-weighted WBGT.
 *
 * @param id the caller's reference
 * @param wbgt the WBGT index
 * @param unit {@code °C WBGT} (or {@code °C}/{@code ℃})
 * @param duration how long the worker is exposed at that index in the day
 */
public record WbgtSegment(String id, BigDecimal wbgt, String unit, Duration duration) {
}
