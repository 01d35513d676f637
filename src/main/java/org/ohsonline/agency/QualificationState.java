package org.ohsonline.agency;

import java.time.LocalDate;

/**
 * Where a qualification stands on a day: the clock of UI.md turns amber when
 * {@value #WARNING_DAYS} days or fewer are left to the last valid day and red after it.
 */
public enum QualificationState {

	NOT_YET_VALID, VALID, EXPIRING, EXPIRED;

	public static final int WARNING_DAYS = 7;

	public static QualificationState on(LocalDate today, LocalDate validFrom, LocalDate validTo) {
		if (today.isAfter(validTo)) {
			return EXPIRED;
		}
		if (today.isBefore(validFrom)) {
			return NOT_YET_VALID;
		}
		return today.plusDays(WARNING_DAYS).isBefore(validTo) ? VALID : EXPIRING;
	}

	/** Whether work may be done under the qualification on that day. */
	public boolean usable() {
		return this == VALID || this == EXPIRING;
	}

}
