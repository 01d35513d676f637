package org.ohsonline.diagnosis;

import java.time.LocalDate;

/**
 * An occupational disease was diagnosed, or confirmed or changed by an appraisal, for a worker. It
 * is published at each step whose outcome is a disease — the diagnosis, the municipal appraisal,
 * the provincial re-appraisal — and again with {@code finalDecision} once no appeal is left (the
 * appraisal window lapsed unused, or the re-appraisal decided). Consumers (indicators, the worker's
 * record) keep the latest per {@code caseId}; {@link DiagnosisOverturned} says when a later step
 * found no occupational disease.
 *
 * @param caseId the diagnosis case
 * @param workerId the worker (registry id)
 * @param employerId the employer (registry id)
 * @param regionCode the employer's region, for jurisdiction
 * @param diseaseCode the disease's code in the occupational disease catalogue
 * @param diseaseName the disease's name
 * @param categoryCode the disease's category in the catalogue
 * @param decidedOn the day of the diagnosis or appraisal conclusion
 * @param stage the step that decided it
 * @param finalDecision whether no appraisal can change it any more
 */
public record DiseaseDiagnosed(long caseId, long workerId, long employerId, String regionCode, String diseaseCode,
		String diseaseName, String categoryCode, LocalDate decidedOn, OutcomeStage stage, boolean finalDecision) {
}
