package org.ohsonline.registry;

import java.time.LocalDate;

/** One employment of a worker. */
public record EmploymentView(long id, long workerId, String workerName, long employerId, String employerName,
		String regionCode, Long postId, String postName, LocalDate hiredOn, LocalDate leftOn, boolean dispatched,
		Long hostEmployerId, String hostEmployerName) {

	public boolean current() {
		return this.leftOn == null;
	}

}
