package org.ohsonline.projects;

import java.time.LocalDate;

/** A stage the project has reached: when it started, when it is due, and how it was completed. */
@io.swagger.v3.oas.annotations.media.Schema(name = "ProjectStage")
public record StageView(Stage stage, LocalDate startedOn, LocalDate dueOn, LocalDate completedOn, Long agencyId,
		String agencyName, String reportNumber, String conclusion, String recordedBy, boolean overdue) {
}
