package org.ohsonline.agency;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An agency or institution as pages and the API show it; the contact phone masked.
 *
 * @param daysLeft days from today to the last valid day of the qualification (negative when expired)
 */
public record AgencyView(long id, AgencyKind kind, String creditCode, String name, String regionCode, String address,
		String contactName, String contactPhoneMasked, AgencyStatus status, String certificateNumber,
		String issuingAuthority, LocalDate validFrom, LocalDate validTo, long daysLeft, QualificationState qualification,
		QualificationScope scope, boolean synthetic, Instant createdAt, Instant updatedAt) {
}
