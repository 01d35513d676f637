package org.ohsonline.testing;

import java.time.LocalDate;

import org.ohsonline.agency.JobType;

/**
 * A reviewed testing job found a post's exposure to a factor above its limit (不符合). Published
 * once per post and failing factor when the job is reviewed; a mixture's failure names its factors
 * joined by {@code +}. Declaration (re-declare on differing results) and risk react to it.
 *
 * @param jobId the job
 * @param employerId the employer (register id)
 * @param regionCode the employer's region
 * @param creditCode the employer's unified social credit code
 * @param jobType the job type
 * @param reviewedOn the day of the review
 * @param postId the post (register id)
 * @param factorCode the failing factor's code
 */
public record ExposureNonCompliant(long jobId, long employerId, String regionCode, String creditCode,
		JobType jobType, LocalDate reviewedOn, long postId, String factorCode) {
}
