package org.ohsonline.enforcement;

import java.time.LocalDate;

/**
 * An inspection of an employer (on-site or non-site) was recorded: its record issued, on a day (Asia/Shanghai). From
 * then on it counts as the employer inspected on that day ({@link EnforcementFigures}).
 */
public record InspectionRecorded(long inspectionId, long employerId, String regionCode, InspectionMode mode,
		LocalDate on) {
}
