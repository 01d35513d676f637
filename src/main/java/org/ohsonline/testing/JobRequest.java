package org.ohsonline.testing;

import java.time.LocalDate;
import java.util.List;

import org.ohsonline.agency.JobType;

/**
 * A job to create, with the results already at hand (optional): the body of {@code POST /api/v1/testing/jobs}, and
 * what the mixed benchmark reads its generated requests back as, so that it checks what the API will accept.
 */
public record JobRequest(Long employerId, JobType jobType, LocalDate contractedOn, LocalDate surveyOn,
		LocalDate samplingFrom, LocalDate samplingTo, String scope, String methods, Boolean hotOutdoor,
		List<JobCommand.Participant> participants, List<JobCommand.PlanRow> plan, List<JobCommand.Mixture> mixtures,
		List<ResultInput> results) {

	public JobCommand command() {
		return new JobCommand(this.employerId, this.jobType, this.contractedOn, this.surveyOn, this.samplingFrom,
				this.samplingTo, this.scope, this.methods, this.hotOutdoor, this.participants, this.plan, this.mixtures);
	}

}
