package org.ohsonline.radiation;

import java.time.LocalDate;

/**
 * Marks a worker of the register as a radiation worker of an employer.
 *
 * @param employerId the employer (an employer's manager: their own, whatever is given)
 * @param idNumber the worker's identity number, as the register holds it
 * @param categoryCode the occupational category (catalog {@code radiation-categories}, level 2)
 * @param postId the radiation post of the employer the worker holds, if any
 * @param agencyId the dosimetry service (a service agency of the agency register)
 * @param monitoredFrom the first day of personal dose monitoring (its quarter is the first period)
 */
public record RadiationWorkerCommand(Long employerId, String idNumber, String categoryCode, Long postId, Long agencyId,
		LocalDate monitoredFrom) {
}
