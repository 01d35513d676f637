package org.ohsonline.testing;

import java.time.LocalDate;

/**
 * Filters of the job list; all optional.
 *
 * @param q part of the employer's or agency's name, the start of the employer's credit code, or the
 * job number
 * @param region a region prefix inside the actor's scope
 * @param employerId one employer
 * @param agencyId one agency
 * @param jobType a {@link org.ohsonline.agency.JobType} name
 * @param status a {@link JobStatus} name
 * @param from first sampling day on or after
 * @param to first sampling day on or before
 * @param sort {@code number}, {@code employer}, {@code agency}, {@code sampling} or {@code status}; a
 * leading {@code -} sorts descending; latest sampling first by default
 */
public record JobFilter(String q, String region, Long employerId, Long agencyId, String jobType, String status,
		LocalDate from, LocalDate to, String sort) {

	public static JobFilter none() {
		return new JobFilter(null, null, null, null, null, null, null, null, null);
	}

	public static JobFilter ofEmployer(long employerId) {
		return new JobFilter(null, null, employerId, null, null, null, null, null, null);
	}

}
