package org.ohsonline.agency;

import java.time.LocalDate;

/**
 * An engagement, with the employer as it was when the engagement was recorded.
 *
 * @param current whether today lies within the contract period
 * @param status whether the employer accepted it
 * @param agencyName the engaged organisation's name
 */
public record EngagementView(long id, long agencyId, long employerId, String employerCreditCode, String employerName,
		String employerRegionCode, ServiceType serviceType, LocalDate startsOn, LocalDate endsOn, boolean current,
		boolean synthetic, EngagementStatus status, String agencyName) {

	/** Whether the engagement is accepted and its contract period includes today. */
	public boolean inForce() {
		return this.current && this.status == EngagementStatus.ACCEPTED;
	}

}
