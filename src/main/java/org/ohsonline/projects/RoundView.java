package org.ohsonline.projects;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A verification round: the frozen inputs' digest, the seed (derived from the algorithm, region, period and the
 * inputs' digest, so anyone can redo the draw), the result's digest and the lines drawn.
 */
@io.swagger.v3.oas.annotations.media.Schema(name = "ProjectVerificationRound")
public record RoundView(long id, String regionCode, String period, LocalDate periodFrom, LocalDate periodTo,
		String algorithm, String edition, String inputsDigest, String seed, String resultDigest, int frameSize,
		int drawnSize, String drawnBy, Instant drawnAt, List<VerificationLine> lines) {
}
