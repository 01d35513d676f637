package org.ohsonline.testing;

import java.time.LocalDate;

import org.ohsonline.agency.JobType;

/**
 * A row of the job list.
 *
 * @param results how many results the job holds
 * @param nonCompliantPosts how many posts are judged 不符合
 */
public record JobSummary(long id, String number, JobType jobType, long employerId, String employerName,
		String creditCode, String regionCode, long agencyId, String agencyName, JobStatus status,
		LocalDate samplingFrom, LocalDate samplingTo, LocalDate reviewedOn, int results, int nonCompliantPosts,
		boolean synthetic) {
}
