package org.ohsonline.agency;

import java.time.LocalDate;

/**
 * What organisations delivered, told by the modules that know it (testing: a reviewed job; surveillance: an
 * exam, counted into the batch of its employer and day). Deliveries are what employers rate and what the
 * on-time and capacity indicators count. Idempotent per job and per exam; the platform's own calls.
 */
public interface ServiceDeliveries {

	/**
	 * A testing job was reviewed (its report is issued).
	 * @param samplingTo the last sampling day ({@code null}: the job had no sampling; it is not counted for
	 * timeliness)
	 */
	record JobDelivery(long jobId, String number, long agencyId, long employerId, LocalDate samplingTo,
			LocalDate reviewedOn, boolean synthetic) {
	}

	/** An exam was recorded with its conclusions. */
	record ExamDelivery(long examId, long institutionId, long employerId, LocalDate examinedOn) {
	}

	void jobDelivered(JobDelivery delivery);

	void examDelivered(ExamDelivery delivery);

}
