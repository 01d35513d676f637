package org.ohsonline.testing;

import java.time.LocalDate;

import org.ohsonline.agency.JobType;

/**
 * An agency's technical review accepted a testing job: its results and judgements are final. The
 * report and the validity clocks start from it.
 *
 * @param jobId the job
 * @param employerId the employer tested (register id)
 * @param regionCode the employer's region
 * @param creditCode the employer's unified social credit code
 * @param jobType the job type
 * @param reviewedOn the day of the review (Asia/Shanghai)
 */
public record TestingJobReviewed(long jobId, long employerId, String regionCode, String creditCode, JobType jobType,
		LocalDate reviewedOn) {
}
