package org.ohsonline.cdcmonitoring;

import java.time.LocalDate;

/** A row of the project list. */
@io.swagger.v3.oas.annotations.media.Schema(name = "MonitoringProjectSummary")
public record ProjectSummary(long id, int year, MonitoringKind kind, String name, String regionCode, LocalDate dueOn,
		int counties, int targetEmployers, boolean drawn, int surveyed) {
}
