package org.ohsonline.enforcement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A random inspection plan as the console shows it.
 *
 * @param publicCode the code of its public page ({@code /verify/plans/<code>})
 * @param commitment SHA-256 (hex) of the seed, published at commit
 * @param inputsDigest SHA-256 (hex) of the frozen inputs file, published at commit
 * @param seed the seed, only once drawn (revealed)
 * @param resultDigest SHA-256 (hex) of the draw's result lines
 * @param ratios the ratio per class of the sampling catalog version the plan uses ({@code JIA}, {@code YI}, {@code BING}, {@code NONE})
 * @param candidates employers in the frozen inputs; {@code drawn} those drawn, by arm
 */
public record PlanView(long id, String publicCode, String title, String regionCode, List<String> industries,
		LocalDate startsOn, LocalDate endsOn, BigDecimal randomShare, PlanStatus status, String samplingEdition,
		Map<String, BigDecimal> ratios, List<String> fullCoverage, String algorithm, String commitment,
		String inputsDigest, String seed, String resultDigest, int candidates, int inspectors, int exclusions,
		Map<Arm, Integer> drawn, int unassigned, String createdBy, Instant createdAt, Instant committedAt,
		Instant drawnAt) {

	/** Employers drawn, every arm together. */
	public int drawnTotal() {
		return this.drawn.values().stream().mapToInt(Integer::intValue).sum();
	}

}
