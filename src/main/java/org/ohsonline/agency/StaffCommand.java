package org.ohsonline.agency;

import java.util.Set;

/**
 * A staff member as added or changed. The identity number enters only here (in request bodies,
 * never in URLs) and is never shown again unmasked; {@code toString} masks it.
 *
 * @param idNumber required when adding; ignored on a change (a person's number does not change)
 */
public record StaffCommand(String name, String idNumber, String title, String certificateNumber,
		Set<StaffRole> roles) {

	public StaffCommand {
		roles = roles == null ? Set.of() : Set.copyOf(roles);
	}

	@Override
	public String toString() {
		return "StaffCommand[name=" + this.name + ", idNumber=" + org.ohsonline.shared.Masking.idNumber(this.idNumber)
				+ ", title=" + this.title + ", certificateNumber=" + this.certificateNumber + ", roles=" + this.roles
				+ "]";
	}

}
