package org.ohsonline.enforcement;

import java.util.List;
import java.util.Optional;

/**
 * The public side of random inspection plans (一公开), for anyone without login: a committed or drawn plan
 * by its public code with the commitment, the inputs file, once drawn the seed and the lines, and a
 * recomputation of the draw. No personal data: inspectors appear by their code in the plan.
 */
public interface PublicPlans {

	/** A plan published by commit; empty for a draft or an unknown code. */
	Optional<PublicPlan> find(String code);

	/** The inputs file frozen at commit, exactly as its SHA-256 was published. */
	Optional<String> inputs(String code);

	/** The result file of the draw, exactly as its SHA-256 was published (empty before the draw). */
	Optional<String> result(String code);

	/** Recomputes the draw from the published inputs and the revealed seed, and compares it with the published result. */
	Optional<Recomputation> recompute(String code);

	/** Published plans, newest first. */
	List<PublicPlan> recent(int limit);

	/**
	 * A published plan.
	 *
	 * @param seed revealed once drawn, {@code null} before
	 * @param lines the employers drawn with their class, arm and inspectors' codes (empty before the draw)
	 */
	record PublicPlan(String code, String title, String regionCode, java.time.LocalDate startsOn,
			java.time.LocalDate endsOn, PlanStatus status, String algorithm, String samplingEdition,
			java.math.BigDecimal randomShare, String commitment, String inputsDigest, String seed, String resultDigest,
			java.time.Instant committedAt, java.time.Instant drawnAt, int candidates, int inspectors, List<Line> lines) {
	}

	record Line(int seq, String creditCode, String employerName, String riskClass, Arm arm, String inspectorA,
			String inspectorB) {
	}

	/**
	 * @param seedMatches SHA-256 of the revealed seed equals the commitment
	 * @param inputsMatch SHA-256 of the inputs file equals the digest published at commit
	 * @param resultMatches the draw recomputed from them equals the published result line by line
	 */
	record Recomputation(boolean seedMatches, boolean inputsMatch, boolean resultMatches, String recomputedDigest,
			int lines) {

		public boolean verified() {
			return this.seedMatches && this.inputsMatch && this.resultMatches;
		}

	}

}
