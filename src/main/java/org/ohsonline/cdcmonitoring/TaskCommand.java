package org.ohsonline.cdcmonitoring;

import java.time.LocalDate;

/** Assigning a county's task: to the county's CDC, or to the agency with this id. */
@io.swagger.v3.oas.annotations.media.Schema(name = "MonitoringTaskCommand")
public record TaskCommand(String countyCode, Assignee assignee, Long agencyId, LocalDate dueOn) {
}
