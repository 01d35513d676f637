package org.ohsonline.agency;

import java.time.LocalDate;

/**
 * An engagement, with the employer as it was when the engagement was recorded.
 *
 * @param current whether today lies within the contract period
 */
public record EngagementView(long id, long agencyId, long employerId, String employerCreditCode, String employerName,
		String employerRegionCode, ServiceType serviceType, LocalDate startsOn, LocalDate endsOn, boolean current,
		boolean synthetic) {
}
