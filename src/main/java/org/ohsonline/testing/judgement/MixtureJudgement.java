package org.ohsonline.testing.judgement;

import java.math.BigDecimal;
import java.util.List;

/**
 * The judgement of agents with the same effect (GBZ 2.1-2019 3.8): Σ Cᵢ/OELᵢ against 1.
 *
 * @param shares each agent's ratio Cᵢ/OELᵢ
 * @param check the sum against 1
 */
public record MixtureJudgement(List<Share> shares, Check check) {

	/** One agent's contribution. */
	public record Share(String hazardCode, BigDecimal exposure, BigDecimal limit, BigDecimal ratio) {
	}

	public MixtureJudgement {
		shares = List.copyOf(shares);
	}

	public Verdict verdict() {
		return this.check.verdict();
	}

}
