package org.ohsonline.risk;

import java.time.LocalDate;

/** A supervisor moved a rectification item's deadline (with a reason): it is measured against the new one. */
public record RectificationDeadlineMoved(long itemId, long employerId, String regionCode, LocalDate from,
		LocalDate to) {
}
