package org.ohsonline.surveillance;

/** Which side of a booking acted: the employer that booked or the institution booked. */
public enum BookingParty {

	EMPLOYER, INSTITUTION

}
