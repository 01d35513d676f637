package org.ohsonline.risk;

import java.time.LocalDate;

/**
 * A supervisor approved the employer's answer to a rectification item: the item is released (closed).
 *
 * @param answeredOn the day of the approved answer
 * @param dueOn the deadline in force when it was released
 */
public record RectificationReleased(long itemId, long employerId, String regionCode, LocalDate dueOn,
		LocalDate answeredOn, LocalDate releasedOn) {
}
