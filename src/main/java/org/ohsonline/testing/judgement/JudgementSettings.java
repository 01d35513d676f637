package org.ohsonline.testing.judgement;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The choices a judgement depends on beyond the standard's numbers, so that a report can state them.
 *
 * @param nonDetects how a non-detect enters the arithmetic
 * @param unsampledTime how exposed time without a result is handled
 * @param actionLevelFraction the action level as a fraction of the OEL (GBZ 2.1-2019 3.9: 0.5)
 */
public record JudgementSettings(NonDetectPolicy nonDetects, UnsampledTime unsampledTime,
		BigDecimal actionLevelFraction) {

	public JudgementSettings {
		Objects.requireNonNull(nonDetects, "nonDetects");
		Objects.requireNonNull(unsampledTime, "unsampledTime");
		Objects.requireNonNull(actionLevelFraction, "actionLevelFraction");
	}

	/** LOD/2 for non-detects, unsampled exposed time refused, action level 0.5 × OEL. */
	public static JudgementSettings defaults() {
		return new JudgementSettings(NonDetectPolicy.HALF_LOD, UnsampledTime.REJECT, new BigDecimal("0.5"));
	}

	public JudgementSettings withNonDetects(NonDetectPolicy policy) {
		return new JudgementSettings(policy, this.unsampledTime, this.actionLevelFraction);
	}

	public JudgementSettings withUnsampledTime(UnsampledTime policy) {
		return new JudgementSettings(this.nonDetects, policy, this.actionLevelFraction);
	}

}
