package org.ohsonline.cdcmonitoring;

import java.time.Instant;

/**
 * The published draw of a project's sample: anyone holding the inputs file redoes it.
 *
 * @param populationCount the employers of the register that met the project's industries and hazards
 */
@io.swagger.v3.oas.annotations.media.Schema(name = "MonitoringSampleDraw")
public record DrawView(String algorithm, String seed, int populationCount, int sampleCount, String inputsDigest,
		String resultDigest, String drawnBy, Instant drawnAt) {
}
