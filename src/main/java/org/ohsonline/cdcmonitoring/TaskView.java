package org.ohsonline.cdcmonitoring;

import java.time.LocalDate;

/**
 * A county's task of a project, with how far it is: sampled employers and surveys in, and whether the project is
 * closed (its tasks are then finished, whatever is missing).
 */
@io.swagger.v3.oas.annotations.media.Schema(name = "MonitoringTask")
public record TaskView(long id, long projectId, String projectName, int year, MonitoringKind kind, String countyCode,
		Assignee assignee, Long agencyId, String agencyName, LocalDate dueOn, int sampled, int surveyed, boolean projectClosed) {

	/** Whether the task of an open project is past its day with surveys still missing. */
	public boolean overdue(LocalDate today) {
		return !this.projectClosed && this.surveyed < this.sampled && today.isAfter(this.dueOn);
	}

}
