package org.ohsonline.surveillance;

import java.time.LocalDate;

import org.ohsonline.agency.ExamType;

/**
 * A booking was cancelled and its places released.
 *
 * @param wasConfirmed whether the institution had confirmed it (the exams module then drops the
 * workers it expected)
 * @param cancelledBy who cancelled
 * @param reason why, as the canceller gave it
 */
public record BookingCancelled(long bookingId, String number, long employerId, String regionCode, long institutionId,
		ExamType examType, LocalDate day, int headcount, boolean wasConfirmed, BookingParty cancelledBy,
		String reason) {
}
