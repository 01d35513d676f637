package org.ohsonline.testing.judgement;

import java.math.BigDecimal;

/**
 * The action level (行动水平, GBZ 2.1-2019 3.9): a fraction of the OEL at which the employer starts
 * monitoring, health surveillance, notification and training. Reached at or above the level.
 *
 * @param level the fraction times the limit, in the limit's unit
 * @param exposure the exposure compared (C_TWA, or C_ME for MAC-only factors)
 * @param reached whether the exposure is at or above the level
 */
public record ActionLevel(BigDecimal level, BigDecimal exposure, boolean reached) {
}
