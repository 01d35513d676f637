package org.ohsonline.enforcement;

import java.time.Instant;

/** A declared conflict of interest: the inspector is never drawn for the employer. */
public record Conflict(long id, long inspectorId, String inspectorName, long employerId, String creditCode,
		String employerName, String regionCode, String reason, String recordedBy, Instant recordedAt) {
}
