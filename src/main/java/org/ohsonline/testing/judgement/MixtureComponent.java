package org.ohsonline.testing.judgement;

import java.math.BigDecimal;

/**
 * One agent of a mixture with the same effect: its exposure and its own limit of the same kind.
 *
 * @param hazardCode the factor
 * @param exposure the exposure (e.g. C_TWA)
 * @param limit its limit of the same kind (e.g. PC-TWA), positive
 */
public record MixtureComponent(String hazardCode, BigDecimal exposure, BigDecimal limit) {

	/** The exposure and limit of one rule of a factor's judgement (TWA, STEL or MAC). */
	public static MixtureComponent from(Judgement judgement, Rule rule) {
		Check check = judgement.check(rule)
			.orElseThrow(() -> new IllegalArgumentException(judgement.hazardCode() + " has no " + rule + " check"));
		return new MixtureComponent(judgement.hazardCode(), check.value(), check.limit());
	}

}
