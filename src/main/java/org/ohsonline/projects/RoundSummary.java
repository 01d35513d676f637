package org.ohsonline.projects;

import java.time.Instant;
import java.time.LocalDate;

/** A verification round in a list: how many projects were in the frame and how many were drawn and verified. */
@io.swagger.v3.oas.annotations.media.Schema(name = "ProjectVerificationRoundSummary")
public record RoundSummary(long id, String regionCode, String period, LocalDate periodFrom, LocalDate periodTo,
		int frameSize, int drawnSize, long verified, String drawnBy, Instant drawnAt) {
}
