package org.ohsonline.projects;

import java.time.LocalDate;

import org.ohsonline.reference.Severity;

/**
 * A project drawn for verification and, once recorded, what the inspector found.
 *
 * @param hazardClass the class the draw used ({@code null}: the directory does not list the industry)
 */
@io.swagger.v3.oas.annotations.media.Schema(name = "ProjectVerificationLine")
public record VerificationLine(long id, long roundId, int seq, long projectId, String projectName, String employerName,
		String regionCode, Severity hazardClass, LocalDate verifiedOn, VerificationOutcome outcome, String findings,
		String inspectorName) {

	public boolean verified() {
		return this.outcome != null;
	}

}
