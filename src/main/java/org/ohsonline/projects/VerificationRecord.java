package org.ohsonline.projects;

import java.time.LocalDate;

/** What an inspector found verifying a drawn project's completion acceptance; findings are required when not conforming. */
@io.swagger.v3.oas.annotations.media.Schema(name = "ProjectVerificationRecord")
public record VerificationRecord(LocalDate verifiedOn, VerificationOutcome outcome, String findings) {
}
