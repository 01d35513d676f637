package org.ohsonline.agency;

import java.time.LocalDate;

/** What other modules need to know of an agency or institution, without any personal data. */
public record AgencyRef(long id, AgencyKind kind, String creditCode, String name, String regionCode,
		AgencyStatus status, LocalDate validFrom, LocalDate validTo) {
}
