package org.ohsonline.agency;

import java.time.LocalDate;

/** A row of the agency list, with the qualification clock on the day of the query. */
public record AgencySummary(long id, AgencyKind kind, String creditCode, String name, String regionCode,
		AgencyStatus status, String certificateNumber, LocalDate validTo, long daysLeft,
		QualificationState qualification, int activeStaff) {
}
