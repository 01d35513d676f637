package org.ohsonline.projects;

import java.time.LocalDate;

/**
 * The completion of a stage.
 *
 * @param stage the stage completed: the project's current one
 * @param completedOn the day (the report's date for an evaluation), not before the stage started, not in the future
 * @param agencyId the service agency that issued the evaluation report (预评价, 控制效果评价 only): it must be qualified
 * for that evaluation and the project's hazard categories on that day
 * @param reportNumber the report's number (evaluations) or the document's reference (design, acceptance)
 * @param conclusion a short conclusion, e.g. the acceptance's result
 */
@io.swagger.v3.oas.annotations.media.Schema(name = "ProjectStageRecord")
public record StageRecord(Stage stage, LocalDate completedOn, Long agencyId, String reportNumber, String conclusion) {
}
