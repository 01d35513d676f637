package org.ohsonline.projects;

import java.time.LocalDate;

/**
 * A stage of a construction project was completed on a day and the next one started (after completion acceptance,
 * {@link ProjectCompleted} follows as well).
 */
public record ProjectStageCompleted(long projectId, long employerId, String regionCode, Stage stage, LocalDate on) {
}
