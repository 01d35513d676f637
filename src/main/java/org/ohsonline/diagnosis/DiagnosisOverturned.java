package org.ohsonline.diagnosis;

import java.time.LocalDate;

/**
 * An appraisal or re-appraisal found no occupational disease where the step before had found one:
 * consumers of {@link DiseaseDiagnosed} drop the case.
 */
public record DiagnosisOverturned(long caseId, long workerId, long employerId, String regionCode, LocalDate decidedOn,
		OutcomeStage stage, boolean finalDecision) {
}
