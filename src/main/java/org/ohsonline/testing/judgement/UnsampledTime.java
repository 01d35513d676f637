package org.ohsonline.testing.judgement;

/**
 * What the exposure time that no segment stands for contributes to C_TWA (or to L_EX,8h). GBZ 2.1
 * divides by 8 h whatever the exposure: time outside the exposure contributes nothing by
 * definition; this policy is about time the caller says is exposed but that no result covers.
 */
public enum UnsampledTime {

	/** The judgement is refused, naming the uncovered minutes: the sampling plan must cover the exposure. */
	REJECT,

	/** The caller asserts that the worker is not exposed then: it contributes zero. */
	NOT_EXPOSED,

	/** It is exposed at the time-weighted mean of the sampled segments (energy mean for noise). */
	AT_SAMPLED_MEAN

}
