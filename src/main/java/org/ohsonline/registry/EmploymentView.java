package org.ohsonline.registry;

import java.time.LocalDate;

/**
 * One employment of a worker.
 *
 * @param hostStatus for a dispatched worker, whether the host employer confirmed; {@code null} otherwise
 */
public record EmploymentView(long id, long workerId, String workerName, long employerId, String employerName,
		String regionCode, Long postId, String postName, LocalDate hiredOn, LocalDate leftOn, boolean dispatched,
		Long hostEmployerId, String hostEmployerName, DispatchStatus hostStatus) {

	public boolean current() {
		return this.leftOn == null;
	}

	/**
	 * Whether the worker works for the employer in this employment: as its employee, or as a worker
	 * dispatched to it once it confirmed as host.
	 */
	public boolean worksFor(long employer) {
		return this.employerId == employer
				|| (this.hostEmployerId != null && this.hostEmployerId == employer && this.hostStatus == DispatchStatus.CONFIRMED);
	}

}
