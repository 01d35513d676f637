package org.ohsonline.registry;

import java.time.LocalDate;

/** A period of exposure to one hazard factor, derived from the post held during an employment. */
public record ExposureView(String hazardCode, String hazardName, long employerId, String employerName, String postName,
		LocalDate from, LocalDate to) {
}
