package org.ohsonline.surveillance;

import java.time.LocalDate;

/**
 * A booking was moved to another day, its places taken there and released on the old day. Moved by
 * the employer, a confirmed booking awaits the institution's confirmation again ({@code status}
 * {@link BookingStatus#REQUESTED}); moved by the institution, it keeps its status (and a confirmed
 * one is also announced again as {@link BookingConfirmed} for the new day).
 */
public record BookingRescheduled(long bookingId, String number, long employerId, String regionCode, long institutionId,
		LocalDate fromDay, LocalDate toDay, BookingStatus status, BookingParty movedBy) {
}
