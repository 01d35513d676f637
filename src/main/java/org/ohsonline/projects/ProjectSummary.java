package org.ohsonline.projects;

import java.time.LocalDate;

import org.ohsonline.reference.Severity;

/** A project in a list: where it stands and whether its current stage is overdue. */
@io.swagger.v3.oas.annotations.media.Schema(name = "ProjectSummary")
public record ProjectSummary(long id, String name, String employerName, String employerCreditCode, String regionCode,
		ProjectKind kind, String industryCode, Severity hazardClass, Stage current, LocalDate dueOn, boolean overdue,
		LocalDate registeredOn, LocalDate completedOn) {
}
