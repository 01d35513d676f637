package org.ohsonline.agency;

import java.time.LocalDate;
import java.util.Set;

/** A staff member; the identity number only ever masked ({@code 330105********1234}). */
public record StaffView(long id, long agencyId, String name, String idNumberMasked, String title,
		String certificateNumber, Set<StaffRole> roles, StaffStatus status, LocalDate leftOn, boolean synthetic) {
}
