package org.ohsonline.surveillance;

/**
 * Where a booking stands. The places are held from the request on, so a request cannot be
 * overtaken while the institution looks at it; cancelling releases them. A booking is completed
 * once the institution has recorded every worker as attended or absent.
 */
public enum BookingStatus {

	REQUESTED, CONFIRMED, CANCELLED, COMPLETED;

	/** Whether the booking still holds places and may be rescheduled or cancelled. */
	public boolean open() {
		return this == REQUESTED || this == CONFIRMED;
	}

}
