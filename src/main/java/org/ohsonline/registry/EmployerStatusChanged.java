package org.ohsonline.registry;

import java.time.LocalDate;

/** An employer suspended, resumed or closed production (closing starts the cancellation clock). */
public record EmployerStatusChanged(long employerId, String regionCode, EmployerStatus from, EmployerStatus to,
		LocalDate changedOn) {
}
