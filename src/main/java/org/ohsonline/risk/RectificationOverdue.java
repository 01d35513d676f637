package org.ohsonline.risk;

import java.time.LocalDate;

/**
 * A rectification item passed its deadline without an approved answer (published once per item by
 * the daily run): a case candidate for enforcement.
 */
public record RectificationOverdue(long itemId, long employerId, String creditCode, String regionCode,
		String findingKind, LocalDate dueOn) {
}
